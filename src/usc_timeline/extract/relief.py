"""Checks (`check = ...` in triggers.toml) for measures named by their noun: an embargo,
restrictions or curbs. Taken away by the verb before them (`lifted the embargo on a long
list of goods`, `eased travel and trade restrictions`, `the easing of the embargo`), they
are a measure lifted, kind `other` like tariffs cut; an embargo named otherwise is one laid
(`imposed an arms embargo in June 1989`), a sanction; restrictions or curbs named otherwise
are no event of their own (`restrictions on speech`) unless what they are laid on names
the measure's kind (`curbs on exports of gallium`: an export control; `restrictions on
imports`: a ban; `restrictions on visas`: a sanction). The words are data
(`[checks.relieved]` and `[checks.restricted]` of triggers.toml)."""

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
    """Restrictions or curbs: an event when lifted (other), or when what they are laid
    on names the measure (`aimed_at`); else none (`restrictions on speech`)."""
    verb = _verb_before(ctx, sent, hit)
    if verb == "lifting":
        return _LIFTED
    return verb != "broken" and aimed_at(ctx, sent, hit)


_AIM_REACH = 6  # tokens after `on`/`over` where the restricted trade may be named
_AIMS = frozenset({"on", "over"})


@cache
def _aims() -> tuple[tuple[frozenset[str], str], ...]:
    exports, imports, visas = _check_lists("restricted", "exports", "imports", "visas")
    return ((exports, "export_control"), (imports, "ban"), (visas, "sanction"))


def aimed_at(ctx: Context, sent: Sentence, hit: Hit) -> KindSpec | bool:
    """Restrictions, curbs, controls or limits laid on a trade that names their kind,
    right after `on`/`over` in their clause: exports or shipments (`curbs on exports of
    gallium`, `restrictions on rare earth shipments`: an export control; but another
    country's exports, `restrictions on US rice exports`, are kept out: a ban), imports or
    investment (a ban), visas (a sanction). Not `restrictions on speech`."""
    tokens, folded = ctx.tokens, ctx.tokens.folded
    k = hit.last
    if k >= len(tokens) or tokens.starts[k] >= sent.end or folded[k] not in _AIMS:
        return False
    for j in range(k + 1, min(len(tokens), k + 1 + _AIM_REACH)):
        if tokens.starts[j] >= sent.end or _PUNCT.search(
                ctx.text, tokens.ends[j - 1], tokens.starts[j]):
            return False
        for words, kind in _aims():
            if folded[j] in words:
                if kind == "export_control" and any(
                        f.kind == "country" for f in ctx.entities.between(
                            tokens.starts[k + 1], tokens.starts[j])):
                    kind = "ban"  # `curbs on Chinese exports`: another side's goods kept out
                return ctx.triggers.kinds[kind]
    return False
