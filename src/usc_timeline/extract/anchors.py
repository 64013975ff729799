"""Dates a mention takes from an event next to it: the clause it ends or is `for`, the
arrival a visit began with, `a day after` an event, `hours after` one."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from usc_timeline.merge import family
from usc_timeline.model import DateSpan, Mention
from usc_timeline.text import Sentence

from . import dates as dt
from .context import Context, Prev, Trigger, usable_timexes
from .guarded import Guarded

# `agreed yesterday to build a partnership, ending a summit meeting`: an aside after the
# clause that a meeting ends with it
_ENDING_ASIDE = re.compile(r",[\"”’']?\s+(?:ending|concluding|capping|wrapping up|closing|"
                           r"completing)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
_FOR_ANY = re.compile(r"\bfor\s+(?:[\w-]+\s+){0,5}$", re.IGNORECASE)
_COMMA_BETWEEN = re.compile(r"[,;]\s+(?:[\w-]+\s+){0,6}$")
# not the purpose of the meeting before: a noun in a subordinate clause (`met Tillerson on
# Sunday, ..., as both governments prepared for a first meeting between Xi and Trump`) or
# what is prepared for (another meeting to come)
_NOT_PURPOSE = re.compile(r"[,;]\s+(?:as|while|because|although|though|whereas|when|since)\b"
                          r"|\bprepar\w*\s+for\s+(?:[\w-]+\s+){0,5}$", re.IGNORECASE)
# `arrived … for a/his/the … visit` (`for the highest-level visit since 2018`)
_FOR_A = re.compile(r"\bfor\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}$",
                    re.IGNORECASE)


def own_day(m: Mention) -> date | None:
    """The day a day-dated mention's date names: its one day, or the named end of a span
    widened by a duration (`two days of talks ended on Friday` is Friday, not the two
    days), which is the day an event `hours after` or `a day after` it counts from."""
    span = m.date
    if span is None or span.precision != "day":
        return None
    if span.days == 1:
        return span.start
    how = m.source.date_how or ""
    if "; the last of " in how:
        return span.end
    if "; the first of " in how:
        return span.start
    return None


def tied_to_last(ctx: Context, trig: Trigger, sent: Sentence,
                  out: list[Mention]) -> dt.Dated | None:
    """A noun whose date is the clause's it hangs from: `agreed yesterday …, ending a
    summit meeting` (it ended then); `arrived on Oct. 26 for an eight-day state visit`
    (a visit starts with the arrival)."""
    if not out or out[-1].source.char_start != sent.start or out[-1].date is None:
        return None
    last = out[-1]
    assert last.date is not None
    window = max(sent.start, trig.start - 60)
    if _ENDING_ASIDE.search(ctx.text, window, trig.start) and family(trig.kind) == "meeting":
        day = DateSpan(last.date.end, last.date.end, "day") \
            if last.date.precision == "day" else last.date
        return dt.Dated(day, last.source.date_text, "the date of the clause it ends",
                        None, None, 1)
    if family(last.kind) == "meeting" and family(trig.kind) == "meeting" and \
            last.kind != "call" and _FOR_ANY.search(ctx.text, window, trig.start) and \
            not _COMMA_BETWEEN.search(ctx.text, window, trig.start) and \
            not _NOT_PURPOSE.search(ctx.text, window, trig.start):
        # `will meet He Lifeng in Stockholm on Monday for a third round of talks`
        return dt.Dated(last.date, last.source.date_text, "the date of the meeting it is",
                        None, None, 1)
    if family(last.kind) == family(trig.kind) == "visit" and _APPOSED.fullmatch(
            ctx.text, max(h.end for h in last.source.highlights), trig.start):
        # `visited Beijing in September, a trip that opened the way to …`: the visit again
        return dt.Dated(last.date, last.source.date_text, "the date of the visit it restates",
                        None, None, 1)
    if last.kind == "arrival" and family(trig.kind) == "visit" and \
            _FOR_A.search(ctx.text, window, trig.start):
        span = last.date
        days = dt.duration_before(ctx, trig.start)
        if days and span.precision == "day" and span.days == 1:
            span = DateSpan(span.start, span.start + timedelta(days=days - 1), "day")
        return dt.Dated(span, last.source.date_text, "from the day of the arrival it began with",
                        None, None, 1)
    return None


# `, a trip`, `, a three-day visit`: a noun in apposition right after the clause it restates
_APPOSED = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)
# `…, the first such visit`, `…, their first meeting`, `…, the second round of talks`: a
# rank in apposition at the end of the clause (its own words, no break, before the comma);
# not a noun after `since` (`…, the first since the summit in Bali`: that is the last one)
_FIRST_APPOSED = re.compile(r"[^,;:()]{0,80},\s+(?:the|their|his|her|its)\s+(?:first|second|"
                            r"third|fourth|fifth|latest|only|highest-ranking|highest-level|"
                            r"most\s+senior|most-senior|senior-most)\s+"
                            r"(?:(?!(?:since|after|before|than|to)\b)[\w-]+\s+){0,3}"
                            r"(?P<to>to\s+)?", re.IGNORECASE)
_ENCOUNTER = frozenset({"meeting", "visit"})
# `…, an encounter`, `…, a close call`: an indefinite noun in apposition at the end of the
# clause of an incident (no other break between)
_INCIDENT_APPOSED = re.compile(r"[^,;:()]{0,120},\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}",
                               re.IGNORECASE)


def ranks_last(ctx: Context, trig: Trigger, sent: Sentence, out: list[Mention]) -> bool:
    """`received the delegation on Friday, the first such visit since 2019`, `visited
    Washington last week, the highest-ranking official to visit since 2019`: a noun (or a
    verb after `to`) in apposition that ranks the clause's event among its kind names
    that event again (a meeting told as a visit, or the same kind), which the clause has
    made already; the date after `since` or `in five years` is the last one before it. An
    incident named again by an indefinite noun in apposition (`…, an encounter the Navy
    called unsafe`) is the clause's incident too."""
    if not out or out[-1].source.char_start != sent.start:
        return False
    last = out[-1]
    same = family(last.kind) == family(trig.kind) or (
        family(last.kind) in _ENCOUNTER and family(trig.kind) in _ENCOUNTER)
    if not same or not last.source.highlights:
        return False
    told_at = max(h.end for h in last.source.highlights)
    if family(trig.kind) == "military_incident" and not trig.verb and \
            _INCIDENT_APPOSED.fullmatch(ctx.text, told_at, trig.start):
        return True  # `a destroyer came within 45 yards of the Decatur, an encounter the
        # Navy called unsafe`: the clause's incident named again, not a second one
    rank = _FIRST_APPOSED.fullmatch(ctx.text, told_at, trig.start)
    # a verb only after the rank's `to` (`…, the first Chinese leader to visit since 1997`)
    return rank is not None and bool(rank.group("to")) == trig.verb


