"""Extraction errors that kept one event apart across articles: talks that follow a dated
act, a morning after a dated night, a deadline taken for the day of the order that set
it, and the pronoun after an `As <title>` opener. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import mentions_of as mentions

from usc_timeline.model import Mention


def of_family(ms: list[Mention], *kinds: str) -> Mention:
    found = [m for m in ms if m.kind in kinds]
    assert found, [(m.kind, m.source.sentence) for m in ms]
    return found[-1]


def day_of(m: Mention) -> date | None:
    return m.date.start if m.date is not None and m.date.days == 1 else None


# -- 1. talks named right after a dated act, `…, followed by talks`


def test_talks_following_a_dated_act_take_its_date() -> None:
    ms = mentions("Biden welcomed Xi at the White House on Tuesday, followed by talks in "
                  "the Oval Office.", "2024-03-16")
    assert day_of(of_family(ms, "talks", "summit", "meeting")) == date(2024, 3, 12)


def test_talks_of_a_programme_take_its_day_and_the_two_sides_before() -> None:
    ms = mentions("Prime Minister Fumio Kishida will dine with President Joe Biden in "
                  "Washington on Monday evening. The official schedule opens on Tuesday with "
                  "a welcome ceremony at the Capitol, followed by talks in the Cabinet Room "
                  "and a banquet.", "2024-04-07")
    talks = [m for m in ms if "Cabinet Room" in m.source.sentence
             and m.kind in ("talks", "summit", "meeting")]
    assert talks and day_of(talks[0]) == date(2024, 4, 9)
    assert {"Fumio Kishida", "Joe Biden"} <= {a.name for a in talks[0].actors}


def test_talks_much_later_are_nobody_named_before() -> None:
    ms = mentions("President Biden met Chinese President Xi Jinping in Bali on Monday. Talks "
                  "on trade will follow in Geneva next month.", "2022-11-16")
    later = [m for m in ms if "Geneva" in m.source.sentence]
    assert all(not any(a.kind == "person" for a in m.actors) for m in later)


def test_followed_by_does_not_reach_across_a_clause() -> None:
    ms = mentions("Xi arrived in Washington on Tuesday, and officials said a welcome ceremony "
                  "would be held later, followed by talks with Biden.", "2024-03-16")
    assert of_family(ms, "talks", "summit", "meeting").date is None


# -- 2. `in the morning` after a dated night


def test_the_morning_after_a_dated_night_is_the_next_day() -> None:
    ms = mentions("Blinken flew in on Sunday night and met Wang Yi in the morning.",
                  "2024-03-16")
    assert day_of(of_family(ms, "meeting")) == date(2024, 3, 11)


def test_the_afternoon_after_the_morning_is_the_same_day() -> None:
    ms = mentions("Blinken met Wang Yi on Sunday morning and Xi Jinping in the afternoon.",
                  "2024-03-16")
    assert day_of(of_family(ms, "meeting")) == date(2024, 3, 10)


def test_a_morning_told_in_the_next_sentence_keeps_the_day() -> None:
    # the story goes back to that day's morning
    ms = mentions("Later on Saturday evening, the leaders will attend a formal dinner in "
                  "Hanoi. A visit to Hanoi was arranged for Xi in the morning.", "2024-03-16")
    assert day_of(of_family(ms, "visit")) == date(2024, 3, 16)


# -- 3. a deadline is not the date of the order that sets it


def test_an_order_is_dated_by_its_own_day_not_its_deadline() -> None:
    ms = mentions("Washington on Tuesday ordered China to close its consulate in Houston by "
                  "Friday.", "2024-03-16")
    assert day_of(of_family(ms, "other")) == date(2024, 3, 12)


def test_a_deadline_with_no_other_date_still_dates_the_act_due() -> None:
    # the closure is due on Friday; the sentence gives the order no day of its own
    ms = mentions("The United States ordered China to close its consulate in Houston, giving "
                  "its diplomats until 4 p.m. on Friday to leave.", "2024-03-13")
    assert day_of(of_family(ms, "other")) == date(2024, 3, 15)


def test_a_deadline_with_no_order_is_the_events_own() -> None:
    ms = mentions("On Monday Beijing said the two sides would hold talks by Friday.",
                  "2024-03-16")
    talks = of_family(ms, "talks")
    assert talks.date is not None and talks.date.end == date(2024, 3, 15)


# -- 4. `As <title>, he …`: the one who held that post


def test_as_title_picks_the_person_who_held_the_post() -> None:
    ms = mentions("The visit is Mr. Xi's first to the United States since he met Mr. Obama at "
                  "the Sunnylands estate in California in June 2013. As vice president he "
                  "toured the country in February 2012, stopping in Iowa.", "2015-09-23")
    toured = [m for m in ms if "toured" in m.source.sentence]
    assert toured and [a.name for a in toured[0].actors if a.kind == "person"] == ["Xi Jinping"]


def test_as_title_held_by_the_subject_keeps_the_subject() -> None:
    ms = mentions("Mr. Xi's trip follows a visit to Beijing by Mr. Blinken. As secretary of "
                  "state, he met Wang Yi in June 2023.", "2023-07-01")
    met = [m for m in ms if "Wang Yi" in m.source.sentence]
    assert met and "Antony Blinken" in {a.name for a in met[0].actors}
    assert "Xi Jinping" not in {a.name for a in met[0].actors}
