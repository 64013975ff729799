"""Checks (`check = ...` in triggers.toml) for measures named by their noun: an embargo,
restrictions or curbs. Taken away by the verb before them (`lifted the embargo on a long
list of goods`, `eased travel and trade restrictions`, `the easing of the embargo`), they
are a measure lifted, kind `other` like tariffs cut; an embargo named otherwise is one laid
(`imposed an arms embargo in June 1989`), a sanction; restrictions or curbs named otherwise
are no event of their own (`restrictions on speech`). The verbs are data
(`[checks.relieved]` of triggers.toml)."""

from __future__ import annotations

import re
from functools import cache

from usc_timeline.text import Sentence

from .context import Context
from .phrases import Hit
from .triggers import KindSpec
from .triggers import check_lists as _check_lists

_LIFTED = KindSpec("other")  # a measure taken away lays nothing on anyone
_REACH = 7  # at most this many tokens between the verb and the noun (`its 21-year-old trade`)
# what ends the look back (not quotes: `a "clear violation" of the embargo`)
_PUNCT = re.compile(r"[,;:()]")


@cache
def _verbs() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    lifting, laying, broken = _check_lists("relieved", "lifting", "laying", "broken")
    return lifting, laying, broken


def _verb_before(ctx: Context, sent: Sentence, hit: Hit) -> str | None:
    """'lifting', 'laying' or 'broken': the first such word before the noun, in its clause
    (`lifted the embargo`, `imposed new curbs`, `a violation of the embargo`)."""
    lifting, laying, broken = _verbs()
    tokens, folded = ctx.tokens, ctx.tokens.folded
    k = hit.first - 1
    while k >= 0 and hit.first - k <= _REACH + 1 and tokens.starts[k] >= sent.start:
        if _PUNCT.search(ctx.text, tokens.ends[k], tokens.starts[k + 1]):
            return None
        for name, words in (("lifting", lifting), ("laying", laying), ("broken", broken)):
            if folded[k] in words:
                return name
        k -= 1
    return None


def _verb_after(ctx: Context, sent: Sentence, hit: Hit) -> str | None:
    """'lifted' or 'lapsed': what the embargo as a subject undergoes, in its clause (`the
    embargo on seafood was lifted on Friday`, `the embargo ... had ended on Friday`)."""
    lifting, _, _ = _verbs()
    tokens, folded = ctx.tokens, ctx.tokens.folded
    for k in range(hit.last, min(len(tokens), hit.last + _REACH + 1)):
        if tokens.starts[k] >= sent.end or _PUNCT.search(
                ctx.text, tokens.ends[k - 1], tokens.starts[k]):
            return None
        if folded[k] in _LAPSING:
            return "lapsed"
        if folded[k] in lifting:
            return "lifted" if folded[k - 1] in _PASSIVE else "lapsed"
    return None


# an embargo ending by itself: no one takes it away, so no event (`expired on Friday`)
_LAPSING = frozenset({"expired", "expires", "expire", "lapsed", "lapses", "lapse"})
_PASSIVE = frozenset({"was", "were", "been", "be", "is", "are", "being"})


def lifted_or_laid(ctx: Context, sent: Sentence, hit: Hit) -> KindSpec | bool:
    """An embargo: lifted (kind other: `lifted the embargo`, `the embargo was lifted`),
    broken or lapsed (no event of the embargo's: `violated the embargo on Friday`, `the
    embargo had ended on Friday` do not date it) or, named any other way, laid (its group's
    kind)."""
    verb = _verb_before(ctx, sent, hit)
    if verb == "lifting":
        return _LIFTED
    if verb == "broken":
        return False
    after = _verb_after(ctx, sent, hit)
    return _LIFTED if after == "lifted" else after is None


def lifted(ctx: Context, sent: Sentence, hit: Hit) -> KindSpec | bool:
    """Restrictions or curbs: an event only when lifted."""
    return _LIFTED if _verb_before(ctx, sent, hit) == "lifting" else False
