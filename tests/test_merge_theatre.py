"""One incident told by two articles that name its place differently and its actors not at
all (`a destroyer sailed near an island in the South China Sea on Tuesday` / `the destroyer
sailed near a reef in the Spratly Islands on Oct. 27`): same incident kind, same day, one
theatre, and one report naming no one. Invented mentions only."""

from __future__ import annotations

from merge_builders import CN, US, day, mention, month

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, DateSpan, Mention

PH = Actor("Philippines", "PH", None, "country")
NAVY = Actor("U.S. Navy", "US", None, "organization")
SEA = ("south_china_sea", "military")


def _patrol(doc: str, when: DateSpan, *actors: Actor,
            places: tuple[str, ...] = ("South China Sea",),
            issues: tuple[str, ...] = SEA) -> Mention:
    return mention(doc, 0, "military_incident", when, *actors, places=places,
                   trigger="sailed within", issues=issues)


def test_an_incident_naming_no_one_joins_the_same_day_incident_in_its_theatre() -> None:
    named = _patrol("a.txt", day(2031, 4, 8), NAVY, US, CN)
    bare = _patrol("b.txt", day(2031, 4, 8), places=("Spratly Islands",))
    (event,) = merge_mentions([named, bare])
    assert {s.document for s in event.sources} == {"a.txt", "b.txt"}


def test_the_rule_does_not_depend_on_which_report_comes_first() -> None:
    named = _patrol("b.txt", day(2031, 4, 8), NAVY, US, CN)
    bare = _patrol("a.txt", day(2031, 4, 8), places=("Paracel Islands",))
    assert len(merge_mentions([bare, named])) == 1
    assert len(merge_mentions([named, bare])) == 1


def test_incidents_on_different_days_stay_apart() -> None:
    named = _patrol("a.txt", day(2031, 4, 8), NAVY, US, CN)
    bare = _patrol("b.txt", day(2031, 4, 10), places=("Spratly Islands",))
    assert len(merge_mentions([named, bare])) == 2


def test_an_incident_dated_only_to_the_month_is_not_tied_by_theatre() -> None:
    named = _patrol("a.txt", day(2031, 4, 8), NAVY, US, CN)
    bare = _patrol("b.txt", month(2031, 4), places=("Spratly Islands",))
    assert len(merge_mentions([named, bare])) == 2


def test_incidents_in_different_theatres_stay_apart() -> None:
    named = _patrol("a.txt", day(2031, 4, 8), NAVY, US, CN)
    strait = _patrol("b.txt", day(2031, 4, 8), places=("Taiwan Strait",),
                     issues=("taiwan", "military"))
    assert len(merge_mentions([named, strait])) == 2


def test_same_day_incidents_of_different_sides_in_one_theatre_stay_apart() -> None:
    ours = _patrol("a.txt", day(2031, 4, 8), NAVY, US, places=("Spratly Islands",))
    theirs = _patrol("b.txt", day(2031, 4, 8), PH, places=("Scarborough Shoal",))
    assert len(merge_mentions([ours, theirs])) == 2


def test_a_shared_broad_topic_is_not_a_theatre() -> None:
    named = _patrol("a.txt", day(2031, 4, 8), NAVY, US, CN, places=("Pacific Ocean",),
                    issues=("military",))
    bare = _patrol("b.txt", day(2031, 4, 8), places=("Coral Sea",), issues=("military",))
    assert len(merge_mentions([named, bare])) == 2


def test_other_kinds_are_not_tied_by_theatre() -> None:
    talks = mention("a.txt", 0, "talks", day(2031, 4, 8), US, CN, places=("Manila",),
                    trigger="talks", issues=SEA)
    bare = mention("b.txt", 0, "talks", day(2031, 4, 8), places=("Hanoi",),
                   trigger="talks", issues=SEA)
    assert len(merge_mentions([talks, bare])) == 2


# --- two incidents told in one sentence ---------------------------------------------------

TW = Actor("Taiwan", "TW", None, "country")


def test_two_incident_triggers_of_one_sentence_are_two_incidents() -> None:
    # `... in March, when Washington sent two carrier groups near the island after missile
    # tests`: the tests are the firing another article dates; the sending is another act
    firing = mention("a.txt", 0, "military_incident", day(2031, 3, 8), CN, TW,
                     places=("Keelung",), trigger="firing", issues=("military", "taiwan"))
    sent = mention("b.txt", 40, "military_incident", month(2031, 3), US,
                   trigger="sent", issues=("military", "taiwan"))
    tests = mention("b.txt", 40, "military_incident", month(2031, 3), US, TW, CN,
                    trigger="missile tests", issues=("military", "taiwan"))
    for order in ([firing, sent, tests], [tests, sent, firing]):
        events = merge_mentions(order)
        assert len(events) == 2
        both = next(e for e in events if len(e.sources) == 2)
        assert {s.document for s in both.sources} == {"a.txt", "b.txt"}


def test_two_incidents_of_one_sentence_stay_two_when_they_share_a_place() -> None:
    # a shared place gives the clusters' second look a reason to join: it must not join
    # what the sentence told as two acts
    sent = mention("b.txt", 40, "military_incident", day(2031, 3, 8), US,
                   places=("Scarborough Shoal",), trigger="sent", issues=("military",))
    tests = mention("b.txt", 40, "military_incident", day(2031, 3, 8), CN,
                    places=("Scarborough Shoal",), trigger="missile tests", issues=("military",))
    for order in ([sent, tests], [tests, sent]):
        assert len(merge_mentions(order)) == 2


def test_one_incident_told_twice_in_one_sentence_under_one_trigger_stays_one() -> None:
    first = mention("b.txt", 40, "military_incident", month(2031, 3), US, CN,
                    trigger="shot down", issues=("military",))
    again = mention("b.txt", 40, "military_incident", month(2031, 3), US,
                    trigger="shot down", issues=("military",))
    assert len(merge_mentions([first, again])) == 1


def test_a_meeting_told_under_two_words_in_one_sentence_stays_one() -> None:
    # `Ruiz met Tan on Monday, their first meeting`: meetings are not split by trigger
    ruiz = Actor("Ana Ruiz", "US", "Trade Representative")
    tan = Actor("Tan Wei", "CN", "Commerce Minister")
    met = mention("b.txt", 40, "meeting", day(2031, 3, 2), ruiz, tan, trigger="met")
    meeting = mention("b.txt", 40, "meeting", day(2031, 3, 2), ruiz, tan, trigger="meeting")
    assert len(merge_mentions([met, meeting])) == 1


def test_an_incident_takes_the_day_its_reports_agree_on() -> None:
    # `last weekend's confrontation` (Saturday-Sunday) and `on Sunday`: one day
    weekend = _patrol("a.txt", DateSpan(day(2031, 4, 5).start, day(2031, 4, 6).end, "day"),
                      NAVY, US, CN)
    sunday = _patrol("b.txt", day(2031, 4, 6), NAVY, US, CN)
    (event,) = merge_mentions([weekend, sunday])
    assert event.date == day(2031, 4, 6)


def test_a_visit_keeps_all_its_days() -> None:
    # a two-day visit and one of its days: the visit lasted both
    both = mention("a.txt", 0, "visit", DateSpan(day(2031, 4, 5).start, day(2031, 4, 6).end,
                                                  "day"), NAVY, US, places=("Manila",),
                   trigger="visited")
    one = mention("b.txt", 0, "visit", day(2031, 4, 6), NAVY, US, places=("Manila",),
                  trigger="visited")
    (event,) = merge_mentions([both, one])
    assert event.date is not None and event.date.start == day(2031, 4, 5).start
