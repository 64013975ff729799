"""Merging rules across articles, each with the case that must stay apart: a plan told
after its date vs the visit it became, one-off acts between two countries, clashing
parties, recurring meetings a month apart, one capital on one day, `last week` vs the
exact day, and surnames vs full names. Our own people and sentences throughout."""

from __future__ import annotations

import random
from datetime import date

from merge_builders import CN, US, day, mention, month, published, year

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, DateSpan

RUDD = Actor("Kevin Rudd", "AU", "Ambassador")
HAGUE = Actor("William Hague", "GB", "Foreign Secretary")
YANG = Actor("Yang Jiechi", "CN", "Foreign Minister")
MORRIS = Actor("Dana Morris", "US", "Trade Representative")
TAN = Actor("Tan Wei", "CN", "Commerce Minister")
VN = Actor("Vietnam", "VN", None, "country")
NZ = Actor("New Zealand", "NZ", None, "country")


def docs_of(events: list) -> list[set[str]]:  # type: ignore[type-arg]
    return [{s.document for s in e.sources} for e in events]


# --- a plan told after its date, and the occurrence -------------------------------------

def test_a_plan_dated_before_its_report_is_the_visit_another_report_dates() -> None:
    # 2010: `Hague was allowed to visit Hanoi in 2004` (read as a plan, dated by the year);
    # 2005: `Hague visited Hanoi last May`.
    plan = mention("later.txt", 0, "visit", year(2004), HAGUE, status="planned",
                   trigger="visit")
    again = mention("later.txt", 90, "visit", year(2004), HAGUE, status="planned",
                    trigger="trip")
    fact = mention("sooner.txt", 0, "visit", month(2004, 5), HAGUE, VN, trigger="visit")
    documents = [published("later.txt", "2010-03-02"), published("sooner.txt", "2005-01-10")]
    (event,) = merge_mentions([plan, again, fact], documents=documents)
    assert {s.document for s in event.sources} == {"later.txt", "sooner.txt"}
    assert event.status == "occurred"
    assert event.date == month(2004, 5)


def test_a_plan_still_ahead_of_its_report_stays_apart_from_an_earlier_visit() -> None:
    # written in January 2004: `Hague will visit Hanoi this year`; the May visit is
    # another report's fact: the year-wide plan may be a later trip.
    plan = mention("early.txt", 0, "visit", year(2004), HAGUE, status="planned",
                   trigger="will visit")
    fact = mention("sooner.txt", 0, "visit", month(2004, 5), HAGUE, VN, trigger="visit")
    documents = [published("early.txt", "2004-01-20"), published("sooner.txt", "2005-01-10")]
    assert len(merge_mentions([plan, fact], documents=documents)) == 2


def test_a_past_plan_does_not_absorb_a_visit_outside_its_dates() -> None:
    plan = mention("later.txt", 0, "visit", year(2004), HAGUE, status="planned",
                   trigger="visit")
    fact = mention("sooner.txt", 0, "visit", month(2005, 5), HAGUE, VN, trigger="visit")
    documents = [published("later.txt", "2010-03-02"), published("sooner.txt", "2006-01-10")]
    assert len(merge_mentions([plan, fact], documents=documents)) == 2


# --- one-off acts between two countries ---------------------------------------------------

def test_establishing_relations_is_one_event_for_a_pair_of_countries() -> None:
    # `Vietnam and the United States would establish relations on July 11` (dated to the
    # day) and, years later, `in 1995, the year the two countries established relations`.
    day_report = mention("a.txt", 0, "agreement", day(1995, 7, 11), US, VN,
                         trigger="establish diplomatic relations")
    year_report = mention("b.txt", 0, "agreement", year(1995), VN, US,
                          trigger="established relations")
    (event,) = merge_mentions([day_report, year_report])
    assert event.date == day(1995, 7, 11)
    assert {s.document for s in event.sources} == {"a.txt", "b.txt"}


def test_other_agreements_of_the_same_countries_in_one_year_stay_apart() -> None:
    # countries alone and a year: not enough for ordinary agreements
    deal = mention("a.txt", 0, "agreement", day(1995, 7, 11), US, VN, trigger="signed a deal")
    other = mention("b.txt", 0, "agreement", year(1995), VN, US, trigger="trade accord")
    assert len(merge_mentions([deal, other])) == 2


