"""Normalisers for dates relative to the publication date or to the last date mentioned:
"yesterday", "last Friday", "next month", "two days ago", "the following week"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from usc_timeline.timex import dates
from usc_timeline.timex.context import Ctx, Found
from usc_timeline.timex.lexicon import lexicon
from usc_timeline.timex.normbase import (
    GRANULARITY,
    MONTHS_NAMED,
    QUARTER_NUMBERS,
    YEAR_PREPS,
    M,
    attributive,
    date_found,
    duration_value,
    future_seen_from,
    month_capitalised,
    month_number,
    norm,
    number,
    overtaken_in_past,
    pick_year,
    plan_told_past,
    position_mod,
    quantity_mod,
    relative_year,
    safe_date,
    squash,
    tense_words,
    unit_name,
    weekday_date,
    yesterday_named,
)
from usc_timeline.timex.tense import FUTURE, PAST, is_past_word

# the `how` of an expression resolved against the last date the text mentioned (`the
# same day`, `the next day`): readers that cannot tell which date that was skip it
ANAPHORIC_HOW = "anchored to the last date mentioned"


@norm
def today(m: M, ctx: Ctx) -> list[Found] | None:
    rel = squash(m.g("rel") or "")
    if rel == "today" and not m.g("part") and ctx.low.startswith(("'s", "’s"), m.end) and any(
            w in lexicon().generic_today
            for w in re.findall(r"[a-z]+", ctx.low[m.end + 2:m.end + 40])[:2]):
        return None  # "today's youth": nowadays, not the publication day
    if ctx.is_cap(m.start) and not m.g("pos") and _in_name(ctx, m.start):
        return None  # "USA Today", "India Today magazine": the end of a name
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
              "the day before yesterday": -2, "the day after tomorrow": 2}[rel]
    part = m.g("part")
    code = "NI" if rel == "tonight" else lexicon().parts.get(part.rstrip("s")) if part else None
    ref = ctx.ref(dates.DAY)
    typ = "TIME" if code else "DATE"
    if ref is None:
        return date_found(m, ctx, "XXXX-XX-XX" + (f"T{code}" if code else ""),
                           "needs a publication date", position_mod(m), typ=typ)
    d = ref + timedelta(days=offset)
    value = dates.fmt_day(d) + (f"T{code}" if code else "")
    return date_found(m, ctx, value, f"relative to publication date {ctx.dct_text()}",
                       position_mod(m), typ=typ)


# "it's", "it is", "today is", "this is": a present copula right before "the second day"
_NOW_COPULA = re.compile(r"(?:\bit\s+is|\bit's|\btoday\s+is|\bthis\s+is)\s+$")


@norm
def nth_day_now(m: M, ctx: Ctx) -> list[Found] | None:
    """'It's the second day of the offensive': that day is now, the publication day. Any
    other 'the second day' (past, future, of a match) has no date it can be resolved to."""
    if not _NOW_COPULA.search(ctx.prev_text(m.start, 16)):
        return None
    ref = ctx.ref(dates.DAY)
    if ref is None:
        return date_found(m, ctx, "XXXX-XX-XX", "the current day of an ongoing event")
    return date_found(m, ctx, dates.fmt_day(ref),
                      f"the current day of an ongoing event: {ctx.dct_text()}")


_OF_YEAR = re.compile(r"\s+(?:of|in)\s+(?:((?:19|20)\d\d)(?!\d)|this\s+year)")


# before a month, these make it a time of the clause ('In March contracts worth $2 billion
# were signed', 'since January contracts have fallen'), not a futures contract month
_CLAUSE_TIME_PREPS = frozenset(["in", "since", "by", "until", "till", "during", "from",
                                "through", "throughout", "after", "before", "last", "next"])

def _in_name(ctx: Ctx, pos: int) -> bool:
    """Is the capitalised word at pos the last word of a name: mid-sentence, right after a
    capitalised word ('USA Today', 'Psychology Today'), not after a sentence end ('said.
    Today, ...'), a quote or an opening bracket?"""
    if ctx.sentence_start(pos):
        return False
    before = ctx.text[max(0, pos - 30):pos]
    m = re.search(r"([A-Za-z][\w.&'-]*) $", before)
    return m is not None and m.group(1)[0].isupper()


@norm
def this_part(m: M, ctx: Ctx) -> list[Found] | None:
    rel = squash(m.g("rel") or "")
    part = m.g("part") or "overnight"
    code = lexicon().parts[part.rstrip("s") if part != "overnight" else part]
    if rel in ("that", "the same", "that same", "the next", "the following"):
        base = ctx.anchor_ref(dates.DAY)
        off = 1 if rel in ("the next", "the following") else 0
        how = ANAPHORIC_HOW
    else:
        base = ctx.ref(dates.DAY)
        off = -1 if rel == "last" else 0
        how = f"relative to publication date {ctx.dct_text()}"
    if base is None:
        return date_found(m, ctx, f"XXXX-XX-XXT{code}", "needs a date", position_mod(m),
                           typ="TIME")
    found = date_found(m, ctx, dates.fmt_day(base + timedelta(days=off)) + f"T{code}", how,
                       position_mod(m), typ="TIME")
    return _keep_anchor(found) if rel == "overnight" else found


def _keep_anchor(found: list[Found]) -> list[Found]:
    """A part of a day that names no day ('overnight', 'in the afternoon') put on the
    publication day for want of one is no new reference time: 'closed lower Friday ...
    overnight losses ... down 4.5% from the previous Friday' still counts from Friday."""
    for f in found:
        f.anchor = False
    return found


@norm
def pos_part(m: M, ctx: Ctx) -> list[Found] | None:
    """"mid-afternoon", "late morning yesterday": a part of a day, with its position as mod.
    Without a day word it is the day last named in the sentence, else the publication day."""
    code = lexicon().parts[m.g("part") or ""]
    rel = m.g("rel")
    base: date | None
    named = True  # a day word, or the day named earlier in the sentence
    if rel:
        ref = ctx.ref(dates.DAY)
        base = None if ref is None else ref + timedelta(
            days={"today": 0, "yesterday": -1, "tomorrow": 1}[rel])
        how = f"relative to publication date {ctx.dct_text()}"
    else:
        near = ctx.anchor_in_sentence(m.start)
        if near is not None and near.gran == dates.DAY:
            base, how = near.start, "on the day named earlier in the sentence"
        else:
            base, how = ctx.ref(dates.DAY), f"on the publication day {ctx.dct_text()}"
            named = False
    if base is None:
        return date_found(m, ctx, f"XXXX-XX-XXT{code}", "needs a date", position_mod(m),
                          typ="TIME")
    found = date_found(m, ctx, dates.fmt_day(base) + f"T{code}", how, position_mod(m),
                       typ="TIME")
    return found if named else _keep_anchor(found)


_PART_PREPS = frozenset(["in", "during", "through", "throughout", "by", "until", "till"])
_NEAR = 300  # characters: about two sentences


@norm
def the_part(m: M, ctx: Ctx) -> list[Found] | None:
    """"in the afternoon", "through the night": that part of the day being talked about,
    i.e. of the last day mentioned, else of the publication day. "the night of May 3"
    names its own day and "on the morning" is not this use: both are left alone."""
    lex = lexicon()
    nxt = ctx.next_word(m.end)
    if ctx.prev_word(m.start) not in _PART_PREPS or nxt in ("of", "before", "after") or (
            nxt in lex.part_nouns and ctx.next_char(m.end).isalpha()):
        return None
    code = lex.parts[m.g("part") or ""]
    base, how, named = _day_talked_about(m, ctx)
    if base is None:
        return date_found(m, ctx, f"XXXX-XX-XXT{code}", "needs a date", typ="TIME")
    found = date_found(m, ctx, dates.fmt_day(base) + f"T{code}", how, typ="TIME")
    return found if named else _keep_anchor(found)


def _day_talked_about(m: M, ctx: Ctx) -> tuple[date | None, str, bool]:
    """The day a text is on when it says 'in the afternoon' or 'later in the day': the day
    named shortly before (about two sentences), else the publication day. The flag says
    whether a day was named (a new reference time) or the publication day stood in."""
    near = ctx.anchor
    if near is not None and near.gran == dates.DAY and m.start - ctx.anchor_end <= _NEAR:
        return near.start, "of the day mentioned just before", True
    return ctx.ref(dates.DAY), f"of the publication day {ctx.dct_text()}", False


def _in_the_day(m: M, ctx: Ctx, pos: str | None) -> list[Found]:
    """'later in the day', 'earlier in the day': a part of the day being talked about. A day
    named in an earlier paragraph is that day only while it is the news of the week: 'a tank
    crashed through its gates on April 30, 1975.' is background to the next paragraph's
    'Earlier in the day Rubin visited a school', which is the publication day's."""
    base, how, named = _day_talked_about(m, ctx)
    ref = ctx.ref(dates.DAY)
    if named and base is not None and ref is not None and (
            (abs((base - ref).days) > 7 and "\n\n" in ctx.text[ctx.anchor_end:m.start])
            or (base < ref and ctx.tense(m.start, m.end) == FUTURE)):
        # ('landed on Monday. ... later in the day he is to visit the Pentagon': a plan is
        # no part of a day gone by)
        base, how, named = ref, f"of the publication day {ctx.dct_text()}", False
    if base is None:
        return date_found(m, ctx, "XXXX-XX-XX", "needs a date", pos)
    found = date_found(m, ctx, dates.fmt_day(base), how, pos)
    return found if named else _keep_anchor(found)


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
    rel = squash(m.g("rel") or "")
    if rel == "following" and ctx.low.startswith("'s", m.end):
        return None  # 'praised following Tuesday's raid': a preposition before the day's event
    anaphoric = rel in ("the previous", "the following", "the next", "that")
    ref = ctx.anchor_ref(dates.DAY) if anaphoric else ctx.ref(dates.DAY)
    # "Wednesday night": TBAQ types a weekday's part of day DATE (data/conventions.toml)
    typ = lex.conv_types.get("weekday_part_of_day", "TIME") if code else "DATE"
    suffix = f"T{code}" if code else ""
    if ref is None:
        return date_found(m, ctx, f"XXXX-WXX-{wd}" + suffix, "needs a publication date",
                           position_mod(m), typ=typ)
    if rel == "last" and yesterday_named(ref, wd):
        # 'announced last Tuesday', told on a Wednesday: the day before would be 'on
        # Tuesday' or 'yesterday'; 'last' reaches back to the week before
        mode, why = "week_before", "'last' told the day after it"
    elif rel in ("last", "past", "this past", "previous", "the previous"):
        mode, why = "before", f"'{rel}'"
    elif rel in ("next", "coming", "this coming", "following", "the following", "the next"):
        mode, why = "after", f"'{rel}'"
    elif rel in ("this", "that"):
        mode, why = "same_week", "same week"
    elif not rel and not code and (week := _week_frame(ctx, m.start, m.end)) is not None:
        # "Last week, at the summit, the two sides on Wednesday issued ...": that week's day
        ref, mode, why = week, "same_week", "inside the week named earlier in the sentence"
    elif ctx.low.startswith("'s", m.end) and not _future_just_before(ctx, m.start, m.end) \
            and not _FUTURE_AFTER_NOUN.match(ctx.low, m.end):
        # "Monday's ruling" names an event, mostly a recent one: the last such day unless
        # that is most of a week back ("made it through to Sunday's final", said Saturday)
        back = (ref.isoweekday() - wd) % 7
        if back > 4 and _after_past(ctx, m.start, m.end):
            back = 0  # "the dollar fell after Friday's data", "has slid since Friday's vote"
        mode = "on_or_before" if back <= 4 else "on_or_after"
        why = f"possessive ('Monday's ruling'), {'past' if back <= 4 else 'coming'}"
    elif ref.isoweekday() == wd and not anaphoric:
        mode, why = "on_or_before", "the publication day itself"
    elif plan_told_past(ctx, m.start, overtaken=True):
        if overtaken_in_past(ctx, m.end):  # 'had been set for Tuesday, was postponed'
            mode, why = "on_or_before", "a plan told in the past and overtaken since"
        else:
            back = (ref.isoweekday() - wd) % 7
            mode = "on_or_before" if back <= 3 else "on_or_after"
            why = "a plan told in the past, the nearest such day"
    else:
        t = ctx.tense(m.start, m.end)
        mode = "on_or_after" if t == FUTURE else "on_or_before"
        why = "future tense" if t == FUTURE else ("past tense" if t == PAST else
                                                   "no tense cue, news default past")
    earlier = future_seen_from(ctx, m.start, ref) if mode == "on_or_after" and not rel \
        else None
    if earlier is not None and earlier.gran == dates.DAY:
        # "arrived on Tuesday ahead of Wednesday's summit": the first one after that day
        ref, mode, why = earlier.start, "after", why + " after a day named earlier"
    d = weekday_date(ref, wd, mode)
    base = "the last date mentioned" if anaphoric or earlier else "publication date"
    how = f"{why} relative to {base} {dates.day_text(ref)} -> {dates.day_text(d)}"
    return date_found(m, ctx, dates.fmt_day(d) + suffix, how, position_mod(m), typ=typ)


# "Thursday's meeting, expected in South Korea, will be …", "Friday's talks will …": the
# possessed event told as still to come
_FUTURE_AFTER_NOUN = re.compile(r"'s\s+(?:[a-z-]+\s+){0,2}?[a-z-]+,?\s+(?:(?:is|are)\s+)?"
                                r"(?:will|'ll|expected|scheduled|due|set\s+to|to\s+be)\b")


def _after_past(ctx: Ctx, start: int, end: int) -> bool:
    """A day's event that something since or after it has already followed ('the dollar
    fell after Friday's data', 'has slid since Friday's vote') lies behind the report."""
    prev = ctx.prev_word(start)
    return prev == "since" or (prev in ("after", "following") and ctx.tense(start, end) == PAST)


@norm
def weekday_of_week(m: M, ctx: Ctx) -> list[Found] | None:
    """'Tuesday of last week', 'Friday next week': that day of the week named, which the
    week fixes (no tense needed)."""
    lex = lexicon()
    raw = (m.g("weekday") or "").rstrip(".")
    if raw not in lex.weekdays or ("." in (m.g("weekday") or "") and not ctx.is_cap(m.start)):
        return None
    wd = lex.weekdays[raw]
    part = m.g("part")
    code = lex.parts.get(part) if part else None
    typ = lex.conv_types.get("weekday_part_of_day", "TIME") if code else "DATE"
    suffix = f"T{code}" if code else ""
    ref = ctx.ref(dates.DAY)
    if ref is None:
        return date_found(m, ctx, f"XXXX-WXX-{wd}" + suffix, "needs a publication date",
                          typ=typ)
    rel = m.g("wrel") or "this"
    weeks = {"last": -1, "this": 0, "next": 1}[rel]
    d = weekday_date(ref + timedelta(weeks=weeks), wd, "same_week")
    how = f"'{rel} week' of publication date {dates.day_text(ref)} -> {dates.day_text(d)}"
    return date_found(m, ctx, dates.fmt_day(d) + suffix, how, typ=typ)


_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|then|before|after)\s")


