"""Merging mentions into events: same event across sentences and articles, conflicts,
stable ids and order independence."""

from __future__ import annotations

import random
from datetime import date

from merge_builders import CN, US, day, mention, month

from usc_timeline.merge import merge_mentions, title_for
from usc_timeline.model import Actor, DateSpan

KERRY = Actor("John Kerry", "US", "Special Presidential Envoy for Climate")
XIE = Actor("Xie Zhenhua", "CN", "Special Envoy for Climate Change")
LIU = Actor("Liu He", "CN", "Vice Premier")
MNUCHIN = Actor("Steven Mnuchin", "US", "Secretary of the Treasury")


def test_one_event_from_two_articles_with_both_sources() -> None:
    a = mention("a.txt", 0, "talks", month(2021, 4), KERRY, XIE, places=("Shanghai",),
                trigger="held talks")
    b = mention("b.txt", 50, "meeting", month(2021, 4), KERRY, places=("Shanghai",))
    events = merge_mentions([a, b])
    assert len(events) == 1
    ev = events[0]
    assert {s.document for s in ev.sources} == {"a.txt", "b.txt"}
    assert ev.kind == "talks"
    assert ev.title == "Kerry and Xie Zhenhua hold talks in Shanghai"
    assert ev.id == "2021-04-kerry-xie-zhenhua-talks-shanghai"


def test_most_precise_consistent_date_wins() -> None:
    a = mention("a.txt", 0, "visit", month(2021, 4), KERRY, places=("Shanghai",),
                trigger="visit")
    b = mention("b.txt", 0, "visit", DateSpan(date(2021, 4, 14), date(2021, 4, 17)), KERRY,
                places=("Shanghai",), trigger="visit")
    c = mention("b.txt", 90, "visit", day(2021, 4, 17), KERRY, places=("Shanghai",),
                trigger="visit")
    (ev,) = merge_mentions([a, b, c])
    assert ev.date == DateSpan(date(2021, 4, 14), date(2021, 4, 17), "day")
    assert ev.conflicts == ()
    assert ev.title == "Kerry visits Shanghai"


def test_different_counterparts_are_different_meetings() -> None:
    a = mention("a.txt", 0, "meeting", day(2018, 5, 3), MNUCHIN, LIU)
    b = mention("a.txt", 40, "meeting", day(2018, 5, 3), MNUCHIN, XIE)
    assert len(merge_mentions([a, b])) == 2


def test_undated_mention_joins_the_dated_event_of_its_own_article_only() -> None:
    dated = mention("a.txt", 0, "meeting", day(2018, 5, 3), MNUCHIN, LIU,
                    places=("Beijing",))
    same_doc = mention("a.txt", 80, "meeting", None, LIU, trigger="meeting")
    other_doc = mention("b.txt", 10, "meeting", None, LIU, trigger="meeting")
    (ev,) = merge_mentions([dated, same_doc, other_doc])
    assert [(s.document, s.char_start) for s in ev.sources] == [("a.txt", 0), ("a.txt", 80)]


def test_undated_mention_alone_is_dropped() -> None:
    assert merge_mentions([mention("a.txt", 0, "talks", None, KERRY, XIE)]) == []


def test_ambiguous_undated_mention_is_dropped() -> None:
    first = mention("a.txt", 0, "meeting", day(2018, 5, 3), MNUCHIN, LIU)
    second = mention("a.txt", 40, "meeting", day(2018, 5, 4), MNUCHIN, XIE)
    vague = mention("a.txt", 90, "meeting", None, MNUCHIN, trigger="meetings")
    events = merge_mentions([first, second, vague])
    assert sum(len(e.sources) for e in events) == 2


def test_distinctive_incident_keeps_disagreeing_dates_as_a_conflict() -> None:
    early = mention("a.txt", 0, "military_incident", DateSpan(date(2023, 1, 1), date(2023, 1, 10),
                    "month"), CN, issues=("balloon",), trigger="spy balloon")
    late = mention("a.txt", 90, "military_incident",
                   DateSpan(date(2023, 1, 21), date(2023, 1, 31), "month"), CN, US,
                   issues=("balloon",), trigger="spy balloon")
    feb = mention("b.txt", 5, "military_incident", month(2023, 2), US, CN,
                  issues=("balloon", "military"), trigger="downed")
    (ev,) = merge_mentions([early, late, feb])
    assert len(ev.sources) == 3
    assert len(ev.conflicts) == 1
    conflict = ev.conflicts[0]
    assert {s.document for s in conflict.sources} == {"a.txt", "b.txt"}
    assert "b.txt" in conflict.description and "a.txt" in conflict.description


