"""The table-driven gold corpus (tests/data/timex_gold.toml) run against find_timexes.

Each case is a news sentence with an optional publication date and the complete list of
time expressions it holds. The engine must find every one with the exact extent, type and
TIMEX3 value (and mod / interval / precision when the case gives them), must not tag
anything else, and must leave the case's `negative` strings untouched.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from timex3 import MODS, TYPES, interval_of, is_timex3_value, precision_of

from usc_timeline.model import PRECISIONS
from usc_timeline.timex import Timex, find_timexes

GOLD = Path(__file__).parent / "data" / "timex_gold.toml"
CASES: list[dict[str, Any]] = tomllib.loads(GOLD.read_text(encoding="utf-8"))["case"]
GROUPS = frozenset({
    "absolute", "range", "list", "relative", "weekday", "tense", "modifier", "anaphora",
    "duration", "time", "set", "negative", "no_dct", "mixed",
})
CASE_KEYS = frozenset({"name", "group", "dct", "text", "timex", "negative", "note"})
TIMEX_KEYS = frozenset({"text", "type", "value", "mod", "interval", "precision"})
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def locate(case: dict[str, Any]) -> list[tuple[int, int]]:
    """Offsets of each expected timex: its text searched left to right after the previous one."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for expected in case["timex"]:
        start = case["text"].find(expected["text"], pos)
        if start < 0:
            raise ValueError(f"{case['name']}: {expected['text']!r} not found after offset {pos}")
        pos = start + len(expected["text"])
        spans.append((start, pos))
    return spans


def _describe(t: Timex) -> str:
    return f"{t.text!r}@{t.start}-{t.end} {t.type} {t.value}" + (f" mod={t.mod}" if t.mod else "")


