"""Normalisers for calendar dates: numeric dates, months, days, years, decades, quarters,
seasons and holidays."""

from __future__ import annotations

import re
from datetime import date, timedelta

from usc_timeline.timex import dates
from usc_timeline.timex.context import Ctx, Found
from usc_timeline.timex.dates import Point
from usc_timeline.timex.lexicon import lexicon
from usc_timeline.timex.normbase import (
    MONTHS_NAMED,
    QUARTER_NUMBERS,
    YEAR_PREPS,
    M,
    date_found,
    month_capitalised,
    month_number,
    norm,
    pick_year,
    position_mod,
    relative_year,
    safe_date,
    squash,
    tense_words,
    word_end,
    year_from_words,
)
from usc_timeline.timex.tense import FUTURE, PAST


@norm
def numeric_date(m: M, ctx: Ctx) -> list[Found] | None:
    y = m.g("year") or m.g("y") or ""
    year = int(y) if len(y) == 4 else (1900 + int(y) if int(y) >= 50 else 2000 + int(y))
    try:
        d = date(year, int(m.g("m") or 0), int(m.g("d") or 0))
    except ValueError:
        return None
    if m.g("hh"):
        return date_found(m, ctx, f"{dates.fmt_day(d)}T{m.g('hh')}:{m.g('mi')}",
                           "is a numeric date and time", typ="TIME")
    return date_found(m, ctx, dates.fmt_day(d), "is a numeric date")


def _year_named(m: M, ctx: Ctx) -> tuple[int | None, str]:
    """The year of 'July 15 last year', 'Jan. 5 next year', '3 March that year': it says
    its own year, which the clause's tense must not overrule."""
    rely = m.g("rely") or ""
    if rely == "that":
        anchor = ctx.anchor
        return (anchor.start.year if anchor is not None else None,
                "'that year': year of the last date mentioned")
    return relative_year(rely, ctx), f"'{rely} year' from {ctx.dct_text()}"


@norm
def month_day(m: M, ctx: Ctx) -> list[Found] | None:
    if not month_capitalised(m, ctx):
        return None
    mon, day = month_number(m), int(m.g("day") or 0)
    raw = m.g("month") or ""
    if m.g("year") is None and raw in ("may", "march") and ctx.next_word(m.end) in (
            "percent", "%", "people", "points"):
        return None
    year: int | None
    how = ""
    if m.g("year"):
        year = int(m.g("year") or 0)
        how = "gives its year"
    elif m.g("rely"):
        year, how = _year_named(m, ctx)
    elif m.g("rel") and (ref := ctx.ref(dates.DAY)) is not None:
        back = m.g("rel") in ("last", "this past")
        this = safe_date(ref.year, mon, day)
        year = (ref.year if this < ref else ref.year - 1) if back else (
            ref.year if this > ref else ref.year + 1)
        how = f"'{m.g('rel')}': the {'last before' if back else 'first after'} {ctx.dct_text()}"
    else:
        year = pick_year(ctx, mon, day, m.start, m.end)
        wd = m.g("weekday")
        if wd and year is not None:
            want = lexicon().weekdays[wd.rstrip(".").rstrip("s")]
            for y in (year, year + 1, year - 1):
                try:
                    if date(y, mon, day).isoweekday() == want:
                        year = y
                        break
                except ValueError:
                    pass
        how = f"year from publication date {ctx.dct_text()} ({tense_words(ctx, m.start, m.end)})"
    try:
        d = date(year or 2000, mon, day)  # 2000 is a leap year: Feb 29 stays valid unresolved
    except ValueError:
        return None
    value = dates.fmt_day(d) if year is not None else f"XXXX-{mon:02d}-{day:02d}"
    if m.g("day2"):
        mon2 = month_number(m, "month2") if m.g("month2") else mon
        try:
            d2 = date(d.year, mon2, int(m.g("day2") or 0))
        except ValueError:
            return None
        if d2 < d:
            return None
        end1 = word_end(ctx, m.e("day"))
        v2 = dates.fmt_day(d2) if year is not None else f"XXXX-{mon2:02d}-{d2.day:02d}"
        s2 = m.s("month2") if m.g("month2") else m.s("day2")
        first = date_found(m, ctx, value, how, position_mod(m), end=end1)
        return first + date_found(m, ctx, v2, "ends the range", start=s2)
    return date_found(m, ctx, value, how, position_mod(m))


