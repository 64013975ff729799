"""Unit tests of the timex engine's modules: rules data, dispatch, calendar maths, tense.

The broad table of sentences lives in tests/data/timex_gold.toml (test_timex_gold.py);
these tests pin down the pieces that table cannot see directly.
"""

from __future__ import annotations

import re
from datetime import date
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from usc_timeline.timex import Timex, duration_days, find_timexes
from usc_timeline.timex import dates as D
from usc_timeline.timex.dispatch import first_tokens
from usc_timeline.timex.extract import scan_timexes
from usc_timeline.timex.patterns import Rule, dispatch, rules
from usc_timeline.timex.tense import FUTURE, PAST, clause_tense


def values(text: str, dct: str | None = "2023-06-21") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, dct)]


# -- the rule file ---------------------------------------------------------------------------

@pytest.mark.parametrize("rule", rules(), ids=lambda r: r.name)
def test_every_rule_matches_its_own_example(rule: object) -> None:
    from usc_timeline.timex.patterns import Rule

    assert isinstance(rule, Rule)
    low = rule.example.lower()
    assert any(rule.regex.match(low, i) for i in range(len(low))), rule.example


@pytest.mark.parametrize("rule", rules(), ids=lambda r: r.name)
def test_every_rule_example_is_found_by_the_engine(rule: object) -> None:
    from usc_timeline.timex.patterns import Rule

    assert isinstance(rule, Rule)
    assert find_timexes(rule.example, "2023-06-21"), rule.example


def test_every_rule_is_anchored_on_known_first_tokens() -> None:
    for r in rules():
        tokens = first_tokens(r.pattern)
        assert tokens, f"{r.name} could start anywhere"
    dispatch()  # raises if a rule cannot be indexed


def test_data_files_say_where_they_come_from() -> None:
    folder = resources.files("usc_timeline.timex").joinpath("data")
    names = [p.name for p in folder.iterdir() if p.name.endswith(".toml")]
    assert len(names) >= 7
    for name in names:
        first = folder.joinpath(name).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("#"), name
        assert "Provenance" in folder.joinpath(name).read_text(encoding="utf-8"), name


# -- dispatch must not change results --------------------------------------------------------

class _EveryRuleEverywhere:
    """The slow reference scan: every rule tried at every token."""

    def __init__(self) -> None:
        self.trigger = re.compile(r"[^a-z0-9]([a-z]+|[0-9]+|['$])()()")
        self.everything = tuple(rules())

    def scan_text(self, low: str) -> str:
        return dispatch().scan_text(low)

    def candidates(self, m: re.Match[str]) -> tuple[Rule, ...]:
        return self.everything


def _reference(text: str, dct: str) -> list[Timex]:
    return scan_timexes(text, dct, _EveryRuleEverywhere())


_WORDS = ["the", "last", "next", "this", "on", "in", "early", "late", "mid", "May", "June",
          "Monday", "Friday", "week", "year", "years", "days", "two", "three", "a", "ago",
          "later", "earlier", "quarter", "third", "fiscal", "1998", "2023", "19", "5",
          "p.m.", "morning", "night", "since", "until", "between", "and", "to", "said",
          "will", "met", "every", "annual", "the 1990s", "now", "recently", "2,018", "$2018",
          "Theresa", "Christmas", "summer", "-", ",", ".", "'80s", "Q3", "per", "hours"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14))
def test_dispatch_finds_what_trying_every_rule_finds(words: list[str]) -> None:
    text = " ".join(words)
    assert find_timexes(text, "2023-06-21") == _reference(text, "2023-06-21")


def test_dispatch_matches_reference_on_news_prose() -> None:
    text = (
        "Secretary of State Antony Blinken met Xi Jinping in Beijing on Monday, June 19, "
        "2023, and said talks would resume in the coming months. A week later, the third "
        "quarter began; sales rose 5% from a year earlier. Two days ago officials said the "
        "visit, planned for early next year, could slip to 2025. Between 1972 and 1982 output "
        "tripled. The meeting ran from 10 a.m. to 3 p.m. local time. Theresa May did not attend."
    )
    assert find_timexes(text, "2023-06-21") == _reference(text, "2023-06-21")


# -- calendar values and spans ---------------------------------------------------------------

@pytest.mark.parametrize(("value", "mod", "start", "end", "precision"), [
    ("2023-01", "START", date(2023, 1, 1), date(2023, 1, 10), "month"),
    ("2023-01", "MID", date(2023, 1, 11), date(2023, 1, 20), "month"),
    ("2023-02", "END", date(2023, 2, 21), date(2023, 2, 28), "month"),
    ("2023-W25", None, date(2023, 6, 19), date(2023, 6, 25), "week"),
    ("2023-W25-WE", None, date(2023, 6, 24), date(2023, 6, 25), "day"),  # two named days
    ("2023-Q3", None, date(2023, 7, 1), date(2023, 9, 30), "season"),
    ("2023-H1", None, date(2023, 1, 1), date(2023, 6, 30), "season"),
    ("2022-WI", None, date(2022, 12, 1), date(2023, 2, 28), "season"),
    ("199", None, date(1990, 1, 1), date(1999, 12, 31), "decade"),
    ("2020", None, date(2020, 1, 1), date(2020, 12, 31), "year"),
    ("2023-06-21", "START", date(2023, 6, 21), date(2023, 6, 21), "day"),
])
def test_span_of_values(value: str, mod: str | None, start: date, end: date,
                        precision: str) -> None:
    span = D.span_of(value, mod)
    assert span is not None
    assert (span.start, span.end, span.precision) == (start, end, precision)