def test_relations_of_another_pair_are_another_event() -> None:
    ours = mention("a.txt", 0, "agreement", day(1995, 7, 11), US, VN,
                   trigger="establish diplomatic relations")
    theirs = mention("b.txt", 0, "agreement", year(1995), VN, NZ,
                     trigger="established relations")
    assert len(merge_mentions([ours, theirs])) == 2


def test_agreements_with_different_partner_countries_stay_apart_in_one_article() -> None:
    # `... would establish relations with China on January 1` and, in the same article and
    # month, `Vietnam's treaty with the United States`: the US is shared, the partners differ.
    ties = mention("a.txt", 0, "agreement", day(1979, 1, 1), US, CN,
                   trigger="establish diplomatic relations")
    treaty = mention("a.txt", 90, "agreement", month(1979, 1), US, VN, trigger="treaty")
    assert len(merge_mentions([ties, treaty])) == 2


# --- recurring meetings, and one capital on one day ------------------------------------------

def test_two_meetings_of_the_same_people_a_month_apart_stay_apart() -> None:
    first = mention("a.txt", 0, "meeting", day(2011, 3, 2), MORRIS, TAN, places=("Geneva",),
                    issues=("rare_earths",))
    second = mention("b.txt", 0, "meeting", day(2011, 4, 6), MORRIS, TAN, places=("Geneva",),
                     issues=("rare_earths",))
    assert len(merge_mentions([first, second])) == 2


def test_one_incident_reported_a_few_weeks_apart_is_one_event_with_a_conflict() -> None:
    # the counterpart of the rule above: a one-off incident with a vague date in one report
    early = mention("a.txt", 0, "military_incident", month(2011, 3), CN,
                    issues=("drone",), trigger="drone crashed")
    later = mention("b.txt", 0, "military_incident", day(2011, 4, 6), CN, US,
                    issues=("drone",), trigger="drone crashed")
    (event,) = merge_mentions([early, later])
    assert len(event.conflicts) == 1


def test_different_meetings_on_one_day_in_one_capital_stay_apart() -> None:
    trade = mention("a.txt", 0, "meeting", day(2011, 3, 2), MORRIS, TAN, places=("Beijing",))
    envoy = mention("b.txt", 0, "meeting", day(2011, 3, 2), RUDD, YANG, places=("Beijing",))
    assert len(merge_mentions([trade, envoy])) == 2


def test_statements_of_different_sides_on_one_day_in_one_capital_stay_apart() -> None:
    ours = mention("a.txt", 0, "statement", day(2011, 3, 2), US, places=("Beijing",),
                   trigger="embassy said")
    theirs = mention("b.txt", 0, "statement", day(2011, 3, 2), CN, places=("Beijing",),
                     trigger="ministry said")
    assert len(merge_mentions([ours, theirs])) == 2
    again = mention("c.txt", 0, "statement", day(2011, 3, 2), CN, places=("Beijing",),
                    trigger="ministry said")
    assert len(merge_mentions([theirs, again])) == 1


# --- `last week` vs the exact day, and names -------------------------------------------------

def test_last_week_in_one_article_is_the_exact_day_of_another() -> None:
    week = DateSpan(date(2011, 2, 28), date(2011, 3, 6), "week")
    vague = mention("a.txt", 0, "talks", week, MORRIS, TAN, trigger="held talks")
    exact = mention("b.txt", 0, "meeting", day(2011, 3, 2), MORRIS, places=("Geneva",))
    (event,) = merge_mentions([vague, exact])
    assert event.date == day(2011, 3, 2)


def test_a_surname_alone_is_the_person_a_full_name_gives() -> None:
    short = Actor("Morris", "US", None)
    full = mention("a.txt", 0, "visit", day(2011, 3, 2), MORRIS, places=("Beijing",),
                   trigger="visit")
    bare = mention("b.txt", 0, "visit", day(2011, 3, 2), short, places=("Beijing",),
                   trigger="visited")
    (event,) = merge_mentions([full, bare])
    assert {s.document for s in event.sources} == {"a.txt", "b.txt"}
    assert [a.name for a in event.actors] == ["Dana Morris"]
    # a surname another person bears is not them
    other = mention("c.txt", 0, "visit", day(2011, 3, 2), Actor("Rudd", "AU", None),
                    places=("Beijing",), trigger="visited")
    assert len(merge_mentions([full, other])) == 2


