"""The checks `again_after_call` and `spoke_on_a_date` (triggers.toml): `They are due to
speak again on Friday` after a phone call the text told just before is another call
between the same people, and `the two leaders had spoken on Friday` tells that call's day;
`speak again` with no call before it (`he will speak again at the rally`) is none, and so
is speaking with no date right after it (`an official who spoke on condition of
anonymity`)."""

from __future__ import annotations

import re

from usc_timeline.text import Sentence

from .context import Context, usable_timexes
from .phrases import Hit

__all__ = ["again_after_call", "spoke_on_a_date"]

_CALL_REACH = 300  # characters from the end of the call's sentence to this one


def again_after_call(ctx: Context, sent: Sentence, hit: Hit, reach: int = _CALL_REACH
                     ) -> bool:
    """Whether a call was told in the sentence or two before the hit's."""
    return any(m.kind == "call" and 0 <= sent.start - m.source.char_end <= reach
               for m in ctx.history[-4:])


_LEAD_REACH = 1500  # characters from the call's sentence to the one telling its day
_DATE_NEXT = re.compile(r"\s+(?:on\s+)?$")  # between the verb and its date


def spoke_on_a_date(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """Whether a date follows the verb right away (`had spoken on Friday`, `spoke
    Thursday`) and a call was told among the last mentions, up to a few paragraphs back
    (an article's lead tells the call, a later paragraph its day), or the subject is two
    people of two countries (`President Trump and Xi Jinping would speak on Friday`),
    with no place after the date (`spoke on Monday in Bali`: they met)."""
    after = usable_timexes(ctx, hit.end, min(sent.end, hit.end + 8))
    if not after or _DATE_NEXT.fullmatch(ctx.text, hit.end, after[0].start) is None:
        return False
    told = ctx.tokens.folded[hit.first] not in _PLAN_FORMS and \
        again_after_call(ctx, sent, hit, _LEAD_REACH)
    return told or (
        _two_sides_speak(ctx, sent, hit) and not _PLACE_NEXT.match(ctx.text, after[0].end))


# forms that do not tell the day of a call told before (`Dong is due to speak on Sunday`
# after a video call: a speech to come), only a call of two sides named as the subject
_PLAN_FORMS = frozenset({"speak", "speaks"})


# between the second of two people and the verb: an auxiliary at most (`would speak`)
_AUXILIARY = re.compile(r"\s+(?:(?:will|would|are\s+to|were\s+to|are\s+due\s+to|"
                        r"are\s+expected\s+to|had|have|also)\s+)?", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}$", re.IGNORECASE)
_PLACE_NEXT = re.compile(r"\s+(?:in|at)\s+(?-i:[A-Z])", re.IGNORECASE)


def _two_sides_speak(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """`President Trump and Xi Jinping would speak`: the subject is two people joined by
    `and` (a title may open the second), of two countries, right before the verb."""
    people = [f for f in ctx.entities.between(sent.start, hit.start) if f.kind == "person"]
    if len(people) < 2:
        return False
    a, b = people[-2], people[-1]
    if not _AUXILIARY.fullmatch(ctx.text, b.end, hit.start) or \
            not _AND.fullmatch(ctx.text, a.end, b.start):
        return False
    here = a.actor.country if a.actor is not None else None
    there = b.actor.country if b.actor is not None else None
    return here is not None and there is not None and here != there