# `said on Tuesday during his two-day visit`, `Monday here at the start of a three-day
# visit`: a date right before a time adjunct whose noun is the trigger lies within the event;
# so does one before a meeting noun the clause ends in (`traded sharp words on Monday, in a
# meeting that …`, `clashed on Friday at talks in Alaska`: _SETTING)
_SETTING = re.compile(r",?\s+(?:in|at)\s+(?:a|an|the|their|his|her|its)\s+"
                      r"(?:(?!(?:that|which|of|for|to|after|before|as)\b)[\w'’-]+\s+){0,2}",
                      re.IGNORECASE)
_WITHIN = re.compile(r"\s+(?:(?:here|there)\s+)?(?:during|midway through|in the middle of|"
                     r"at the (?:start|beginning|end|close) of|on the (?:first|last|final) "
                     r"day of)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}",
                     re.IGNORECASE)
_WITHIN_REACH = 90  # characters before the trigger where such a date may end


def within(ctx: Context, trig: Trigger, sent: Sentence) -> dt.Dated | None:
    """The date a noun trigger is the time adjunct of (`said on Tuesday during his
    two-day visit to Shanghai`): the saying, or whatever the date belongs to, happened
    within the event, so the event takes that day (a duration widens it later: from it,
    or to it after `at the end of`)."""
    for timex in reversed(usable_timexes(ctx, max(sent.start, trig.start - _WITHIN_REACH),
                                         trig.start)):
        if _WITHIN.fullmatch(ctx.text, timex.end, trig.start) or (
                family(trig.kind) == "meeting"
                and _SETTING.fullmatch(ctx.text, timex.end, trig.start)):
            found = dt.to_dated(timex, ctx.text)
            return dt.Dated(found.span, found.text, f"{found.how}; a day within the event",
                            found.start, found.end)
    return None


