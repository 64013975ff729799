"""A government's announced step: `On Tuesday, the State Department said it would treat
five Chinese news organizations as foreign missions`, `Beijing said on Saturday that it
would give the device back`. A saying of a country or an agency makes no statement
event (only people's sayings do), and the step it announces has no trigger here, so
without this the sentence yields nothing; with it, the saying is an announcement on its
own date, as `China said on Monday it would raise tariffs` already is when the step has
a trigger (sentence.py `sayings`)."""

from __future__ import annotations

import re
from dataclasses import replace

from usc_timeline.text import Sentence

from .context import Context, Trigger, usable_timexes
from .fallback import (
    SIDES,
    both_sides,
    document_names_both,
    fronted,
    no_third_country,
    side_subject,
)

__all__ = ["announced_step"]

# right after the saying (and its date): `that`, then who will act and `would` or `will`
_THAT = re.compile(r"\s*,?\s*(?:that\s+)?(?:the\s+)?", re.IGNORECASE)
_PRONOUN = re.compile(r"(?:it|they)\b", re.IGNORECASE)
_WOULD = re.compile(r"\s+(?:would|will)\s+(?:not\s+)?[a-z]", re.IGNORECASE)
# words of a title before a name (`Foreign Minister Wang Yi`, `Secretary of State Antony
# Blinken`): capitalised ones and the small words that join them, at most five
_TITLE = re.compile(r"(?:(?:[A-Z][\w.'’-]*|of|for|the|and)\s+){0,5}")
_TITLED = 40  # characters after `that` within which the first actor's name starts
_SAID_DATE_REACH = 6  # characters between `said` and its own date (`said on Monday`)


def announced_step(ctx: Context, sent: Sentence, triggers: list[Trigger]) -> list[Trigger]:
    """The triggers, with a country's or an agency's dated saying that it (or another
    actor) would or will take a step made an announcement, in a sentence that names
    both sides and where no trigger names an event before the saying's `would`. A plan
    told after it (`China said on Thursday that Hu would attend the summit`) is an event
    of its own, the summit; its making public is the announcement, on the saying's day.
    A measure is not: `said on Monday it would raise tariffs` is that day's measure
    (sentence.py), one event."""
    if not triggers:
        return triggers
    announcing = ctx.triggers.kinds.get("announcement")
    if announcing is None:
        return triggers
    events = [t for t in triggers if not t.spec.light]
    if any(t.kind in ctx.triggers.announced_measures for t in events):
        return triggers
    out = []
    for t in triggers:
        if t.kind == "statement" and t.verb:
            would = _a_step(ctx, sent, t)
            if would is not None and all(e.start >= would for e in events):
                t = replace(t, spec=announcing)
        out.append(t)
    return out


def _a_step(ctx: Context, sent: Sentence, trig: Trigger) -> int | None:
    """Where the `would` ends in `<a side's country or agency> said <its date> (that)
    <it or an actor> would …`, dated right after the verb or at the opening of the
    sentence; None if the saying is not such."""
    subject = side_subject(ctx, sent, trig.start)
    if subject is None or subject.kind == "person":
        return None  # (a person's saying is a statement already)
    after = trig.end
    own = usable_timexes(ctx, trig.end, trig.end + _SAID_DATE_REACH)
    if own:
        after = own[0].end
    elif not any(fronted(ctx, sent, t, subject.start)
                 for t in usable_timexes(ctx, sent.start, subject.start)):
        return None
    that = _THAT.match(ctx.text, after)
    at = that.end() if that is not None else after
    pronoun = _PRONOUN.match(ctx.text, at)
    if pronoun is not None:
        at = pronoun.end()
    else:
        # the actor named first, past its title (`President Hu Jintao would attend`)
        names = [f for f in ctx.entities.between(at, at + _TITLED) if f.actor is not None]
        if not names or _TITLE.fullmatch(ctx.text, at, names[0].start) is None:
            return None
        at = names[0].end
    would = _WOULD.match(ctx.text, at)
    if would is None or not (both_sides(ctx, sent) or (
            pronoun is not None and subject.actor is not None
            and subject.actor.country in SIDES and no_third_country(ctx, sent)
            and document_names_both(ctx))):
        # (a side's own step, `China said on Thursday that it would allow the carrier to
        # call at Hong Kong`, is timeline news in an article of both sides, though its
        # sentence names one)
        return None
    return would.end() - 1
