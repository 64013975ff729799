"""Normalisers: from the groups of one rule match to TIMEX3 type, value, mod and extent.

Each rule in `data/rules.toml` names one function here. A normaliser may reject its match
(return None) when the context shows it is not a time expression ("May I", "$2018").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from usc_timeline.timex import dates
from usc_timeline.timex.context import Ctx, Found
from usc_timeline.timex.dates import Point
from usc_timeline.timex.lexicon import lexicon
from usc_timeline.timex.tense import FUTURE, PAST


class M:
    """The groups of one rule match, by the rule's own group names."""

    __slots__ = ("end", "groups", "spans", "start", "text")

    def __init__(self, m: re.Match[str], prefix: str) -> None:
        self.groups: dict[str, str] = {}
        self.spans: dict[str, tuple[int, int]] = {}
        n = len(prefix)
        for k, v in m.groupdict().items():
            if v is not None and k.startswith(prefix):
                self.groups[k[n:]] = v
                self.spans[k[n:]] = m.span(k)
        self.start, self.end = m.span(prefix[:-1]) if prefix else m.span()
        self.text = m.string[self.start:self.end]

    def g(self, name: str) -> str | None:
        return self.groups.get(name)

    def s(self, name: str) -> int:
        return self.spans[name][0]

    def e(self, name: str) -> int:
        return self.spans[name][1]


Norm = Callable[[M, Ctx], "list[Found] | None"]
NORMS: dict[str, Norm] = {}


def norm(fn: Norm) -> Norm:
    NORMS[fn.__name__.lstrip("_")] = fn
    return fn


# -- shared helpers ----------------------------------------------------------------------

def _pos_mod(m: M) -> str | None:
    word = m.g("posw") or m.g("pos")
    return lexicon().position_mods.get(word.split()[0]) if word else None


def _q_mod(m: M) -> str | None:
    q = m.g("qmod")
    mod = lexicon().quantity_mods.get(re.sub(r"\s+", " ", q)) if q else None
    if mod is None and "or so" in m.text:
        mod = "APPROX"
    return mod


def _month(m: M, name: str = "month") -> int:
    word = m.g(name) or ""
    return lexicon().months[word.rstrip(".")]


def _month_ok(m: M, ctx: Ctx, name: str = "month") -> bool:
    """Months are capitalised in English; lower-case 'may'/'march' are a verb or a noun."""
    return ctx.is_cap(m.s(name))


def _num(word: str) -> float | None:
    """A number word or numeral; None for vague quantities ('several')."""
    lex = lexicon()
    w = re.sub(r"\s+", " ", word.strip())
    if w in lex.vague:
        return None
    if w in lex.cardinals:
        return lex.cardinals[w]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s*(1/2|½))?", w)
    if m:
        return float(m.group(1)) + (0.5 if m.group(2) else 0.0)
    parts = re.split(r"[\s-]", w)
    if len(parts) == 2 and all(p in lex.cardinals for p in parts):
        return lex.cardinals[parts[0]] + lex.cardinals[parts[1]]
    return None


def _unit(word: str) -> str:
    lex = lexicon()
    return lex.plurals.get(word, word)


_GRAN = {"day": dates.DAY, "night": dates.DAY, "week": dates.WEEK, "weekend": dates.WEEK,
         "fortnight": dates.WEEK, "month": dates.MONTH, "quarter": dates.QUARTER,
         "season": dates.SEASON, "year": dates.YEAR, "decade": dates.DECADE,
         "century": dates.CENTURY, "half": dates.HALF}


def duration_value(n: float | None, unit: str) -> str:
    """'P3Y', 'PT5H', 'P2Y6M', 'PXD' for n units."""
    designator, timepart, _ = lexicon().units[unit]
    t = "T" if timepart else ""
    if n is None:
        if designator == "DE":
            return "PXDE"
        if designator == "CE":
            return "PXCE"
        return f"P{t}X{designator[:1] if designator != 'WE' else 'WE'}"
    if designator == "DE":
        return _p(n * 10, "Y", "")
    if designator == "CE":
        return _p(n * 100, "Y", "")
    if designator == "W2":
        return _p(n * 2, "W", "")
    if designator == "WE":
        return _p(n, "WE", "")
    return _p(n, designator, t)


_SMALLER = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "M"),
            "Q": (3, "M")}


def _p(n: float, designator: str, t: str) -> str:
    whole = int(n)
    if n == whole:
        return f"P{t}{whole}{designator}"
    if designator in _SMALLER:
        k, smaller = _SMALLER[designator]
        rest = round((n - whole) * k)
        if designator in ("D",):
            return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
        t2 = "T" if t or designator == "H" else ""
        head = f"{whole}{designator}" if whole else ""
        return f"P{t2}{head}{rest}{smaller}"
    return f"P{t}{n:g}{designator}"


def _word_end(ctx: Ctx, pos: int) -> int:
    """Extend pos over an ordinal suffix ("5th")."""
    while pos < len(ctx.low) and ctx.low[pos].isalpha():
        pos += 1
    return pos


def _date_found(m: M, ctx: Ctx, value: str, how: str, mod: str | None = None,
                start: int | None = None, end: int | None = None, typ: str = "DATE",
                span: tuple[date, date, str] | None = None) -> list[Found]:
    s = m.start if start is None else start
    e = m.end if end is None else end
    return [Found(s, e, typ, value, mod, f"'{ctx.text[s:e]}' {how}", span)]


def _pick_year(ctx: Ctx, month: int, day: int | None, start: int, end: int) -> int | None:
    """Year of an undated month (and day): the clause's tense, else the likelier neighbour.

    Past and future readings are compared by distance from the publication date; news looks
    back more than forward, so the future one must be at most half as far to win. A date
    right after a target word ("to Nov. 16", "the Jan. 14 deadline") ignores past cues.
    """
    ref = ctx.ref(dates.MONTH) if day is None else ctx.ref(dates.DAY) or ctx.ref(dates.MONTH)
    if ref is None:
        return ctx.dct.year if ctx.dct is not None and ctx.dct.month is None else None
    tense = ctx.tense(start, end)
    if tense == PAST and ctx.prev_word(start) in lexicon().target_words:
        tense = None
    exact = day is not None and ctx.dct is not None and ctx.dct.day is not None
    y = ref.year
    if exact:
        try:
            this = date(y, month, day or 1)
        except ValueError:
            this = date(y, month, 28)
        if this == ref:
            return y
        if this < ref:
            past_gap = (ref - this).days
            fut = _safe_date(y + 1, month, day or 1)
            fut_gap = (fut - ref).days
            past_year, fut_year = y, y + 1
        else:
            fut_gap = (this - ref).days
            past = _safe_date(y - 1, month, day or 1)
            past_gap = (ref - past).days
            past_year, fut_year = y - 1, y
    else:
        if month == ref.month:
            return y
        if month < ref.month:
            past_gap, fut_gap, past_year, fut_year = ref.month - month, 12 - ref.month + month, \
                y, y + 1
        else:
            fut_gap, past_gap, past_year, fut_year = month - ref.month, 12 - month + ref.month, \
                y - 1, y
    if tense == PAST:
        return past_year
    if tense == FUTURE:
        return fut_year
    return fut_year if 2 * fut_gap <= past_gap else past_year


