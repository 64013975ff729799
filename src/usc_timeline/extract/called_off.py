"""When a plan was called off, if the sentence says when the plan was for and who said so.

`A trip that Mattis had been expected to make in October was called off, officials said
on Sunday`, `China scrapped a trip by Liu He that had been planned for later this month,
people said on Friday`: October and later this month are the trip's dates, told in a
relative clause on the trip; the calling off is news of the day it was reported, so the
report's date dates it. With no report (`a visit that was meant to take place in June
was called off`), the plan's date is the only one and stays."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from usc_timeline.merge import family
from usc_timeline.model import DateSpan, Mention
from usc_timeline.text import Sentence
from usc_timeline.timex.record import Timex

from . import dates as dt
from .context import Context, Trigger, usable_timexes

_CALLED_OFF = frozenset({"cancelled", "postponed"})
# a relative clause opening on the called-off event: `trip [to Washington by Liu He] that`
# (past a rate it is raised to: `a rise in tariffs on goods, to 30 percent, which …`)
_RELATIVE = re.compile(r"[^,;:()]{0,60}?(?:,\s*(?:to|from)\s+[^,;:()]{1,40}?)?(?:,\s*)?"
                       r"\b(?:that|which|(?:(?:originally|initially|first)\s+)?"
                       # (or reduced: `an increase in tariffs scheduled for March 1`)
                       r"(?:scheduled|planned|slated|set|due)\s+(?:for|on|in|to)\b)",
                       re.IGNORECASE)


def _noun_end(trig: Trigger) -> int:
    return max([end for _, end in trig.extra] + [trig.head_end])


def plan_dated(ctx: Context, trig: Trigger, dated: dt.Dated) -> bool:
    """Whether a called-off event's chosen date stands in a relative clause on the event
    noun it took over (before the verb that calls it off, when that comes after)."""
    if not trig.absorbed or trig.spec.status not in _CALLED_OFF or dated.start is None:
        return False
    noun_end = _noun_end(trig)
    if dated.start < noun_end or (trig.end > noun_end and dated.start >= trig.end):
        return False  # (a date after the verb is the calling off's own: `… on Friday`)
    return _RELATIVE.match(ctx.text, noun_end, dated.start) is not None


def verb_date(ctx: Context, trig: Trigger, sent: Sentence) -> dt.Dated | None:
    """The date right after the verb that calls off an event noun before it, past a
    relative clause on the noun (`a trip that X had planned was called off on Tuesday`):
    the calling off's own."""
    if not trig.absorbed or trig.spec.status not in _CALLED_OFF or trig.end <= _noun_end(trig):
        return None
    after = usable_timexes(ctx, trig.end, min(sent.end, trig.end + _NEXT_TO))
    if after and not re.search(r"[,;:()]", ctx.text[trig.end:after[0].start]) and \
            not moved_time(ctx, trig, after[0]):
        return dt.to_dated(after[0], ctx.text)
    return None


_NEXT_TO = 16  # characters after the verb where its own date may start


def date_before_verb(ctx: Context, trig: Trigger, sent: Sentence) -> dt.Dated | None:
    """A date between the subject and the verb that calls off the plan (`Beijing on
    Tuesday called off the round of talks scheduled for next week`): the calling off's
    own, before the plan's date that follows the noun."""
    if trig.spec.status not in _CALLED_OFF or not trig.verb:
        return None
    lo = max(sent.start, trig.floor, trig.start - _BEFORE_VERB)
    before = usable_timexes(ctx, lo, trig.start)
    if not before or _CLAUSE_END.search(ctx.text, before[-1].end, trig.start):
        return None
    if not _ONLY_ADVERBS.fullmatch(ctx.text, before[-1].end, trig.start):
        return None
    return dt.to_dated(before[-1], ctx.text)


_BEFORE_VERB = 40  # characters before the verb where its date may stand
# between that date and the verb: at most an adverb (`on Tuesday abruptly called off`)
_ONLY_ADVERBS = re.compile(r"\s*(?:[a-z]+ly\s+|also\s+|then\s+)?")


