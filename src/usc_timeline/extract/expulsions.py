"""The check `sent_away_whom` (triggers.toml): a government sending another side's people
away is a punitive measure, a sanction (`Beijing expelled three reporters`, `whom Beijing
ordered out on Feb. 19`, `revoked the press credentials of three reporters`, `limited the
number of Chinese citizens the outlets could employ`), when such people or their papers
are named right at the trigger. A member expelled from a party, a board or a school, or
an expulsion named alone, stays `other`; the other forms (`ordered out`, `limited the
number of`) make no event without such people (`ordered out the residents`, `limited the
number of cars`). The words are data (`[checks.sent_away_whom]` of triggers.toml)."""

from __future__ import annotations

from functools import cache

from usc_timeline.text import Sentence

from .context import Context
from .phrases import Hit
from .triggers import KindSpec
from .triggers import check_lists as _check_lists

__all__ = ["sent_away_whom"]

_SANCTION = KindSpec("sanction")
_BEFORE = 4  # words before the trigger where its subject may be (`two diplomats were expelled`)
_AFTER = 7  # words after it where its object may be (`expelled three Journal reporters`)


@cache
def _people() -> frozenset[str]:
    (people,) = _check_lists("sent_away_whom", "people")
    return people


def sent_away_whom(ctx: Context, sent: Sentence, hit: Hit) -> KindSpec | bool:
    """A sanction when a foreign side's people or their papers are named at the trigger;
    otherwise an expulsion stays the group's kind and the other forms make no event."""
    tokens, folded = ctx.tokens, ctx.tokens.folded
    lo = hit.first
    while lo > 0 and hit.first - lo < _BEFORE and tokens.starts[lo - 1] >= sent.start:
        lo -= 1
    hi = hit.last
    while hi < len(folded) and hi - hit.last < _AFTER and tokens.starts[hi] < sent.end:
        hi += 1
    if _people().intersection(folded[lo:hi]):
        return _SANCTION
    return folded[hit.first].startswith(("expel", "expul"))