_DAYS_FROM = Guarded(re.compile(r"\b((a|one|two|three|four|five|six|seven|\d)\s+days?\s+"
                                r"(after|before))\s+(?:[\w.'’-]+\s+){0,5}$", re.IGNORECASE),
                     "day")
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def days_from(ctx: Context, trig: Trigger, sent: Sentence, out: list[Mention],
               prev: Prev) -> dt.Dated | None:
    """`The call came a day after the Treasury sanctioned three firms`: so many days
    before (or after) the day-dated event just reported."""
    lo = max(sent.start, trig.seg_start - 60)
    found = _DAYS_FROM.search(ctx, lo, trig.start)
    if found is None:
        return None
    # the sentence before counts only when this one told no dated event before the
    # clause: `Pompeo was in Beijing earlier this month, two days after Trump met Kim`
    # counts from the visit, whose day is not told, not from a day of the sentence before
    before = [] if any(m.date is not None for m in out) else prev.mentions
    anchors = [(m, d) for m in out + before if (d := own_day(m)) is not None]
    if not anchors:
        return None
    _, named = anchors[0] if anchors[0][0] in out else anchors[-1]
    n = _SMALL.get(found.group(2).lower()) or int(found.group(2))
    shift = timedelta(days=-n if found.group(3).lower() == "after" else n)
    day = named + shift
    return dt.Dated(DateSpan(day, day, "day"), found.group(1),
                    f"{found.group(1)!r} the event of {day - shift}", None, None, 1)


# `…, a day before an American fighter shot down the balloon on Feb. 4`: after the trigger
_DAYS_TO = Guarded(re.compile(r"\s*,\s*((a|one|two|three|four|five|six|seven|\d)\s+days?\s+"
                              r"(after|before))\s+", re.IGNORECASE), "day")


def days_to_later(ctx: Context, m: Mention, trig: Trigger | None,
                  told: dict[int, Trigger], out: list[Mention]) -> Mention:
    """`Blinken postponed a trip in February, a day before a fighter shot down the
    balloon on Feb. 4`: a clause that puts the event so many days from a day-dated event
    told later in the sentence dates it to the day, when its own date is vaguer and
    holds that day (or it has none)."""
    if trig is None or (m.date is not None and m.date.precision == "day"):
        return m
    # up to the next event's trigger (whose stretch may start at the comma)
    limit = min((t.start for t in told.values() if t is not trig and t.start >= trig.end),
                default=trig.seg_end)
    found = _DAYS_TO.search(ctx, trig.end, limit)
    if found is None:
        return m
    anchors = [o for o in out if o is not m and o.date is not None
               and o.date.precision == "day" and o.date.days == 1
               and (t := told.get(id(o))) is not None and t.start >= found.end()]
    if not anchors:
        return m
    anchor = anchors[0]
    assert anchor.date is not None
    n = _SMALL.get(found.group(2).lower()) or int(found.group(2))
    day = anchor.date.start + timedelta(days=n if found.group(3).lower() == "after" else -n)
    if m.date is not None and not (m.date.start <= day <= m.date.end):
        return m
    span = DateSpan(day, day, "day")
    how = f"{found.group(1)!r} the event of {anchor.date.label}"
    return replace(m, date=span, source=replace(m.source, date=span, date_text=found.group(1),
                                                 date_how=how, date_basis="own"))


SAME_DAY = re.compile(r"\b(?:(?:hours|minutes|moments|shortly|just|soon)\s+(?:after|before)|"
                       r"within (?:hours|minutes)|(?:hours|minutes) later|later that day)\s+"
                       r"(?:[\w.'’-]+\s+){0,5}$", re.IGNORECASE)


# `Minutes after American tariffs took effect on Tuesday, Beijing announced …`: a clause
# opening the sentence that is hours from the main clause, up to its comma
_FRONTED_SAME_DAY = re.compile(r"\W*(?:(?:just|only|within)\s+)?(?:hours|minutes|moments|"
                               r"shortly|soon)\s+(?:after|before)\s+([^;:()\"“”]{1,160}?),\s+",
                               re.IGNORECASE)