def said_date(ctx: Context, trig: Trigger) -> dt.Dated | None:
    """The date of a saying the calling-off took over, between it and the verb (`Trump
    said on Sunday he would delay an increase … scheduled for March 1`): the put-off was
    announced that day, whatever the plan's date."""
    if not trig.absorbed or trig.spec.status not in _CALLED_OFF or not trig.reported:
        return None
    said = min([trig.start] + [a for a, _ in trig.extra])  # (not widened to the saying)
    inside = usable_timexes(ctx, said, trig.start)
    if not inside:
        return None
    found = dt.to_dated(inside[-1], ctx.text)
    return dt.Dated(found.span, found.text, f"{found.how}; the date of the report",
                    found.start, found.end, 1, "report")


def plan_date(ctx: Context, trig: Trigger, sent: Sentence) -> dt.Dated | None:
    """The plan's own date, from a relative clause on a called-off event noun that comes
    before the verb calling it off (`a trip that X had been expected to make in May was
    called off`), when nothing else dates the calling off."""
    if trig.spec.status not in _CALLED_OFF:
        return None
    if not trig.absorbed:  # (`dropped a tariff increase that …`: the noun in the form)
        return _plan_after(ctx, trig, trig.end, sent)
    noun_end = _noun_end(trig)
    if trig.end <= noun_end:
        return _plan_after(ctx, trig, noun_end, sent)
    relative = _RELATIVE.match(ctx.text, noun_end, trig.end)
    if relative is None:
        return None
    inside = usable_timexes(ctx, relative.end(), min(trig.end, sent.end))
    return plan_ahead(ctx, trig, dt.to_dated(inside[0], ctx.text)) if inside else None


_CLAUSE_END = re.compile(r"[,;:()]")
# a relative clause opening right on the called-off noun (`a tariff increase that`, `a
# visit, which`), or past a short phrase of what it is on or to, with no comma (`a tariff
# increase on Chinese steel that`, `consultations with Washington that`)
_RELATIVE_HERE = re.compile(r"(?:\s+(?:on|of|to|for|against|from|with|between)\s+"
                            r"[^,;:()]{1,40}?\s+|"
                            r"\s*,?\s*)(?:that|which)\b", re.IGNORECASE)
# the words of a relative clause that tell a plan (`that had been due on`, `which was
# scheduled for`, `set for`), not a past act (`the deal that was signed in 2015`, `set up`)
_PLANNED = re.compile(r"\b(?:due|scheduled|planned|slated|set\s+(?:for|to)|expected|meant|"
                      r"supposed|intended)\b", re.IGNORECASE)
_PLAN_PAST = timedelta(days=92)  # a called-off plan this long before the report is no plan
# the calling off in the present perfect, right before an active verb (`has postponed`)
_HAS_BEFORE = re.compile(r"\b(?:has|have)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _plan_after(ctx: Context, trig: Trigger, noun_end: int, sent: Sentence
                ) -> dt.Dated | None:
    """`Washington dropped a tariff increase that had been due on Oct. 15`: with no date
    of its own nor of a report, a calling off is dated by the plan it ends, told in a
    relative clause right on the noun (up to the clause's end) that says it was planned
    (`the deal that was signed in 2015` is no plan), when that date is not long before
    the report (`had been set for June` read as last June is no plan called off now)."""
    relative = _RELATIVE_HERE.match(ctx.text, noun_end, sent.end)
    if relative is None:
        return None
    stop = _CLAUSE_END.search(ctx.text, relative.end(), sent.end)
    inside = usable_timexes(ctx, relative.end(), stop.start() if stop else sent.end)
    if not inside or not _PLANNED.search(ctx.text, relative.end(), inside[0].start):
        return None
    dated = dt.to_dated(inside[0], ctx.text)
    if ctx.published is not None and dated.span.end < ctx.published.start - _PLAN_PAST:
        return None
    if _HAS_BEFORE.search(ctx.text[max(sent.start, trig.start - 40):trig.start]):
        return _ahead(ctx, dated)  # `has postponed a visit that was set for Sunday`
    return dated


