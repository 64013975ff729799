"""Events named in passing, inside a sentence about something else: a visit told by a
verb of coming or going whose subject is set off by commas or has no place, and the
near misses that are no event. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from usc_timeline.extract import extract_mentions
from usc_timeline.merge import family
from usc_timeline.model import Document, Mention, Published
from usc_timeline.timex import find_timexes


def _mentions(text: str, published: str) -> list[Mention]:
    return extract_mentions(Document("case.txt", text, published=Published(published, "test")))


def _visits(text: str, published: str) -> list[tuple[str, date | None, date | None, set[str]]]:
    return [(m.status, m.date.start if m.date else None, m.date.end if m.date else None,
             {a.name for a in m.actors})
            for m in _mentions(text, published) if m.kind == "visit"]


@pytest.mark.parametrize(("text", "who", "start", "end"), [
    # a name in apposition, set off by commas, is the subject of the verb of going
    ("Her predecessor, Madeleine Albright, went to Pyongyang in October 2000.",
     "Madeleine Albright", date(2000, 10, 1), date(2000, 10, 31)),
    ("The trip is the first by a defense secretary since his predecessor, Chuck Hagel, "
     "flew to Beijing in April 2014.", "Chuck Hagel", date(2014, 4, 1), date(2014, 4, 30)),
    # coming with no place but a date: a visit by the subject
    ("Robert Gates toured the base. Mr. Gates himself last came in November 2007.",
     "Robert Gates", date(2007, 11, 1), date(2007, 11, 30)),
    ("When Chinese President Hu Jintao came in April 2006, the talks went badly.",
     "Hu Jintao", date(2006, 4, 1), date(2006, 4, 30)),
])
def test_visit_named_in_passing(text: str, who: str, start: date, end: date) -> None:
    visits = _visits(text, "2015-06-10")
    assert any(s == "occurred" and (a, b) == (start, end) and who in names
               for s, a, b, names in visits), visits


@pytest.mark.parametrize("text", [
    "The news came in April, weeks after the vote.",
    "A statement by President Hu Jintao came on Monday, and the talks resumed.",
    "The invitation from Mr. Obama came on Monday.",
    "President Hu Jintao came in second in the party vote in 2002.",
    "President Hu Jintao came to power in 2002.",
    "The new rules for Hu Jintao's aides came into force on Monday.",
    # a comma after a name that starts another clause is no apposition
    "Hong Kong's leader, Carrie Lam, says Hong Kong, returned to China in 1997, is calm.",
])
def test_no_visit(text: str) -> None:
    assert _visits(text, "2015-06-10") == []


def _calls(text: str, published: str) -> list[tuple[date | None, date | None, set[str]]]:
    return [(m.date.start if m.date else None, m.date.end if m.date else None,
             {a.name for a in m.actors})
            for m in _mentions(text, published) if m.kind == "call"]


@pytest.mark.parametrize(("text", "who", "start", "end"), [
    ("The dispute followed his call with Japan's leader, Shinzo Abe, in December.",
     "Shinzo Abe", date(2014, 12, 1), date(2014, 12, 31)),
    ("Mr. Obama angered Beijing by taking a congratulatory call from Taiwan's president, "
     "Ma Ying-jeou, on Dec. 2.", "Ma Ying-jeou", date(2014, 12, 2), date(2014, 12, 2)),
    ("The call between Mr. Obama and President Xi Jinping on Thursday lasted an hour.",
     "Xi Jinping", date(2015, 6, 4), date(2015, 6, 4)),
])
def test_call_named_by_whom(text: str, who: str, start: date, end: date) -> None:
    calls = _calls(text, "2015-06-10")
    assert any((a, b) == (start, end) and who in names for a, b, names in calls), calls


@pytest.mark.parametrize("text", [
    "Beijing ignored renewed calls from President Barack Obama for restraint on Monday.",
    "A call from Mr. Obama to end the fighting went unheeded on Monday.",
    "His call for talks with President Xi Jinping on Monday went unanswered.",
    "The company held a call with investors on Monday.",
])
def test_no_call(text: str) -> None:
    assert _calls(text, "2015-06-10") == []


def test_trip_in_apposition_takes_the_visit_date() -> None:
    text = ("Defense Secretary Ashton Carter visited Hanoi in May, a trip that opened the "
            "way to closer military ties.")
    trips = [m for m in _mentions(text, "2015-06-10")
             if m.kind == "visit" and m.trigger == "trip"]
    assert [(m.date.start, m.date.end) if m.date else None for m in trips] == [
        (date(2015, 5, 1), date(2015, 5, 31))]


def _dated(text: str, kind: str) -> list[tuple[str, date | None, date | None]]:
    return [(m.status, m.date.start if m.date else None, m.date.end if m.date else None)
            for m in _mentions(text, "2015-06-10") if family(m.kind) == kind]


def test_relative_clause_as_officials_expect_it_dates_the_noun() -> None:
    text = ("The trip prepares a summit between Mr. Xi and President Barack Obama, which "
            "officials expect to take place in September at the White House.")
    assert _dated(text, "meeting") == [("planned", date(2015, 9, 1), date(2015, 9, 30))]


def test_relative_clause_about_something_else_does_not() -> None:
    text = ("The trip prepares a summit between Mr. Xi and President Barack Obama, which "
            "officials expect to produce a climate deal in September.")
    assert [d for d in _dated(text, "meeting") if d[1] is not None] == []


def test_event_noun_expected_on_a_date_takes_it() -> None:
    text = "A meeting between Mr. Xi and President Barack Obama is expected in late September."
    assert _dated(text, "meeting") == [("planned", date(2015, 9, 21), date(2015, 9, 30))]


def test_expected_on_a_date_stays_out_of_another_clause() -> None:
    text = ("Last week, President Barack Obama announced plans for new submarines and a vote "
            "on the plans is due in March.")
    assert _dated(text, "announcement") == [("occurred", date(2015, 6, 1), date(2015, 6, 7))]
    assert _dated(text, "visit") == []


def test_media_designated_foreign_missions_is_a_measure() -> None:
    text = ("In February the State Department designated five Chinese state media outlets "
            "as foreign missions.")
    assert ("occurred", date(2015, 2, 1), date(2015, 2, 28)) in _dated(text, "other")


def test_designated_as_an_adjective_is_no_measure() -> None:
    text = "The two designated trade missions arrived in Beijing on Monday."
    assert _dated(text, "other") == []


def test_phone_told_apart_from_the_verb_is_a_call() -> None:
    text = ("Defense Secretary Ashton Carter and General Chang Wanquan had spoken only once "
            "before, by telephone on April 20.")
    assert (date(2015, 4, 20), date(2015, 4, 20), {"Ash Carter", "Chang Wanquan"}) in \
        _calls(text, "2015-06-10")


def test_phone_interview_from_a_place_is_no_call() -> None:
    text = "Defense Secretary Ashton Carter, reached by telephone from Hanoi on Monday, spoke."
    assert _calls(text, "2015-06-10") == []


def test_zone_declared_in_a_relative_clause_is_announced() -> None:
    text = ("Relations have been strained by the air defense zone that Beijing declared over "
            "the South China Sea in November.")
    assert ("occurred", date(2014, 11, 1), date(2014, 11, 30)) in _dated(text, "announcement")


def test_declaring_after_a_zone_named_in_an_adjunct_is_no_announcement() -> None:
    text = "In the zone, President Barack Obama declared on Monday that ships were safe."
    assert _dated(text, "announcement") == []


def _who(text: str, kind: str) -> list[set[str]]:
    return [{a.name for a in m.actors} for m in _mentions(text, "2020-06-19")
            if m.kind == kind and m.date is not None]


def test_event_since_which_a_pair_first_met_is_theirs() -> None:
    text = ("The Hawaii meeting was the first contact between Secretary of State Mike Pompeo and "
            "Wang Yi since a phone call in March, when they argued.")
    assert _who(text, "call") == [{"Mike Pompeo", "Wang Yi"}]


def test_event_since_with_its_own_party_keeps_it() -> None:
    text = ("It was the first meeting between Secretary of State Mike Pompeo and Wang Yi "
            "since President Trump's visit to Beijing in 2017.")
    assert _who(text, "visit") == [{"Donald Trump"}]


def _spans(text: str, kind: str) -> list[tuple[date, date]]:
    return sorted((m.date.start, m.date.end) for m in _mentions(text, "2015-06-10")
                  if family(m.kind) == kind and m.date is not None)


def test_two_dates_joined_by_and_are_two_events() -> None:
    text = "Prime Minister Shinzo Abe visited Beijing in 2012 and again in November 2014."
    assert _spans(text, "visit") == [(date(2012, 1, 1), date(2012, 12, 31)),
                                     (date(2014, 11, 1), date(2014, 11, 30))]


@pytest.mark.parametrize("text", [
    "Prime Minister Shinzo Abe met President Xi Jinping on Monday and Tuesday.",
    "Prime Minister Shinzo Abe visited Beijing often between 2012 and 2014.",
])
def test_days_of_one_event_or_a_range_stay_one(text: str) -> None:
    kind = "visit" if "visited" in text else "meeting"
    assert len(_spans(text, kind)) == 1


def test_words_traded_with_people_named_after_with_are_a_meeting() -> None:
    text = ("In Geneva on June 2, Secretary of State John Kerry traded sharp words in front "
            "of reporters with Foreign Minister Sergei Lavrov.")
    assert ("occurred", date(2015, 6, 2), date(2015, 6, 2)) in _dated(text, "meeting")


def test_words_traded_from_afar_are_no_meeting() -> None:
    text = "China and the United States traded accusations over the cyberattacks on Monday."
    assert _dated(text, "meeting") == []


@pytest.mark.parametrize(("text", "value"), [
    # after `a` and one word, a base form is a noun: no present-tense schedule verb
    ("The alliance got off to a rocky start in March.", "2015-03"),
    # a schedule verb right before the date still looks ahead
    ("The envoys start in March.", "2016-03"),
])
def test_noun_after_an_adjective_is_no_schedule_verb(text: str, value: str) -> None:
    assert [t.value for t in find_timexes(text, "2015-06-10")] == [value]


def test_noun_dated_right_before_a_when_clause_keeps_its_date() -> None:
    text = ("Prime Minister Shinzo Abe paid a state visit to Washington last October, when "
            "the two sides agreed to expand trade.")
    assert _dated(text, "visit") == [("occurred", date(2014, 10, 1), date(2014, 10, 31))]


def test_date_a_verb_of_being_ties_to_a_when_clause_is_not_the_nouns() -> None:
    text = ("The 1995 security pact between Indonesia and Australia was revoked in 1999, when "
            "ties fell to their lowest.")
    assert [d for d in _dated(text, "agreement") if d[1] is not None] == []


def test_calling_to_congratulate_is_a_call() -> None:
    text = ("Prime Minister Shinzo Abe last spoke with President Barack Obama in November, "
            "when he called to congratulate him on his election victory.")
    assert (date(2014, 11, 1), date(2014, 11, 30), {"Shinzo Abe", "Barack Obama"}) in \
        _calls(text, "2015-06-10")
