"""Property tests for find_timexes on generated news-like text.

Sentences are composed from fragments — dates in many written forms (including impossible
ones), relative expressions, durations, numbers, money, scores, names and noise — so the
invariants are exercised far beyond the hand-written gold corpus: offsets agree with the
text, output is ordered, disjoint, well formed and deterministic, and the publication date
is the only source of 'now'.
"""

from __future__ import annotations

import os
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from timex3 import MODS, TYPES, interval_of, is_timex3_value

from usc_timeline.timex import Timex, find_timexes

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
MONTH_ABBR = ("Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

day = st.integers(1, 31)
month = st.sampled_from(MONTHS)
year = st.integers(1900, 2099)

absolute_dates = st.one_of(
    st.builds(lambda m, d, y: f"{m} {d}, {y}", month, day, year),
    st.builds(lambda d, m, y: f"{d} {m} {y}", day, month, year),
    st.builds(lambda m, d: f"{m} {d}", month, day),
    st.builds(lambda m, d: f"{m} {d}", st.sampled_from(MONTH_ABBR), day),
    st.builds(lambda y, m, d: f"{y}-{m:02d}-{d:02d}", year, st.integers(1, 13), day),
    st.builds(lambda m, d, y: f"{m}/{d}/{y}", st.integers(1, 13), day, year),
    st.builds(lambda m, y: f"{m} {y}", month, year),
    st.builds(str, year),
    st.builds(lambda y: f"the {y // 10 * 10}s", year),
    st.builds(lambda y: f"mid-{y}", year),
    st.builds(lambda q, y: f"the {q} quarter of {y}", st.sampled_from(
        ("first", "second", "third", "fourth")), year),
    st.builds(lambda q: f"Q{q}", st.integers(1, 4)),
    st.builds(lambda s, y: f"{s} {y}", st.sampled_from(("spring", "summer", "autumn")), year),
    st.builds(lambda d: f"the {d}th", st.integers(4, 31)),
    st.builds(lambda a, b: f"between {a} and {b}", year, year),
    st.builds(lambda m, d: f"{m} {d}-{d + 1}", month, st.integers(1, 30)),
    st.builds(lambda m, d, y: f"{m} {d} and {d + 2}, {y}", month, st.integers(1, 28), year),
)
relative = st.sampled_from((
    "today", "yesterday", "tomorrow", "now", "recently", "this week", "last week",
    "next week", "this weekend", "this month", "last month", "next month", "this year",
    "last year", "next year", "earlier this month", "last November", "in May",
    "early January", "mid-March", "late September", "two days ago", "a week later",
    "in recent years", "in the coming months", "the next day", "the following week",
    "that month", "this morning", "tonight", "last night", "on Monday", "last Friday",
    "next Tuesday", "Saturday", "Tuesday morning", "three weeks ago", "a year earlier",
))
durations_times_sets = st.one_of(
    st.sampled_from(("two-day", "five-hour", "for three years", "more than eight hours",
                     "a week", "several months", "every year", "annual", "weekly", "daily",
                     "every Monday", "twice a year", "noon", "midnight")),
    st.builds(lambda n, u: f"{n} {u}", st.integers(1, 500),
              st.sampled_from(("days", "weeks", "months", "years", "hours", "minutes"))),
    st.builds(lambda h, m, ap: f"{h}:{m:02d} {ap}", st.integers(0, 13), st.integers(0, 61),
              st.sampled_from(("a.m.", "p.m.", "am", "PM"))),
    st.builds(lambda h: f"{h} p.m.", st.integers(1, 12)),
)
numbers = st.one_of(
    st.builds(lambda n: f"{n:,}", st.integers(0, 10**7)),
    st.builds(lambda n: f"{n / 10:.1f}%", st.integers(0, 1000)),
    st.builds(lambda n: f"${n / 10:.1f} billion", st.integers(1, 5000)),
    st.builds(lambda a, b: f"{a}-{b}", st.integers(0, 150), st.integers(0, 150)),
    st.builds(lambda a, b: f"({a}) 555-{b:04d}", st.integers(200, 999), st.integers(0, 9999)),
    st.text("0123456789", min_size=1, max_size=12),
    st.builds(lambda n: f"Section {n}", st.integers(1, 3000)),
)
words = st.sampled_from((
    "Theresa May", "April Chen", "Xi Jinping", "the minister", "Beijing", "Washington",
    "said", "met", "will meet", "may", "march", "March", "exports rose", "the talks",
    "officials", "the summit", "tariffs", "the", "of", "and", "in", "on", "since", "from", "to",
    "(", ")", ",", ".", ";", "--", "'s", "\"", "—", "/", "-",
))
noise = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
fragment = st.one_of(absolute_dates, relative, durations_times_sets, numbers, words, noise)
separator = st.sampled_from((" ", " ", " ", ", ", ". ", "\n", "  ", "-", ""))


@st.composite
def news_text(draw: st.DrawFn) -> str:
    """A run of fragments glued by spaces and punctuation, like a (rough) news paragraph."""
    parts = draw(st.lists(st.tuples(fragment, separator), max_size=25))
    return "".join(f + s for f, s in parts)


dcts = st.one_of(
    st.none(),
    st.dates(date(1950, 1, 1), date(2090, 12, 31)).map(date.isoformat),
    st.dates(date(1950, 1, 1), date(2090, 12, 31)).map(lambda d: d.isoformat()[:7]),
    st.integers(1950, 2090).map(str),
)
# A deeper search: TIMEX_PROPERTY_EXAMPLES=5000 pytest tests/test_timex_properties.py
EXAMPLES = int(os.environ.get("TIMEX_PROPERTY_EXAMPLES", "300"))
PROPERTY = settings(max_examples=EXAMPLES, deadline=None)


def _check_invariants(text: str, found: list[Timex]) -> None:
    previous_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text), t
        assert t.text == text[t.start : t.end], t
        assert t.start >= previous_end, f"overlapping or unsorted: {t}"
        previous_end = t.end
        assert t.type in TYPES, t
        assert is_timex3_value(t.value), f"malformed TIMEX3 value {t.value!r} for {t.text!r}"
        assert t.mod is None or t.mod in MODS, t
        if t.span is not None:
            assert t.span.start <= t.span.end, t
            implied = interval_of(t.value)
            if implied is not None and t.mod in (None, "START", "MID", "END"):
                assert implied[0] <= t.span.start and t.span.end <= implied[1], (
                    f"span {t.span} outside the days of value {t.value!r}")


