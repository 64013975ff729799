"""One side's government telling the other something on a date: `In July, the United
States told China that the ship carried chemicals`, `Washington warned Beijing on Monday
that …`. A reporting verb makes a statement event only when a person speaks; when a
country or an agency addresses the other side's government, the telling is itself the
diplomatic act (a démarche, a warning), so it is a statement of those two."""

from __future__ import annotations

from dataclasses import replace

from usc_timeline.text import Sentence

from .context import Context, Trigger, usable_timexes
from .fallback import SIDES, fronted, side_subject
from .triggers import KindSpec

__all__ = ["ADDRESSED", "addressed_other_side"]

ADDRESSED = KindSpec("statement")  # a telling that is an act of its own, not a report
_TELLING = frozenset({"told", "warned", "urged", "informed", "notified"})
_DATE_REACH = 6  # characters between the one addressed and the date (`told China on Monday`)


def addressed_other_side(ctx: Context, sent: Sentence, triggers: list[Trigger]
                         ) -> list[Trigger]:
    """The triggers, with a dated telling of one side's country or agency to the other
    side's made an act of its own, where no trigger names another event."""
    if not triggers or any(not t.spec.light for t in triggers):
        return triggers
    return [replace(t, spec=ADDRESSED) if t.verb and t.text.casefold() in _TELLING
            and _addressed(ctx, sent, t) else t for t in triggers]


def _addressed(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """`<a side's country or agency> told <the other side's actor> …`, dated right after
    the one addressed or at the opening of the sentence."""
    subject = side_subject(ctx, sent, trig.start)
    if subject is None or subject.kind == "person" or subject.actor is None:
        return False  # (a person's telling is a statement already)
    after = [f for f in ctx.entities.between(trig.end, trig.end + 2)
             if f.actor is not None and not ctx.text[trig.end:f.start].strip()]
    if not after or after[0].kind == "person":
        return False
    addressee = after[0].actor
    if addressee is None or {subject.actor.country, addressee.country} != SIDES:
        return False
    end = max(f.end for f in after)
    return bool(usable_timexes(ctx, end, end + _DATE_REACH)) or any(
        fronted(ctx, sent, t, subject.start)
        for t in usable_timexes(ctx, sent.start, subject.start))