def _ids(cases: list[dict[str, Any]]) -> list[str]:
    return [str(c.get("name", "?")) for c in cases]


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_expected_timexes_found(case: dict[str, Any]) -> None:
    found = find_timexes(case["text"], case.get("dct"))
    by_span = {(t.start, t.end): t for t in found}
    problems: list[str] = []
    for expected, (start, end) in zip(case["timex"], locate(case), strict=True):
        t = by_span.get((start, end))
        if t is None:
            near = [_describe(f) for f in found if f.start < end and start < f.end]
            problems.append(f"missing {expected['text']!r}@{start}-{end} "
                            f"({expected['type']} {expected['value']}); overlapping: {near}")
            continue
        for key in ("type", "value", "mod"):
            if key in expected and getattr(t, key) != expected[key]:
                problems.append(f"{expected['text']!r}: {key} {getattr(t, key)!r}, "
                                f"expected {expected[key]!r}")
        if "interval" in expected or "precision" in expected:
            if t.span is None:
                problems.append(f"{expected['text']!r}: span is None, expected "
                                f"{expected.get('interval')} {expected.get('precision')}")
                continue
            got = [t.span.start.isoformat(), t.span.end.isoformat()]
            if "interval" in expected and got != expected["interval"]:
                problems.append(f"{expected['text']!r}: interval {got}, "
                                f"expected {expected['interval']}")
            if "precision" in expected and t.span.precision != expected["precision"]:
                problems.append(f"{expected['text']!r}: precision {t.span.precision!r}, "
                                f"expected {expected['precision']!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_nothing_else_is_tagged(case: dict[str, Any]) -> None:
    found = find_timexes(case["text"], case.get("dct"))
    spans = locate(case)
    extra = [_describe(t) for t in found
             if not any(t.start < end and start < t.end for start, end in spans)]
    assert not extra, f"tagged but not in the gold: {extra}"
    for negative in case.get("negative", []):
        start = case["text"].find(negative)
        end = start + len(negative)
        hits = [_describe(t) for t in found if t.start < end and start < t.end]
        assert not hits, f"{negative!r} must not be (part of) a time expression: {hits}"


# --- the corpus itself is well formed --------------------------------------------------------


def test_case_names_are_unique_slugs() -> None:
    names = [c.get("name") for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    assert all(isinstance(n, str) and re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", n)
               for n in names)
    assert len(CASES) >= 150


def test_every_scope_group_is_covered() -> None:
    assert {c["group"] for c in CASES} == GROUPS


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_case_is_well_formed(case: dict[str, Any]) -> None:
    assert set(case) <= CASE_KEYS, f"unknown keys {set(case) - CASE_KEYS}"
    assert case["group"] in GROUPS
    assert isinstance(case["text"], str) and case["text"].strip()
    if "dct" in case:
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", case["dct"])
        parts = [int(p) for p in case["dct"].split("-")] + [1, 1]
        date(parts[0], parts[1], parts[2])
    assert isinstance(case["timex"], list)
    if case["group"] == "negative":
        assert case.get("negative"), "a negative case names what must stay untagged"
    spans = locate(case)  # raises if a timex text is missing or out of order
    for negative in case.get("negative", []):
        start = case["text"].find(negative)
        assert start >= 0, f"negative {negative!r} not in text"
        assert not any(s < start + len(negative) and start < e for s, e in spans), (
            f"negative {negative!r} overlaps an expected timex")
    for expected in case["timex"]:
        _check_expected(case, expected)


def _check_expected(case: dict[str, Any], expected: dict[str, Any]) -> None:
    where = f"{case['name']}: {expected.get('text')!r}"
    assert set(expected) <= TIMEX_KEYS, f"{where}: unknown keys {set(expected) - TIMEX_KEYS}"
    assert expected["type"] in TYPES, where
    value = expected["value"]
    assert is_timex3_value(value), f"{where}: malformed value {value!r}"
    if expected["type"] == "DURATION":
        assert value.startswith("P"), where
    if expected["type"] == "TIME":
        assert "T" in value, where
    if "mod" in expected:
        assert expected["mod"] in MODS, where
    if "dct" not in case and case["group"] == "no_dct":
        # Without a publication date a concrete year can only come from a year in the text.
        assert not re.search(r"\d{4}", value) or re.search(r"\d{4}", case["text"]), where
    if "precision" in expected:
        assert expected["precision"] in PRECISIONS, where
        implied = precision_of(value)
        assert implied is None or implied == expected["precision"], (
            f"{where}: precision {expected['precision']} but value implies {implied}")
    if "interval" in expected:
        first, last = (date.fromisoformat(d) for d in expected["interval"])
        assert first <= last, where
        implied_interval = interval_of(value)
        if implied_interval is not None and "mod" not in expected:
            assert (first, last) == implied_interval, f"{where}: interval disagrees with value"
    # A weekday name in the surface of a day value must be that day's weekday (but for
    # 'the day after Monday', the day next to it).
    words = re.findall(r"[a-z]+", expected["text"].lower())
    named = [WEEKDAYS.index(w) for w in words if w in WEEKDAYS]
    if re.search(r"\bday (?:before|after)\b", expected["text"].lower()):
        named = []
    day = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if named and day and expected["type"] != "SET":
        weekday = date(int(day[1]), int(day[2]), int(day[3])).weekday()
        assert named[0] == weekday, f"{where}: {value} is a {WEEKDAYS[weekday]}"
        if len(case.get("dct", "")) == 10:
            distance = abs(date.fromisoformat(value[:10]) - date.fromisoformat(case["dct"]))
            # a day inside "last week" / "next week" may be up to two weeks away, and so
            # may one counted from another day ("the previous Friday", "the following Monday")
            # and 'last Tuesday' told on a Wednesday (the Tuesday of the week before)
            wide = re.search(r"\b(?:last|next) week\b", case["text"].lower()) or re.match(
                r"(?:the previous|the following|the next) ", expected["text"].lower())
            limit = 13 if wide else 8 if expected["text"].lower().startswith("last ") else 7
            assert distance.days <= limit, (
                f"{where}: {value} is {distance.days} days from the DCT")