@norm
def month_day_list(m: M, ctx: Ctx) -> list[Found] | None:
    if not month_capitalised(m, ctx):
        return None
    mon, day1, day2 = month_number(m), int(m.g("day") or 0), int(m.g("day2") or 0)
    if day2 <= day1 or (ctx.next_word(m.end) in lexicon().count_nouns
                        and not ctx.low.startswith(",", m.end)):
        return None  # "on May 3 and 4 days later"; not "on May 23 and 24, days after"
    if m.g("year"):
        year: int | None = int(m.g("year") or 0)
        how = "takes its year from the list"
    else:
        year = pick_year(ctx, mon, day1, m.start, m.end)
        how = f"year from publication date {ctx.dct_text()} ({tense_words(ctx, m.start, m.end)})"
    try:
        d1 = date(year or 2000, mon, day1)
        d2 = date(year or 2000, mon, day2)
    except ValueError:
        return None
    v1 = dates.fmt_day(d1) if year is not None else f"XXXX-{mon:02d}-{day1:02d}"
    v2 = dates.fmt_day(d2) if year is not None else f"XXXX-{mon:02d}-{day2:02d}"
    end1 = word_end(ctx, m.e("day"))
    return (date_found(m, ctx, v1, how, end=end1)
            + date_found(m, ctx, v2, "is a day of the same month", start=m.s("day2")))


@norm
def day_month(m: M, ctx: Ctx) -> list[Found] | None:
    if not month_capitalised(m, ctx):
        return None
    mon, day = month_number(m), int(m.g("day") or 0)
    if ctx.prev_text(m.start, 2).strip().endswith(("$", "£", "€", "#")):
        return None
    if m.g("year"):
        year: int | None = int(m.g("year") or 0)
        how = "gives its year"
    elif m.g("rely"):
        year, how = _year_named(m, ctx)
    else:
        year = pick_year(ctx, mon, day, m.start, m.end)
        how = f"year from publication date {ctx.dct_text()} ({tense_words(ctx, m.start, m.end)})"
    try:
        d = date(year or 2000, mon, day)
    except ValueError:
        return None
    value = dates.fmt_day(d) if year is not None else f"XXXX-{mon:02d}-{day:02d}"
    start = m.start
    if m.g("day2"):
        try:
            d2 = date(d.year, mon, int(m.g("day2") or 0))
        except ValueError:
            return None
        if d2 < d:
            return None
        v2 = dates.fmt_day(d2) if year is not None else f"XXXX-{mon:02d}-{d2.day:02d}"
        first = date_found(m, ctx, value, how, start=start, end=word_end(ctx, m.e("day")))
        return first + date_found(m, ctx, v2, how, start=m.s("day2"))
    return date_found(m, ctx, value, how, start=start)


@norm
def month_year(m: M, ctx: Ctx) -> list[Found] | None:
    if not month_capitalised(m, ctx):
        return None
    year = int(m.g("year") or 0) if m.g("year") else year_from_words(m.g("yearw") or "")
    if year is None:
        return None
    return date_found(m, ctx, f"{year:04d}-{month_number(m):02d}", "names month and year",
                       position_mod(m))


@norm
def month_range(m: M, ctx: Ctx) -> list[Found] | None:
    if not (month_capitalised(m, ctx) and month_capitalised(m, ctx, "month2")):
        return None
    m1, m2 = month_number(m), month_number(m, "month2")
    start = m.s("month")
    if m.g("year"):
        year: int | None = int(m.g("year") or 0)
    elif ctx.habitual(m.start, m.end):
        year = None
    elif not m.g("from"):
        # "the January-September period" is reported once it is over: its last month is
        # read like a bare month, and the first lies in the same span
        end_year = pick_year(ctx, m2, None, m.start, m.end)
        year = None if end_year is None else end_year - (1 if m2 < m1 else 0)
    else:
        year = pick_year(ctx, m1, None, m.start, m.end)
    if year is None:
        return date_found(m, ctx, f"XXXX-{m1:02d}", "is a month range with no year",
                           start=start, end=m.e("month")) + date_found(
            m, ctx, f"XXXX-{m2:02d}", "ends a month range", start=m.s("month2"),
            end=m.e("month2"))
    y2 = year if m2 >= m1 else year + 1
    first = date_found(m, ctx, f"{year:04d}-{m1:02d}", "starts a month range", start=start,
                        end=m.e("month"))
    return first + date_found(m, ctx, f"{y2:04d}-{m2:02d}", "ends a month range",
                               start=m.s("month2"), end=m.e("month2"))