def _safe_date(y: int, month: int, day: int) -> date:
    try:
        return date(y, month, day)
    except ValueError:
        return date(y, month, 28)


def _tense_word(ctx: Ctx, start: int, end: int) -> str:
    t = ctx.tense(start, end)
    return f"{t} tense" if t else "no tense cue, nearest"


# -- absolute dates ------------------------------------------------------------------------

@norm
def numeric_date(m: M, ctx: Ctx) -> list[Found] | None:
    y = m.g("year") or m.g("y") or ""
    year = int(y) if len(y) == 4 else (1900 + int(y) if int(y) >= 50 else 2000 + int(y))
    try:
        d = date(year, int(m.g("m") or 0), int(m.g("d") or 0))
    except ValueError:
        return None
    if m.g("hh"):
        return _date_found(m, ctx, f"{dates.fmt_day(d)}T{m.g('hh')}:{m.g('mi')}",
                           "is a numeric date and time", typ="TIME")
    return _date_found(m, ctx, dates.fmt_day(d), "is a numeric date")


@norm
def month_day(m: M, ctx: Ctx) -> list[Found] | None:
    if not _month_ok(m, ctx):
        return None
    mon, day = _month(m), int(m.g("day") or 0)
    raw = m.g("month") or ""
    if m.g("year") is None and raw in ("may", "march") and ctx.next_word(m.end) in (
            "percent", "%", "people", "points"):
        return None
    year: int | None
    how = ""
    if m.g("year"):
        year = int(m.g("year") or 0)
        how = "gives its year"
    else:
        year = _pick_year(ctx, mon, day, m.start, m.end)
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
        how = f"year from publication date {ctx.dct_text()} ({_tense_word(ctx, m.start, m.end)})"
    try:
        d = date(year or 2000, mon, day)  # 2000 is a leap year: Feb 29 stays valid unresolved
    except ValueError:
        return None
    value = dates.fmt_day(d) if year is not None else f"XXXX-{mon:02d}-{day:02d}"
    if m.g("day2"):
        mon2 = _month(m, "month2") if m.g("month2") else mon
        try:
            d2 = date(d.year, mon2, int(m.g("day2") or 0))
        except ValueError:
            return None
        if d2 < d:
            return None
        end1 = _word_end(ctx, m.e("day"))
        v2 = dates.fmt_day(d2) if year is not None else f"XXXX-{mon2:02d}-{d2.day:02d}"
        s2 = m.s("month2") if m.g("month2") else m.s("day2")
        first = _date_found(m, ctx, value, how, _pos_mod(m), end=end1)
        return first + _date_found(m, ctx, v2, "ends the range", start=s2)
    return _date_found(m, ctx, value, how, _pos_mod(m))


@norm
def month_day_list(m: M, ctx: Ctx) -> list[Found] | None:
    if not _month_ok(m, ctx):
        return None
    mon, day1, day2 = _month(m), int(m.g("day") or 0), int(m.g("day2") or 0)
    if day2 <= day1 or ctx.next_word(m.end) in lexicon().count_nouns:
        return None
    if m.g("year"):
        year: int | None = int(m.g("year") or 0)
        how = "takes its year from the list"
    else:
        year = _pick_year(ctx, mon, day1, m.start, m.end)
        how = f"year from publication date {ctx.dct_text()} ({_tense_word(ctx, m.start, m.end)})"
    try:
        d1 = date(year or 2000, mon, day1)
        d2 = date(year or 2000, mon, day2)
    except ValueError:
        return None
    v1 = dates.fmt_day(d1) if year is not None else f"XXXX-{mon:02d}-{day1:02d}"
    v2 = dates.fmt_day(d2) if year is not None else f"XXXX-{mon:02d}-{day2:02d}"
    end1 = _word_end(ctx, m.e("day"))
    return (_date_found(m, ctx, v1, how, end=end1)
            + _date_found(m, ctx, v2, "is a day of the same month", start=m.s("day2")))


@norm
def day_month(m: M, ctx: Ctx) -> list[Found] | None:
    if not _month_ok(m, ctx):
        return None
    mon, day = _month(m), int(m.g("day") or 0)
    if ctx.prev_text(m.start, 2).strip().endswith(("$", "£", "€", "#")):
        return None
    if m.g("year"):
        year: int | None = int(m.g("year") or 0)
        how = "gives its year"
    else:
        year = _pick_year(ctx, mon, day, m.start, m.end)
        how = f"year from publication date {ctx.dct_text()} ({_tense_word(ctx, m.start, m.end)})"
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
        first = _date_found(m, ctx, value, how, start=start, end=_word_end(ctx, m.e("day")))
        return first + _date_found(m, ctx, v2, how, start=m.s("day2"))
    return _date_found(m, ctx, value, how, start=start)


def _year_words(text: str) -> int | None:
    lex = lexicon()
    w = re.split(r"[\s-]+", text.strip())
    if w[:2] == ["two", "thousand"]:
        rest = [x for x in w[2:] if x != "and"]
        n = sum(int(lex.cardinals[x]) for x in rest if x in lex.cardinals)
        return 2000 + n
    head = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}.get(w[0])
    if head is None:
        return None
    rest = [x for x in w[1:] if x != "oh"]
    if rest == ["hundred"]:
        return head
    n = sum(int(lex.cardinals[x]) for x in rest if x in lex.cardinals)
    return head + n if 0 < n < 100 else None


@norm
def month_year(m: M, ctx: Ctx) -> list[Found] | None:
    if not _month_ok(m, ctx):
        return None
    year = int(m.g("year") or 0) if m.g("year") else _year_words(m.g("yearw") or "")
    if year is None:
        return None
    return _date_found(m, ctx, f"{year:04d}-{_month(m):02d}", "names month and year",
                       _pos_mod(m))


@norm
def month_range(m: M, ctx: Ctx) -> list[Found] | None:
    if not (_month_ok(m, ctx) and _month_ok(m, ctx, "month2")):
        return None
    m1, m2 = _month(m), _month(m, "month2")
    start = m.s("month")
    if m.g("year"):
        year: int | None = int(m.g("year") or 0)
    elif ctx.habitual(m.start, m.end):
        year = None
    else:
        year = _pick_year(ctx, m1, None, m.start, m.end)
    if year is None:
        return _date_found(m, ctx, f"XXXX-{m1:02d}", "is a month range with no year",
                           start=start, end=m.e("month")) + _date_found(
            m, ctx, f"XXXX-{m2:02d}", "ends a month range", start=m.s("month2"),
            end=m.e("month2"))
    y2 = year if m2 >= m1 else year + 1
    first = _date_found(m, ctx, f"{year:04d}-{m1:02d}", "starts a month range", start=start,
                        end=m.e("month"))
    return first + _date_found(m, ctx, f"{y2:04d}-{m2:02d}", "ends a month range",
                               start=m.s("month2"), end=m.e("month2"))


