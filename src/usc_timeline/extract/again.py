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
    (an article's lead tells the call, a later paragraph its day)."""
    after = usable_timexes(ctx, hit.end, min(sent.end, hit.end + 8))
    return bool(after) and _DATE_NEXT.fullmatch(ctx.text, hit.end, after[0].start) is not None \
        and again_after_call(ctx, sent, hit, _LEAD_REACH)