def test_unrelated_incidents_months_apart_stay_apart() -> None:
    a = mention("a.txt", 0, "military_incident", month(2023, 1), CN, issues=("military",),
                trigger="intercepted")
    b = mention("b.txt", 0, "military_incident", month(2023, 2), CN, issues=("military",),
                trigger="intercepted")
    assert len(merge_mentions([a, b])) == 2


def test_output_does_not_depend_on_input_order() -> None:
    ms = [
        mention("a.txt", 0, "talks", month(2021, 4), KERRY, XIE, places=("Shanghai",)),
        mention("b.txt", 9, "meeting", month(2021, 4), KERRY, places=("Shanghai",)),
        mention("a.txt", 30, "meeting", day(2018, 5, 3), MNUCHIN, LIU),
        mention("c.txt", 3, "meeting", day(2018, 5, 3), MNUCHIN, LIU),
        mention("c.txt", 60, "meeting", None, LIU),
        mention("d.txt", 1, "sanction", DateSpan(date(2018, 1, 1), date(2018, 12, 31), "year"),
                US, LIU, trigger="sanctions"),
    ]
    expected = [e.to_json() for e in merge_mentions(ms)]
    for seed in range(5):
        shuffled = ms[:]
        random.Random(seed).shuffle(shuffled)
        assert [e.to_json() for e in merge_mentions(shuffled)] == expected


def test_events_sorted_by_date_and_ids_unique() -> None:
    ms = [
        mention("a.txt", 0, "meeting", day(2018, 5, 3), MNUCHIN, LIU),
        mention("b.txt", 0, "meeting", day(2018, 5, 3), MNUCHIN, LIU, places=("Beijing",)),
        mention("c.txt", 0, "meeting", day(2018, 5, 3), MNUCHIN, XIE),
        mention("a.txt", 50, "talks", month(2017, 1), KERRY, XIE),
    ]
    events = merge_mentions(ms)
    assert [e.date.start for e in events if e.date] == sorted(
        e.date.start for e in events if e.date)
    ids = [e.id for e in events]
    assert len(set(ids)) == len(ids)


def test_id_collisions_get_a_suffix() -> None:
    a = mention("a.txt", 0, "statement", day(2018, 5, 3), MNUCHIN, trigger="said")
    b = mention("b.txt", 0, "statement", day(2018, 5, 3), LIU, trigger="said")
    c = mention("c.txt", 0, "statement", day(2018, 5, 3),
                Actor("Steven Mnuchin", "US", None), trigger="warned")
    ids = sorted(e.id for e in merge_mentions([a, b]))
    assert ids == ["2018-05-03-statement-liu-he", "2018-05-03-statement-mnuchin"]
    assert len({e.id for e in merge_mentions([a, c])}) == 1  # same person: one event


def test_titles_read_like_headlines() -> None:
    assert title_for("visit", (KERRY,), ("Beijing",), "visit") == "Kerry visits Beijing"
    assert title_for("summit", (Actor("Joe Biden", "US", "President"),
                                Actor("Xi Jinping", "CN", "President")), ("Bali",),
                     "meeting") == "Biden meets Xi Jinping in Bali"
    assert title_for("cancellation", (MNUCHIN,), ("Beijing",),
                     "called off … visit") == "Mnuchin visit to Beijing cancelled"
    assert title_for("sanction", (LIU, US), (), "sanctions") == "US sanctions Liu He"
    assert title_for("talks", (KERRY, MNUCHIN, XIE, LIU), ("Tianjin",), "talks") == (
        "Kerry, Mnuchin and Xie Zhenhua hold talks in Tianjin")
    assert title_for("meeting", (KERRY, MNUCHIN, XIE, LIU), (), "met") == (
        "Kerry and Mnuchin meet Xie Zhenhua and Liu He")
    assert title_for("military_incident", (CN, US), (), "spy balloon", "balloon") == (
        "Balloon incident involving China and US")
    assert title_for("meeting", (CN,), ("Singapore",), "meeting") == (
        "Meeting in Singapore with China")