@norm
def year_range(m: M, ctx: Ctx) -> list[Found] | None:
    y1, y2 = int(m.g("year") or 0), int(m.g("year2") or 0)
    if not (1000 <= y1 < y2 <= 2199):
        return None
    return (_date_found(m, ctx, f"{y1:04d}", f"starts a range to {y2}", start=m.s("year"),
                        end=m.e("year"))
            + _date_found(m, ctx, f"{y2:04d}", f"ends a range from {y1}", start=m.s("year2"),
                          end=m.e("year2")))


_YEAR_PREPS = frozenset(["in", "since", "by", "until", "till", "of", "from", "during", "before",
                         "after", "between", "and", "to", "through", "early", "late", "mid",
                         "for", "around", "circa", "about", "spring", "summer", "autumn", "fall",
                         "winter", "year", "the", "or", "as", "than", "at", "on", "into",
                         "fiscal", "calendar", "throughout", "over", "beyond", "till", "with"])


@norm
def year(m: M, ctx: Ctx) -> list[Found] | None:
    y = int(m.g("year") or 0)
    start, end = m.start, m.e("year")
    fiscal = (m.g("fiscal") or "").strip()
    mod = _pos_mod(m)
    if fiscal in ("post-", "post"):
        mod = "AFTER"
    elif fiscal in ("pre-", "pre"):
        mod = "BEFORE"
    if not mod and not fiscal:
        if not 1900 <= y <= 2099 and ctx.prev_word(start) not in _YEAR_PREPS:
            return None
        before = ctx.prev_text(start, 3).rstrip()
        if before.endswith(("$", "£", "€", "¥", "#", "no.", "-", "+", "/")) or re.search(
                r"\d[.,]?$", before):
            return None
        tail = m.end if m.g("y2") else end
        after = ctx.low[tail:tail + 3]
        if after[:1] in "%/" or re.match(r"[.,:]\d|-\d|\s*%", after):
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
    found = _date_found(m, ctx, f"{y:04d}", how, mod, start=start, end=end)
    y2 = m.g("y2") or ""
    if len(y2) == 4 and y < int(y2) <= 2199:
        found += _date_found(m, ctx, y2, "ends a year range", start=m.s("y2"), end=m.e("y2"))
    return found


@norm
def year_words(m: M, ctx: Ctx) -> list[Found] | None:
    y = _year_words(m.g("yearw") or "")
    if y is None:
        return None
    if (m.g("yearw") or "").startswith("two thousand") and not m.text.startswith("the year") \
            and ctx.prev_word(m.start) not in ("in", "since", "by", "until", "of", "before"):
        return None
    return _date_found(m, ctx, f"{y:04d}", "spells out the year")


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
    return _date_found(m, ctx, value, "names a decade", _pos_mod(m))


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
            return _date_found(m, ctx, "XX", "is relative to an unknown publication date")
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
    return _date_found(m, ctx, f"{n - 1:02d}", "names a century", _pos_mod(m))


# -- quarters, halves, seasons -------------------------------------------------------------

_QN = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
       "4th": 4, "final": 4, "last": 4}


def _rel_year(word: str | None, ctx: Ctx) -> int | None:
    if ctx.dct is None or not word:
        return None
    w = word.split()[0].replace("'s", "")
    return ctx.dct.year + {"this": 0, "last": -1, "next": 1, "the": 0}.get(w, 0)


@norm
def quarter(m: M, ctx: Ctx) -> list[Found] | None:
    if m.g("qq") or m.g("qf"):
        q = int((m.g("qq") or m.g("qf") or "0").strip("qQ"))
    else:
        q = _QN[m.g("qn") or "first"]
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
        year = 2000 + int(m.g("yy") or 0) if int(m.g("yy") or 0) < 50 else 1900 + int(
            m.g("yy") or 0)
    elif m.g("fy"):
        fy = m.g("fy") or ""
        year = int(fy) if len(fy) == 4 else 2000 + int(fy)
    elif m.g("rely"):
        year = _rel_year(m.g("rely"), ctx)
    elif det.endswith("year's"):
        year = _rel_year(det, ctx)
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
    return _date_found(m, ctx, value, how)


_RESULTS = re.compile(r"\b(?:results?|earnings|profits?|loss|losses|revenues?|sales|report"
                      r"|reported|guidance|dividend)\b")


@norm
def half_year(m: M, ctx: Ctx) -> list[Found] | None:
    word = m.g("hn") or m.g("hq") or ""
    h = 1 if word == "first" else 2
    if m.g("year"):
        year: int | None = int(m.g("year") or 0)
    elif m.g("rely"):
        year = _rel_year(m.g("rely"), ctx)
    else:
        year = ctx.dct.year if ctx.dct is not None else None
        if not (m.text.startswith(("the", "this", "its", "last", "next")) or m.g("fiscal")):
            return None
        if m.text.startswith("last ") and year is not None:
            year -= 1
        if m.text.startswith("next ") and year is not None:
            year += 1
    value = f"{year:04d}-H{h}" if year is not None else f"XXXX-H{h}"
    return _date_found(m, ctx, value, "is a half year")


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
    pos = _pos_mod(m)
    explicit = m.g("year") or m.g("rely") or m.g("yearw")
    if not rel and not explicit and not pos and (
            m.g("season") in ("spring", "fall")
            or ctx.prev_word(m.start) not in ("in", "during", "since", "until", "by",
                                              "through", "over", "before", "after", "till")):
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
        y = _year_words(m.g("yearw") or "")
    elif m.g("rely"):
        y = _rel_year(m.g("rely"), ctx)
    else:
        ref = ctx.ref(dates.SEASON)
        if rel in ("that", "the same") and ctx.anchor is not None:
            y = ctx.anchor.start.year
        elif ref is None:
            return _date_found(m, ctx, f"XXXX-{code}", "is a season of an unknown year",
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
            return _date_found(m, ctx, p.value(), f"season relative to {ctx.dct_text()}", pos)
    if y is None:
        return None
    return _date_found(m, ctx, f"{y:04d}-{code}", "names season and year", pos)


# -- relative to the publication date ---------------------------------------------------------

@norm
def today(m: M, ctx: Ctx) -> list[Found] | None:
    rel = re.sub(r"\s+", " ", m.g("rel") or "")
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
              "the day before yesterday": -2, "the day after tomorrow": 2}[rel]
    part = m.g("part")
    code = "NI" if rel == "tonight" else lexicon().parts.get(part.rstrip("s")) if part else None
    ref = ctx.ref(dates.DAY)
    typ = "TIME" if code else "DATE"
    if ref is None:
        return _date_found(m, ctx, "XXXX-XX-XX" + (f"T{code}" if code else ""),
                           "needs a publication date", _pos_mod(m), typ=typ)
    d = ref + timedelta(days=offset)
    value = dates.fmt_day(d) + (f"T{code}" if code else "")
    return _date_found(m, ctx, value, f"relative to publication date {ctx.dct_text()}",
                       _pos_mod(m), typ=typ)