@pytest.mark.parametrize("value", ["XXXX-XX-XX", "PRESENT_REF", "P3D", "XXXX-05", "19"])
def test_unresolved_or_non_date_values_have_no_span(value: str) -> None:
    assert D.span_of(value) is None


@pytest.mark.parametrize("value", ["2023-06-21", "2023-06", "2023-W01", "2023-Q4", "2023-H2",
                                   "2023-SU", "2023", "199", "2020-W53"])
def test_values_parse_back_to_themselves(value: str) -> None:
    p = D.parse(value)
    assert p is not None and p.value() == value


def test_movable_holidays() -> None:
    assert D.easter(2024) == date(2024, 3, 31)
    assert D.easter(2023) == date(2023, 4, 9)
    assert D.nth_weekday(2023, 11, 4, 4) == date(2023, 11, 23)  # Thanksgiving
    assert D.nth_weekday(2023, 5, 1, -1) == date(2023, 5, 29)  # Memorial Day


def test_shift_clamps_to_month_end() -> None:
    assert D.shift(date(2023, 3, 31), -1, D.MONTH) == date(2023, 2, 28)
    assert D.shift(date(2024, 2, 29), 1, D.YEAR) == date(2025, 2, 28)


# -- publication dates -----------------------------------------------------------------------

@pytest.mark.parametrize("bad", ["2023-13", "2023-02-30", "June 2023", "23-06-01", "",
                                 "0999-01-01"])
def test_bad_publication_dates_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        find_timexes("on Monday", bad)


def test_partial_publication_date_resolves_what_it_can() -> None:
    assert values("It fell last month.", "2023-06") == [("last month", "2023-05")]
    assert values("It fell yesterday.", "2023-06") == [("yesterday", "XXXX-XX-XX")]
    assert values("It fell last year.", "2023") == [("last year", "2022")]


def test_without_publication_date_relative_values_stay_open() -> None:
    got = dict(values("Talks on June 19, 2023 followed last year's row and a May 5 call.", None))
    assert got["June 19, 2023"] == "2023-06-19"
    assert got["last year"] == "XXXX"
    assert got["May 5"] == "XXXX-05-05"


def test_no_wall_clock() -> None:
    assert find_timexes("today", None)[0].value == "XXXX-XX-XX"
    assert find_timexes("today", None)[0].span is None


# -- tense -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "target", "tense"), [
    ("The leaders will meet in May.", "May", FUTURE),
    ("The leaders met in May.", "May", PAST),
    ("Officials said on Monday that talks would resume.", "Monday", PAST),
    ("The strike had been due to end Friday.", "Friday", PAST),
    ("They agreed to meet in March.", "March", FUTURE),
    ("In March the ministers signed the deal.", "March", PAST),
    ("Prices rose in March, an official said.", "March", PAST),
    ("The vote is set for June.", "June", FUTURE),
    # second pass: nouns, adverbs and clause edges that used to flip the tense
    ("Banks cut their forecasts on Monday, and some said exporters would suffer.", "Monday",
     PAST),
    ("On Wednesday the two presidents are to sign accords.", "Wednesday", FUTURE),
    ("Ratings are already low after the war in summer.", "summer", PAST),
    ("Two seeds pulled out due to injuries on Monday.", "Monday", PAST),
    ("The envoy is due to arrive on Monday.", "Monday", FUTURE),
    ("The striker, who underwent surgery in July, will miss the tour.", "July", PAST),
    ("In February, scientists said they had found a reef.", "February", PAST),
    ("Ankara started talks in October which are expected to last a decade.", "October", PAST),
    ("He would have been 85 on April 15.", "April 15", PAST),
    # a capitalised -ed word inside a sentence is a name, not a past verb ...
    ("The minister plans to host Khaled Rahimi on Friday.", "Friday", FUTURE),
    ("Wang will meet Hamed Rahimi and others on Friday.", "Friday", FUTURE),
    ("On Friday, Saeed Rahimi will fly to Cairo.", "Friday", FUTURE),
    ("The minister plans to host Ahmed Rahimi on Friday.", "Friday", FUTURE),
    # ... but a past verb in lower case, or opening the sentence, is still one
    ("The minister hosted Karim Rahimi on Friday.", "Friday", PAST),
    ("Arrested in May, the suspect sits in jail.", "May", PAST),
])
def test_clause_tense(sentence: str, target: str, tense: str) -> None:
    i = sentence.index(target)
    assert clause_tense(sentence.lower(), i, i + len(target), sentence) == tense