@norm
def year_range(m: M, ctx: Ctx) -> list[Found] | None:
    y1, y2 = int(m.g("year") or 0), int(m.g("year2") or 0)
    if not (1000 <= y1 < y2 <= 2199):
        return None
    return (date_found(m, ctx, f"{y1:04d}", f"starts a range to {y2}", start=m.s("year"),
                        end=m.e("year"))
            + date_found(m, ctx, f"{y2:04d}", f"ends a range from {y1}", start=m.s("year2"),
                          end=m.e("year2")))


# A year just before, then a comma and a space: "in 1994, 1995 and 1997" lists years, where a
# digit glued to the year ("1,995", "2.1995") makes it part of another number.
_LISTED_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d,\s+$")


@norm
def year(m: M, ctx: Ctx) -> list[Found] | None:
    y = int(m.g("year") or 0)
    start, end = m.start, m.e("year")
    fiscal = (m.g("fiscal") or "").strip()
    mod = position_mod(m)
    if fiscal in ("post-", "post"):
        mod = "AFTER"
    elif fiscal in ("pre-", "pre"):
        mod = "BEFORE"
    if not mod and not fiscal:
        if not 1900 <= y <= 2099 and ctx.prev_word(start) not in YEAR_PREPS:
            return None
        before = ctx.prev_text(start, 3).rstrip()
        if before.endswith(("$", "£", "€", "¥", "#", "no.", "-", "+", "/")) or (re.search(
                r"\d[.,]?$", before) and not _LISTED_YEAR.search(ctx.prev_text(start, 8))):
            return None
        tail = m.end if m.g("y2") else end
        after = ctx.low[tail:tail + 3]
        if after[:1] in ("%", "/") or re.match(r"[.,:]\d|-\d|\s*%", after) or re.match(
                r"\s*(?:gmt|utc)(?![a-z])", ctx.low[tail:tail + 5]):  # "1115 GMT" is a time
            return None
        nxt = ctx.next_word(tail)
        if nxt in lexicon().count_nouns or nxt in ("percent", "pct", "bp"):
            return None
        prev = ctx.prev_word(start)
        if prev in ("page", "pages", "route", "flight", "room", "number", "no", "item", "article",
                    "section", "resolution", "chapter", "model", "windows", "vol", "volume",
                    "grade", "level", "rule", "code", "paragraph", "top"):
            return None
    how = "names the year" + (" (fiscal year)" if fiscal.startswith(("fiscal", "fy")) else "")
    found = date_found(m, ctx, f"{y:04d}", how, mod, start=start, end=end)
    y2 = m.g("y2") or ""
    if len(y2) == 4 and y < int(y2) <= 2199:
        found += date_found(m, ctx, y2, "ends a year range", start=m.s("y2"), end=m.e("y2"))
    return found


@norm
def year_words(m: M, ctx: Ctx) -> list[Found] | None:
    y = year_from_words(m.g("yearw") or "")
    if y is None:
        return None
    if (m.g("yearw") or "").startswith("two thousand") and not m.text.startswith("the year") \
            and ctx.prev_word(m.start) not in ("in", "since", "by", "until", "of", "before"):
        return None
    return date_found(m, ctx, f"{y:04d}", "spells out the year")


@norm
def decade(m: M, ctx: Ctx) -> list[Found] | None:
    if m.g("dc"):
        value = f"{m.g('dc')}{m.g('dd')}"
    else:
        digit = int(m.g("dd2") or 0) if m.g("dd2") else lexicon().decades[m.g("decw") or ""]
        if m.g("dcent"):
            century = 18 if m.g("dcent") == "eighteen" else 19
        elif ctx.dct is not None:
            century = ctx.dct.year // 100
            if digit * 10 > ctx.dct.year % 100:
                century -= 1
        else:
            century = 19
        value = f"{century}{digit}"
    prev = ctx.prev_word(m.start)
    if m.g("decw") and prev in ("their", "his", "her", "my", "our", "your", "its", "mid"):
        return None
    return date_found(m, ctx, value, "names a decade", position_mod(m))