@PROPERTY
@given(news_text(), dcts)
def test_output_is_well_formed(text: str, dct: str | None) -> None:
    _check_invariants(text, find_timexes(text, dct))


@PROPERTY
@given(news_text(), dcts)
def test_output_is_deterministic(text: str, dct: str | None) -> None:
    first = [_key(t) for t in find_timexes(text, dct)]
    second = [_key(t) for t in find_timexes(text, dct)]
    assert first == second


def _key(t: Timex) -> tuple[object, ...]:
    return (t.start, t.end, t.text, t.type, t.value, t.mod, t.span, t.how)


@PROPERTY
@given(st.lists(st.tuples(st.one_of(relative, words), separator), min_size=1, max_size=12))
def test_without_dct_relative_values_stay_underspecified(parts: list[tuple[str, str]]) -> None:
    """No year in the text and no DCT: no value may name a concrete year (no wall clock)."""
    text = "".join(f + s for f, s in parts)
    for t in find_timexes(text, None):
        if t.value.startswith("P") or t.value.endswith("_REF"):
            continue
        assert "X" in t.value[:4], f"{t.text!r} got {t.value!r} without a publication date"
        assert t.span is None, f"{t.text!r} got the interval {t.span} without a publication date"


def test_without_dct_nothing_comes_from_the_wall_clock() -> None:
    today = date.today()
    text = "The envoy arrived yesterday, met officials today and leaves tomorrow, this week."
    for t in find_timexes(text, None):
        assert str(today.year) not in t.value, t
        assert t.span is None, t


@PROPERTY
@given(st.dates(date(1900, 1, 2), date(2099, 12, 30)), st.sampled_from(
    ("The minister said {} that talks would resume.", "{}, the bank cut rates.",
     "Shares fell sharply {} in Hong Kong.")))
def test_deictic_days_shift_with_the_dct(dct: date, template: str) -> None:
    for word, offset in (("yesterday", -1), ("today", 0), ("tomorrow", 1)):
        surface = word.capitalize() if template.startswith("{}") else word
        text = template.format(surface)
        start = text.index(surface)
        found = {(t.start, t.end): t for t in find_timexes(text, dct.isoformat())}
        t = found.get((start, start + len(surface)))
        assert t is not None, f"{surface!r} not found in {text!r}"
        expected = dct + timedelta(days=offset)
        assert t.value == expected.isoformat(), (surface, dct, t.value)
        assert t.span is not None and t.span.start == t.span.end == expected


@PROPERTY
@given(st.dates(date(1900, 1, 1), date(2099, 12, 31)))
def test_year_and_month_units_shift_with_the_dct(dct: date) -> None:
    text = "Exports fell last year, rose this month and will grow next year."
    found = {t.text: t.value for t in find_timexes(text, dct.isoformat())}
    assert found.get("last year") == str(dct.year - 1)
    assert found.get("this month") == dct.isoformat()[:7]
    assert found.get("next year") == str(dct.year + 1)


@PROPERTY
@given(st.dates(date(1900, 1, 1), date(2099, 12, 31)))
def test_absolute_dates_ignore_the_dct(dct: date) -> None:
    text = "The accord was signed on June 19, 2023, and ratified in March 1998."
    with_dct = [(t.text, t.value) for t in find_timexes(text, dct.isoformat())]
    without = [(t.text, t.value) for t in find_timexes(text, None)]
    assert with_dct == without == [("June 19, 2023", "2023-06-19"), ("March 1998", "1998-03")]
