"""A date past a comma and a subordinating word (`…, while both sides seek to ease a rift
that opened last year`), or past a comma and a since-phrase (`…, the first since …`),
belongs to that clause, not to the event named before the comma."""

from __future__ import annotations

from extract_helpers import mentions_of, one_of_kind


def test_date_in_a_while_clause_is_not_the_visits() -> None:
    ms = mentions_of("Manmohan Singh arrives in Tokyo on Tuesday for a four-day official "
                     "visit, the longest by an Indian leader in years, while both sides seek "
                     "to ease a rift that opened last year over trade.", "2011-01-18")
    visit = one_of_kind(ms, "visit")
    assert visit.date is None or str(visit.date.start) == "2011-01-18"


def test_date_right_after_the_noun_stays() -> None:
    # near miss: no comma and subordinating word between the noun and its date
    ms = mentions_of("Manmohan Singh made an official visit to Tokyo last year, aides said.",
                     "2011-01-18")
    visit = one_of_kind(ms, "visit")
    assert visit.date is not None and str(visit.date.start) == "2010-01-01"


def test_date_in_a_since_phrase_past_a_comma_is_not_the_meetings() -> None:
    ms = mentions_of("Singh met the Japanese prime minister in Tokyo, the first Indian leader "
                     "to do so since the two countries fell out over trade three years ago.",
                     "2011-01-18")
    meeting = one_of_kind(ms, "meeting")
    assert meeting.date is None or meeting.date.start.year == 2011


def test_date_before_a_since_phrase_stays() -> None:
    # near miss: the meeting's own date comes before the comma and `since`
    ms = mentions_of("Singh met the Japanese prime minister in Tokyo on Monday, the first Indian "
                     "leader to do so since the two countries fell out over trade three years "
                     "ago.", "2011-01-18")
    meeting = one_of_kind(ms, "meeting")
    assert meeting.date is not None and str(meeting.date.start) == "2011-01-17"