def test_a_name_in_ed_between_a_week_and_its_weekday_is_no_verb() -> None:
    # 'Khaled' is no past verb putting 'last week' and 'Monday' in two clauses
    found = find_timexes("Last week Khaled Osman on Monday met Wang Yi.", "2024-03-06")
    assert [x.value for x in found if x.text == "Monday"] == ["2024-02-26"]


# -- the public record -----------------------------------------------------------------------

def test_to_json_follows_the_design_contract() -> None:
    t = find_timexes("They met in early January.", "2023-06-21")[0]
    assert t.to_json("a.txt") == {
        "document": "a.txt", "text": "early January", "start": 12, "end": 25,
        "type": "DATE", "value": "2023-01", "mod": "START",
        "interval": {"start": "2023-01-01", "end": "2023-01-10", "precision": "month"},
    }
    d = find_timexes("a two-day visit", "2023-06-21")[0]
    assert "interval" not in d.to_json("a.txt") and "mod" not in d.to_json("a.txt")


@pytest.mark.parametrize(("text", "days"), [
    ("a two-day visit", 2), ("three weeks", 21), ("a five-hour meeting", None),
    ("several years", None), ("for two months", 60),
])
def test_duration_days(text: str, days: int | None) -> None:
    t = find_timexes(text, "2023-06-21")[0]
    assert t.type == "DURATION"
    assert duration_days(t) == days


def test_duration_days_ignores_dates() -> None:
    t = Timex(0, 4, "2023", "DATE", "2023")
    assert duration_days(t) is None


def test_every_timex_explains_itself() -> None:
    for t in find_timexes("Xi met Biden on Monday and will visit in May for three days.",
                          "2023-06-21"):
        assert t.how and t.text in t.how


def test_anaphora_anchor_to_the_last_date() -> None:
    got = values("The summit opened on Nov. 15, 2023. The next day, talks stalled; a week "
                 "later they resumed.", "2023-12-01")
    assert got == [("Nov. 15, 2023", "2023-11-15"), ("The next day", "2023-11-16"),
                   ("a week later", "2023-11-23")]


def test_scan_survives_adversarial_input() -> None:
    text = ("May May May 2023-13-45 99/99/9999 " * 50) + ("1" * 5000) + (" -/.," * 500)
    out = find_timexes(text, "2023-06-21")
    assert all(text[t.start:t.end] == t.text for t in out)


@pytest.mark.parametrize(("text", "value"), [
    ("a minute and a half", "PT1M30S"), ("5 1/2 hours", "PT5H30M"), ("2 1/2 years", "P2Y6M"),
    ("more than two decades", "P20Y"), ("several weeks", "PXW"), ("a two-day visit", "P2D"),
])
def test_duration_values(text: str, value: str) -> None:
    assert [t.value for t in find_timexes(text, "2023-06-21")] == [value]


def test_rest_of_the_unit_splits_at_the_publication_day() -> None:
    """'later this week' is the days after the publication day, 'earlier this month' the days
    before it (news gold ends it the day before); on the week's last day 'later' has nothing
    left: a plan is the week ahead (it never reaches back before publication), a past clause
    keeps the plain end third."""
    later = find_timexes("They will meet later this week.", "2023-06-20")[0]
    assert later.span is not None
    assert (later.span.start, later.span.end) == (date(2023, 6, 21), date(2023, 6, 25))
    earlier = find_timexes("Exports fell earlier this month.", "2023-06-20")[0]
    assert earlier.span is not None
    assert (earlier.span.start, earlier.span.end) == (date(2023, 6, 1), date(2023, 6, 19))
    sunday = find_timexes("They will meet later this week.", "2023-06-25")[0]
    assert sunday.span is not None
    assert (sunday.span.start, sunday.span.end) == (date(2023, 6, 26), date(2023, 7, 2))
    past = find_timexes("Shares fell later in the week.", "2023-06-25")[0]
    assert past.span is not None and past.span.end == date(2023, 6, 25)


def test_future_in_the_past_looks_from_the_earlier_date() -> None:
    """'would' after a past date of the same sentence counts from that date, and says so."""
    found = find_timexes("They announced in December that they would open embassies on "
                         "Jan. 1.", "1979-02-05")
    jan = next(t for t in found if t.text == "Jan. 1")
    assert jan.value == "1979-01-01"
    assert jan.how is not None and "future seen from 1978-12" in jan.how
    will = find_timexes("Invited in July 1997, they will join on March 12.", "1999-02-27")
    assert [t.value for t in will] == ["1997-07", "1999-03-12"]


def test_the_year_after_a_named_year_only_nearby() -> None:
    """'the year' continues a year named just before in its paragraph, else the DCT year."""
    near = values("Deng toured the US in 1979. Later in the year, trade grew.", "1983-05-01")
    assert near == [("1979", "1979"), ("Later in the year", "1979")]
    apart = values("Deng toured the US in 1979.\n\nLater in the year, trade grew.",
                   "1983-05-01")
    assert apart[-1] == ("Later in the year", "1983")
