"""Over-merging on thin ground: a shared country between reports that name different
doers, undated evidence that names other people, undated evidence for an event far
from its report's date, and a phone call offered as evidence for a meeting held in
person. Each rule comes with the merges it must leave alone. Our own people and
sentences throughout."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from merge_builders import CN, US, day, month, published, sources, week
from merge_builders import mention as _mention

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, DateSpan, Event, Mention

LARSEN = Actor("Ida Larsen", "US", "Trade Representative")
OKAFOR = Actor("Emeka Okafor", "US", "Secretary of State")
ZHOU = Actor("Zhou Peiran", "CN", "Vice Premier")
HAN = Actor("Han Lixin", "CN", "Foreign Minister")
AIRBUS = Actor("Airbus", "FR", None, "organization")
COMMERCE = Actor("Commerce Department", "US", None, "organization")
ASEAN = Actor("ASEAN", None, None, "organization")


def mention(doc: str, at: int, kind: str, when: DateSpan | None, *actors: Actor,
            **options: Any) -> Mention:
    """Most mentions here are agreements."""
    options.setdefault("trigger", "agreed")
    return _mention(doc, at, kind, when, *actors, **options)


def holding(events: list[Event], doc: str, at: int) -> list[Event]:
    return [e for e in events if (doc, at) in sources(e)]


# --- a shared country between different doers ------------------------------------------

def test_a_company_deal_this_week_is_not_the_leaders_agreement_on_one_day() -> None:
    # `Chinese airlines this week agreed to buy 120 Airbus jets` (a week, China and a
    # company) vs another article's `Larsen and Zhou agreed on Thursday ...`
    deal = mention("planes.txt", 0, "agreement", week(2026, 3, 9), CN, AIRBUS)
    pact = mention("pact.txt", 0, "agreement", day(2026, 3, 12), LARSEN, ZHOU, CN, US)
    events = merge_mentions([deal, pact])
    assert len(events) == 2
    (leaders,) = holding(events, "pact.txt", 0)
    assert "Airbus" not in {a.name for a in leaders.actors}


def test_reports_naming_only_countries_still_join_across_articles() -> None:
    # `US and Chinese negotiators held talks in May` names no one:
    # the countries are all it has, and it joins the talks another article dates.
    vague = mention("later.txt", 0, "talks", month(2026, 5), US, CN, trigger="talks")
    exact = mention("exact.txt", 0, "talks", day(2026, 5, 11), LARSEN, ZHOU, US, CN,
                    trigger="held talks")
    (event,) = merge_mentions([vague, exact])
    assert sources(event) == {("later.txt", 0), ("exact.txt", 0)}


def test_a_body_both_name_is_shared_ground_at_month_precision() -> None:
    # `the deal the Commerce Department signed in March` / `Larsen and Zhou signed the
    # deal at the Commerce Department on 4 March`
    recalled = mention("recall.txt", 0, "agreement", month(2026, 3), COMMERCE, CN, US,
                       trigger="deal signed")
    signed = mention("signed.txt", 0, "agreement", day(2026, 3, 4), LARSEN, ZHOU, COMMERCE,
                     CN, trigger="signed")
    assert len(merge_mentions([recalled, signed])) == 1


def test_different_doers_on_the_same_day_still_join_through_the_country() -> None:
    # `the Commerce Department said on Tuesday the accord with China ...` / `Larsen and
    # Zhou agreed on Tuesday`: one day, one accord.
    said = mention("said.txt", 0, "agreement", day(2026, 4, 7), COMMERCE, CN)
    agreed = mention("agreed.txt", 0, "agreement", day(2026, 4, 7), LARSEN, ZHOU, CN)
    assert len(merge_mentions([said, agreed])) == 1


def test_an_international_forum_is_not_a_doer_that_keeps_reports_apart() -> None:
    # `the ASEAN summit in Malaysia in October` joins `Okafor and Han met in Kuala
    # Lumpur on 27 October` (Malaysia the shared country; the forum no rival doer)
    forum = mention("forum.txt", 0, "summit", month(2026, 10), ASEAN,
                    Actor("Malaysia", "MY", None, "country"), status="planned",
                    trigger="summit")
    met = mention("met.txt", 0, "summit", day(2026, 10, 27), OKAFOR, HAN,
                  Actor("Malaysia", "MY", None, "country"), status="planned",
                  trigger="will meet")
    assert len(merge_mentions([forum, met])) == 1


# --- undated evidence naming other people -----------------------------------------------

def test_undated_evidence_naming_other_people_stays_out_of_an_old_deal() -> None:
    # An article of 2026 recalls `the 2021 accord Larsen and Zhou signed`; its headline,
    # `Okafor and Han agree on ...; Larsen criticises`, shares only Larsen with it.
    old = mention("today.txt", 500, "agreement", month(2021, 1), LARSEN, ZHOU)
    first = mention("past.txt", 0, "agreement", day(2021, 1, 15), LARSEN, ZHOU)
    headline = mention("today.txt", 0, "agreement", None, OKAFOR, HAN, LARSEN, trigger="agree")
    documents = [published("today.txt", "2026-11-20"), published("past.txt", "2021-01-16")]
    events = merge_mentions([old, first, headline], documents=documents)
    (accord,) = events
    assert sources(accord) == {("today.txt", 500), ("past.txt", 0)}


def test_undated_evidence_naming_the_same_people_joins() -> None:
    dated = mention("doc.txt", 100, "agreement", day(2026, 2, 3), LARSEN, ZHOU, CN)
    undated = mention("doc.txt", 0, "agreement", None, LARSEN, ZHOU, trigger="agree")
    (event,) = merge_mentions([dated, undated],
                              documents=[published("doc.txt", "2026-02-04")])
    assert sources(event) == {("doc.txt", 100), ("doc.txt", 0)}


# --- undated evidence for an event far from its report ----------------------------------

def test_undated_evidence_needs_people_or_place_and_kind_for_an_event_years_back() -> None:
    # Written in 2026: `Okafor's executive order on gallium exports` (undated, shares only
    # the topic) is not the 2021 measure the article recalls.
    recalled = mention("doc.txt", 400, "export_control", month(2021, 6), US,
                       trigger="controls", issues=("gallium",))
    order = mention("doc.txt", 0, "export_control", None, OKAFOR, trigger="executive order",
                    issues=("gallium",))
    (event,) = merge_mentions([recalled, order], documents=[published("doc.txt", "2026-03-01")])
    assert sources(event) == {("doc.txt", 400)}


def test_undated_evidence_for_an_event_years_back_joins_through_its_people() -> None:
    recalled = mention("doc.txt", 400, "meeting", month(2021, 6), OKAFOR, HAN,
                       places=("Hanoi",), trigger="met")
    again = mention("doc.txt", 0, "meeting", None, OKAFOR, HAN, trigger="met")
    (event,) = merge_mentions([recalled, again], documents=[published("doc.txt", "2026-03-01")])
    assert sources(event) == {("doc.txt", 400), ("doc.txt", 0)}


def test_undated_evidence_for_a_recent_event_joins_on_its_topic() -> None:
    recent = mention("doc.txt", 400, "export_control", month(2026, 2), US,
                     trigger="controls", issues=("gallium",))
    order = mention("doc.txt", 0, "export_control", None, US, trigger="curbs",
                    issues=("gallium",))
    (event,) = merge_mentions([recent, order], documents=[published("doc.txt", "2026-03-01")])
    assert sources(event) == {("doc.txt", 400), ("doc.txt", 0)}


def test_the_middle_of_a_long_span_is_not_far_from_its_report() -> None:
    # A plan dated to a year that the report falls inside is not far from it.
    plan = mention("doc.txt", 400, "talks", DateSpan(date(2026, 1, 1), date(2026, 12, 31),
                                                     "year"),
                   OKAFOR, HAN, status="planned", trigger="dialogue")
    talk = mention("doc.txt", 0, "talks", None, OKAFOR, status="planned", trigger="talks",
                   issues=("fentanyl",))
    (event,) = merge_mentions([plan, talk], documents=[published("doc.txt", "2026-06-01")])
    assert sources(event) == {("doc.txt", 400), ("doc.txt", 0)}


# --- a call is not a meeting in person --------------------------------------------------

def test_undated_call_evidence_does_not_join_a_summit() -> None:
    # `Okafor and Han are to meet at the summit in Lima in November` / `they agreed that
    # Okafor and Han would speak by phone in the coming weeks` (undated)
    summit = mention("doc.txt", 300, "summit", month(2026, 11), OKAFOR, HAN, places=("Lima",),
                     status="planned", trigger="meet")
    phone = mention("doc.txt", 0, "call", None, OKAFOR, HAN, status="planned",
                    trigger="speak by phone")
    (event,) = merge_mentions([summit, phone], documents=[published("doc.txt", "2026-08-30")])
    assert sources(event) == {("doc.txt", 300)}


def test_undated_call_evidence_joins_a_call_and_talks_evidence_joins_a_call() -> None:
    call = mention("doc.txt", 300, "call", day(2026, 8, 28), OKAFOR, HAN, trigger="spoke")
    phone = mention("doc.txt", 0, "call", None, OKAFOR, HAN, trigger="phone call")
    talked = mention("doc.txt", 600, "talks", None, OKAFOR, HAN, trigger="discussed")
    (event,) = merge_mentions([call, phone, talked],
                              documents=[published("doc.txt", "2026-08-30")])
    assert sources(event) == {("doc.txt", 300), ("doc.txt", 0), ("doc.txt", 600)}


# --- order -----------------------------------------------------------------------------

def test_the_new_rules_give_the_same_events_in_any_input_order() -> None:
    mentions = [
        mention("planes.txt", 0, "agreement", week(2026, 3, 9), CN, AIRBUS),
        mention("pact.txt", 0, "agreement", day(2026, 3, 12), LARSEN, ZHOU, CN, US),
        mention("pact.txt", 90, "agreement", None, OKAFOR, HAN, LARSEN, trigger="agree"),
        mention("pact.txt", 200, "agreement", month(2021, 1), LARSEN, ZHOU),
        mention("pact.txt", 300, "call", None, LARSEN, ZHOU, trigger="speak by phone"),
        mention("vague.txt", 0, "talks", month(2026, 5), US, CN, trigger="talks"),
    ]
    documents = [published("pact.txt", "2026-03-13"), published("planes.txt", "2026-03-11")]
    expected = merge_mentions(mentions, documents=documents)
    rng = random.Random(7)
    for _ in range(10):
        shuffled = mentions[:]
        rng.shuffle(shuffled)
        assert merge_mentions(shuffled, documents=documents) == expected


# --- visits to different countries, or by different travellers --------------------------

def test_visits_by_different_named_travellers_do_not_join_through_a_country() -> None:
    # `a trip to Beijing earlier this month by Okafor` / `Zhou will visit Chicago on the
    # 14th` (China named in both): two travellers, two visits
    early = DateSpan(date(2026, 1, 1), date(2026, 1, 19), "month")
    trip = mention("deals.txt", 0, "visit", early, OKAFOR, CN, places=("Beijing",),
                   trigger="trip")
    plan = mention("preview.txt", 0, "visit", day(2026, 1, 14), ZHOU, CN,
                   places=("Chicago",), trigger="visit")
    assert len(merge_mentions([trip, plan])) == 2
    assert len(merge_mentions([plan, trip])) == 2


def test_a_visit_to_one_country_does_not_join_a_visit_to_another_through_a_person() -> None:
    # `Zhou arrived in Washington on Tuesday` and `during his visit, on Tuesday, Okafor
    # said ... Zhou` (both people named) make one cluster; `a trip to Beijing this month
    # by Okafor` is another visit, though Okafor is in both.
    arrival = mention("preview.txt", 0, "visit", day(2026, 1, 13), ZHOU, CN,
                      places=("Washington",), trigger="state visit")
    during = mention("preview.txt", 50, "visit", day(2026, 1, 13), ZHOU, OKAFOR, CN,
                     trigger="visit")
    early = DateSpan(date(2026, 1, 1), date(2026, 1, 19), "month")
    trip = mention("deals.txt", 0, "visit", early, OKAFOR, places=("Beijing",),
                   trigger="trip")
    events = merge_mentions([arrival, during, trip])
    (beijing,) = holding(events, "deals.txt", 0)
    assert sources(beijing) == {("deals.txt", 0)}


def test_a_visit_to_a_city_still_joins_a_visit_to_its_country() -> None:
    # `Okafor visited Beijing on 12 January` / `Okafor's trip to China this month`
    city = mention("a.txt", 0, "visit", day(2026, 1, 12), OKAFOR, places=("Beijing",),
                   trigger="visited")
    country = mention("b.txt", 0, "visit", month(2026, 1), OKAFOR, places=("China",),
                      trigger="trip")
    assert len(merge_mentions([city, country])) == 1


# --- visits by different travellers tied by a country alone --------------------------

JP = Actor("Japan", "JP", None, "country")
NAVY = Actor("Navy", "CN", None, "organization")


def test_a_fleet_coming_home_is_not_a_leaders_provincial_tour_on_the_same_day() -> None:
    # `A Chinese navy fleet arrived home on Tuesday after visiting ports abroad` vs
    # another article's `President Okafor toured a fishery institute in Yunnan on Tuesday`
    fleet = mention("fleet.txt", 0, "arrival", day(2026, 3, 10), CN, NAVY, trigger="arrived")
    tour = mention("tour.txt", 0, "visit", day(2026, 3, 10), OKAFOR, CN,
                   places=("Yunnan",), trigger="visited")
    events = merge_mentions([fleet, tour])
    assert len(events) == 2
    (leader,) = holding(events, "tour.txt", 0)
    assert "Navy" not in {a.name for a in leader.actors}


def test_a_visit_told_by_its_countries_still_joins_the_travellers_visit() -> None:
    # `a US delegation's visit to Japan on Tuesday` names no one: the countries and the
    # day tie it to another article's `Okafor visited Osaka on Tuesday`
    vague = mention("vague.txt", 0, "visit", day(2026, 3, 10), US, JP, trigger="visit")
    named = mention("named.txt", 0, "visit", day(2026, 3, 10), OKAFOR, US,
                    places=("Osaka",), trigger="visited")
    (event,) = merge_mentions([vague, named])
    assert sources(event) == {("vague.txt", 0), ("named.txt", 0)}