@norm
def century(m: M, ctx: Ctx) -> list[Found] | None:
    lex = lexicon()
    rel = m.g("crel")
    if m.g("cn"):
        n = int(m.g("cn") or 0)
    elif m.g("ord"):
        n = lex.ordinals.get(m.g("ord") or "", 0)
        if (m.g("ord") or "") in ("last", "final"):
            return None
    else:
        if ctx.dct is None:
            return date_found(m, ctx, "XX", "is relative to an unknown publication date")
        here = ctx.dct.year // 100 + 1
        if rel in ("the past", "the last"):
            return [Found(m.start, m.end, "DURATION", "P100Y", None,
                          f"'{m.text}' is the last hundred years")]
        if rel == "this":
            return [Found(m.start, m.end, "DURATION", "P100Y", None,
                          f"'{m.text}' is a hundred years", anchor=False)]
        n = here + (-1 if rel in ("last", "the previous") else 1 if rel in ("next", "the next")
                    else 0)
    if not 1 <= n <= 22:
        return None
    return date_found(m, ctx, f"{n - 1:02d}", "names a century", position_mod(m))


@norm
def quarter(m: M, ctx: Ctx) -> list[Found] | None:
    if m.g("qq") or m.g("qf"):
        q = int((m.g("qq") or m.g("qf") or "0").strip("qQ"))
    else:
        q = QUARTER_NUMBERS[m.g("qn") or "first"]
    det = (m.g("det") or "").strip()
    if m.g("qpl") or det in ("each", "every"):
        return [Found(m.start, m.end, "SET", f"XXXX-Q{q}", None, f"'{m.text}' recurs yearly")]
    if det == "a":
        return None
    year: int | None = None
    how = "names the year"
    if m.g("year"):
        year = int(m.g("year") or 0)
    elif m.g("yy"):
        year = _two_digit_year(int(m.g("yy") or 0))
    elif m.g("fy"):
        fy = m.g("fy") or ""
        year = int(fy) if len(fy) == 4 else 2000 + int(fy)
    elif m.g("rely"):
        year = relative_year(m.g("rely"), ctx)
    elif det.endswith("year's"):
        year = relative_year(det, ctx)
    else:
        ref = ctx.ref(dates.QUARTER)
        if ctx.anchor is not None and det in ("that", "the same"):
            year = ctx.anchor.start.year
        elif ref is not None:
            cur = (ref.month - 1) // 3 + 1
            year = ref.year
            if det == "last":
                year -= 1 if q >= cur else 0
            elif det == "next":
                year += 1 if q <= cur else 0
            elif q > cur:
                t = ctx.tense(m.start, m.end)
                if _RESULTS.search(ctx.prev_text(m.start, 40)):
                    t = PAST  # "will report results for the fourth quarter"
                if t == PAST or (q > cur + 1 and t != FUTURE):
                    year -= 1
            how = f"year from publication date {ctx.dct_text()}"
        elif ctx.dct is not None:
            year = ctx.dct.year
    value = f"{year:04d}-Q{q}" if year is not None else f"XXXX-Q{q}"
    start = m.start
    adjective = "-quarter" in m.text and not (m.g("year") or m.g("rely"))
    if m.g("qn") and (det == "its" or (det == "the" and adjective)):
        # "its fourth quarter", "the third-quarter results": the determiner is not the time
        start = m.s("fiscal") if m.g("fiscal") else m.s("qn")
    return date_found(m, ctx, value, how, start=start)


def _two_digit_year(yy: int) -> int:
    """'Q3 '23', 'H1 '98': 00-49 are this century, 50-99 the last."""
    return 2000 + yy if yy < 50 else 1900 + yy


_RESULTS = re.compile(r"\b(?:results?|earnings|profits?|loss|losses|revenues?|sales|report"
                      r"|reported|guidance|dividend)\b")


@norm
def half_year(m: M, ctx: Ctx) -> list[Found] | None:
    word = m.g("hn") or m.g("hq") or ""
    code = m.g("hh") or m.g("hf")
    h = int(code.strip("h")) if code else 1 if word == "first" else 2
    if m.g("year"):
        year: int | None = int(m.g("year") or 0)
    elif m.g("yy"):
        year = _two_digit_year(int(m.g("yy") or 0))
    elif m.g("rely"):
        year = relative_year(m.g("rely"), ctx)
    else:
        year = ctx.dct.year if ctx.dct is not None else None
        if not (m.text.startswith(("the", "this", "its", "last", "next")) or m.g("fiscal")):
            return None
        if m.text.startswith("last ") and year is not None:
            year -= 1
        if m.text.startswith("next ") and year is not None:
            year += 1
    value = f"{year:04d}-H{h}" if year is not None else f"XXXX-H{h}"
    return date_found(m, ctx, value, "is a half year")


