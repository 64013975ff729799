"""The check `bars_from` (triggers.toml): the bare verb `bar` is a ban when what it bars
is kept from doing something, a `from` and a verb's -ing form a few words on in its
clause (`announced that it would bar most foreign nationals who had recently been in
China from entering the United States`, `moved to bar the company from buying chips`);
not `bar` in any other sense (`raise the bar`, `a bar in Shanghai`, `bar none`)."""

from __future__ import annotations

import re

from usc_timeline.text import Sentence

from .context import Context
from .phrases import Hit

__all__ = ["bars_from"]

_REACH = 14  # at most this many words between `bar` and its `from`
_BREAK = re.compile(r"[;:()\"“”]")
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "shall", "should",
                     "to", "also", "effectively"})
_RELATIVE = frozenset({"that", "which"})


def bars_from(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """Whether `from` and an -ing word follow the verb within its clause, and the verb is
    no relative clause's on a rule or an order (`signed two executive orders that will
    bar Americans from doing business with ...`, `rules that bar lawmakers from holding
    posts`): that measure is told by its own noun, and a rule is no event."""
    tokens, folded = ctx.tokens, ctx.tokens.folded
    j = hit.first - 1
    while j >= 0 and folded[j] in _MODALS:
        j -= 1
    if j >= 0 and folded[j] in _RELATIVE:
        return False
    k = hit.last
    while k + 1 < len(tokens) and tokens.starts[k + 1] < sent.end and k - hit.last < _REACH:
        if _BREAK.search(ctx.text, tokens.ends[k - 1], tokens.starts[k]):
            return False
        if folded[k] == "from":
            after = folded[k + 1]
            return len(after) > 4 and after.endswith("ing")
        k += 1
    return False