# a bare weekday (`for Tuesday`, `on Saturday`), and the calling off in the present
# perfect right before the end of the trigger (`has been put off`, `have been postponed`)
_WEEKDAY = re.compile(r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                      r"Sunday)", re.IGNORECASE)
_STILL_AHEAD = re.compile(r"\b(?:has|have)\s+been\s+(?:[\w-]+\s+){0,2}[\w-]+$",
                          re.IGNORECASE)
_WEEK = timedelta(days=7)


def plan_ahead(ctx: Context, trig: Trigger, dated: dt.Dated) -> dt.Dated:
    """`The rise in tariffs, which had been scheduled for Tuesday, has been put off`: a
    plan told as called off in the present perfect is news before its day, so the bare
    weekday of its relative clause, read in the past of `had been scheduled`, is the one
    to come (a week later than the last one); any other date stays."""
    if not _STILL_AHEAD.search(ctx.text, _noun_end(trig), trig.end):
        return dated
    return _ahead(ctx, dated)


def _ahead(ctx: Context, dated: dt.Dated) -> dt.Dated:
    """A bare weekday gone by less than a week ago, as the one to come."""
    span = dated.span
    if ctx.published is None or dated.text is None or span.precision != "day" or \
            not _WEEKDAY.fullmatch(dated.text.strip()) or span.start >= ctx.published.start \
            or ctx.published.start - span.start >= _WEEK:
        return dated
    ahead = DateSpan(span.start + _WEEK, span.end + _WEEK, span.precision)
    return replace(dated, span=ahead, how=f"{dated.how}; the one to come: the plan is called "
                   "off before it")


# a time a postponement moves its event to (`pushed back the talks to August`, `put off
# until March 1`), or moves it from when a `to` follows (`rescheduled the forum from June
# to October`)
_MOVED_TO = re.compile(r"\b(?:to|until|till|into)\s+(?:the\s+|early\s+|mid-?|late\s+)?$",
                       re.IGNORECASE)
_MOVED_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_TO_NEXT = re.compile(r"\s+(?:to|until)\b", re.IGNORECASE)


def moved_time(ctx: Context, trig: Trigger, timex: Timex) -> bool:
    """Whether a date after a postponement is the time its event was moved to or from
    (`pushed back the talks to August`, `rescheduled the forum from June to October`):
    the event's old or new time, not the day it was put off."""
    if trig.spec.status != "postponed":
        return False
    lo = max(trig.end, timex.start - 24)
    if _MOVED_TO.search(ctx.text, lo, timex.start):
        return True
    return _MOVED_FROM.search(ctx.text, lo, timex.start) is not None and \
        _TO_NEXT.match(ctx.text, timex.end) is not None


# determiners by which an event noun names one told before (`The trip was postponed`)
_DEFINITE = frozenset({"the", "that", "this", "these", "those"})
_TOLD_WINDOW = 1500  # characters back from the sentence where that event may be told
_PLANS = frozenset({"planned", "unknown"})


def plan_told_before(ctx: Context, sent: Sentence, trig: Trigger) -> Mention | None:
    """`Blinken had planned to visit Beijing on Sunday. The trip was postponed on Friday`:
    a definite event noun called off as the subject of a sentence that names no one is the
    event of its family told last, a few paragraphs back at most, when that one was still
    a plan (a visit told as made is not what is called off); its actors and places are
    those of the calling off."""
    if not trig.absorbed or trig.inner is None or trig.spec.status not in _CALLED_OFF or \
            trig.first == 0 or ctx.tokens.folded[trig.first - 1] not in _DEFINITE:
        return None
    for told in reversed(ctx.history):
        if told.source.char_start >= sent.start:
            continue
        if sent.start - told.source.char_end > _TOLD_WINDOW:
            return None
        if family(told.kind) == family(trig.inner) and told.actors:
            return told if told.status in _PLANS else None
    return None