def _season_point(code: str, ref: date, offset: int) -> Point:
    """The season `code` that contains or precedes ref, moved by offset years."""
    sm = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    y = ref.year
    if code == "WI" and ref.month <= 2:
        y -= 1
    return Point(dates.SEASON, date(y + offset, sm, 1), code)


@norm
def season(m: M, ctx: Ctx) -> list[Found] | None:
    lex = lexicon()
    code = lex.seasons[m.g("season") or ""]
    rel = (m.g("rel") or "").strip()
    pos = position_mod(m)
    explicit = m.g("year") or m.g("rely") or m.g("yearw")
    if not rel and not explicit and not pos and (
            m.g("season") == "fall"
            or ctx.prev_word(m.start) not in ("in", "during", "since", "until", "by",
                                              "through", "over", "before", "after", "till")
            or (m.g("season") == "spring" and ctx.next_word(m.end) in lex.spring_nouns)):
        return None
    if rel == "the" and not explicit and not pos and ctx.next_word(m.end) == "of":
        return None
    if not explicit and re.match(r"\s+[A-Z]", ctx.text[m.end:m.end + 3]):
        return None  # "the Winter Olympics", "Spring Festival"
    if rel == "the" and m.g("season") == "fall" and not explicit and ctx.next_word(m.end) in (
            "of", "in"):
        return None
    if m.g("year"):
        y: int | None = int(m.g("year") or 0)
    elif m.g("yearw"):
        y = year_from_words(m.g("yearw") or "")
    elif m.g("rely") == "that":  # "the spring of that year": the last year named
        if ctx.anchor is None:
            return date_found(m, ctx, f"XXXX-{code}", "is a season of an unnamed year", pos)
        y = ctx.anchor.start.year
    elif m.g("rely"):
        y = relative_year(m.g("rely"), ctx)
    else:
        ref = ctx.ref(dates.SEASON)
        if rel in ("that", "the same") and ctx.anchor is not None:
            y = ctx.anchor.start.year
        elif ref is None:
            return date_found(m, ctx, f"XXXX-{code}", "is a season of an unknown year",
                               pos)
        else:
            here = _season_point(code, ref, 0)
            starts_after = here.start > ref
            if rel in ("last", "this past", "past", "the past", "the last", "the previous"):
                off = -1 if not starts_after and dates.end_of(here) >= ref else 0
                off = off - 1 if starts_after else off
            elif rel in ("next", "coming", "this coming", "the coming", "the next",
                         "the following"):
                off = 1 if not starts_after else 0
            elif rel == "this":
                off = 0
            else:
                t = ctx.tense(m.start, m.end)
                off = -1 if t == PAST and starts_after else (
                    1 if t == FUTURE and dates.end_of(here) < ref else 0)
            p = _season_point(code, ref, off)
            return date_found(m, ctx, p.value(), f"season relative to {ctx.dct_text()}", pos)
    if y is None:
        return None
    return date_found(m, ctx, f"{y:04d}-{code}", "names season and year", pos)


@norm
def week_of(m: M, ctx: Ctx) -> list[Found] | None:
    if not month_capitalised(m, ctx):
        return None
    mon, day = month_number(m), int(m.g("day") or 0)
    year = int(m.g("year") or 0) if m.g("year") else pick_year(ctx, mon, day, m.start, m.end)
    if year is None:
        return None
    try:
        d = date(year, mon, day)
    except ValueError:
        return None
    return date_found(m, ctx, dates.fmt_week(d), "is the week containing that day")


@norm
def day_of_month(m: M, ctx: Ctx) -> list[Found] | None:
    if ctx.prev_word(m.start) not in ("on", "by", "until", "till", "since", "from", "before",
                                      "after", "through", "and", "to", "of", "for", "as"):
        return None
    nxt = ctx.next_word(m.end)
    ch = ctx.next_char(m.end)
    if ch and ch.isalpha() and nxt not in ("and", "or", "to", "through", "until", "when", "at",
                                           "in", "as", "but", "with", "after", "before"):
        return None
    day = int(m.g("dom") or 0)
    ref = ctx.ref(dates.DAY)
    start = m.start
    if ref is None:
        return date_found(m, ctx, f"XXXX-XX-{day:02d}", "day of an unknown month", start=start)
    t = ctx.tense(m.start, m.end)
    d0 = ref.replace(day=1)
    cand = dates.add_months(d0, -1 if (t == PAST and day > ref.day) else
                            1 if (t == FUTURE and day < ref.day) else 0)
    try:
        d = cand.replace(day=day)
    except ValueError:
        return None
    return date_found(m, ctx, dates.fmt_day(d), f"day of the month of {ctx.dct_text()}",
                       start=start)