@norm
def this_part(m: M, ctx: Ctx) -> list[Found] | None:
    rel = re.sub(r"\s+", " ", m.g("rel") or "")
    part = m.g("part") or "overnight"
    code = lexicon().parts[part.rstrip("s") if part != "overnight" else part]
    if rel in ("that", "the same", "the next", "the following"):
        base = ctx.anchor_ref(dates.DAY)
        off = 1 if rel in ("the next", "the following") else 0
        how = "anchored to the last date mentioned"
    else:
        base = ctx.ref(dates.DAY)
        off = -1 if rel == "last" else 0
        how = f"relative to publication date {ctx.dct_text()}"
    if base is None:
        return _date_found(m, ctx, f"XXXX-XX-XXT{code}", "needs a date", _pos_mod(m),
                           typ="TIME")
    return _date_found(m, ctx, dates.fmt_day(base + timedelta(days=off)) + f"T{code}", how,
                       _pos_mod(m), typ="TIME")


def _weekday_date(ref: date, wd: int, mode: str) -> date:
    """mode: on_or_before, before, on_or_after, after, same_week."""
    delta = (ref.isoweekday() - wd) % 7
    if mode == "on_or_before":
        return ref - timedelta(days=delta)
    if mode == "before":
        return ref - timedelta(days=delta or 7)
    ahead = (wd - ref.isoweekday()) % 7
    if mode == "on_or_after":
        return ref + timedelta(days=ahead)
    if mode == "after":
        return ref + timedelta(days=ahead or 7)
    return ref + timedelta(days=wd - ref.isoweekday())


@norm
def weekday(m: M, ctx: Ctx) -> list[Found] | None:
    lex = lexicon()
    raw = m.g("weekday") or ""
    wd = lex.weekdays[raw.rstrip(".").removesuffix("s") if raw.endswith("days") else
                      raw.rstrip(".")]
    if "." in raw and not ctx.is_cap(m.s("weekday")):
        return None
    if ctx.prev_word(m.start) == "the" and re.match(r"\s+[A-Z]", ctx.text[m.end:m.end + 3]):
        return None  # a title: "The Sunday Times"
    part = m.g("part")
    code = lex.parts.get(part.rstrip("s")) if part else None
    if m.g("every") or m.g("wpl") or (part and part.endswith("s")):
        value = f"XXXX-WXX-{wd}" + (f"T{code}" if code else "")
        return [Found(m.start, m.end, "SET", value, None, f"'{m.text}' recurs weekly")]
    rel = re.sub(r"\s+", " ", m.g("rel") or "")
    anaphoric = rel in ("the previous", "the following", "the next", "that")
    ref = ctx.anchor_ref(dates.DAY) if anaphoric else ctx.ref(dates.DAY)
    typ = "TIME" if code else "DATE"
    suffix = f"T{code}" if code else ""
    if ref is None:
        return _date_found(m, ctx, f"XXXX-WXX-{wd}" + suffix, "needs a publication date",
                           _pos_mod(m), typ=typ)
    if rel in ("last", "past", "this past", "previous", "the previous"):
        mode, why = "before", f"'{rel}'"
    elif rel in ("next", "coming", "this coming", "following", "the following", "the next"):
        mode, why = "after", f"'{rel}'"
    elif rel in ("this", "that"):
        mode, why = "same_week", "same week"
    elif ctx.low.startswith("'s", m.end):
        mode, why = "on_or_before", "possessive ('Monday's ruling'), past"
    else:
        t = ctx.tense(m.start, m.end)
        mode = "on_or_after" if t == FUTURE else "on_or_before"
        why = "future tense" if t == FUTURE else ("past tense" if t == PAST else
                                                   "no tense cue, news default past")
    d = _weekday_date(ref, wd, mode)
    base = "the last date mentioned" if anaphoric else "publication date"
    how = f"{why} relative to {base} {ref.strftime('%a %d %b %Y')} -> {d.strftime('%a %d %b %Y')}"
    return _date_found(m, ctx, dates.fmt_day(d) + suffix, how, _pos_mod(m), typ=typ)


_REL_OFFSET = {
    "this": 0, "current": 0, "the current": 0, "this fiscal": 0, "the full": 0,
    "the entire": 0, "the whole": 0, "the calendar": 0, "the fiscal": 0,
    "last": -1, "past": -1, "previous": -1, "the past": -1, "the last": -1, "this past": -1,
    "latest": -1, "the latest": -1, "the most recent": -1, "last fiscal": -1,
    "next": 1, "coming": 1, "the coming": 1, "this coming": 1, "next fiscal": 1,
}
_ANAPHORIC = {"the previous": -1, "the prior": -1, "the preceding": -1, "the next": 1,
              "the following": 1, "following": 1, "the same": 0, "that": 0}


