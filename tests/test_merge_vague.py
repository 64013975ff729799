"""A vague date needs more evidence: a report dated only to a week or a month joins a
report from another article through a country or a person only when it names no party
the other lacks and is about the same matter. Invented mentions only."""

from __future__ import annotations

from merge_builders import CN, US, day, mention, month, week

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor

IT = Actor("Italy", "IT", None, "country")
JO = Actor("Jordan", "JO", None, "country")
TW = Actor("Taiwan", "TW", None, "country")
MORRIS = Actor("Dana Morris", "US", "Speaker of the House")
RIVERA = Actor("Sam Rivera", "US", "President")
OKOYE = Actor("Ada Okoye", "US", "Treasury Secretary")
VANCE = Actor("Lee Vance", "US", "Fed Chair")
EU = Actor("European Union", None, None, "organization")
SC = Actor("UN Security Council", None, None, "organization")


def test_a_vague_report_naming_another_party_is_another_event() -> None:
    # `the king raised the issue during a Washington visit in early April` (Jordan, US)
    # is not the Speaker's visit to Taiwan on 2 April (US, Taiwan)
    taiwan = mention("a.txt", 0, "visit", day(2031, 4, 2), MORRIS, TW, places=("Taiwan",),
                     trigger="visit")
    king = mention("b.txt", 0, "visit", month(2031, 4), JO, US, trigger="visit")
    assert len(merge_mentions([taiwan, king])) == 2


def test_a_vague_back_reference_naming_fewer_parties_still_joins() -> None:
    # `Beijing cut off the talks in August` recalls `China suspended talks with the US on
    # 5 August`
    cut = mention("a.txt", 0, "cancellation", day(2031, 8, 5), CN, US, trigger="suspended")
    recalled = mention("b.txt", 0, "cancellation", month(2031, 8), CN, trigger="cut off")
    assert len(merge_mentions([cut, recalled])) == 1


def test_two_vague_reports_about_different_matters_stay_apart() -> None:
    # `China and the EU signed a declaration on climate in September` / `China hosted
    # talks whose latest round adopted a joint statement in September`
    climate = mention("a.txt", 0, "agreement", month(2031, 9), CN, EU, trigger="signed",
                      issues=("climate",))
    korea = mention("b.txt", 0, "agreement", month(2031, 9), CN, trigger="joint statement",
                    issues=("north_korea",))
    assert len(merge_mentions([climate, korea])) == 2


def test_two_vague_copies_of_one_story_still_join() -> None:
    one = mention("a.txt", 0, "appointment", month(2031, 3), CN, trigger="appointed")
    two = mention("b.txt", 0, "appointment", month(2031, 3), CN, trigger="appointed")
    assert len(merge_mentions([one, two])) == 1


def test_a_vague_statement_naming_another_country_is_not_his_statement() -> None:
    # `Rivera said on Tuesday ...` / `the Italian premier said earlier this week he had
    # informed Rivera ...` (the speaker left unnamed, Italy named)
    said = mention("a.txt", 0, "statement", day(2031, 11, 25), RIVERA, US, trigger="said")
    told = mention("b.txt", 0, "statement", week(2031, 11, 24), RIVERA, US, IT,
                   trigger="said")
    assert len(merge_mentions([said, told])) == 2
    # the same speaker's statement recalled vaguely, naming no one else, still joins
    recalled = mention("c.txt", 0, "statement", month(2031, 11), RIVERA, US, trigger="said")
    assert len(merge_mentions([said, recalled])) == 1


def test_a_vague_plan_naming_people_is_not_a_meeting_naming_none() -> None:
    # `Okoye and Vance will lead a US team next month` / `the Security Council failed to
    # agree late Tuesday` (the US named)
    team = mention("a.txt", 0, "meeting", month(2031, 12), OKOYE, VANCE, US,
                   status="planned", trigger="meeting")
    council = mention("b.txt", 0, "meeting", day(2031, 12, 16), SC, US, trigger="talks")
    assert len(merge_mentions([team, council])) == 2


def test_a_shared_city_is_ground_enough_for_a_vague_report() -> None:
    # `talks in Geneva last week` naming Jordan too are the talks in Geneva on Tuesday
    tuesday = mention("a.txt", 0, "talks", day(2031, 7, 8), CN, US, places=("Geneva",),
                      trigger="talks")
    recalled = mention("b.txt", 0, "talks", week(2031, 7, 7), CN, US, JO,
                       places=("Geneva",), trigger="negotiations")
    assert len(merge_mentions([tuesday, recalled])) == 1


JP = Actor("Japan", "JP", None, "country")
AU = Actor("Australia", "AU", None, "country")
NZ = Actor("New Zealand", "NZ", None, "country")
CABINET = Actor("Cabinet Office", "JP", None, "organization")


def test_a_deal_named_by_one_side_is_the_deal_a_vague_report_names_both_sides_of() -> None:
    # `the beef deal, signed at the Cabinet Office on May 3` / `in May the two sides
    # signed a beef deal` (Japan and Australia): an agreement has two sides
    signed = mention("a.txt", 0, "agreement", day(2031, 5, 3), CABINET, trigger="signed",
                     issues=("trade",))
    recalled = mention("b.txt", 0, "agreement", month(2031, 5), JP, AU, trigger="signed",
                       issues=("trade",))
    assert len(merge_mentions([signed, recalled])) == 1
    # not when the day's report names both its sides, or a signer, or another matter
    for other in (mention("a.txt", 0, "agreement", day(2031, 5, 3), JP, NZ,
                          trigger="signed", issues=("trade",)),
                  mention("a.txt", 0, "agreement", day(2031, 5, 3), CABINET,
                          Actor("Ken Sato", "JP", "Trade Minister"), trigger="signed",
                          issues=("trade",)),
                  mention("a.txt", 0, "agreement", day(2031, 5, 3), CABINET,
                          trigger="signed", issues=("climate",))):
        assert len(merge_mentions([other, recalled])) == 2, other.actors
