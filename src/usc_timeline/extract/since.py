"""The parties of an event named after `since` in `the first contact between A and B since
a phone call in March`: what the first-since phrase measures from is an event of the same
two, who are named only before `since`."""

from __future__ import annotations

import re

from usc_timeline.text import Sentence

from .context import Context, Trigger
from .found import Found

# `between A and B since (a|their) [two words] <trigger>`: the pair, then `since` and at
# most three words up to the trigger
_BETWEEN_SINCE = re.compile(r"\bbetween\s+(?P<pair>[^,;:()]{3,90}?)\s+since\s+"
                            r"(?:(?:a|an|the|their|his|her|its)\s+)?(?:[\w'’-]+\s+){0,2}$",
                            re.IGNORECASE)


def parties_since(ctx: Context, sent: Sentence, trig: Trigger) -> list[Found]:
    """The people named in `between A and B` right before `since` and the trigger (a
    noun: `since a phone call in March`), none otherwise."""
    if trig.verb:
        return []
    lo = max(sent.start, trig.start - 160)
    m = _BETWEEN_SINCE.search(ctx.text, lo, trig.start)
    if m is None:
        return []
    return [f for f in ctx.entities.between(m.start("pair"), m.end("pair"))
            if f.kind == "person"]