# --- a visit and the meetings during it -----------------------------------------------------

KISHIDA = Actor("Fumio Kishida", "JP", "Prime Minister")
VISIT_DAYS = DateSpan(date(2012, 3, 3), date(2012, 3, 5), "day")


def test_a_meeting_one_article_reports_is_the_visit_another_reports() -> None:
    visit = mention("a.txt", 0, "visit", VISIT_DAYS, RUDD, places=("Tokyo",), trigger="visit")
    meeting = mention("b.txt", 0, "meeting", day(2012, 3, 4), RUDD, KISHIDA,
                      places=("Tokyo",))
    (event,) = merge_mentions([visit, meeting])
    assert event.kind == "visit"
    assert event.date == VISIT_DAYS
    assert {s.document for s in event.sources} == {"a.txt", "b.txt"}


def test_an_article_reporting_the_visit_and_a_meeting_keeps_both() -> None:
    visit = mention("a.txt", 0, "visit", VISIT_DAYS, RUDD, places=("Tokyo",), trigger="visit")
    meeting = mention("a.txt", 90, "meeting", day(2012, 3, 4), RUDD, KISHIDA,
                      places=("Tokyo",))
    assert len(merge_mentions([visit, meeting])) == 2


def test_a_meeting_elsewhere_or_after_the_visit_is_not_part_of_it() -> None:
    visit = mention("a.txt", 0, "visit", VISIT_DAYS, RUDD, places=("Tokyo",), trigger="visit")
    elsewhere = mention("b.txt", 0, "meeting", day(2012, 3, 4), RUDD, KISHIDA,
                        places=("Canberra",))
    later = mention("c.txt", 0, "meeting", day(2012, 3, 9), RUDD, KISHIDA, places=("Tokyo",))
    assert len(merge_mentions([visit, elsewhere])) == 2
    assert len(merge_mentions([visit, later])) == 2


def test_the_hosts_meetings_are_not_part_of_a_guests_visit() -> None:
    visit = mention("a.txt", 0, "visit", VISIT_DAYS, RUDD, KISHIDA, places=("Tokyo",),
                    trigger="visit")
    hosting = mention("b.txt", 0, "meeting", day(2012, 3, 4), KISHIDA,
                      Actor("Lee Hsien Loong", "SG", "Prime Minister"), places=("Tokyo",))
    assert len(merge_mentions([visit, hosting])) == 2


def test_a_visit_told_without_a_place_takes_the_meeting_its_visitor_held_abroad() -> None:
    # `Rudd's visit in March` (no place) / `Rudd met Kishida in Tokyo on March 4`
    visit = mention("a.txt", 0, "visit", month(2012, 3), RUDD, trigger="visit")
    meeting = mention("b.txt", 0, "meeting", day(2012, 3, 4), RUDD, KISHIDA,
                      places=("Tokyo",))
    (event,) = merge_mentions([visit, meeting])
    assert event.kind == "visit"
    assert {s.document for s in event.sources} == {"a.txt", "b.txt"}


def test_a_placeless_visit_does_not_take_a_meeting_at_home_or_in_another_month() -> None:
    visit = mention("a.txt", 0, "visit", month(2012, 3), RUDD, trigger="visit")
    at_home = mention("b.txt", 0, "meeting", day(2012, 3, 4), RUDD, KISHIDA,
                      places=("Canberra",))
    later = mention("c.txt", 0, "meeting", day(2012, 4, 4), RUDD, KISHIDA, places=("Tokyo",))
    nowhere = mention("d.txt", 0, "meeting", day(2012, 3, 4), RUDD, KISHIDA)
    for meeting in (at_home, later, nowhere):
        assert len(merge_mentions([visit, meeting])) == 2


def test_a_placeless_plan_does_not_take_a_meeting_that_happened() -> None:
    visit = mention("a.txt", 0, "visit", month(2012, 3), RUDD, trigger="visit",
                    status="planned")
    meeting = mention("b.txt", 0, "meeting", day(2012, 3, 4), RUDD, KISHIDA,
                      places=("Tokyo",))
    assert len(merge_mentions([visit, meeting])) == 2