@norm
def rel_unit(m: M, ctx: Ctx) -> list[Found] | None:
    rel = re.sub(r"\s+", " ", m.g("rel") or "")
    unit = m.g("unit") or ""
    pos = _pos_mod(m)
    if m.g("fiscal") and unit != "year":
        return None
    if unit == "day":
        if rel not in _ANAPHORIC and not (rel == "next" and not pos):
            return None
        if rel == "next":
            rel = "the next"
    if unit == "period" and rel not in ("the latest", "the same", "the most recent", "that"):
        return None
    if unit == "half" and rel not in ("this", "last", "next"):
        return None
    if rel == "its" and unit not in ("quarter",):
        return None
    if rel == "a full":
        return [Found(m.start, m.end, "DURATION", duration_value(1, unit), None,
                      f"'{m.text}' is a length of time")]
    if unit == "day" and m.g("posw") == "end":
        return None  # "at the end of the day" is an idiom
    if unit == "decade" and rel in ("the past", "the last", "the next", "the coming", "past"):
        return [Found(m.start, m.end, "DURATION", "P10Y", None, f"'{m.text}' is ten years")]
    if unit == "century" and rel in ("the past", "the last", "the next", "past"):
        return [Found(m.start, m.end, "DURATION", "P100Y", None, f"'{m.text}' is 100 years")]
    gran = _GRAN.get(unit, dates.QUARTER if unit == "period" else dates.YEAR)
    if unit == "weekend":
        return _weekend(m, ctx, rel, pos)
    if rel in ("the", "its"):
        if unit == "year" and ctx.prev_word(m.start) in ("for", "during", "throughout", "over") \
                and not pos:
            return [Found(m.start, m.end, "DURATION", "P1Y", None, f"'{m.text}' is a year long")]
        if unit in ("day", "century", "half", "period"):
            return None
        if unit == "week" and not pos and ctx.prev_word(m.start) in ("a", "per"):
            return None
        offset = -1 if unit == "quarter" else 0
        if unit == "month" and ctx.prev_word(m.start) in ("of", "per"):
            return None
        base = ctx.ref(gran)
        how = f"relative to publication date {ctx.dct_text()}"
    elif rel in _ANAPHORIC:
        offset = _ANAPHORIC[rel]
        base = ctx.anchor_ref(gran)
        how = "anchored to the last date mentioned"
    elif rel in _REL_OFFSET:
        offset = _REL_OFFSET[rel]
        if unit == "quarter" and rel in ("the latest", "the most recent", "latest"):
            offset = -1
        base = ctx.ref(gran)
        how = f"relative to publication date {ctx.dct_text()}"
    else:
        return None
    if unit == "period":
        unit = "quarter"
    if base is None:
        return _date_found(m, ctx, ctx.unresolved(gran), "needs a publication date", pos)
    d = dates.shift(base, offset, gran)
    value = dates.fmt(gran, d)
    return _date_found(m, ctx, value, how, pos)


def _weekend(m: M, ctx: Ctx, rel: str, pos: str | None) -> list[Found] | None:
    anaphoric = rel in _ANAPHORIC
    ref = ctx.anchor_ref(dates.DAY) if anaphoric else ctx.ref(dates.DAY)
    if ref is None:
        return _date_found(m, ctx, "XXXX-WXX-WE", "needs a publication date", pos)
    sat_this = ref + timedelta(days=6 - ref.isoweekday())  # Saturday of ref's ISO week
    if rel in ("last", "past", "the past", "this past", "previous", "the previous", "the last"):
        sat = sat_this - timedelta(days=7) if ref.isoweekday() < 6 else sat_this - timedelta(7)
        if ref.isoweekday() == 7:
            sat = sat_this - timedelta(days=7)
    elif rel in ("next", "coming", "the coming", "this coming", "the next", "the following"):
        sat = sat_this + timedelta(days=7) if ref.isoweekday() >= 6 or rel != "this coming" \
            else sat_this
        if rel in ("coming", "the coming", "this coming") and ref.isoweekday() < 6:
            sat = sat_this
    elif rel in ("this", "the same", "that"):
        sat = sat_this
    else:
        t = ctx.tense(m.start, m.end)
        if t == FUTURE:
            sat = sat_this
        elif t == PAST or ref.isoweekday() <= 3:
            sat = sat_this if ref.isoweekday() >= 6 else sat_this - timedelta(days=7)
        else:
            sat = sat_this
    return _date_found(m, ctx, dates.fmt_week(sat) + "-WE",
                       f"weekend relative to {ref.strftime('%a %d %b %Y')}", pos,
                       span=(sat, sat + timedelta(days=1), "week"))


@norm
def unit_end(m: M, ctx: Ctx) -> list[Found] | None:
    unit = m.g("unit") or "year"
    gran = _GRAN[unit]
    base = ctx.ref(gran)
    off = -1 if m.text.startswith("last") else 1 if m.text.startswith("next") else 0
    if base is None:
        return _date_found(m, ctx, ctx.unresolved(gran), "needs a publication date", "END")
    return _date_found(m, ctx, dates.fmt(gran, dates.shift(base, off, gran)),
                       f"end of the {unit} of {ctx.dct_text()}", "END")


@norm
def month_rel(m: M, ctx: Ctx) -> list[Found] | None:
    if not _month_ok(m, ctx):
        return None
    raw = m.g("month") or ""
    mon = _month(m)
    rel = re.sub(r"\s+", " ", m.g("rel") or "")
    pos = _pos_mod(m)
    if not rel and not m.g("rely") and not pos:
        if raw not in lexicon().full_months:
            return None
        prev = ctx.prev_word(m.start)
        nxt = ctx.next_word(m.end)
        if ctx.prev_cap_word(m.start):
            return None  # "Theresa May"
        after = ctx.text[m.end:m.end + 30]
        if re.match(r"\s+[A-Z][a-z]", after) and not re.match(
                r"\s+(?:The|In|On|At|This|It|He|She|They|We|But|And|As|I)\b", after):
            return None  # "April Ryan"
        if raw in ("may", "march", "august"):
            if prev not in _YEAR_PREPS | {"last", "next", "this", "that", "in", "early", "late",
                                         "mid", "until", "since", "of", "by", "before", "after"}:
                return None
            if ctx.next_char(m.end).isalpha() and nxt in (
                    "be", "have", "not", "i", "we", "you", "he", "she", "it", "they", "the",
                    "also", "well", "never", "still"):
                return None
    if (ctx.dct is None and not m.g("rely")) or (not rel and not m.g("rely")
                                                  and ctx.habitual(m.start, m.end)):
        return _date_found(m, ctx, f"XXXX-{mon:02d}", "a month of any year", pos)
    ref = ctx.ref(dates.MONTH)
    year: int | None
    if m.g("rely"):
        year = _rel_year(m.g("rely"), ctx)
        how = f"'{m.g('rely')} year' from {ctx.dct_text()}"
    elif rel == "that" and ctx.anchor is not None:
        year = ctx.anchor.start.year
        how = "year of the last date mentioned"
    elif ref is None:
        year = ctx.dct.year if ctx.dct else None
        how = "year of the publication date"
    elif rel in ("last", "this past", "past", "previous"):
        year = ref.year if mon < ref.month else ref.year - 1
        how = f"most recent before {ctx.dct_text()}"
    elif rel in ("next", "this coming", "coming"):
        year = ref.year if mon > ref.month else ref.year + 1
        how = f"first after {ctx.dct_text()}"
    elif rel == "this":
        year = ref.year
        how = f"this year of {ctx.dct_text()}"
    else:
        year = _pick_year(ctx, mon, None, m.start, m.end)
        how = f"year from publication date {ctx.dct_text()} ({_tense_word(ctx, m.start, m.end)})"
    if year is None:
        return _date_found(m, ctx, f"XXXX-{mon:02d}", "month of an unknown year", pos)
    return _date_found(m, ctx, f"{year:04d}-{mon:02d}", how, pos)


