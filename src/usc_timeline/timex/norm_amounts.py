"""Normalisers for amounts of time and vague references: durations, sets ("every year"),
clock times and "now"/"recently"/"the future"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from usc_timeline.timex import dates
from usc_timeline.timex.context import Ctx, Found
from usc_timeline.timex.lexicon import lexicon
from usc_timeline.timex.normbase import (
    M,
    date_found,
    duration_value,
    month_number,
    norm,
    number,
    pick_year,
    quantity_mod,
    squash,
    unit_name,
    weekday_date,
)
from usc_timeline.timex.tense import FUTURE, is_past_word


@norm
def duration_rel(m: M, ctx: Ctx) -> list[Found] | None:
    unit_word = m.g("unit") or ""
    unit = unit_name(unit_word)
    plural = unit_word != unit
    rel = m.g("rel") or ""
    num_word = m.g("num")
    if num_word is None and not plural:
        return None
    if num_word in ("a", "an"):
        return None
    n = number(num_word) if num_word else None
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
    if rel in ("first", "last") and unit == "quarter" and number(num_word or "") == 2:
        return None  # "the first two quarters of 1990" is a half year
    start = m.start
    mod = quantity_mod(m)
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
    unit = unit_name(m.g("unit") or "")
    return [Found(m.start, m.end, "DURATION", duration_value(None, unit), None,
                  f"'{m.text}' is a vague length of time ahead", anchor=False)]


_HYPHENATED = re.compile(r"-([a-z]+)")
# a hyphen after the unit joins it to another word; only these keep it a length of time
# ("a four-year-term parliament", "a day-and-a-half"): "day-night", "year-on-year", "year-end"
# and "year-high" are no durations
_DURATION_COMPOUNDS = frozenset(["term", "plan", "contract", "deal", "period", "programme",
                                 "program", "sentence", "mandate", "and"])
_MODALS = frozenset(["will", "would", "could", "may", "might", "can", "shall", "should", "'ll"])
_SET_LEFT = frozenset(["once", "twice", "thrice", "times", "per"])


@norm
def duration(m: M, ctx: Ctx) -> list[Found] | None:
    unit_word = m.g("unit") or ""
    unit = unit_name(unit_word)
    num_word = squash(m.g("num") or "")
    det = m.g("det")
    if num_word in ("a", "an", "one", "a couple", "couple") and unit in ("second", "quarter"):
        return None
    if num_word in ("some", "many") and unit in ("second", "night", "quarter"):
        return None
    if det == "the" and num_word in ("a", "an"):
        return None
    if not num_word and (unit_word != unit or unit in ("second", "quarter", "half")):
        return None  # "another second", "another quarter of": not one more unit of time
    if unit == "quarter" and "-" in ctx.low[m.s("unit") - 1:m.s("unit")]:
        return None  # "three-quarters" is a fraction
    if m.g("suffix") and "old" in (m.g("suffix") or ""):
        return None  # an age: "a 69-year-old diplomat"
    if re.match(r"\s*-\s*old\b", ctx.low[m.end:m.end + 8]):
        return None
    if not m.g("suffix") and (h := _HYPHENATED.match(ctx.low, m.end)) and (
            h.group(1) not in _DURATION_COMPOUNDS):
        return None  # "a day-night match", "a year-on-year rise", "a 25 year-high"
    n_digits = num_word.replace(".", "").isdigit() and float(num_word) >= 1000
    if n_digits:
        return None
    start = m.start
    if det == "the" and "-" in m.text:
        start = m.s("num")  # "the two-day visit": the article belongs to the noun
    n = number(num_word) if num_word else 1.0  # "an additional year": one more
    if m.g("num2"):
        n = n if "or" not in m.text and n is not None else None
    end = m.end
    if m.g("ortwo"):
        lex = lexicon()
        nxt = ctx.next_word(m.end)
        if num_word in ("a", "an", "one") and nxt not in lex.units and nxt not in lex.plurals:
            n = None  # "in a day or two", "for an hour or two": one or two, a vague count
        else:
            end = m.s("ortwo")  # "a year or two months": the second is a duration of its own
    if "and a half" in m.text and n is not None:
        n += 0.5
    if num_word and num_word[0].isdigit():
        before = ctx.prev_text(m.start, 2).rstrip()
        if before.endswith(("$", "£", "€", "#")):
            return None
    mod = quantity_mod(m)
    if m.text == "one day" and ctx.prev_word(m.start) in _MODALS:
        return [Found(m.start, m.end, "DATE", "FUTURE_REF", None,
                      f"'{m.text}' after a modal is some future day", anchor=False)]
    if num_word in ("a", "an", "one", "per") and not m.g("qmod"):
        prev = ctx.prev_word(m.start)
        if prev in _SET_LEFT:
            return [Found(m.start, m.end, "SET", duration_value(1, unit), None,
                          f"'{m.text}' is a rate", anchor=False)]
        if num_word != "one" and ctx.prev_text(m.start, 3).rstrip()[-1:] not in ",;:" and re.search(
                r"(?:\d|%|percent|cents?|dollars?|yuan|euros?|pounds?|[mb]illion|"
                r"[a-z]{3,}s)$", prev or "-") and prev not in (
                "is", "was", "has", "this", "its", "as", "us", "his", "hers", "yes", "years",
                "days", "months", "weeks", "less", "across", "process", "progress", "news",
                "thus", "perhaps", "always", "unless", "press"):
            if not lexicon().conv_tagging.get("rate_after_amount", True):
                return None  # "$1.76 a year", "four flights a week": TBAQ leaves it out
            return [Found(m.start, m.end, "SET", duration_value(1, unit), None,
                          f"'{m.text}' is a rate", anchor=False)]
    if (split := _range_ends(m, ctx, unit, start, end, mod)) is not None:
        return split
    return [Found(start, end, "DURATION", duration_value(n, unit), mod,
                  f"'{ctx.text[start:end]}' is a length of time", anchor=False)]


_RANGE_TO = re.compile(r"\s*(?:-|–|to)\s*$")


def _range_ends(m: M, ctx: Ctx, unit: str, start: int, end: int,
                mod: str | None) -> list[Found] | None:
    """'two to six days', '4-6 weeks': a range is two expressions, as TimeML marks 'from May
    to July' (one TIMEX3 per end, the first borrowing the unit), not one length that is its
    lower end. 'two or three days' stays one vague length (PXD); so does a range with an
    article ('the 12 to 18 months'), or one that is part of a compound ('a 2-3 year-old')."""
    if not m.g("num2") or m.g("det") or m.g("suffix") or end != m.end:
        return None
    n1, n2 = number(m.g("num") or ""), number(m.g("num2") or "")
    if n1 is None or n2 is None or not n1 < n2 or not _RANGE_TO.match(
            ctx.low[m.e("num"):m.s("num2")]):
        return None
    first, second = duration_value(n1, unit), duration_value(n2, unit)
    return [Found(start, m.e("num"), "DURATION", first, mod,
                  f"'{ctx.text[start:m.e('num')]}' starts a range of lengths ({first})",
                  anchor=False),
            Found(m.s("num2"), end, "DURATION", second, None,
                  f"'{ctx.text[m.s('num2'):end]}' ends a range of lengths", anchor=False)]


@norm
def unit_long(m: M, ctx: Ctx) -> list[Found] | None:
    word = m.g("unit") or ""
    unit = unit_name(word)
    start = m.s("unit")
    n = None if word != unit else 1.0
    return [Found(start, m.end, "DURATION", duration_value(n, unit), None,
                  f"'{ctx.text[start:m.end]}' is a length of time", anchor=False)]


_BARE_LEFT = frozenset(["for", "in", "within", "over", "after", "take", "takes", "took", "taken",
                        "taking", "spent", "spend", "spends", "lasted", "last", "lasting",
                        "lasts", "wait", "waited", "waiting", "nearly", "almost", "from",
                        "about", "by", "than", "the"])


_OVER_THE = re.compile(r"(?<![a-z])(?:over|during|throughout)\s+(the\s+)$")


@norm
def bare_units(m: M, ctx: Ctx) -> list[Found] | None:
    prev = ctx.prev_word(m.start)
    nxt0 = ctx.next_word(m.end)
    if prev not in _BARE_LEFT and nxt0 not in ("after", "before", "later", "earlier", "ago"):
        return None
    start = m.start
    if prev == "the":
        over = _OVER_THE.search(ctx.prev_text(m.start, 30))
        if over is not None:
            start = m.start - len(over.group(1))  # "over the years"
        elif nxt0 not in ("", "ahead", "since", "before", "after", "that", "following"):
            return None
    nxt = ctx.next_word(m.end)
    if nxt == "old" or (nxt == "of" and prev == "the"):
        return None
    unit = unit_name(m.g("unit") or "")
    mod = "APPROX" if m.g("unit2") else None
    return [Found(start, m.end, "DURATION", duration_value(None, unit), mod,
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
        if m.g("setw") in ("daily", "weekly", "monthly") and _press_noun(m, ctx):
            return None  # a newspaper: "the business daily said", "the Haaretz daily"
        word = m.g("setw") or ""
        if word in lex.set_adjectives and ctx.next_char(m.end).isalpha():
            return None  # "the annual meeting"
        before = ctx.prev_text(m.start, 30).split()[-3:]
        if any(re.search(r"\d|%", w) or w.strip(".,") in lex.rate_words for w in before):
            return None  # a rate: "rise 8% annually", "average daily volume"
        value = lex.sets[word]
        return [Found(m.start, m.end, "SET", value, None, f"'{m.text}' recurs", anchor=False)]
    if m.g("month"):
        return [Found(m.start, m.end, "SET", f"XXXX-{month_number(m):02d}", None,
                      f"'{m.text}' recurs yearly", anchor=False)]
    if m.g("season"):
        return [Found(m.start, m.end, "SET", f"XXXX-{lex.seasons[m.g('season') or '']}", None,
                      f"'{m.text}' recurs yearly", anchor=False)]
    unit = unit_name(m.g("unit") or "")
    n = number(m.g("num") or "one") if m.g("num") else 1.0
    if "other" in m.text.split():
        n = 2.0
    return [Found(m.start, m.end, "SET", duration_value(n, unit), None,
                  f"'{m.text}' recurs", anchor=False)]


def _press_noun(m: M, ctx: Ctx) -> bool:
    """'daily' as a newspaper: before a reporting verb ('the business daily said'), or
    after a paper's name and ending its phrase ('told the Haaretz daily.', 'the Izvestia
    daily pointed out'); not 'Israeli daily offensives' nor 'RSF's daily calls'."""
    nxt = ctx.next_word(m.end)
    if nxt in lexicon().press_verbs:
        return True
    if not ctx.prev_cap_word(m.start) or ctx.prev_text(m.start, 3).rstrip().endswith("'s"):
        return False
    follows = ctx.text[m.end:m.end + 2].lstrip()
    return not follows[:1].isalpha() or is_past_word(nxt) or not follows[:1].islower()


@norm
def reference(m: M, ctx: Ctx) -> list[Found] | None:
    lex = lexicon()
    ref = squash(m.g("ref") or "")
    value = lex.references[ref]
    start = m.start
    pre = m.g("pre")
    if pre == "until" or (pre == "just" and ref != "now"):
        start = m.s("ref")
    if ref == "future":
        return None
    if ref == "soon" and ((_AS_SOON.match(ctx.low, m.end) and ctx.prev_word(m.start) == "as")
                          or ctx.next_word(m.end) in ("after", "afterwards", "thereafter",
                                                      "before")
                          or ctx.prev_word(m.start) in ("was", "were", "had")
                          or is_past_word(ctx.next_word(m.end))):
        return None  # "as soon as Tuesday", "soon after", "was soon released": not the future
    nxt = ctx.next_word(m.end)
    if ref in lex.reference_blockers and nxt in lex.reference_blockers[ref]:
        return None
    if ref in ("current", "recent") and ctx.next_char(m.end) in ("", ".", ",", ";", ")"):
        return None
    if ref == "now" and ctx.low[m.end:m.end + 1] == "-":
        return None
    return [Found(start, m.end, "DATE", value, None, f"'{ctx.text[start:m.end]}' is a vague "
                  f"reference ({value})", anchor=False)]


@norm
def a_while(m: M, ctx: Ctx) -> list[Found] | None:
    """"a while ago" is a vague reference to the past. A bare "for a while" is left
    untagged: its TIMEX3 value (an unknown unit) has no well-formed spelling here."""
    if not m.g("ago"):
        return None
    return [Found(m.start, m.end, "DATE", "PAST_REF", None,
                  f"'{m.text}' is a vague reference to the past", anchor=False)]


_AS_SOON = re.compile(r"\s+as\b")
# A clock time, then an opening bracket: what follows converts it ("5 p.m. (1400 GMT)")
_CONVERTED = re.compile(r"(?:\d|[ap]\.?m\.?|noon|midday|midnight|local\s+time)\s*\(\s*$")
_LATER_WEEKDAY = re.compile(r"(?:\s+[a-z]+)?\s+time,?\s+(?:on\s+)?(monday|tuesday|wednesday|"
                            r"thursday|friday|saturday|sunday)\b")


@norm
def time_of_day(m: M, ctx: Ctx) -> list[Found] | None:
    lex = lexicon()
    if m.g("named"):
        if m.g("named") == "noon" and ctx.prev_word(m.start) == "high":
            return None  # "high noon" is an idiom (and a film), not twelve o'clock
        hh, mi = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[m.g("named") or ""]
    elif m.g("hourp"):
        hh, mi = int(m.g("hourp") or 0), 0
        part = m.g("dpart")
        if (part in ("afternoon", "evening") and hh < 12) or (part == "night" and 6 <= hh < 12):
            hh += 12
    elif m.g("hour24"):
        hh, mi = int(m.g("hour24") or 0), int(m.g("minute24") or 0)
    elif m.g("hourm"):  # "1115 GMT": four digits and a zone are a clock time, not a year
        if _CONVERTED.search(ctx.low, max(0, m.start - 30), m.start):
            return None  # "at 10:35 a.m. (0735 GMT)": the same time again, in another zone
        hh, mi = int(m.g("hourm") or 0), int(m.g("minutem") or 0)
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
        mon, dd = month_number(m), int(m.g("day") or 0)
        y = pick_year(ctx, mon, dd, m.start, m.end) or ref.year
        try:
            day = date(y, mon, dd)
        except ValueError:
            return None
    elif m.g("weekday") and ref is not None:
        wd = lex.weekdays[(m.g("weekday") or "").rstrip(".").removesuffix("s")]
        t = ctx.tense(m.start, m.end)
        day = weekday_date(ref, wd, "on_or_after" if t == FUTURE else "on_or_before")
    elif m.g("rel") and ref is not None:
        day = ref + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(m.g("rel") or "", 0))
    elif ref is not None and (later := _LATER_WEEKDAY.match(ctx.low, m.end)):
        # "9:22 a.m. Beijing time on Thursday": the weekday outside the extent gives the day
        wd = lex.weekdays[later.group(1)]
        t = ctx.tense(m.start, later.end())
        day = weekday_date(ref, wd, "on_or_after" if t == FUTURE else "on_or_before")
    else:
        day = ctx.anchor_ref(dates.DAY)
    prefix = dates.fmt_day(day) if day is not None else "XXXX-XX-XX"
    value = f"{prefix}T{hh:02d}:{mi:02d}"
    return date_found(m, ctx, value, "is a clock time", quantity_mod(m), typ="TIME")
