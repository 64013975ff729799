"""Whether `welcomed` names a meeting: only with a guest (a person) as its object.

`Erdogan welcomed Putin to Ankara` is a meeting; `China welcomed the decision`,
`welcomed Xi's remarks` and `was welcomed by crowds` are not. Checked on the hit, before
the sentence's triggers share it out, so a rejected `welcome` changes nothing else."""

from __future__ import annotations

import re

from usc_timeline.text import Sentence

from .context import Context
from .phrases import Hit

WELCOME = frozenset({"welcome", "welcomed", "welcomes", "welcoming"})
_PASSIVE_AUX = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "got"})
# words that may stand between `welcomed` and its guest (`welcomed the visiting Chinese
# President Xi`), besides capitalised ones (titles, nationalities)
_BEFORE_GUEST = frozenset({"the", "visiting", "his", "her", "their", "its", "former"})
_GUEST_WORDS = 3  # at most this many words between `welcomed` and the guest
_POSSESSOR_NEXT = re.compile(r"['’]s?\b")


def welcomes_a_guest(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """A `welcome` hit that names a meeting: a person, not a possessor (`Xi's remarks`),
    within three words after it, and not in the passive (`was welcomed by`)."""
    folded = ctx.tokens.folded
    if hit.first > 0 and folded[hit.first - 1] in _PASSIVE_AUX:
        return False
    end = ctx.tokens.ends[hit.first]
    for f in ctx.entities.between(end, min(sent.end, end + 60)):
        if f.kind != "person":
            continue
        gap = ctx.text[end:f.start].split()
        return len(gap) <= _GUEST_WORDS and all(
            w in _BEFORE_GUEST or w[:1].isupper() for w in gap) and \
            _POSSESSOR_NEXT.match(ctx.text, f.end) is None and _to_a_place(ctx, f.end)
    return False


def _to_a_place(ctx: Context, at: int) -> bool:
    """After the guest, `to` must lead to a named place (`to Ankara`, `to the White
    House`, `to the Planalto Palace`), not `to the podium` or `to the club`; no `to` is
    fine."""
    to = _TO.match(ctx.text, at)
    return to is None or ctx.text[to.end():to.end() + 1].isupper()


_TO = re.compile(r"\s+to\s+(?:the\s+)?", re.IGNORECASE)