def test_a_country_named_as_a_place_does_not_tie_undated_evidence() -> None:
    visit = mention("a.txt", 0, "visit", day(2023, 6, 18), KERRY, CN, places=("China",),
                    trigger="visit")
    other_visit = mention("a.txt", 90, "visit", None, Actor("Tim Cook", "US"), CN,
                          places=("China",), trigger="visited")
    (ev,) = merge_mentions([visit, other_visit])
    assert len(ev.sources) == 1


def test_undated_evidence_can_tie_two_articles_reports_together() -> None:
    biden = Actor("Joe Biden", "US", "President")
    xi = Actor("Xi Jinping", "CN", "President")
    named = mention("a.txt", 0, "summit", day(2022, 11, 14), biden, xi, trigger="met")
    where = mention("a.txt", 0, "summit", None, biden, xi, places=("Bali",),
                    trigger="G20 summit")
    nameless = mention("b.txt", 40, "meeting", day(2022, 11, 14), places=("Bali",),
                       trigger="meeting")
    for order in ([named, where, nameless], [nameless, where, named]):
        (ev,) = merge_mentions(order)
        assert {s.document for s in ev.sources} == {"a.txt", "b.txt"}
        assert ev.places == ("Bali",)


APEC = Actor("APEC", None, None, "organization")
PERU = Actor("Peru", "PE", None, "country")


def test_a_forum_named_by_two_articles_in_one_month_is_one_event() -> None:
    a = mention("a.txt", 0, "summit", month(2024, 11), APEC, places=("Lima",),
                status="planned", trigger="summit")
    b = mention("b.txt", 0, "summit", day(2024, 11, 15), APEC, status="planned",
                trigger="summit")
    assert len(merge_mentions([a, b])) == 1
    # a year apart, the same forum is another summit
    c = mention("c.txt", 0, "summit", month(2025, 11), APEC, status="planned",
                trigger="summit")
    assert len(merge_mentions([a, c])) == 2


def test_a_city_and_the_country_it_lies_in_are_shared_ground() -> None:
    a = mention("a.txt", 0, "summit", month(2024, 11), places=("Lima",), status="planned",
                trigger="summit")
    b = mention("b.txt", 0, "summit", month(2024, 11), PERU, status="planned",
                trigger="summit")
    assert len(merge_mentions([a, b])) == 1



def test_a_country_named_as_a_place_is_shared_with_that_country_s_people() -> None:
    li = Actor("Li Qiang", "CN", "Premier")
    a = mention("a.txt", 0, "meeting", day(2024, 4, 7), li, places=("Beijing",))
    b = mention("a.txt", 90, "meeting", DateSpan(date(2024, 4, 5), date(2024, 4, 8), "day"),
                places=("China",), trigger="meetings")
    assert len(merge_mentions([a, b])) == 1


def test_undated_evidence_never_overrules_a_dated_status() -> None:
    fact = mention("a.txt", 0, "visit", day(1971, 7, 9), KERRY, places=("Beijing",),
                   trigger="visited")
    plan = mention("b.txt", 0, "visit", day(1971, 7, 9), KERRY, places=("Beijing",),
                   status="planned", trigger="will visit")
    undated = [mention("b.txt", 90 * k, "visit", None, KERRY, places=("Beijing",),
                       status="planned", trigger="visit") for k in (1, 2, 3)]
    (event,) = merge_mentions([fact, plan, *undated])
    assert event.status == "occurred"


def test_a_plan_and_a_fact_tie_only_when_their_dates_agree_to_the_month() -> None:
    year = DateSpan(date(2024, 1, 1), date(2024, 12, 31), "year")
    fact = mention("a.txt", 0, "visit", month(2024, 3), KERRY, places=("Beijing",),
                   trigger="visited")
    plan = mention("b.txt", 0, "visit", year, KERRY, places=("Beijing",), status="planned",
                   trigger="will visit")
    assert len(merge_mentions([fact, plan])) == 2
    soon = mention("b.txt", 0, "visit", day(2024, 3, 12), KERRY, places=("Beijing",),
                   status="planned", trigger="will visit")
    assert len(merge_mentions([fact, soon])) == 1


def test_a_sanction_is_titled_by_the_country_that_imposes_it() -> None:
    russia = Actor("Russia", "RU", None, "country")
    # the target's own country and a third country named in the sentence are not the sanctioner,
    # and a sanctioning country also named as a place still is
    assert title_for("sanction", (LIU, russia, CN, US), ("United States",), "sanctions") == (
        "US sanctions Liu He")
    assert title_for("sanction", (MNUCHIN, US, CN), (), "sanctioned") == (
        "China sanctions Mnuchin")
