"""One sentence cited once by an event: with the date that tells the event best.

`Mr. Lee spoke with the premier by telephone on Friday morning, their third
conversation this year` gives two mentions of one call; the event cites the sentence
once, and a scorer or reader reads that source's own date, so it must be the Friday,
not `this year`."""

from __future__ import annotations

from merge_builders import CN, US, day, mention, month, year

from usc_timeline.merge.dates import unique_sources


def test_the_finer_date_of_one_sentence_is_cited() -> None:
    coarse = mention("a", 40, "call", year(2024), US, CN, trigger="conversation")
    fine = mention("a", 40, "call", day(2024, 3, 8), US, CN, trigger="spoke")
    for members in ([coarse, fine], [fine, coarse]):
        (src,) = unique_sources(members, day(2024, 3, 8))
        assert src.date == day(2024, 3, 8)


def test_the_date_that_fits_the_event_beats_a_finer_one_that_does_not() -> None:
    other_day = mention("a", 40, "call", day(2024, 2, 2), US, CN, trigger="spoke")
    fits = mention("a", 40, "call", month(2024, 3), US, CN, trigger="conversation")
    (src,) = unique_sources([other_day, fits], month(2024, 3))
    assert src.date == month(2024, 3)


def test_a_dated_source_beats_an_undated_one_and_sentences_stay_apart() -> None:
    undated = mention("a", 40, "call", None, US, CN)
    dated = mention("a", 40, "call", year(2024), US, CN)
    elsewhere = mention("a", 90, "call", day(2024, 3, 8), US, CN)
    got = unique_sources([undated, dated, elsewhere])  # as before: no event date asked
    assert [(s.char_start, s.date) for s in got] == [(40, year(2024)), (90, day(2024, 3, 8))]
