"""Meetings named by `see`, trips by `goes to`/`spent <days> in` after `he`/`she`, and
the weekday of a present-tense timetable opening its sentence (extract/guests.py,
timex/tense.py, extract/timing.py). Sentences written for these tests, with other people,
places and wording than any gold set; publication on Tuesday 12 March 2024."""

from __future__ import annotations

import pytest

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Mention, Published
from usc_timeline.timex import find_timexes

TUESDAY = "2024-03-12"


def mentions(text: str) -> list[Mention]:
    return extract_mentions(Document("case.txt", text, published=Published(TUESDAY, "test")))


def kinds(text: str, kind: str) -> list[Mention]:
    return [m for m in mentions(text) if m.kind == kind]


def names(m: Mention) -> set[str]:
    return {a.name for a in m.actors}


def day(text: str, target: str) -> str:
    return next(str(t.value) for t in find_timexes(text, TUESDAY) if t.text == target)


def test_seeing_a_person_is_a_planned_meeting() -> None:
    found = [m for m in mentions(
        "Chancellor Olaf Scholz is expected to see Emmanuel Macron, the French president, "
        "in Paris on Thursday.") if m.kind in ("meeting", "summit")]
    assert len(found) == 1
    m = found[0]
    assert {"Olaf Scholz", "Emmanuel Macron"} <= names(m)
    assert m.status == "planned" and m.date is not None
    assert str(m.date.start) == "2024-03-14"


def test_he_picks_up_the_one_who_sees() -> None:
    text = ("Prime Minister Fumio Kishida arrived in Seoul on Monday. "
            "He will see Yoon Suk-yeol on Wednesday.")
    found = [m for m in mentions(text) if m.kind in ("meeting", "summit")]
    assert [str(m.date.start) if m.date else None for m in found] == ["2024-03-13"]
    assert "Fumio Kishida" in names(found[0])


@pytest.mark.parametrize("text", [
    "Olaf Scholz said he wanted to see Emmanuel Macron take a firmer line.",
    "Olaf Scholz saw Emmanuel Macron as a rival for years.",
    "Thousands lined up on Friday to see Emmanuel Macron.",
    "Olaf Scholz will see whether the plan works on Friday.",
    "Olaf Scholz will see the results on Friday.",
    "Olaf Scholz will see Emmanuel Macron's proposal on Friday.",
    "Olaf Scholz was seen as a cautious leader on Friday.",
])
def test_seeing_no_one_to_meet_is_no_meeting(text: str) -> None:
    assert not [m for m in mentions(text) if m.kind in ("meeting", "summit")]


def test_he_goes_to_a_place_where_he_is_to_spend_days() -> None:
    text = ("Foreign Minister Penny Wong landed in Jakarta on Monday. "
            "She then goes to Manila, where she is to spend Thursday and Friday.")
    visits = [m for m in kinds(text, "visit") if "Manila" in m.places]
    assert len(visits) == 1
    m = visits[0]
    assert "Penny Wong" in names(m) and m.status == "planned" and m.date is not None
    assert (str(m.date.start), str(m.date.end)) == ("2024-03-14", "2024-03-15")


def test_he_going_home_is_no_visit() -> None:
    text = "Foreign Minister Penny Wong landed in Jakarta on Monday. She then returns to Australia."
    assert not [m for m in kinds(text, "visit") if "Australia" in m.places]


def test_a_pronoun_not_the_subject_makes_no_visit() -> None:
    text = ("Foreign Minister Penny Wong landed in Jakarta on Monday. "
            "She said most of the aid goes to Manila.")
    assert not [m for m in kinds(text, "visit") if "Manila" in m.places]


def test_days_spent_in_a_place_are_a_visit() -> None:
    text = ("Foreign Minister Penny Wong landed in Jakarta on Monday. "
            "She spent Saturday and Sunday in Manila, where she met officials.")
    visits = [m for m in kinds(text, "visit") if "Manila" in m.places]
    assert len(visits) == 1 and visits[0].date is not None
    assert (str(visits[0].date.start), str(visits[0].date.end)) == ("2024-03-09", "2024-03-10")
    assert visits[0].status == "occurred" and "Penny Wong" in names(visits[0])


@pytest.mark.parametrize("text", [
    "Foreign Minister Penny Wong spent Monday in talks with officials.",
    "Foreign Minister Penny Wong spent Monday in meetings in her office.",
])
def test_days_spent_at_something_else_are_no_visit(text: str) -> None:
    assert not kinds(text, "visit")


@pytest.mark.parametrize(("text", "target", "value"), [
    # a present-tense timetable after a weekday opening the sentence: the coming day
    ("On Thursday he travels to Manila.", "Thursday", "2024-03-14"),
    ("On Friday the two ministers meet in Hanoi.", "Friday", "2024-03-15"),
    ("On Wednesday, Ms. Wong flies to Hanoi for talks.", "Wednesday", "2024-03-13"),
    # ... a past verb, a negation or a noun keeps the day behind
    ("On Thursday he traveled to Manila.", "Thursday", "2024-03-07"),
    ("On Thursday he did not travel to Manila.", "Thursday", "2024-03-07"),
    ("On Thursday the talks in Manila ended early.", "Thursday", "2024-03-07"),
])
def test_weekday_of_a_present_timetable(text: str, target: str, value: str) -> None:
    assert day(text, target) == value


def test_talks_a_planned_trip_is_for_are_planned() -> None:
    text = ("Foreign Minister Penny Wong landed in Jakarta on Monday. "
            "She travels to Manila this week for talks with officials.")
    talks = kinds(text, "talks")
    assert talks and all(m.status == "planned" for m in talks)