def hours_from(ctx: Context, trig: Trigger, sent: Sentence,
               out: list[Mention]) -> dt.Dated | None:
    """`…, hours after Trump signed an executive order`: the day of the event the clause
    is hours from (the day its date names, not the span a duration widened it to). So
    too for a main clause after such a clause opening the sentence, dated to the day."""
    fronted = _FRONTED_SAME_DAY.match(ctx.text, sent.start, trig.start)
    if fronted is not None:
        days = [d for d in (dt.to_dated(t, ctx.text) for t in usable_timexes(
            ctx, fronted.start(1), fronted.end(1))) if d.span.precision == "day"]
        if days and days[-1].span.days == 1:
            return dt.Dated(days[-1].span, days[-1].text,
                            "hours from an event of that day", None, None, 1)
    if not out or not SAME_DAY.search(ctx.text, max(sent.start, trig.seg_start - 40),
                                      trig.start):
        return None
    last = out[-1]
    day = own_day(last)
    if day is None or last.source.char_start != sent.start:
        return None
    return dt.Dated(DateSpan(day, day, "day"), last.source.date_text,
                    "hours from an event of that day", None, None, 1)


# a verb of saying, urging or consenting: what follows it is what was said or agreed to
_TELLING = re.compile(r"\b(?:said|says|told|tells|announced|announces|urged|urges|stated|"
                      r"added|hoped|hopes|agreed|agrees|confirmed|confirms|indicated|"
                      r"disclosed|revealed|promised|pledged|invited)\b", re.IGNORECASE)


def told_before(ctx: Context, trig: Trigger, dated: dt.Dated) -> bool:
    """`Modi said on Monday he would meet Biden`, `On Oct. 29, an official told Xinhua
    that Meshaal would visit Egypt soon`: a planned meeting or visit dated only by the
    saying of it (the report's date, or a date before a verb of saying) is not on that
    date."""
    if family(trig.kind) not in ("meeting", "visit"):
        return False
    if "the date of the report" in dated.how:
        return True  # `Modi said on Monday he would meet Biden`
    return dated.end is not None and dated.end <= trig.start and \
        _TELLING.search(ctx.text, dated.end, trig.start) is not None


# `will visit Washington next week to meet Blinken`, `… for talks with Blinken`: the
# purpose, with no clause break between
_PURPOSE = re.compile(r"[^,;:()]*?\b(?:to|for)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def purpose_of_visit(ctx: Context, trig: Trigger, sent: Sentence,
                     out: list[Mention]) -> dt.Dated | None:
    """`Wang will visit Washington next week to meet Blinken`: a meeting a visit told
    just before it is made for is held while the visit lasts, so it takes the visit's
    date (an arrival's day is not the meeting's, and is left alone)."""
    if not out or family(trig.kind) != "meeting":
        return None
    last = out[-1]
    if last.kind != "visit" or last.date is None or last.source.char_start != sent.start:
        return None
    ends = [h.end for h in last.source.highlights if h.kind == "trigger"]
    if not ends or not 0 <= trig.start - ends[-1] <= 80 or \
            not _PURPOSE.fullmatch(ctx.text, ends[-1], trig.start):
        return None
    return dt.Dated(last.date, last.source.date_text, "the date of the visit it is made for",
                    None, None, 1)


# `ended their summit at the White House on Wednesday with agreements on …`: a meeting
# ended (or concluded, wrapped up) with what it produced, no clause break between
_ENDING = re.compile(r"\b(?:ended|ends|ending|concluded|concludes|concluding|closed|closes|"
                     r"wrapped\s+up|wraps\s+up)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_ENDED_WITH = re.compile(r"[^,;:()]*?\s+with\s+(?:(?:an?|the|two|three|several|new)\s+)?"
                         r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def outcome_of(ctx: Context, trig: Trigger, sent: Sentence,
               out: list[Mention]) -> dt.Dated | None:
    """`Clinton and Jiang ended their summit on Wednesday with agreements on nuclear
    energy`: an agreement a dated meeting, told just before in its clause, ended with was
    reached when the meeting ended, on its date."""
    if not out or trig.verb or family(trig.kind) != "agreement":
        return None
    last = out[-1]
    if family(last.kind) != "meeting" or last.date is None or \
            last.source.char_start != sent.start:
        return None
    marks = [h for h in last.source.highlights if h.kind == "trigger"]
    if not marks or not 0 <= trig.start - marks[-1].end <= 120 or \
            not _ENDING.search(ctx.text, max(sent.start, marks[0].start - 40), marks[0].start) \
            or not _ENDED_WITH.fullmatch(ctx.text, marks[-1].end, trig.start):
        return None
    return dt.Dated(last.date, last.source.date_text, "the date of the meeting it ended with",
                    None, None, 1)