def _week_frame(ctx: Ctx, pos: int, end: int) -> date | None:
    """The Monday of a past or coming week ('last week', 'next week') named earlier in the
    same sentence; None for the publication week, where the tense still decides the day, and
    when the day's own clause looks the other way ('Last week he said talks would resume on
    Monday')."""
    a = ctx.anchor_in_sentence(pos)
    if a is None or a.gran != dates.WEEK or a.code or ctx.dct is None or ctx.dct.date is None:
        return None
    if a.start <= ctx.dct.date < a.start + timedelta(days=7):
        return None
    if _NEW_CLAUSE.search(ctx.low, ctx.anchor_end, pos):
        return None  # "met last week, and on Monday Beijing raised ...": a clause of its own
    if _verb_between(ctx, ctx.anchor_end, pos):
        return None  # "died last week, a spokesman said Saturday": the saying's own day
    t = ctx.tense(pos, end)
    if t == (FUTURE if a.start < ctx.dct.date else PAST):
        return None
    return a.start


_FINITE = frozenset(["is", "was", "are", "were", "has", "have", "had", "will", "would"])
_LETTER_WORD = re.compile(r"([A-Za-z])[A-Za-z'-]*")


def _verb_between(ctx: Ctx, lo: int, hi: int) -> bool:
    """A verb between a week and a weekday puts them in two clauses: 'the blast last week
    has killed 40, rescuers said on Tuesday', 'whose jet went down last week was listed as
    killed on Sunday'. Only a frame with none ('Last week, at the summit, the two sides on
    Wednesday issued ...') holds its weekday."""
    lex = lexicon()
    # (a capitalised -ed word is a name, not a past verb: 'last week Ahmed Osman on Monday')
    return any(w in _FINITE or w in lex.neutral_cues or (is_past_word(w) and c.islower())
               for c, w in ((m.group(1), m.group(0).lower())
                            for m in _LETTER_WORD.finditer(ctx.text, lo, hi)))


