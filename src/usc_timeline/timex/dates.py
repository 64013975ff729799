"""Calendar arithmetic on TIMEX3 values: parse, shift, and turn a value into days.

Values are the one representation of a resolved date in this package ("2013-03-22",
"2013-W12", "2013-Q1", "201"), so anchors, offsets and intervals all go through here.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from usc_timeline.model import DateSpan

# granularities, finest first
DAY, WEEK, MONTH, QUARTER, HALF, SEASON, YEAR, DECADE, CENTURY = (
    "day", "week", "month", "quarter", "half", "season", "year", "decade", "century")

_VALUE = re.compile(
    r"^(?:(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)(?P<we>-WE)?"
    r"|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?(?:T.*)?"
    r"|(?P<dec>\d{3})|(?P<cent>\d{2}))$")
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True, slots=True)
class Dct:
    """A publication date, maybe partial."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> Dct | None:
        if value is None:
            return None
        m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value.strip())
        if not m:
            raise ValueError(f"publication date must be YYYY, YYYY-MM or YYYY-MM-DD: {value!r}")
        y = int(m.group(1))
        if not 1000 <= y <= 2999:
            raise ValueError(f"publication year out of range (1000-2999): {value!r}")
        mo = int(m.group(2)) if m.group(2) else None
        d = int(m.group(3)) if m.group(3) else None
        if mo is not None and not 1 <= mo <= 12:
            raise ValueError(f"bad month in publication date {value!r}")
        if mo is not None and d is not None:
            date(y, mo, d)  # raises on an impossible day
        return cls(y, mo, d)

    @property
    def date(self) -> date | None:
        if self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)


@dataclass(frozen=True, slots=True)
class Point:
    """A parsed calendar value: its granularity and the first day it covers."""

    gran: str
    start: date
    code: str = ""  # season code or '-WE' for weekends

    def value(self) -> str:
        return fmt(self.gran, self.start, self.code)


def fmt_day(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def fmt_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def fmt(gran: str, d: date, code: str = "") -> str:
    """The TIMEX3 value of the period of granularity `gran` containing day `d`."""
    if gran == DAY:
        return fmt_day(d)
    if gran == WEEK:
        return fmt_week(d) + code
    if gran == MONTH:
        return f"{d.year:04d}-{d.month:02d}"
    if gran == QUARTER:
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if gran == HALF:
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if gran == SEASON:
        return f"{d.year:04d}-{code}"
    if gran == YEAR:
        return f"{d.year:04d}"
    if gran == DECADE:
        return f"{d.year // 10:03d}"
    return f"{d.year // 100:02d}"


@lru_cache(maxsize=8192)
def parse(value: str) -> Point | None:
    """Read a fully specified TIMEX3 date value; None for X-ed or non-date values.
    Cached: a Point is immutable and news repeats the same few dates."""
    m = _VALUE.match(value)
    if not m:
        return None
    if m.group("dec"):
        return Point(DECADE, date(int(m.group("dec")) * 10, 1, 1))
    if m.group("cent"):
        c = int(m.group("cent"))
        return Point(CENTURY, date(max(1, c * 100), 1, 1))
    y = int(m.group("y"))
    if m.group("d"):
        return Point(DAY, date(y, int(m.group("m")), int(m.group("d"))))
    if m.group("m"):
        return Point(MONTH, date(y, int(m.group("m")), 1))
    if m.group("w"):
        return Point(WEEK, date.fromisocalendar(y, int(m.group("w")), 1), m.group("we") or "")
    if m.group("q"):
        return Point(QUARTER, date(y, 3 * int(m.group("q")) - 2, 1))
    if m.group("h"):
        return Point(HALF, date(y, 1 if m.group("h") == "1" else 7, 1))
    if m.group("s"):
        return Point(SEASON, date(y, _SEASON_START[m.group("s")], 1), m.group("s"))
    return Point(YEAR, date(y, 1, 1))


@lru_cache(maxsize=4096)
def day_text(d: date) -> str:
    """A day as people read it ("Tue 20 Jun 2023"), for `how` notes (cached: strftime is slow)."""
    return d.strftime("%a %d %b %Y")


def add_months(d: date, n: int) -> date:
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift(d: date, n: int, unit: str) -> date:
    """Move a day by n units (day, week, month, quarter, year, decade, century)."""
    if unit == DAY:
        return d + timedelta(days=n)
    if unit == WEEK:
        return d + timedelta(weeks=n)
    months = {MONTH: 1, QUARTER: 3, HALF: 6, SEASON: 12, YEAR: 12, DECADE: 120, CENTURY: 1200}
    return add_months(d, n * months[unit])


def end_of(p: Point) -> date:
    """The last day a point covers."""
    s = p.start
    if p.gran == DAY:
        return s
    if p.gran == WEEK:
        return s + timedelta(days=6)
    if p.gran == SEASON:
        return add_months(s, 3) - timedelta(days=1)
    months = {MONTH: 1, QUARTER: 3, HALF: 6, YEAR: 12, DECADE: 120, CENTURY: 1200}[p.gran]
    return add_months(s, months) - timedelta(days=1)


_PRECISION = {DAY: "day", WEEK: "week", MONTH: "month", QUARTER: "season", HALF: "season",
              SEASON: "season", YEAR: "year", DECADE: "decade"}
PRECISION = _PRECISION


@lru_cache(maxsize=8192)
def span_of(value: str, mod: str | None = None) -> DateSpan | None:
    """The days a DATE/TIME value stands for, narrowed by START/MID/END (cached: immutable)."""
    p = parse(value)
    if p is None or p.gran == CENTURY:
        return None
    if p.code == "-WE":
        s = p.start + timedelta(days=5)
        return DateSpan(s, s + timedelta(days=1), "day")  # Saturday and Sunday, two days
    start, end = p.start, end_of(p)
    precision = _PRECISION[p.gran]
    if mod in ("START", "MID", "END") and p.gran != DAY:
        start, end = _part(start, end, p.gran, mod)
        if p.gran == YEAR:
            precision = "season"  # "early next year": four months, no longer a year
    return DateSpan(start, end, precision)


def _part(start: date, end: date, gran: str, mod: str) -> tuple[date, date]:
    """Early/mid/late part of a period: thirds, with the month split 1-10/11-20/21-end
    and the year into whole months, four each."""
    if gran == MONTH:
        if mod == "START":
            return start, start.replace(day=10)
        if mod == "MID":
            return start.replace(day=11), start.replace(day=20)
        return start.replace(day=21), end
    if gran == YEAR:  # whole months: January-April, May-August, September-December
        first = {"START": 1, "MID": 5, "END": 9}[mod]
        month = first + 3
        return date(start.year, first, 1), date(start.year, month,
                                                calendar.monthrange(start.year, month)[1])
    total = (end - start).days + 1
    third = total // 3
    if mod == "START":
        return start, start + timedelta(days=third - 1)
    if mod == "MID":
        return start + timedelta(days=third), end - timedelta(days=third)
    return end - timedelta(days=third - 1), end


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ISO weekday of a month (n=-1: the last one)."""
    if n > 0:
        first = date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + timedelta(days=offset + 7 * (n - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)
