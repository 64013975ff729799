"""The check `protest_by_whom` (triggers.toml): a protest a government or an official
makes (`The United States protested to Beijing`, `Tokyo lodged a formal protest`) is a
statement; a crowd's protest (`students protested outside the embassy`, `Protests
erupted`) stays a demonstration, and a protest lodged by summoning an envoy is the
summons (`summoned the ambassador to lodge a protest`). A complaint is a statement only
when lodged through channels (`lodged a formal complaint with Washington`)."""

from __future__ import annotations

from usc_timeline.text import Sentence

from .context import Context
from .phrases import Hit
from .triggers import KindSpec

__all__ = ["protest_by_whom"]

_STATEMENT = KindSpec("statement")
# people in numbers: who demonstrates rather than protests through diplomatic channels
_CROWDS = frozenset({"students", "demonstrators", "protesters", "protestors", "workers",
                     "people", "thousands", "hundreds", "dozens", "residents", "crowds",
                     "crowd", "activists", "villagers", "farmers", "citizens", "supporters",
                     "mobs", "mob", "marchers", "fans", "monks", "youths", "veterans"})
# what makes a protest noun a government's act: lodged, formal, diplomatic
_LODGED = frozenset({"lodged", "lodge", "lodges", "lodging", "filed", "formal", "diplomatic",
                     "official", "stern", "strong", "strongest", "made", "issued"})
_LODGED_AFTER = frozenset({"lodged", "filed", "issued", "delivered"})
_CROWD_WORDS = 8  # words before the verb where a crowd would be its subject
_LODGED_WORDS = 3  # words before the noun where it is lodged


def protest_by_whom(ctx: Context, sent: Sentence, hit: Hit) -> KindSpec | bool:
    """A statement for a protest made through channels; else the group's own kind."""
    folded = ctx.tokens.folded
    first = hit.first
    lo = first
    while lo > 0 and ctx.tokens.starts[lo - 1] >= sent.start:
        lo -= 1
    hi = hit.last
    while hi < len(folded) and ctx.tokens.starts[hi] < sent.end:
        hi += 1
    if any(w.startswith("summon") for w in folded[lo:hi]):
        return True
    at = next((i for i in range(first, hit.last)
               if folded[i].startswith(("protest", "complaint"))), first)
    word = folded[at]
    first = at
    if word.startswith("protested"):
        before = folded[max(lo, first - _CROWD_WORDS):first]
        return True if _CROWDS.intersection(before) else _STATEMENT
    if word in ("protest", "protests"):
        before = folded[max(lo, first - _LODGED_WORDS):first]
        after = folded[first + 1:min(hi, first + 3)]  # `a protest made public by ...`
        lodged_after = bool(after) and (after[0] in _LODGED_AFTER or (
            after[0] == "made" and after[1:2] in (["public"], ["by"], ["to"])))
        return _STATEMENT if _LODGED.intersection(before) or lodged_after else True
    if word in ("complaint", "complaints"):
        # `lodged a formal complaint with the United States`: a government's protest;
        # any other complaint (`consumer complaints`, `filed a complaint in court`,
        # `pilgrims had made a complaint`) is no event
        before = folded[max(lo, first - _LODGED_WORDS):first]
        return _STATEMENT if any(w.startswith("lodg") for w in before) else False
    return True