@norm
def week_of(m: M, ctx: Ctx) -> list[Found] | None:
    if not _month_ok(m, ctx):
        return None
    mon, day = _month(m), int(m.g("day") or 0)
    year = int(m.g("year") or 0) if m.g("year") else _pick_year(ctx, mon, day, m.start, m.end)
    if year is None:
        return None
    try:
        d = date(year, mon, day)
    except ValueError:
        return None
    return _date_found(m, ctx, dates.fmt_week(d), "is the week containing that day")


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
        return _date_found(m, ctx, f"XXXX-XX-{day:02d}", "day of an unknown month", start=start)
    t = ctx.tense(m.start, m.end)
    d0 = ref.replace(day=1)
    cand = dates.add_months(d0, -1 if (t == PAST and day > ref.day) else
                            1 if (t == FUTURE and day < ref.day) else 0)
    try:
        d = cand.replace(day=day)
    except ValueError:
        return None
    return _date_found(m, ctx, dates.fmt_day(d), f"day of the month of {ctx.dct_text()}",
                       start=start)


@norm
def holiday(m: M, ctx: Ctx) -> list[Found] | None:
    lex = lexicon()
    name = re.sub(r"\s+", " ", m.g("holiday") or "")
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

    rel = re.sub(r"\s+", " ", m.g("rel") or "")
    ref = ctx.ref(dates.DAY)
    if m.g("year"):
        d = on(int(m.g("year") or 0))
    elif ref is None:
        return _date_found(m, ctx, "XXXX-XX-XX", "holiday of an unknown year")
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
        return _date_found(m, ctx, dates.fmt_week(d), "week of the holiday")
    return _date_found(m, ctx, dates.fmt_day(d), f"holiday ({ctx.dct_text()})")