def _future_just_before(ctx: Ctx, pos: int, end: int) -> bool:
    """'ahead of Saturday's matches', 'will miss Wednesday's trip': a future cue within four
    words before a possessive weekday, which otherwise names a past event."""
    lex = lexicon()
    near = re.findall(r"[a-z']+", ctx.prev_text(pos, 40))[-4:]
    return any(w in lex.future_cues or w in lex.strong_future for w in near) and (
        ctx.tense(pos, end) == FUTURE)


_REL_OFFSET = {
    "this": 0, "current": 0, "the current": 0, "this fiscal": 0, "the full": 0,
    "the entire": 0, "the whole": 0, "the calendar": 0, "the fiscal": 0,
    "last": -1, "past": -1, "previous": -1, "the past": -1, "the last": -1, "this past": -1,
    "latest": -1, "the latest": -1, "the most recent": -1, "last fiscal": -1,
    "next": 1, "coming": 1, "the coming": 1, "this coming": 1, "next fiscal": 1,
}


# "the past week": the seven days up to the publication date, not the calendar week before
_SEVEN_DAYS = frozenset(["the past", "the last", "past", "this past"])


# a march named after its cause, goal or marchers: "March of the Living", "March on Rome"
_MARCH_NAME = re.compile(r"\s+(?:of\s+the|on|for|against)\s+([A-Z][a-z]+)")

_ANAPHORIC = {"the previous": -1, "the prior": -1, "the preceding": -1, "the next": 1,
              "the following": 1, "following": 1, "the same": 0, "that same": 0, "that": 0}


