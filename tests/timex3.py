"""TIMEX3 value grammar and calendar intervals, written independently of the engine.

The gold-corpus and property tests check the engine's values against this grammar (the
forms listed in DESIGN.md 'Time expressions — contract' plus the TimeML ones TBAQ uses),
so a malformed value cannot pass just because the engine agrees with itself.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_N = r"(?:\d+(?:\.\d+)?|X)"
_YEAR = r"[0-9X]{4}"
_MONTH = r"(?:0[1-9]|1[0-2]|XX)"
_DAY = r"(?:0[1-9]|[12]\d|3[01]|XX)"
_WEEK = r"(?:0[1-9]|[1-4]\d|5[0-3]|XX)"
_TIME = r"T(?:MO|AF|EV|NI|DT|(?:[01]\d|2[0-4])(?::[0-5]\d(?::[0-5]\d)?)?)"
_DAY_DATE = rf"{_YEAR}-(?:{_MONTH}-{_DAY}|W{_WEEK}-[1-7X])"
_DATE = (
    rf"(?:{_DAY_DATE}(?:{_TIME})?"
    rf"|{_YEAR}(?:-(?:{_MONTH}|W{_WEEK}(?:-WE)?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?"
    r"|\d{3}|\d{2})"
)
_DURATION = (
    rf"P(?=[0-9X.T])(?:(?:{_N}Y)?(?:{_N}M)?(?:{_N}W)?(?:{_N}D)?"
    rf"(?:T(?=[0-9X.])(?:{_N}H)?(?:{_N}M)?(?:{_N}S)?)?|{_N}[ECLQ])"
)
TIMEX3_VALUE = re.compile(rf"(?:PRESENT_REF|PAST_REF|FUTURE_REF|{_DATE}|{_DURATION})")
TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
MODS = frozenset({
    "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
    "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX",
})


def is_timex3_value(value: str) -> bool:
    """True if `value` is a well-formed TIMEX3 value (and, for full dates, a real date)."""
    if not TIMEX3_VALUE.fullmatch(value):
        return False
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        try:
            date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return False
    m = re.match(r"(\d{4})-W(\d{2})", value)
    if m:
        try:
            date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return False
    return True


def interval_of(value: str) -> tuple[date, date] | None:
    """The days a fully specified calendar value stands for; None for anything else.

    Covers day, month, year, decade, ISO week, weekend, quarter and half-year values (a
    time of day is reduced to its day). Seasons, X's and references have no fixed days.
    """
    v = value.split("T", 1)[0]
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    if m := re.fullmatch(r"\d{4}", v):
        return date(int(v), 1, 1), date(int(v), 12, 31)
    if m := re.fullmatch(r"\d{3}", v):
        return date(int(v) * 10, 1, 1), date(int(v) * 10 + 9, 12, 31)
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-W(\d{2})-([1-7])", v):
        d = date.fromisocalendar(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := re.fullmatch(r"(\d{4})-([QH])([1-4])", v):
        y, n = int(m[1]), int(m[3])
        months = 3 if m[2] == "Q" else 6
        first = (n - 1) * months + 1
        last = first + months - 1
        if last > 12:
            return None
        return date(y, first, 1), date(y, last, calendar.monthrange(y, last)[1])
    return None


def precision_of(value: str) -> str | None:
    """The model precision a plain calendar value implies (None when it has no fixed one)."""
    v = value.split("T", 1)[0]
    patterns = (
        (r"\d{4}-\d{2}-\d{2}|\d{4}-W\d{2}-[1-7]", "day"),
        (r"\d{4}-W\d{2}", "week"),
        (r"\d{4}-\d{2}", "month"),
        (r"\d{4}", "year"),
        (r"\d{3}", "decade"),
    )
    for pattern, precision in patterns:
        if re.fullmatch(pattern, v):
            return precision
    return None