def test_a_placeless_visit_does_not_take_a_meeting_its_person_hosted_at_home() -> None:
    # `Kishida's visit in March` (somewhere abroad) is not `Rudd met Kishida in Tokyo`
    visit = mention("a.txt", 0, "visit", month(2012, 3), KISHIDA, trigger="visit")
    meeting = mention("b.txt", 0, "meeting", day(2012, 3, 4), RUDD, KISHIDA,
                      places=("Tokyo",))
    assert len(merge_mentions([visit, meeting])) == 2


def test_two_spellings_of_a_place_are_one_shared_place() -> None:
    old_name = mention("a.txt", 0, "meeting", day(1989, 5, 16), places=("Peking",),
                       trigger="summit meeting")
    new_name = mention("b.txt", 0, "meeting", day(1989, 5, 16), YANG, places=("Beijing",))
    (event,) = merge_mentions([old_name, new_name])
    assert {s.document for s in event.sources} == {"a.txt", "b.txt"}
    elsewhere = mention("c.txt", 0, "meeting", day(1989, 5, 16), YANG, places=("Shanghai",))
    assert len(merge_mentions([old_name, elsewhere])) == 2


def test_a_family_name_first_matches_its_first_token_only_for_such_names() -> None:
    xi = Actor("Xi Jinping", "CN", "President")
    full = mention("a.txt", 0, "visit", day(2015, 9, 22), xi, places=("Seattle",),
                   trigger="visit")
    bare = mention("b.txt", 0, "visit", day(2015, 9, 22), Actor("Xi", "CN", None),
                   places=("Seattle",), trigger="arrived")
    assert len(merge_mentions([full, bare])) == 1
    # a given name is not a surname: `George` is not George Walker
    walker = Actor("George Walker", "US", "Senator")
    given = mention("c.txt", 0, "visit", day(2015, 9, 22), walker, places=("Seattle",),
                    trigger="visit")
    george = mention("d.txt", 0, "visit", day(2015, 9, 22), Actor("George", "US", None),
                     places=("Seattle",), trigger="visited")
    assert len(merge_mentions([given, george])) == 2


def test_a_vague_plan_and_a_fact_stay_apart_on_the_second_look_too() -> None:
    spring = DateSpan(date(2013, 3, 1), date(2013, 5, 31), "season")
    plan = mention("a.txt", 0, "visit", spring, HAGUE, places=("Hanoi",), status="planned",
                   trigger="will visit")
    fact = mention("b.txt", 0, "visit", month(2013, 3), HAGUE, places=("Hanoi",),
                   trigger="visited")
    assert len(merge_mentions([plan, fact])) == 2


def test_the_new_rules_do_not_depend_on_input_order() -> None:
    ms = [
        mention("later.txt", 0, "visit", year(2004), HAGUE, status="planned", trigger="visit"),
        mention("sooner.txt", 0, "visit", month(2004, 5), HAGUE, VN, trigger="visit"),
        mention("a.txt", 0, "agreement", day(1995, 7, 11), US, VN,
                trigger="establish diplomatic relations"),
        mention("b.txt", 0, "agreement", year(1995), VN, US, trigger="established relations"),
        mention("a.txt", 40, "visit", VISIT_DAYS, RUDD, places=("Tokyo",), trigger="visit"),
        mention("b.txt", 40, "meeting", day(2012, 3, 4), RUDD, KISHIDA, places=("Tokyo",)),
        mention("c.txt", 0, "visit", day(2011, 3, 2), Actor("Morris", "US", None),
                places=("Beijing",), trigger="visited"),
        mention("d.txt", 0, "visit", day(2011, 3, 2), MORRIS, places=("Peking",),
                trigger="visit"),
    ]
    documents = [published("later.txt", "2010-03-02"), published("sooner.txt", "2005-01-10")]
    expected = [e.to_json() for e in merge_mentions(ms, documents=documents)]
    assert len(expected) == 4
    for seed in range(5):
        shuffled = ms[:]
        random.Random(seed).shuffle(shuffled)
        assert [e.to_json() for e in merge_mentions(shuffled, documents=documents)] == expected