@norm
def rel_unit(m: M, ctx: Ctx) -> list[Found] | None:
    rel = squash(m.g("rel") or "")
    unit = m.g("unit") or ""
    pos = position_mod(m)
    if m.g("fiscal") and unit != "year":
        return None
    if unit == "day" and rel == "the" and m.g("pos") in ("later", "earlier") \
            and m.text.lower().endswith(" in the day"):
        return _in_the_day(m, ctx, pos)
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
    if unit == "period" and rel in ("the same", "that") and not pos:
        lq = ctx.last_quarter
        spans = list(MONTHS_NAMED.finditer(ctx.low, max(m.start - 300, lq[0] if lq else 0),
                                           m.start))
        ref = ctx.ref(dates.YEAR)
        if spans and ref is not None:
            # "in the first ten months (of 2005) ... in the same period": those months, of
            # the year they are said to be in, else of the publication year
            of = _OF_YEAR.match(ctx.low, spans[-1].end())
            year = int(of.group(1)) if of and of.group(1) else ref.year
            return [Found(m.start, m.end, "DATE", f"{year:04d}", None,
                          f"'{m.text}': the months just named, in their year", anchor=False)]
    gran = GRANULARITY.get(unit, dates.QUARTER if unit == "period" else dates.YEAR)
    if unit == "weekend":
        return _weekend(m, ctx, rel, pos)
    if unit == "year" and re.match(r"\s+(?:1\d|20|21)\d\d(?!\d)", ctx.low[m.end:m.end + 6]):
        return None  # "the year 2006": the year rule takes it
    if rel in ("the", "its", "the fiscal") and not pos and unit in ("year", "quarter"):
        ended = _period_ended(m, ctx, unit)
        if ended is not None:
            return ended
    if rel in ("the", "its"):
        if unit == "year" and ctx.prev_word(m.start) in ("throughout",) \
                and not pos:
            return [Found(m.start, m.end, "DURATION", "P1Y", None, f"'{m.text}' is a year long")]
        if unit in ("day", "century", "half", "period"):
            return None
        if unit == "week" and not pos and ctx.prev_word(m.start) in ("a", "per"):
            return None
        offset = -1 if unit == "quarter" else 0
        if unit == "month" and ctx.prev_word(m.start) in ("of", "per"):
            return None
        if unit == "quarter" and not pos and (fq := _fiscal_quarter_before(m, ctx)):
            return fq  # "the fiscal first quarter ... Sun shipped 28,000 systems in the quarter"
        base = ctx.ref(gran)
        how = f"relative to publication date {ctx.dct_text()}"
        pivot = ctx.ref(dates.DAY)
        if (day := _day_before_in_sentence(m, ctx, unit)) is not None:
            base = pivot = day  # "On Monday ..., and later in the week he travels"
            how = f"the week of {dates.day_text(day)}, named earlier in the sentence"
        named = _year_named_before(m, ctx) if unit == "year" else None
        if named is not None:
            base = date(named, 1, 1)
            how = f"the year {named} named just before"
            pivot = None
        elif m.g("posw") == "end" and unit in ("year", "month") and day is None \
                and base is not None and _end_passed(m, ctx, base, gran):
            offset, how = -1, f"the {unit} before {ctx.dct_text()}, whose end is looked back to"
    elif rel in _ANAPHORIC:
        offset = _ANAPHORIC[rel]
        if unit == "day" and offset == 0 and (inside := _day_in_anchor(m, ctx, pos)):
            return inside
        if unit == "period" and not pos and _no_quarter_before(m, ctx):
            # 'from 1995 to 2003 ... during the same period', 'for another 90 days ...
            # suspended for the same period': the span the anaphor takes up is no quarter
            return date_found(m, ctx, ctx.unresolved(gran),
                              "a period told before, with no quarter named")
        base = ctx.anchor_ref(gran, story=True)
        how = ANAPHORIC_HOW
        # 'arrived on March 9 and left later that month': the anchor day splits the month
        a = ctx.anchor
        pivot = a.start if a is not None and a.gran == dates.DAY else None
    elif rel in _REL_OFFSET:
        offset = _REL_OFFSET[rel]
        lq = ctx.last_quarter
        if unit in ("quarter", "period") and rel in ("the latest", "the most recent") and (
                not pos and lq is not None and m.start - lq[0] < 1500
                and (dates.end_of(lq[1]) < (ctx.ref(dates.DAY) or lq[1].start)
                     or ctx.tense(lq[0], ctx.last_quarter_end) == PAST)):
            # "fourth-quarter earnings ... sales in the latest period": the quarter reported
            # (an ended one: 'a fourth-quarter charge' ahead is no result yet; a quarter
            # whose results are told in the past has ended whatever the calendar says: a
            # fiscal quarter, 'reported a decline in fourth-quarter earnings' in November)
            return date_found(m, ctx, dates.fmt(dates.QUARTER, lq[1].start),
                              "the latest quarter named before")
        if unit == "quarter" and rel in ("the latest", "the most recent", "latest"):
            offset = -1
        base = ctx.ref(gran)
        how = f"relative to publication date {ctx.dct_text()}"
        pivot = ctx.ref(dates.DAY)
        if unit == "week" and rel in _SEVEN_DAYS and pivot is not None \
                and pivot.isoweekday() >= 5:
            # "rose 3% over the past week" in a Friday-to-Sunday report: most of the seven
            # days before it lie in the publication week ('last week' stays the one before)
            offset, how = 0, f"the seven days before {ctx.dct_text()}, mostly its own week"
    else:
        return None
    if unit == "period":
        unit = "quarter"
    if base is None:
        return date_found(m, ctx, ctx.unresolved(gran), "needs a publication date", pos)
    d = dates.shift(base, offset, gran)
    value = dates.fmt(gran, d)
    # pivot: the day that splits the unit for 'earlier'/'later' (set with the base above)
    span = _rest_of(m, ctx, gran, value, offset, pivot)
    if span is None and pivot is not None and _week_over(m, ctx, unit, offset, pivot):
        # published on a Sunday, "later this week he travels" is the week ahead: the rest
        # of the ISO week is empty and a clause about what is to come does not look back
        d, how = pivot + timedelta(days=1), f"the week after {dates.day_text(pivot)}"
        value = dates.fmt(gran, d)
        span = (d, d + timedelta(days=6), dates.PRECISION[gran])
    if unit == "week" and rel == "the" and not pos and "the_week" in lexicon().conv_values:
        # "for the week, the index fell": TBAQ leaves the week unspecified in the value
        # (data/conventions.toml); the days stay those of the week resolved here
        week = dates.parse(value)
        if week is not None:
            span = span or (week.start, dates.end_of(week), dates.PRECISION[dates.WEEK])
            value = f"{value[:4]}-{lexicon().conv_values['the_week']}"
    return date_found(m, ctx, value, how, pos, span=span)


