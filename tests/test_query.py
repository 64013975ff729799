"""Filters: any-of within an option, all-of across options, date overlap, checks with hints."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from usc_timeline.model import Actor, DateSpan, Event, Source
from usc_timeline.query import (
    Aliases,
    EventFilter,
    check_filter,
    filter_events,
    parse_bound,
    summarize_actors,
    summarize_issues,
    summarize_places,
)

BLINKEN = Actor("Antony Blinken", "US", "Secretary of State")
WANG = Actor("Wang Yi", "CN", "Foreign Minister")
XI = Actor("Xi Jinping", "CN", "President")
YELLEN = Actor("Janet Yellen", "US", "Treasury Secretary")
TAIWAN = Actor("Taiwan", "TW", kind="country")


def _day(y: int, m: int, d: int) -> DateSpan:
    return DateSpan(date(y, m, d), date(y, m, d))


def _src(doc: str, sentence: str) -> Source:
    return Source(doc, sentence, 0, len(sentence))


MEET = Event("e1", "Blinken meets Wang Yi", "meeting", "occurred", _day(2023, 6, 19),
             (BLINKEN, WANG), ("Beijing",), ("taiwan", "fentanyl"),
             (_src("a/001.txt", "Blinken met Wang in Beijing to talk about fentanyl."),))
CALL = Event("e2", "Yellen calls counterpart", "call", "occurred",
             DateSpan(date(2023, 5, 1), date(2023, 5, 31), "month"),
             (YELLEN,), (), ("economy",), (_src("b.txt", "Yellen spoke by phone in May."),))
SUMMIT = Event("e3", "Xi and Biden to meet", "summit", "planned",
               DateSpan(date(2023, 11, 1), date(2023, 11, 30), "month"),
               (XI, TAIWAN), ("San Francisco",), ("taiwan",),
               (_src("b.txt", "A summit is planned for November in San Francisco."),))
UNDATED = Event("e4", "Sanctions on drone makers", "sanction", "occurred", None,
                (Actor("United States", "US", kind="country"),), (), ("sanctions",),
                (_src("c.txt", "Washington imposed sanctions on drone makers."),))
EVENTS = [CALL, MEET, SUMMIT, UNDATED]


def ids(flt: EventFilter, aliases: Aliases | None = None) -> list[str]:
    return [e.id for e in filter_events(EVENTS, flt, aliases)]


def test_no_filter_keeps_everything_in_order() -> None:
    assert ids(EventFilter()) == ["e2", "e1", "e3", "e4"]
    assert not EventFilter(limit=3, reverse=True).selects


@pytest.mark.parametrize("value", ["Antony Blinken", "blinken", "BLINKEN", "us"])
def test_actor_matches_name_last_name_or_country_case_insensitively(value: str) -> None:
    assert "e1" in ids(EventFilter(actors=(value,)))


def test_actor_family_name_first_and_country_code() -> None:
    assert ids(EventFilter(actors=("Wang",))) == ["e1"]
    assert ids(EventFilter(actors=("xi",))) == ["e3"]
    assert ids(EventFilter(actors=("CN",))) == ["e1", "e3"]
    assert ids(EventFilter(actors=("TW",))) == ["e3"]


def test_actor_alias_goes_through_aliases() -> None:
    al = Aliases(actors={"tony blinken": "Antony Blinken", "china": "CN"})
    assert ids(EventFilter(actors=("Tony Blinken",)), al) == ["e1"]
    assert ids(EventFilter(actors=("China",)), al) == ["e1", "e3"]


def test_repeating_an_option_means_any_different_options_all() -> None:
    assert ids(EventFilter(actors=("Blinken", "Yellen"))) == ["e2", "e1"]
    assert ids(EventFilter(actors=("Blinken", "Yellen"), issues=("economy",))) == ["e2"]
    assert ids(EventFilter(issues=("taiwan",), kinds=("summit", "call"))) == ["e3"]


def test_issue_kind_status_place_source_search() -> None:
    assert ids(EventFilter(issues=("Taiwan",))) == ["e1", "e3"]
    assert ids(EventFilter(kinds=("Military incident", "sanction"))) == ["e4"]
    assert ids(EventFilter(statuses=("planned",))) == ["e3"]
    assert ids(EventFilter(places=("beijing",))) == ["e1"]
    assert ids(EventFilter(sources=("b.txt",))) == ["e2", "e3"]
    assert ids(EventFilter(sources=("001",))) == ["e1"]  # file name without folder/suffix
    assert ids(EventFilter(search=("drone SANCTIONS",))) == ["e4"]  # every word, any order
    assert ids(EventFilter(search=("phone", "fentanyl"))) == ["e2", "e1"]
    assert ids(EventFilter(search=("phone fentanyl",))) == []


def test_date_range_keeps_overlapping_and_drops_undated() -> None:
    assert ids(EventFilter(since="2023-06")) == ["e1", "e3"]
    assert ids(EventFilter(until="2023-06-18")) == ["e2"]
    assert ids(EventFilter(since="2023-05-31", until="2023-05-31")) == ["e2"]  # month overlaps
    assert ids(EventFilter(since="2023", until="2023")) == ["e2", "e1", "e3"]
    assert ids(EventFilter(since="2024")) == []


def test_reverse_then_limit() -> None:
    assert ids(EventFilter(reverse=True, limit=2)) == ["e4", "e3"]
    assert ids(EventFilter(limit=0)) == []


def test_parse_bound() -> None:
    assert parse_bound("2024-02", end=True) == date(2024, 2, 29)
    assert parse_bound("2023", end=False) == date(2023, 1, 1)
    assert parse_bound("2023-05-10", end=True) == date(2023, 5, 10)
    for bad in ("May 2023", "2023-13", "2023-02-30", "23"):
        with pytest.raises(ValueError):
            parse_bound(bad, end=False)


def test_check_filter_suggests_close_names() -> None:
    errors = check_filter(EventFilter(actors=("Blinkn",)), EVENTS)
    assert errors == ["no actor matches 'Blinkn'; did you mean 'Antony Blinken'?"]
    [err] = check_filter(EventFilter(issues=("taiwn",)), EVENTS)
    assert "did you mean 'taiwan'" in err
    [err] = check_filter(EventFilter(kinds=("meting",)), EVENTS)
    assert "did you mean 'meeting'" in err
    [err] = check_filter(EventFilter(places=("Bejing",)), EVENTS)
    assert "'Beijing'" in err
    [err] = check_filter(EventFilter(sources=("b.tx",)), EVENTS)
    assert "'b.txt'" in err
    [err] = check_filter(EventFilter(statuses=("zzzz",)), EVENTS)
    assert err.startswith("no status matches 'zzzz'; statuses: occurred")


def test_check_filter_accepts_known_values_with_no_matching_event() -> None:
    flt = EventFilter(actors=("Blinken",), issues=("economy",), kinds=("ban",), since="2020")
    assert check_filter(flt, EVENTS) == []
    al = Aliases(actor_names=("Gina Raimondo",), issue_tags=("climate",))
    assert check_filter(EventFilter(actors=("Gina Raimondo",), issues=("climate",)),
                        EVENTS, al) == []


def test_check_filter_dates_and_limit() -> None:
    errors = check_filter(EventFilter(since="2023-07", until="2023-06", limit=-1), EVENTS)
    assert errors == [
        "--since 2023-07 is after --until 2023-06",
        "--limit must be 0 or more, not -1",
    ]
    [err] = check_filter(EventFilter(since="June 2023"), EVENTS)
    assert err.startswith("--since: bad date 'June 2023'")


def test_summaries() -> None:
    actors = {s.name: s for s in summarize_actors(EVENTS)}
    assert actors["Antony Blinken"].roles == ("Secretary of State",)
    assert actors["Antony Blinken"].country == "US"
    assert actors["Antony Blinken"].first == date(2023, 6, 19)
    assert actors["United States"].first is None and actors["United States"].events == 1
    issues = summarize_issues(EVENTS)
    assert issues[0].name == "taiwan" and issues[0].events == 2
    assert issues[0].first == date(2023, 6, 19) and issues[0].last == date(2023, 11, 30)
    assert issues[0].countries[0] == "CN"
    places = {s.name: s for s in summarize_places(EVENTS)}
    assert places["Beijing"].actors == ("Antony Blinken", "Wang Yi")


def test_lexicon_aliases_widen_what_filters_accept() -> None:
    from usc_timeline.lexicon import default_lexicon
    from usc_timeline.query import aliases_from_lexicon

    al = aliases_from_lexicon(default_lexicon())
    assert ids(EventFilter(actors=("Tony Blinken",)), al) == ["e1"]  # an alias
    assert ids(EventFilter(actors=("China",)), al) == ["e1", "e3"]  # a country's name
    assert ids(EventFilter(actors=("united states",)), al) == ["e2", "e1", "e4"]
    # known to the lexicon but in no event: valid, just nothing to show
    flt = EventFilter(actors=("Raimondo",), places=("Washington, D.C.",), issues=("climate",))
    assert check_filter(flt, EVENTS, al) == []
    assert ids(flt, al) == []
    [err] = check_filter(EventFilter(actors=("Blinkn",)), EVENTS, al)
    assert "did you mean 'Antony Blinken'" in err


# ---------------------------------------------------------------- properties

_VALUES = {
    "actors": ("Blinken", "Wang", "xi", "US", "CN", "Yellen", "TW"),
    "issues": ("taiwan", "economy", "sanctions", "fentanyl"),
    "kinds": ("meeting", "call", "summit", "sanction"),
    "statuses": ("occurred", "planned"),
    "places": ("Beijing", "San Francisco"),
}


@settings(max_examples=60, deadline=None)
@given(option=st.sampled_from(sorted(_VALUES)), other=st.sampled_from(sorted(_VALUES)),
       data=st.data())
def test_any_within_an_option_all_across_options(option: str, other: str,
                                                 data: st.DataObject) -> None:
    a = data.draw(st.sampled_from(_VALUES[option]))
    b = data.draw(st.sampled_from(_VALUES[option]))
    c = data.draw(st.sampled_from(_VALUES[other]))

    def sel(**kw: tuple[str, ...]) -> set[str]:
        return set(ids(EventFilter(**kw)))  # type: ignore[arg-type]

    # repeating an option is the union of its values
    assert sel(**{option: (a, b)}) == sel(**{option: (a,)}) | sel(**{option: (b,)})
    # two different options is the intersection
    if other != option:
        assert sel(**{option: (a,), other: (c,)}) == sel(**{option: (a,)}) & sel(**{other: (c,)})


@settings(max_examples=60, deadline=None)
@given(lo=st.dates(date(2023, 4, 1), date(2023, 12, 31)),
       hi=st.dates(date(2023, 4, 1), date(2023, 12, 31)))
def test_date_range_keeps_exactly_the_overlapping_events(lo: date, hi: date) -> None:
    kept = set(ids(EventFilter(since=lo.isoformat(), until=hi.isoformat())))
    expected = {e.id for e in EVENTS if e.date and e.date.start <= hi and lo <= e.date.end}
    assert kept == expected
