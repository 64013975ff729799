"""The check `again_after_call` (triggers.toml): `They are due to speak again on Friday`
after a phone call the text told just before is another call between the same people;
`speak again` with no call before it (`he will speak again at the rally`) is none."""

from __future__ import annotations

from usc_timeline.text import Sentence

from .context import Context
from .phrases import Hit

__all__ = ["again_after_call"]

_CALL_REACH = 300  # characters from the end of the call's sentence to this one


def again_after_call(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """Whether a call was told in the sentence or two before the hit's."""
    return any(m.kind == "call" and 0 <= sent.start - m.source.char_end <= _CALL_REACH
               for m in ctx.history[-4:])
