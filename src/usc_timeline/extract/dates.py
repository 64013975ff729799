"""Which time expression dates a trigger, and how durations widen it.

The rule of thumb of news English: an event's date follows its trigger in the
same clause (`met … in Vienna in May`), or opens the sentence (`Last month, …`).
A time expression that belongs to another trigger's stretch of the sentence is
not taken. Reference words (`now`, `recently`) and durations alone date nothing.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from usc_timeline.model import DateBasis, DateSpan
from usc_timeline.timex.record import Timex

from .guarded import Guarded

if TYPE_CHECKING:
    from .context import Context

_ENDED = re.compile(r"\b(?:after|end(?:ed|s|ing)?|conclud(?:ed|es|ing)|wrap(?:ped|s)? up|"
                    r"complet(?:ed|es)|wound up|left|leaving)\b", re.IGNORECASE)
_BEGAN = re.compile(r"\b(?:beg(?:an|ins|un)|start(?:ed|s)|kick(?:ed|s)? off|open(?:ed|s)|"
                    r"arriv(?:ed|es))\b", re.IGNORECASE)
_N_DAY = Guarded(re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)"
                            r"(?:[- ]day| days of)\b", re.IGNORECASE), "day", cut=True)
_DURATION_REACH = 45  # characters before a trigger where `N days of` may stand
# `spent four days in`: the duration inside the trigger itself
_IN_TRIGGER = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|[2-9]|10) days\b",
                         re.IGNORECASE)
# `which opened on Thursday and runs for two days`: a duration right after the date
_RUNS_FOR = re.compile(r"\s*(?:,\s*)?(?:[\w.'’-]+\s+){0,5}?(?:and\s+)?(?:(?:will|is to)\s+)?"
                       r"(?:runs?|running|lasts?|lasting|continues?|continuing)\s+(?:for\s+)?"
                       r"(two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\s+days\b",
                       re.IGNORECASE)
# `for a four-day` right after a date (the noun after it is read by _TRIP_NOUN)
_FOR_TRIP = re.compile(r"\s*(?:,\s*)?for\s+(?:a|an|his|her|their)\s+"
                       r"(two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)-day\b",
                       re.IGNORECASE)
_TRIP_NOUN = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|stay|journey|swing)\b",
                        re.IGNORECASE)
_FROM = re.compile(r"\b(?:from|starting|beginning)\s+(?:on\s+)?$", re.IGNORECASE)
_DURATION_MODIFIERS = 3  # words allowed between it and the trigger (`high-level economic`)
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}


@dataclass(frozen=True, slots=True)
class Dated:
    """A date chosen for a mention, with the text and reasoning behind it."""

    span: DateSpan
    text: str | None
    how: str
    start: int | None = None  # offsets of the time expression, for highlights
    end: int | None = None
    strength: int = 2  # 2 own expression, 1 carried over / reported, 0 inferred from tense
    basis: DateBasis = "own"  # Source.date_basis: 'own', 'carried', 'report' or 'tense'


def usable(timex: Timex) -> bool:
    """A time expression that can date an event: a DATE/TIME with a resolved span."""
    if timex.type not in ("DATE", "TIME") or timex.span is None:
        return False
    value = str(timex.value or "")
    return not value.endswith("_REF")


def to_dated(timex: Timex, text: str, how: str | None = None) -> Dated:
    span = timex.span
    assert span is not None, "only a usable time expression dates an event"
    before = text[max(0, timex.start - 7):timex.start].lower()
    if ("since" in before or str(timex.text).lower().startswith("since")) and span.precision in (
            "day", "week", "month", "season", "year", "decade"):
        span = _first_unit(span, str(timex.value or ""))
    return Dated(span, timex.text, how or timex.how or f"time expression {timex.value}",
                 timex.start, timex.end)


def _first_unit(span: DateSpan, value: str) -> DateSpan:
    """`since 2018`: the event is the start, the year (month, day) the value names."""
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", value)
    if not m:
        return span
    year = int(m.group(1))
    if m.group(3):
        d = date(year, int(m.group(2)), int(m.group(3)))
        return DateSpan(d, d, "day")
    if m.group(2):
        month = int(m.group(2))
        return DateSpan(date(year, month, 1),
                        date(year, month, calendar.monthrange(year, month)[1]), "month")
    return DateSpan(date(year, 1, 1), date(year, 12, 31), "year")


def duration_before(ctx: Context, trigger_start: int) -> int | None:
    """Days of an `N-day` modifier right before a trigger (`a two-day visit`, `two days
    of high-level economic talks`: up to three modifiers between)."""
    lo = max(0, trigger_start - _DURATION_REACH)
    found = _N_DAY.finditer(ctx, lo, trigger_start)
    if not found:
        return None
    last = found[-1]
    between = ctx.text[lo + last.end():trigger_start]
    if len(between.split()) > _DURATION_MODIFIERS or any(c in between for c in ",;:.()"):
        return None
    word = last.group(1).lower()
    return _WORD_NUMBERS.get(word) or int(word)


def duration_in(trigger_text: str) -> int | None:
    """Days a trigger names itself (`spent four days in`)."""
    m = _IN_TRIGGER.search(trigger_text)
    if m is None:
        return None
    word = m.group(1).lower()
    return _WORD_NUMBERS.get(word) or int(word)


def duration_after(text: str, date_end: int | None, limit: int) -> int | None:
    """Days a clause gives right after its date (`opened on Thursday at the guesthouse and
    runs for two days`), up to `limit` (the trigger's stretch)."""
    if date_end is None or "day" not in text[date_end:limit].lower():
        return None
    m = _RUNS_FOR.match(text, date_end, max(date_end, limit))
    if m is None or any(c in m.group(0) for c in ";:()"):
        return None
    word = m.group(1).lower()
    return _WORD_NUMBERS.get(word) or int(word)


def trip_after(text: str, date_end: int | None, limit: int) -> int | None:
    """Days of the trip a verb of going says it is for, right after its date (`travels to
    Guangzhou on Thursday for a four-day trip`, `flew to Delhi on Monday for a three-day
    state visit`): the trip's noun may lie past `limit`, where its own stretch starts."""
    if date_end is None:
        return None
    m = _FOR_TRIP.match(text, date_end, max(date_end, limit))
    if m is None or _TRIP_NOUN.match(text, m.end()) is None:
        return None
    word = m.group(1).lower()
    return _WORD_NUMBERS.get(word) or int(word)


def widen(dated: Dated, days: int, text: str, trigger_start: int, *,
          ended: bool = False) -> Dated:
    """A day-precise date and an N-day duration: the N days ending (`ended a two-day
    visit on Monday`, or a report after the fact) or starting on that day (`a four-day
    visit that began on Sunday`)."""
    if dated.span.precision != "day" or dated.span.days != 1 or days < 2:
        return dated
    clause = text[max(0, trigger_start - _DURATION_REACH - 20):trigger_start]
    if dated.start is not None and dated.start > trigger_start:
        clause += " " + text[trigger_start:dated.start]
    day = dated.span.start
    starts = dated.start is not None and _FROM.search(text, max(0, dated.start - 16),
                                                      dated.start) is not None
    if not starts and (ended or (_ENDED.search(clause) and not _BEGAN.search(clause[-40:]))):
        span = DateSpan(day - timedelta(days=days - 1), day, "day")
        how = f"{dated.how}; the last of {days} days"
    else:
        span = DateSpan(day, day + timedelta(days=days - 1), "day")
        how = f"{dated.how}; the first of {days} days"
    return Dated(span, dated.text, how, dated.start, dated.end, dated.strength, dated.basis)


def future_window(published: DateSpan) -> DateSpan:
    """`will meet` with no date: after publication, within that year (or the next if the
    year is nearly over)."""
    start = published.start
    end = date(start.year, 12, 31)
    if (end - start).days < 45:
        end = date(start.year + 1, 12, 31)
    return DateSpan(start, end, "year")


def before_deadline(dated: Dated, published: DateSpan) -> Dated:
    """`will visit China before May of next year`, `a call could take place before the end
    of the month`: a time ahead that the event is to come before, so any day from
    publication to the day before it starts (to its last day for `the end of …`). A time
    already begun or past is left as is."""
    span = dated.span
    if span.start <= published.end:
        return dated
    text = (dated.text or "").casefold()
    last = span.end if "end" in text.split() else span.start - timedelta(days=1)
    days = (last - published.start).days + 1
    if days < 1:
        return dated
    precision = "day" if days == 1 else "week" if days <= 8 else "month" if days <= 31 \
        else "season" if days <= 92 else "year"
    return Dated(DateSpan(published.start, last, precision), dated.text,
                 f"{dated.how}{_BEFORE_HOW}", dated.start, dated.end, dated.strength,
                 dated.basis)


_BEFORE_HOW = "; before it: from publication to it"


def before_ahead(dated: Dated | None) -> bool:
    """A date made by `before_deadline`: the event is still to come."""
    return dated is not None and dated.how.endswith(_BEFORE_HOW)


def deadline(dated: Dated, published: DateSpan) -> Dated:
    """`will publish the list by June 15`: a deadline after publication, so any day from
    publication to it (a day no later than the one named); a past one is left as is."""
    span = dated.span
    if span.precision != "day" or span.start <= published.end:
        return dated
    days = (span.end - published.start).days + 1
    precision = "week" if days <= 8 else "month" if days <= 31 else "season" if days <= 92 \
        else "year"
    return Dated(DateSpan(published.start, span.end, precision), dated.text,
                 f"{dated.how}; a deadline: from publication to it", dated.start, dated.end,
                 dated.strength, dated.basis)
