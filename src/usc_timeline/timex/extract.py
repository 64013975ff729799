"""The scan: find every rule match left to right, normalise it, keep anaphora anchored.

A trie-shaped trigger regex finds, in one pass over the lower-cased text, each place where
some rule can start; only the rules indexed under its first two tokens are tried there.
Matches are normalised in text order so that "the next day" can anchor to the date
mentioned just before.
"""

from __future__ import annotations

import re
from datetime import timedelta

from usc_timeline.model import DateSpan
from usc_timeline.timex import dates
from usc_timeline.timex.context import Ctx, Found
from usc_timeline.timex.dates import Dct
from usc_timeline.timex.lexicon import lexicon
from usc_timeline.timex.normalize import NORMS, M
from usc_timeline.timex.patterns import Rule, Scan, dispatch
from usc_timeline.timex.record import Timex


def lower_same_length(text: str) -> str:
    """Lower-case text without changing any offset (a few letters grow when lowered)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("’", "'").replace("‘", "'")


def _normalise_at(pos: int, candidates: tuple[Rule, ...], ctx: Ctx) -> list[Found] | None:
    """The first rule, in file order, that matches at pos and whose normaliser accepts it."""
    for r in candidates:
        m = r.regex.match(ctx.low, pos)
        if m is None or m.end() == m.start():
            continue
        found = NORMS[r.norm](M(m), ctx)
        if found and (r.name == "holiday"
                      or not any(_title_case(ctx.text, f.start, f.end) for f in found)):
            return found
    return None


_CALENDAR_START = frozenset("0123456789X")  # a calendar value, not PAST_REF and the like
_WORDS = re.compile(r"[A-Za-z0-9]+")


def _common_words() -> frozenset[str]:
    lex = lexicon()
    return frozenset([*lex.units, *lex.plurals, *lex.parts, "nights", "this", "next", "last",
                      "past", "coming", "ago", "later", "earlier", "now", "today"])


def _title_case(text: str, start: int, end: int) -> bool:
    """A capitalised time word inside the match: a title ("60 Minutes", "This Week")."""
    inner = text[start + 1:end]
    if inner.lower() == inner:
        return False  # nothing capitalised after the first letter
    common = _COMMON
    for i, w in enumerate(_WORDS.finditer(text, start, end)):
        word = w.group(0)
        if i and word[0].isupper() and not word.isupper() and word.lower() in common:
            return True
    return False


_COMMON = _common_words()


def _backdrop_regex() -> re.Pattern[str]:
    """The words before a quarter that make it a point of comparison ('after a flat second
    quarter'): such a quarter is not the one later anaphora ('the year-earlier period') mean."""
    words = sorted(lexicon().quarter_backdrop, key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![a-z])(?:{alt})\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z-]+\s+)?$")


_BACKDROP = _backdrop_regex()


def _span(f: Found, ctx: Ctx) -> DateSpan | None:
    if f.type not in ("DATE", "TIME"):
        return None
    if f.span is not None:
        s, e, precision = f.span
        return DateSpan(s, e, precision)
    if f.value == "PRESENT_REF" and ctx.dct is not None:
        d = ctx.dct
        if d.date is not None:
            return DateSpan(d.date, d.date, "day")
        return dates.span_of(f"{d.year:04d}" + (f"-{d.month:02d}" if d.month else ""))
    return dates.span_of(f.value.split("T")[0], f.mod)


_DAY_AROUND = re.compile(r"(?:\bthe\s+)?\bday\s+(before|after)\s+$")


def _day_around_date(f: Found, ctx: Ctx, free_from: int) -> None:
    """'the day before last Tuesday's hearing', 'the day after Christmas': one TIMEX3, the
    day next to the date named, which it replaces (only a whole day: 'the morning after
    Friday's data' may be a later morning, and a week or month has no single day next to
    it). Nothing is done when the words are already part of the expression before
    ('a day after March 3': a duration and a date)."""
    if f.type != "DATE" or f.mod is not None:
        return
    p = dates.parse(f.value)
    if p is None or p.gran != dates.DAY or p.code:
        return
    lead = _DAY_AROUND.search(ctx.low, max(0, f.start - 20), f.start)
    if lead is None or lead.start() < free_from:
        return
    day = p.start + timedelta(days=-1 if lead.group(1) == "before" else 1)
    f.start, f.value, f.span = lead.start(), dates.fmt_day(day), None
    f.how = f"the day {lead.group(1)} " + f.how


def find_timexes(text: str, dct: str | None = None) -> list[Timex]:
    """All time expressions in `text`, sorted by start, non-overlapping.

    `dct` is the publication date ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD') that relative
    expressions are resolved against; without it they keep an underspecified value.
    """
    return scan_timexes(text, dct, dispatch())


def scan_timexes(text: str, dct: str | None, scan: Scan) -> list[Timex]:
    """`find_timexes` with the rule index given, so a reference index can be put in its
    place (a compiled build binds module attributes early: nothing is patched)."""
    ctx = Ctx(text, lower_same_length(text), Dct.parse(dct))
    padded, search = scan.scan_text(ctx.low), scan.trigger.search
    out: list[Timex] = []
    pos = 0
    n = len(text)
    while pos < n:
        # a match starts on the separator before its token, at the token's offset in text
        m = search(padded, pos)
        if m is None:
            break
        found = _normalise_at(m.start(), scan.candidates(m), ctx)
        if not found:
            pos = m.end() - 1
            continue
        for f in found:
            if f.end <= f.start:
                continue
            _day_around_date(f, ctx, out[-1].end if out else 0)
            out.append(Timex(f.start, f.end, text[f.start:f.end], f.type, f.value, f.mod,
                             _span(f, ctx), f.how or None))
            if f.type in ("DATE", "TIME") and f.value[:1] in _CALENDAR_START:
                ctx.dated_end = f.end
            if f.anchor and f.type in ("DATE", "TIME"):
                p = dates.parse(f.value.split("T")[0])
                if p is not None:
                    ctx.anchor = p
                    ctx.anchor_end = f.end
                    if ctx.dct is None or ctx.dct.date is None or p.start <= ctx.dct.date:
                        ctx.past_anchor = p
                    if p.gran == dates.DAY:
                        ctx.day_anchor = (f.end, p)
                    if p.gran == dates.QUARTER and not _BACKDROP.search(
                            ctx.low, max(0, f.start - 40), f.start):
                        ctx.last_quarter = (f.start, p)
                        ctx.last_quarter_end = f.end
                    if p.gran == dates.YEAR and f.value.isdigit():
                        ctx.last_year = (f.end, p.start.year)
        pos = max(m.end() - 1, max(f.end for f in found))
    return out


def duration_days(t: Timex) -> int | None:
    """Whole days of a DURATION ('two-day' -> 2, 'three weeks' -> 21); None below a day.

    Months count 30 days and years 365: the figure is for sizing an event, not a calendar.
    """
    m = re.fullmatch(r"P(\d+)(D|W|M|Y)", t.value)
    if t.type != "DURATION" or m is None:
        return None
    n = int(m.group(1))
    return n * {"D": 1, "W": 7, "M": 30, "Y": 365}[m.group(2)]


__all__ = ["duration_days", "find_timexes", "lower_same_length"]