@norm
def year_period(m: M, ctx: Ctx) -> list[Found] | None:
    y = int(m.g("year") or 0)
    unit = re.sub(r"\s+", " ", m.g("unit") or "")
    if unit == "fiscal year":
        return _date_found(m, ctx, f"{y:04d}", "names a fiscal year")
    if unit in ("first half", "second half"):
        return _date_found(m, ctx, f"{y:04d}-H{1 if unit.startswith('first') else 2}",
                           "names a half year")
    if m.g("qn"):
        q: int | None = _QN[m.g("qn") or "first"]
    elif ctx.last_quarter is not None:
        q = (ctx.last_quarter[1].start.month - 1) // 3 + 1
    else:
        ref = ctx.ref(dates.QUARTER)
        q = ((dates.shift(ref, -1, dates.QUARTER).month - 1) // 3 + 1) if ref else None
    found = _date_found(m, ctx, f"{y:04d}-Q{q}" if q else f"{y:04d}-QX",
                        "the same quarter of the year named")
    found[0].anchor = False
    return found


# -- offsets and anaphora --------------------------------------------------------------------

@norm
def offset(m: M, ctx: Ctx) -> list[Found] | None:
    unit = _unit(m.g("unit") or "")
    n = _num(m.g("num") or "")
    direction = re.sub(r"\s+", " ", m.g("dir") or "")
    num_word = m.g("num") or ""
    if unit in ("second", "quarter") and num_word in ("a", "an"):
        return None
    if direction in ("before", "after", "prior"):
        ch = ctx.next_char(m.end)
        nxt = ctx.next_word(m.end)
        if ch and ch.isalnum() and nxt not in ("and", "but", "when", "while", "as"):
            return None  # "two days before the vote": a duration and a signal
    past = direction in ("ago", "earlier", "before", "back", "previously", "prior")
    from_dct = direction in ("ago", "back", "hence", "from now")
    mod = _q_mod(m)
    if unit in ("hour", "minute", "second"):
        return [Found(m.start, m.end, "DURATION", duration_value(n, unit), mod,
                      f"'{m.text}' is a length of time before or after an event", anchor=False)]
    gran = _GRAN.get(unit, dates.DAY)
    if n is None:
        value = "PAST_REF" if past else "FUTURE_REF"
        return [Found(m.start, m.end, "DATE", value, mod, f"'{m.text}' is vague", anchor=False)]
    if unit == "weekend":
        gran = dates.WEEK
    count = int(n) if n == int(n) else None
    if count is None:
        return [Found(m.start, m.end, "DATE", "PAST_REF" if past else "FUTURE_REF", mod,
                      f"'{m.text}' is not a whole number of units", anchor=False)]
    if unit == "decade":
        count, gran = count * 10, dates.YEAR
    elif unit == "century":
        count, gran = count * 100, dates.YEAR
    elif unit == "fortnight":
        count, gran = count * 2, dates.WEEK
    sign = -1 if past else 1
    out_gran = gran
    if from_dct:
        base = ctx.ref(gran)
        how = f"from publication date {ctx.dct_text()}"
        lq = ctx.last_quarter
        if gran == dates.YEAR and count == 1 and lq is not None and m.start - lq[0] < 200:
            base, out_gran = lq[1].start, dates.QUARTER
            how = "a year before the quarter just mentioned"
    else:
        a = ctx.anchor
        if a is not None and gran == dates.YEAR and a.gran in (dates.QUARTER, dates.MONTH,
                                                               dates.DAY, dates.HALF):
            base, out_gran = a.start, a.gran
        else:
            base = ctx.anchor_ref(gran)
            if gran == dates.WEEK and a is not None and a.gran == dates.DAY:
                base = a.start
        how = "from the last date mentioned"
    if base is None:
        return _date_found(m, ctx, ctx.unresolved(out_gran), "needs a reference date", mod)
    if not from_dct and out_gran == dates.WEEK and base is not None and ctx.anchor is not None \
            and ctx.anchor.gran == dates.DAY:
        out_gran = dates.DAY  # "a week later" than a given day is a day
    d = dates.shift(base, sign * count, gran)
    found = _date_found(m, ctx, dates.fmt(out_gran, d), how, mod)
    found[0].anchor = False
    return found


@norm
def day_around(m: M, ctx: Ctx) -> list[Found] | None:
    rel2 = m.g("rel2")
    before = m.g("dir") == "before"
    code = {"night": "NI", "morning": "MO"}.get(m.g("rel") or "")
    if rel2:
        ref = ctx.ref(dates.DAY)
        off = (-1 if rel2 == "yesterday" else 1) + (-1 if before else 1)
        how = f"relative to publication date {ctx.dct_text()}"
    else:
        ref = ctx.anchor_ref(dates.DAY)
        off = -1 if before else 1
        how = "anchored to the last date mentioned"
    suffix = f"T{code}" if code else ""
    typ = "TIME" if code else "DATE"
    if ref is None:
        return _date_found(m, ctx, "XXXX-XX-XX" + suffix, "needs a reference date", typ=typ)
    return _date_found(m, ctx, dates.fmt_day(ref + timedelta(days=off)) + suffix, how, typ=typ)


@norm
def year_ago_period(m: M, ctx: Ctx) -> list[Found] | None:
    found = _year_ago_period(m, ctx)
    for f in found or []:
        f.anchor = False
    return found


def _year_ago_period(m: M, ctx: Ctx) -> list[Found] | None:
    unit = re.sub(r"\s+", " ", m.g("unit") or "")
    if unit in ("nine months", "six months"):
        n = 9 if unit.startswith("nine") else 6
        return [Found(m.start, m.end, "DURATION", f"P{n}M", None,
                      f"'{m.text}' is a {n}-month period a year earlier", anchor=False)]
    if unit == "months":
        return None
    lq = ctx.last_quarter
    if m.g("ya") and (m.g("ya") or "").startswith(("last", "a year")) and not m.g("qn") \
            and unit in ("quarter", "period") and lq is None:
        ref = ctx.ref(dates.QUARTER)
        if ref is None:
            return None
        d = dates.shift(dates.shift(ref, -1, dates.QUARTER), -1, dates.YEAR)
        return _date_found(m, ctx, dates.fmt(dates.QUARTER, d), "last quarter, a year earlier")
    if m.g("qn"):
        q = _QN[m.g("qn") or "first"]
        y = (lq[1].start.year if lq else (ctx.dct.year if ctx.dct else None))
        if y is None:
            return _date_found(m, ctx, f"XXXX-Q{q}", "needs a reference year")
        return _date_found(m, ctx, f"{y - 1:04d}-Q{q}", "same quarter a year earlier")
    ya = m.g("ya") or ""
    a = ctx.anchor
    if not unit and ("earlier" in ya or "before" in ya) and a is not None and a.gran in (
            dates.DAY, dates.MONTH, dates.QUARTER, dates.HALF):
        d = dates.shift(a.start, -1, dates.YEAR)
        return _date_found(m, ctx, dates.fmt(a.gran, d), "a year before the last date mentioned")
    if unit in ("quarter", "period", "") and lq is not None:
        d = dates.shift(lq[1].start, -1, dates.YEAR)
        return _date_found(m, ctx, dates.fmt(dates.QUARTER, d),
                           "the quarter just mentioned, a year earlier")
    if unit in ("quarter", "period"):
        ref = ctx.ref(dates.QUARTER)
        if ref is None:
            return _date_found(m, ctx, "XXXX-QX", "needs a publication date")
        d = dates.shift(dates.shift(ref, -1, dates.QUARTER), -1, dates.YEAR)
        return _date_found(m, ctx, dates.fmt(dates.QUARTER, d), "last quarter, a year earlier")
    base = ctx.anchor_ref(dates.YEAR)
    if base is None:
        return _date_found(m, ctx, "XXXX", "needs a reference year")
    return _date_found(m, ctx, f"{base.year - 1:04d}", "a year before the reference date")


# -- durations, sets, vague references --------------------------------------------------------

@norm
def duration_rel(m: M, ctx: Ctx) -> list[Found] | None:
    unit_word = m.g("unit") or ""
    unit = _unit(unit_word)
    plural = unit_word != unit
    rel = m.g("rel") or ""
    num_word = m.g("num")
    if num_word is None and not plural:
        return None
    if num_word in ("a", "an"):
        return None
    n = _num(num_word) if num_word else None
    if m.g("num2"):
        n = None
    if rel == "coming" and num_word is None:
        return [Found(m.start, m.end, "DATE", "FUTURE_REF", None,
                      f"'{m.text}' is a vague future", anchor=False)]
    if rel == "recent" and unit == "year" and num_word is None:
        return [Found(m.start, m.end, "DATE", "PAST_REF", None,
                      f"'{m.text}' is a vague past", anchor=False)]
    if rel in ("first", "final", "initial") and num_word is None:
        return None
    start = m.start
    mod = _q_mod(m)
    q = m.g("qmod")
    if q in ("over", "in", "within", "during") and re.match(r"\w+\s+the\s", m.text):
        start = m.s("qmod") + len(q or "") + 1
        while ctx.low[start] == " ":
            start += 1
        mod = None
    return [Found(start, m.end, "DURATION", duration_value(n, unit), mod,
                  f"'{ctx.text[start:m.end]}' is a length of time", anchor=False)]


@norm
def units_ahead(m: M, ctx: Ctx) -> list[Found] | None:
    unit = _unit(m.g("unit") or "")
    return [Found(m.start, m.end, "DURATION", duration_value(None, unit), None,
                  f"'{m.text}' is a vague length of time ahead", anchor=False)]


_SET_LEFT = frozenset(["once", "twice", "thrice", "times", "per"])


@norm
def duration(m: M, ctx: Ctx) -> list[Found] | None:
    unit_word = m.g("unit") or ""
    unit = _unit(unit_word)
    num_word = re.sub(r"\s+", " ", m.g("num") or "")
    det = m.g("det")
    if num_word in ("a", "an", "one", "a couple", "couple") and unit in ("second", "quarter",
                                                                         "season"):
        return None
    if num_word in ("some", "many") and unit in ("second", "night", "season", "quarter"):
        return None
    if det == "the" and num_word in ("a", "an"):
        return None
    if unit == "quarter" and "-" in ctx.low[m.s("unit") - 1:m.s("unit")]:
        return None  # "three-quarters" is a fraction
    if m.g("suffix") and "old" in (m.g("suffix") or ""):
        return None  # an age: "a 69-year-old diplomat"
    if ctx.low[m.end:m.end + 4] == "-old":
        return None
    n_digits = num_word.replace(".", "").isdigit() and float(num_word) >= 1000
    if n_digits:
        return None
    start = m.start
    if det == "the" and "-" in m.text:
        start = m.s("num")  # "the two-day visit": the article belongs to the noun
    n = _num(num_word)
    if m.g("num2"):
        n = n if "or" not in m.text and n is not None else None
    if "and a half" in m.text and n is not None:
        n += 0.5
    if num_word and num_word[0].isdigit():
        before = ctx.prev_text(m.start, 2).rstrip()
        if before.endswith(("$", "£", "€", "#")):
            return None
    mod = _q_mod(m)
    if num_word in ("a", "an", "one", "per") and not m.g("qmod"):
        prev = ctx.prev_word(m.start)
        if prev in _SET_LEFT or (re.search(r"(?:\d|%|percent|cents?|dollars?|yuan|euros?|"
                                          r"pounds?|[a-z]{3,}s)$", prev or "-") and prev not in (
                "is", "was", "has", "this", "its", "as", "us", "his", "hers", "yes", "years",
                "days", "months", "weeks", "less", "across", "process", "progress", "news",
                "thus", "perhaps", "always", "unless", "press")):
            return [Found(m.start, m.end, "SET", duration_value(1, unit), None,
                          f"'{m.text}' is a rate", anchor=False)]
    return [Found(start, m.end, "DURATION", duration_value(n, unit), mod,
                  f"'{ctx.text[start:m.end]}' is a length of time", anchor=False)]


@norm
def unit_long(m: M, ctx: Ctx) -> list[Found] | None:
    word = m.g("unit") or ""
    unit = _unit(word)
    start = m.s("unit")
    n = None if word != unit else 1.0
    return [Found(start, m.end, "DURATION", duration_value(n, unit), None,
                  f"'{ctx.text[start:m.end]}' is a length of time", anchor=False)]


_BARE_LEFT = frozenset(["for", "in", "within", "over", "after", "take", "takes", "took", "taken",
                        "taking", "spent", "spend", "spends", "lasted", "last", "lasting",
                        "lasts", "wait", "waited", "waiting", "nearly", "almost", "from",
                        "about", "by", "than", "the"])


@norm
def bare_units(m: M, ctx: Ctx) -> list[Found] | None:
    prev = ctx.prev_word(m.start)
    nxt0 = ctx.next_word(m.end)
    if prev not in _BARE_LEFT and nxt0 not in ("after", "before", "later", "earlier", "ago"):
        return None
    if prev == "the" and ctx.next_word(m.end) not in ("", "ahead", "since", "before", "after"):
        return None
    nxt = ctx.next_word(m.end)
    if nxt == "old" or (nxt == "of" and prev == "the"):
        return None
    unit = _unit(m.g("unit") or "")
    mod = "APPROX" if m.g("unit2") else None
    return [Found(m.start, m.end, "DURATION", duration_value(None, unit), mod,
                  f"'{m.text}' is an unspecified length of time", anchor=False)]


@norm
def set(m: M, ctx: Ctx) -> list[Found] | None:
    lex = lexicon()
    if m.g("qly"):
        return [Found(m.start, m.end, "SET", "P3M", None, f"'{m.text}' recurs every quarter",
                      anchor=False)]
    if m.g("setw"):
        if ctx.is_cap(m.start) and not ctx.sentence_start(m.start):
            return None  # a title: "China Daily"
        if m.g("setw") in ("daily", "weekly", "monthly") and re.match(
                r"\s+[A-Z]", ctx.text[m.end:m.end + 3]):
            return None  # a noun before a name: "the official daily China Daily"
        value = lex.sets[m.g("setw") or ""]
        return [Found(m.start, m.end, "SET", value, None, f"'{m.text}' recurs", anchor=False)]
    if m.g("month"):
        return [Found(m.start, m.end, "SET", f"XXXX-{_month(m):02d}", None,
                      f"'{m.text}' recurs yearly", anchor=False)]
    if m.g("season"):
        return [Found(m.start, m.end, "SET", f"XXXX-{lex.seasons[m.g('season') or '']}", None,
                      f"'{m.text}' recurs yearly", anchor=False)]
    unit = _unit(m.g("unit") or "")
    n = _num(m.g("num") or "one") if m.g("num") else 1.0
    if "other" in m.text.split():
        n = 2.0
    return [Found(m.start, m.end, "SET", duration_value(n, unit), None,
                  f"'{m.text}' recurs", anchor=False)]


@norm
def reference(m: M, ctx: Ctx) -> list[Found] | None:
    lex = lexicon()
    ref = re.sub(r"\s+", " ", m.g("ref") or "")
    value = lex.references[ref]
    start = m.start
    pre = m.g("pre")
    if pre == "until" or (pre == "just" and ref != "now"):
        start = m.s("ref")
    if ref == "future":
        return None
    nxt = ctx.next_word(m.end)
    if ref in lex.reference_blockers and nxt in lex.reference_blockers[ref]:
        return None
    if ref == "the moment" and ctx.prev_word(m.start) not in ("at", "for"):
        return None
    if ref in ("current", "recent") and ctx.next_char(m.end) in ("", ".", ",", ";", ")"):
        return None
    if ref == "now" and ctx.low[m.end:m.end + 1] == "-":
        return None
    return [Found(start, m.end, "DATE", value, None, f"'{ctx.text[start:m.end]}' is a vague "
                  f"reference ({value})", anchor=False)]


_LATER_WEEKDAY = re.compile(r"(?:\s+[a-z]+)?\s+time,?\s+(?:on\s+)?(monday|tuesday|wednesday|"
                            r"thursday|friday|saturday|sunday)\b")


@norm
def time_of_day(m: M, ctx: Ctx) -> list[Found] | None:
    lex = lexicon()
    if m.g("named"):
        hh, mi = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[m.g("named") or ""]
    elif m.g("hourp"):
        hh, mi = int(m.g("hourp") or 0), 0
        part = m.g("dpart")
        if (part in ("afternoon", "evening") and hh < 12) or (part == "night" and 6 <= hh < 12):
            hh += 12
    elif m.g("hour24"):
        hh, mi = int(m.g("hour24") or 0), int(m.g("minute24") or 0)
    else:
        hh, mi = int(m.g("hour") or 0), int(m.g("minute") or 0)
        ampm = (m.g("ampm") or "").replace(".", "")
        if ampm.startswith("p") and hh < 12:
            hh += 12
        elif ampm.startswith("a") and hh == 12:
            hh = 0
        elif ampm.startswith("o"):
            pass
        if ampm in ("am", "pm") and ctx.text[m.s("ampm"):m.e("ampm")].isupper() is False \
                and not ctx.text[m.s("ampm"):m.e("ampm")].islower():
            return None
    ref = ctx.ref(dates.DAY)
    day: date | None = None
    if m.g("month") and ref is not None:
        mon, dd = _month(m), int(m.g("day") or 0)
        y = _pick_year(ctx, mon, dd, m.start, m.end) or ref.year
        try:
            day = date(y, mon, dd)
        except ValueError:
            return None
    elif m.g("weekday") and ref is not None:
        wd = lex.weekdays[(m.g("weekday") or "").rstrip(".").removesuffix("s")]
        t = ctx.tense(m.start, m.end)
        day = _weekday_date(ref, wd, "on_or_after" if t == FUTURE else "on_or_before")
    elif m.g("rel") and ref is not None:
        day = ref + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(m.g("rel") or "", 0))
    elif ref is not None and (later := _LATER_WEEKDAY.match(ctx.low, m.end)):
        # "9:22 a.m. Beijing time on Thursday": the weekday outside the extent gives the day
        wd = lex.weekdays[later.group(1)]
        t = ctx.tense(m.start, later.end())
        day = _weekday_date(ref, wd, "on_or_after" if t == FUTURE else "on_or_before")
    else:
        day = ctx.anchor_ref(dates.DAY)
    prefix = dates.fmt_day(day) if day is not None else "XXXX-XX-XX"
    value = f"{prefix}T{hh:02d}:{mi:02d}"
    return _date_found(m, ctx, value, "is a clock time", _q_mod(m), typ="TIME")