def _day_in_anchor(m: M, ctx: Ctx, pos: str | None) -> list[Found] | None:
    """'killed last October ... crossed out that same day': the day is one of the month (or
    year) named just before, which TimeML writes with its day unknown (1998-10-XX); the
    publication day would be a different, wrong day. None when the anchor names a day, when
    a day named in its sentence is the one meant (Ctx.anchor_ref), when a date named since
    could not be resolved (it, not the anchor, is 'that day'), when the anchor is far back
    (300 characters, or a paragraph between), or when a clause names the day ('on the same
    day that Kissinger met Xi': the day of the event told before, not of the date)."""
    a = ctx.anchor
    if a is None or a.gran not in (dates.MONTH, dates.YEAR) or ctx.dated_end != ctx.anchor_end \
            or m.start - ctx.anchor_end > _NEAR \
            or len(ctx.text[ctx.anchor_end:m.start].strip().split("\n\n")) > 2:
        return None  # a date named since that could not be resolved, or a distant one
    if ctx.next_word(m.end) in ("that", "as", "when", "on", "of"):
        return None  # "the same day that Kissinger met Xi": the clause, not the anchor
    if ctx.anchor_ref(dates.DAY) != ctx.ref(dates.DAY):
        return None  # a day named with the coarser anchor is 'the same day'
    value = f"{a.start.year:04d}-" + (f"{a.start.month:02d}-XX" if a.gran == dates.MONTH
                                      else "XX-XX")
    return date_found(m, ctx, value, "a day of the period last mentioned", pos,
                      span=(a.start, dates.end_of(a), dates.PRECISION[a.gran]))


# characters back within which a quarter named is the one 'the same period' takes up
_QUARTER_REACH = 300


def _no_quarter_before(m: M, ctx: Ctx) -> bool:
    """Whether no quarter was named just before (nor is the last date one): 'the same
    period' then takes up a span of another size ('between 2007 and 2009', 'another 90
    days'), which the anchor's quarter would misdate."""
    lq = ctx.last_quarter
    a = ctx.anchor
    return (lq is None or m.start - lq[0] > _QUARTER_REACH) and (
        a is None or a.gran != dates.QUARTER)


def _fiscal_quarter_before(m: M, ctx: Ctx) -> list[Found] | None:
    """'the quarter' after a fiscal quarter named in the same story is that quarter, which
    keeps its fiscal number (TBAQ: 'the fiscal first quarter' ended Sept. 29 is 1989-Q1)."""
    lq = ctx.last_quarter
    if lq is None or m.start - lq[0] > 1500:
        return None
    named = list(_FISCAL_QUARTER.finditer(ctx.low, max(0, m.start - 1500), m.start))
    if not named or QUARTER_NUMBERS[named[-1].group(1) or named[-1].group(2)] != (
            lq[1].start.month - 1) // 3 + 1:
        return None  # no fiscal quarter named, or the last quarter is another one
    return date_found(m, ctx, dates.fmt(dates.QUARTER, lq[1].start),
                      "the fiscal quarter named before")


_FISCAL_QUARTER = re.compile(r"\bfiscal[\s-]+(first|second|third|fourth)[\s-]+quarter"
                             r"|\b(first|second|third|fourth)[\s-]+fiscal[\s-]+quarter")