@norm
def holiday(m: M, ctx: Ctx) -> list[Found] | None:
    lex = lexicon()
    name = squash(m.g("holiday") or "")
    if not ctx.is_cap(m.s("holiday")) and not name.startswith("the"):
        return None
    if ctx.prev_word(m.start) in ("chinese", "lunar", "jewish", "orthodox", "persian"):
        return None

    def on(y: int) -> date:
        if name in lex.fixed_holidays:
            mo, d = lex.fixed_holidays[name]
            return date(y, mo, d)
        if name in lex.nth_holidays:
            mo, wd, n = lex.nth_holidays[name]
            return dates.nth_weekday(y, mo, wd, n)
        if name in lex.easter_holidays:
            return dates.easter(y) + timedelta(days=lex.easter_holidays[name])
        return dates.nth_weekday(y, 11, 1, 1) + timedelta(days=1)

    rel = squash(m.g("rel") or "")
    ref = ctx.ref(dates.DAY)
    if m.g("year"):
        d = on(int(m.g("year") or 0))
    elif ref is None:
        return date_found(m, ctx, "XXXX-XX-XX", "holiday of an unknown year")
    else:
        this = on(ref.year)
        if rel in ("last", "this past"):
            d = this if this < ref else on(ref.year - 1)
        elif rel in ("next", "this coming"):
            d = this if this > ref else on(ref.year + 1)
        else:
            cands = [on(ref.year - 1), this, on(ref.year + 1)]
            d = min(cands, key=lambda c: abs((c - ref).days))
    if m.g("hweek"):
        if m.g("hweek") == "weekend":
            return None
        return date_found(m, ctx, dates.fmt_week(d), "week of the holiday")
    if m.g("eve") or m.g("eve2"):
        return date_found(m, ctx, dates.fmt_day(d - timedelta(days=1)),
                          f"the eve of a holiday ({ctx.dct_text()})")
    return date_found(m, ctx, dates.fmt_day(d), f"holiday ({ctx.dct_text()})")


@norm
def year_period(m: M, ctx: Ctx) -> list[Found] | None:
    y = int(m.g("year") or 0)
    unit = squash(m.g("unit") or "")
    if unit == "fiscal year":
        return date_found(m, ctx, f"{y:04d}", "names a fiscal year")
    if unit in ("first half", "second half"):
        return date_found(m, ctx, f"{y:04d}-H{1 if unit.startswith('first') else 2}",
                           "names a half year")
    if m.g("qn"):
        q: int | None = QUARTER_NUMBERS[m.g("qn") or "first"]
    elif ctx.last_quarter is not None:
        q = (ctx.last_quarter[1].start.month - 1) // 3 + 1
    else:
        ref = ctx.ref(dates.QUARTER)
        q = ((dates.shift(ref, -1, dates.QUARTER).month - 1) // 3 + 1) if ref else None
    found = date_found(m, ctx, f"{y:04d}-Q{q}" if q else f"{y:04d}-QX",
                        "the same quarter of the year named")
    found[0].anchor = False
    return found


@norm
def period_of_year(m: M, ctx: Ctx) -> list[Found] | None:
    """'the same period of 1996': the quarter last named, in that year; when no quarter was
    named ('the first ten months ... the same period of 2005') only the year is known."""
    y = int(m.g("year") or 0)
    lq = ctx.last_quarter
    if lq is not None and m.start - lq[0] < 300 and not MONTHS_NAMED.search(
            ctx.low, lq[0], m.start):
        q = (lq[1].start.month - 1) // 3 + 1
        found = date_found(m, ctx, f"{y:04d}-Q{q}", "the quarter just named, in the year named")
    else:
        found = date_found(m, ctx, f"{y:04d}", "the period under discussion, in the year named")
    found[0].anchor = False
    return found