_ENDED = re.compile(r"\s+(?P<verb>ended|ending)\s+(?P<mon>[a-z]+)\.?\s*(?P<day>\d{1,2})(?!\d)"
                    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?")


# "the year ending tomorrow", "the year ended in June": a fiscal year whatever its last day;
# "the year to March 1998" is the same span in British usage
_YEAR_ENDED = re.compile(r"\s+(?:(?:ended|ending)\s+(?:(?P<when>today|tomorrow|yesterday|in|on)"
                         r"(?:\s+(?P<mon>[a-z]+))?|(?P<mon2>[a-z]+)\.?\s*\d{1,2}(?!\d))"
                         r"|to\s+(?P<mon3>[a-z]+)\.?(?=\s+(?:19|20)\d\d(?!\d)|[\s,;.)]|$))(?![a-z])")


def _period_ended(m: M, ctx: Ctx, unit: str) -> list[Found] | None:
    """'the year ended March 31' is a twelve-month span (TimeBank: P1Y); 'the quarter ended
    July 31' is the calendar quarter holding most of its three months (the one of June)."""
    if unit == "year" and (y := _YEAR_ENDED.match(ctx.low, m.end)) is not None and (
            y.group("when") in ("today", "tomorrow", "yesterday")
            or (y.group("mon") or y.group("mon2") or y.group("mon3")) in lexicon().months) and (
            y.group("mon3") is None or ctx.is_cap(y.start("mon3"))):  # not "to may be"
        return [Found(m.start, m.end, "DURATION", "P1Y", None,
                      f"'{m.text}' is a fiscal year, a year long", anchor=False)]
    e = _ENDED.match(ctx.low, m.end)
    if e is None or e.group("mon") not in lexicon().months:
        return None
    if (fq := _fiscal_quarter_before(m, ctx)) is not None:
        return fq  # "the fiscal first quarter. ... sales for the quarter ended Sept. 29"
    mon, day = lexicon().months[e.group("mon")], int(e.group("day"))
    ref = ctx.ref(dates.DAY)
    if e.group("year"):
        year = int(e.group("year"))
    elif ref is None:
        return None
    else:
        end = safe_date(ref.year, mon, day)
        year = ref.year - 1 if end > ref and e.group("verb") == "ended" else ref.year
    middle = dates.add_months(date(year, mon, 1), -1)
    value = f"{middle.year:04d}-Q{(middle.month - 1) // 3 + 1}"
    return date_found(m, ctx, value, f"the calendar quarter holding most of the quarter "
                                     f"ended {e.group('mon')} {day}")


def _year_named_before(m: M, ctx: Ctx) -> int | None:
    """'Deng visited in 1979. Later in the year ...': a year named shortly before, in the
    same paragraph, is the one the text goes on about (TimeML anaphora); otherwise 'the
    year' is the publication year, as in financial news ("earlier in the year")."""
    last = ctx.last_year
    if last is None or ctx.dct is None or last[1] == ctx.dct.year:
        return None
    between = ctx.low[last[0]:m.start]
    if len(between) > 300 or "\n\n" in between or between.count("\n") > 1:
        return None
    return last[1]


_WEEK_REACH = 300  # characters back to the day whose week 'later in the week' means


def _day_before_in_sentence(m: M, ctx: Ctx, unit: str) -> date | None:
    """The day named earlier in the sentence, or in the sentence before in the same
    paragraph ('flew through the zone on Tuesday of last week. Japan said later in the
    week ...'), that 'later in the week' goes on from."""
    a = ctx.anchor_in_sentence(m.start)
    if a is None and ctx.anchor is not None and 0 <= m.start - ctx.anchor_end <= _WEEK_REACH \
            and "\n" not in ctx.text[ctx.anchor_end:m.start]:
        a = ctx.anchor
    if unit != "week" or m.g("pos") not in ("earlier", "later") or a is None \
            or a.gran != dates.DAY or m.g("rel") != "the":
        return None
    return a.start


def _week_over(m: M, ctx: Ctx, unit: str, offset: int, pivot: date) -> bool:
    """Is 'later this week' said on the week's last day in a clause that is not past?"""
    return unit == "week" and not offset and m.g("pos") == "later" \
        and pivot.isoweekday() == 7 and ctx.tense(m.start, m.end) != PAST


def _rest_of(m: M, ctx: Ctx, gran: str, value: str, offset: int,
             day: date | None) -> tuple[date, date, str] | None:
    """A day splits the current unit: 'earlier this month' runs from the 1st to the day
    before publication ('earlier' excludes today; the publication day itself when it is the
    1st), 'later this week' from the day after it to the week's end; 'later that month'
    after a dated day runs from the next day to the month's end."""
    word = m.g("pos")
    if offset or word not in ("earlier", "later") or day is None or gran not in (
            dates.WEEK, dates.MONTH, dates.YEAR, dates.QUARTER):
        return None
    p = dates.parse(value)
    if p is None or not p.start <= day <= dates.end_of(p):
        return None
    s, e = (p.start, max(p.start, day - timedelta(days=1))) if word == "earlier" else (
        day + timedelta(days=1), dates.end_of(p))
    if s > e:
        return None
    return (s, e, dates.PRECISION[gran])


def _weekend(m: M, ctx: Ctx, rel: str, pos: str | None) -> list[Found] | None:
    anaphoric = rel in _ANAPHORIC
    ref = ctx.anchor_ref(dates.DAY) if anaphoric else ctx.ref(dates.DAY)
    if ref is None:
        return date_found(m, ctx, "XXXX-WXX-WE", "needs a publication date", pos)
    sat_this = ref + timedelta(days=6 - ref.isoweekday())  # Saturday of ref's ISO week
    if rel in ("last", "past", "the past", "this past", "previous", "the previous", "the last"):
        sat = sat_this - timedelta(days=7) if ref.isoweekday() < 6 else sat_this - timedelta(7)
        if ref.isoweekday() == 7:
            sat = sat_this - timedelta(days=7)
    elif rel in ("next", "coming", "the coming", "this coming", "the next", "the following"):
        sat = sat_this + timedelta(days=7) if ref.isoweekday() >= 6 or rel != "this coming" \
            else sat_this
        if rel in ("coming", "the coming", "this coming", "the next", "the following") \
                and ref.isoweekday() < 6:
            # "the following weekend" after a Wednesday is the first one after it, as "the
            # following Monday" is the first Monday after it
            sat = sat_this
    elif rel in ("this", "the same", "that"):
        sat = sat_this
    elif rel == "the" and (ahead := _AHEAD_OF.search(
            before := ctx.prev_text(m.start, 20))) is not None:
        # (near the text's start `before` is shorter than 20 characters)
        sat, why = _weekend_ahead(ctx, m.start - len(before) + ahead.start(), ref, sat_this)
        return date_found(m, ctx, dates.fmt_week(sat) + "-WE", why, pos,
                          span=(sat, sat + timedelta(days=1), "day"))
    else:
        t = ctx.tense(m.start, m.end)
        if t == FUTURE:
            sat = sat_this
        elif t == PAST or ref.isoweekday() <= 3:
            sat = sat_this if ref.isoweekday() >= 6 else sat_this - timedelta(days=7)
        else:
            sat = sat_this
    return date_found(m, ctx, dates.fmt_week(sat) + "-WE",
                       f"weekend relative to {dates.day_text(ref)}", pos,
                       span=(sat, sat + timedelta(days=1), "day"))  # two named days


_AHEAD_OF = re.compile(r"(?:ahead\s+of|before|in\s+time\s+for|until|till)\s+$")


def _weekend_ahead(ctx: Ctx, cue: int, ref: date, sat_this: date) -> tuple[date, str]:
    """'ahead of the weekend' is the first weekend after the clause's own time: after a day
    named earlier in the sentence ('fell on Friday as traders sold ahead of the weekend'),
    else after a past event of the days just before a Monday-to-Wednesday report (the
    weekend just gone), else the coming one. The tense is read before the cue: 'ahead' is
    itself a future word."""
    near = ctx.anchor_in_sentence(cue)
    if near is not None and near.gran == dates.DAY:
        day = near.start
        sat = day + timedelta(days=6 - day.isoweekday()) if day.isoweekday() < 7 \
            else day + timedelta(days=6)
        return sat, f"the weekend after {dates.day_text(day)}, named earlier in the sentence"
    t = ctx.tense(cue, cue + 1)
    wd = ref.isoweekday()
    if t == PAST:
        sat = sat_this - timedelta(days=7) if wd <= 3 else sat_this
        return sat, f"the weekend after a past event, seen from {dates.day_text(ref)}"
    sat = sat_this + timedelta(days=7) if wd == 7 else sat_this
    return sat, f"the coming weekend, seen from {dates.day_text(ref)}"


@norm
def unit_end(m: M, ctx: Ctx) -> list[Found] | None:
    unit = m.g("unit") or "year"
    gran = GRANULARITY[unit]
    base = ctx.ref(gran)
    low = m.text.lower()
    off = -1 if low.startswith("last") else 1 if low.startswith("next") else 0
    if base is None:
        return date_found(m, ctx, ctx.unresolved(gran), "needs a publication date", "END")
    how = f"end of the {unit} of {ctx.dct_text()}"
    if not off and not low.startswith("this") and _end_passed(m, ctx, base, gran):
        # "up 12% since year-end", "debt was $3 billion at year-end" (published in June):
        # the end looked back to has come, so it is the previous year's (month's, ...)
        off, how = -1, f"end of the {unit} before {ctx.dct_text()}, looked back to"
    return date_found(m, ctx, dates.fmt(gran, dates.shift(base, off, gran)), how, "END")


def _end_passed(m: M, ctx: Ctx, base: date, gran: str) -> bool:
    """Is an unqualified 'year-end' one already past? After 'since' it is, unless the
    publication day is the unit's last. In a past clause only while the publication date is
    still before the unit's late part (September for a year, the 21st for a month): later,
    'a year-end news conference' or 'trade was thin at the end of the year' is the present
    one. A deadline ('by the year-end', 'before the end of the year') and a modifier of a
    noun other than an event ('year-end rally') keep the unit of the publication date."""
    value = dates.fmt(gran, base)
    p, late = dates.parse(value), dates.span_of(value, "END")
    ref = ctx.ref(dates.DAY)
    if p is None or late is None or ref is None or ref >= dates.end_of(p):
        return False
    prev = ctx.prev_word(m.start)
    if prev == "since":
        return True
    return ref < late.start and prev not in _DEADLINE_WORDS and not attributive(
        ctx, m.end) and ctx.tense(m.start, m.end) == PAST


_DEADLINE_WORDS = frozenset(["by", "before", "until", "till", "for", "to", "through"])


# Words after which a capitalised month is a month even before a name ("in March Beijing
# expelled ..."), not the first name of a person ("April Ryan").
_TIME_PREPOSITIONS = frozenset({"in", "since", "until", "till", "by", "during", "before",
                                "after", "from", "through", "early", "late", "mid"})


_ANAPHORIC_MONTH = frozenset(["the following", "the next", "the previous", "the preceding"])


@norm
def month_rel(m: M, ctx: Ctx) -> list[Found] | None:
    if not month_capitalised(m, ctx):
        return None
    raw = m.g("month") or ""
    mon = month_number(m)
    rel = squash(m.g("rel") or "")
    pos = position_mod(m)
    if not rel and not m.g("rely") and not pos:
        if raw not in lexicon().full_months:
            return None
        prev = ctx.prev_word(m.start)
        nxt = ctx.next_word(m.end)
        if ctx.prev_cap_word(m.start):
            return None  # "Theresa May"
        after = ctx.text[m.end:m.end + 30]
        if prev not in _TIME_PREPOSITIONS and re.match(r"\s+[A-Z][a-z]", after) and not re.match(
                r"\s+(?:The|In|On|At|This|It|He|She|They|We|But|And|As|I)\b", after):
            return None  # "April Ryan"
        if raw == "march" and prev not in _TIME_PREPOSITIONS and (
                walk := _MARCH_NAME.match(ctx.text, m.end)) and (
                walk.group(1).lower() not in lexicon().months.keys() | lexicon().weekdays.keys()):
            return None  # "the March of the Combatant Mothers", "the March on Washington"
        if raw in ("may", "march", "august"):
            if prev not in YEAR_PREPS | {"last", "next", "this", "that", "in", "early", "late",
                                         "mid", "until", "since", "of", "by", "before", "after"}:
                return None
            if prev not in _TIME_PREPOSITIONS and ctx.next_char(m.end).isalpha() and nxt in (
                    "be", "have", "not", "i", "we", "you", "he", "she", "it", "they", "the",
                    "also", "well", "never", "still"):
                return None
    if (ctx.dct is None and not m.g("rely")) or (not rel and not m.g("rely")
                                                  and ctx.habitual(m.start, m.end)):
        return date_found(m, ctx, f"XXXX-{mon:02d}", "a month of any year", pos)
    ref = ctx.ref(dates.MONTH)
    year: int | None
    if m.g("rely") == "that":
        # "February of that year": the year of the last date named, not of publication
        if ctx.anchor is None:
            return date_found(m, ctx, f"XXXX-{mon:02d}", "month of an unnamed year", pos)
        year = ctx.anchor.start.year
        how = "'that year': year of the last date mentioned"
    elif m.g("rely"):
        year = relative_year(m.g("rely"), ctx)
        how = f"'{m.g('rely')} year' from {ctx.dct_text()}"
    elif rel == "that" and ctx.anchor is not None:
        year = ctx.anchor.start.year
        how = "year of the last date mentioned"
    elif rel in _ANAPHORIC_MONTH and (base := ctx.anchor_ref(dates.MONTH)) is not None:
        # "in August 2011, and again the following February": after the last date named
        if rel in ("the following", "the next"):
            year = base.year if mon > base.month else base.year + 1
        else:
            year = base.year if mon < base.month else base.year - 1
        how = f"'{rel}' after or before the last date mentioned, {base.isoformat()}"
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
    elif not rel and not pos and ctx.next_word(m.end) in lexicon().contract_nouns and \
            ctx.prev_word(m.start) not in _CLAUSE_TIME_PREPS:
        year = ref.year if mon >= ref.month else ref.year + 1
        how = f"a contract month, on or after {ctx.dct_text()}"
    else:
        year = pick_year(ctx, mon, None, m.start, m.end)
        how = f"year from publication date {ctx.dct_text()} ({tense_words(ctx, m.start, m.end)})"
    if year is None:
        return date_found(m, ctx, f"XXXX-{mon:02d}", "month of an unknown year", pos)
    return date_found(m, ctx, f"{year:04d}-{mon:02d}", how, pos)


@norm
def offset(m: M, ctx: Ctx) -> list[Found] | None:
    unit = unit_name(m.g("unit") or "")
    direction = squash(m.g("dir") or "")
    n = number(m.g("num") or "")
    if m.g("num2") or m.g("ortwo"):
        if direction not in ("ago", "back", "hence", "from now"):
            return None  # "two to three days later": the length, from the duration rule
        n = None  # "two or three years ago", "a year or two ago": a vague count, a vague date
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
    mod = quantity_mod(m)
    if n is not None and "and a half" in m.text:
        n += 0.5  # "two and a half years ago", "a year and a half later"
    if unit in ("hour", "minute", "second"):
        return [Found(m.start, m.end, "DURATION", duration_value(n, unit), mod,
                      f"'{m.text}' is a length of time before or after an event", anchor=False)]
    gran = GRANULARITY.get(unit, dates.DAY)
    if n is None:
        # "A few days later, the crew was freed": later than a past event, yet still before
        # the publication date; only a clause not told in the past reaches beyond it
        value = "PAST_REF" if past or (not from_dct and ctx.tense(m.start, m.end) == PAST) \
            else "FUTURE_REF"
        return [Found(m.start, m.end, "DATE", value, mod, f"'{m.text}' is vague", anchor=False)]
    if unit == "weekend":
        gran = dates.WEEK
    count = int(n) if n == int(n) else None
    if count is None and gran == dates.YEAR and n * 12 == int(n * 12):
        count, gran = int(n * 12), dates.MONTH  # "two and a half years ago": 30 months
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
        elif gran == dates.YEAR and count == 1 and (mb := ctx.ref(dates.MONTH)) is not None:
            base, out_gran = mb, dates.MONTH  # "a year ago": that month, not the whole year
            how = f"the month a year before publication date {ctx.dct_text()}"
    elif past and ctx.next_word(m.end) != "than" and ctx.counts_from_plan(m.start, m.end):
        # `… will take effect on Sept. 24. A day earlier, Trump had announced …` (not a
        # comparison: `will pay by next year, one year earlier than was planned`)
        base = ctx.past_anchor_ref(gran)
        how = "from the last date mentioned that is not after the publication date"
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
        return date_found(m, ctx, ctx.unresolved(out_gran), "needs a reference date", mod)
    if not from_dct and out_gran == dates.WEEK and base is not None and ctx.anchor is not None \
            and ctx.anchor.gran == dates.DAY:
        out_gran = dates.DAY  # "a week later" than a given day is a day
    try:
        d = dates.shift(base, sign * count, gran)
    except (ValueError, OverflowError):
        # "2,500 years ago": before year 1, which TIMEX3 calendar values cannot hold
        return [Found(m.start, m.end, "DATE", "PAST_REF" if past else "FUTURE_REF", mod,
                      f"'{m.text}' is off the calendar", anchor=False)]
    found = date_found(m, ctx, dates.fmt(out_gran, d), how, mod)
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
        a = ctx.anchor
        if a is not None and a.gran in (dates.MONTH, dates.YEAR) and \
                0 <= m.start - ctx.anchor_end <= _NEAR and \
                ctx.anchor_ref(dates.DAY) == ctx.ref(dates.DAY):
            # 'In February Beijing expelled three reporters. The day before, ...': a day
            # of that month, not the day before publication
            return date_found(m, ctx, dates.fmt(a.gran, a.start),
                              "a day of the month or year mentioned just before")
        ref = ctx.anchor_ref(dates.DAY)
        off = -1 if before else 1
        how = ANAPHORIC_HOW
    suffix = f"T{code}" if code else ""
    typ = "TIME" if code else "DATE"
    if ref is None:
        return date_found(m, ctx, "XXXX-XX-XX" + suffix, "needs a reference date", typ=typ)
    return date_found(m, ctx, dates.fmt_day(ref + timedelta(days=off)) + suffix, how, typ=typ)


@norm
def year_ago_period(m: M, ctx: Ctx) -> list[Found] | None:
    found = _year_ago_period(m, ctx)
    for f in found or []:
        f.anchor = False
    return found


def _year_ago_period(m: M, ctx: Ctx) -> list[Found] | None:
    found = _year_ago_value(m, ctx)
    if found and not m.g("unit") and "-" in (m.g("ya") or "") and m.text.startswith(
            ("the ", "its ")):
        found[0].start = m.s("ya")  # "the year-ago results": the article is the noun's
        found[0].how = f"'{ctx.text[found[0].start:found[0].end]}' " + found[0].how.split(
            "' ", 1)[-1]
    return found


_MONTHS_SINCE = re.compile(r"\b(?:nine|six|\d{1,2})[\s-]+months?\b")


def _year_ago_value(m: M, ctx: Ctx) -> list[Found] | None:
    unit = squash(m.g("unit") or "")
    if unit in ("nine months", "six months"):
        n = 9 if unit.startswith("nine") else 6
        return [Found(m.start, m.end, "DURATION", f"P{n}M", None,
                      f"'{m.text}' is a {n}-month period a year earlier", anchor=False)]
    if unit == "months":
        return None
    lq = ctx.last_quarter
    today = ctx.ref(dates.DAY)
    if lq is not None and today is not None and lq[1].start > today:
        lq = None  # "the third quarter of 1990" is an outlook: results compare reported ones
    if unit == "period" and lq is None and (m.g("ya") or "").startswith(("last", "a year")) \
            and ctx.dct is not None:
        # "up 35% from the same period last year" after "the first ten months": no quarter
        # was named, so only the year is known
        return date_found(m, ctx, f"{ctx.dct.year - 1:04d}", "the same period, a year earlier")
    if m.g("ya") and (m.g("ya") or "").startswith(("last", "a year")) and not m.g("qn") \
            and unit in ("quarter", "period") and lq is None:
        ref = ctx.ref(dates.QUARTER)
        if ref is None:
            return None
        d = dates.shift(dates.shift(ref, -1, dates.QUARTER), -1, dates.YEAR)
        return date_found(m, ctx, dates.fmt(dates.QUARTER, d), "last quarter, a year earlier")
    if m.g("qn"):
        q = QUARTER_NUMBERS[m.g("qn") or "first"]
        y = (lq[1].start.year if lq else (ctx.dct.year if ctx.dct else None))
        if y is None:
            return date_found(m, ctx, f"XXXX-Q{q}", "needs a reference year")
        return date_found(m, ctx, f"{y - 1:04d}-Q{q}", "same quarter a year earlier")
    if not unit and lq is not None and ctx.dct is not None and _MONTHS_SINCE.search(
            ctx.low, max(lq[0], m.start - 250), m.start):
        # "in the nine months, net rose to $9 from $7 a year earlier": TBAQ gives the year
        # (6 of 9), the part of it the months cover being unknown
        return date_found(m, ctx, f"{lq[1].start.year - 1:04d}",
                          "the year before the months just mentioned")
    ya = m.g("ya") or ""
    a = ctx.anchor
    recent_quarter = lq is not None and m.start - lq[0] < 300
    if not unit and ("earlier" in ya or "before" in ya) and a is not None and a.gran in (
            dates.DAY, dates.MONTH, dates.QUARTER, dates.HALF) and not recent_quarter:
        d = dates.shift(a.start, -1, dates.YEAR)
        return date_found(m, ctx, dates.fmt(a.gran, d), "a year before the last date mentioned")
    if unit in ("quarter", "period", "") and lq is not None:
        d = dates.shift(lq[1].start, -1, dates.YEAR)
        return date_found(m, ctx, dates.fmt(dates.QUARTER, d),
                           "the quarter just mentioned, a year earlier")
    if unit in ("quarter", "period"):
        ref = ctx.ref(dates.QUARTER)
        if ref is None:
            return date_found(m, ctx, "XXXX-QX", "needs a publication date")
        d = dates.shift(dates.shift(ref, -1, dates.QUARTER), -1, dates.YEAR)
        return date_found(m, ctx, dates.fmt(dates.QUARTER, d), "last quarter, a year earlier")
    if "ago" in ya and (mb := ctx.ref(dates.MONTH)) is not None:
        # "suspended a year ago": the month a year back, as precise as the phrase is
        return date_found(m, ctx, dates.fmt(dates.MONTH, dates.shift(mb, -1, dates.YEAR)),
                          f"the month a year before publication date {ctx.dct_text()}")
    base = ctx.anchor_ref(dates.YEAR)
    if base is None:
        return date_found(m, ctx, "XXXX", "needs a reference year")
    return date_found(m, ctx, f"{base.year - 1:04d}", "a year before the reference date")
