"""'Did you mean …?': known values close to a mistyped one, and the message that offers them.

A filter that silently matches nothing looks like an empty timeline; naming the
near misses turns a typo into a one-keystroke fix.
"""

from __future__ import annotations

from collections.abc import Iterable

from usc_timeline.model import Actor
from usc_timeline.query.keys import actor_keys, fold


def suggest(value: str, choices: Iterable[str], limit: int = 3) -> list[str]:
    """Known values close to a mistyped one, best first."""
    from rapidfuzz import fuzz, process, utils

    pool = list(dict.fromkeys(c for c in choices if c))
    found = process.extract(
        value, pool, scorer=fuzz.WRatio, processor=utils.default_process,
        limit=limit * 3, score_cutoff=72,
    )
    best = [str(choice) for choice, _score, _i in found]
    return best[:limit]


def did_you_mean(what: str, value: str, hints: list[str], listing: str) -> str:
    """The error for an unknown value: the hints if any, else where to list the valid ones."""
    msg = f"no {what} matches {value!r}"
    if hints:
        quoted = [repr(h) for h in hints]
        alts = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]
        return f"{msg}; did you mean {alts}?"
    return f"{msg}; {listing}"


def full_names_for(hints: list[str], actors: Iterable[Actor]) -> list[str]:
    """Map suggested short names/codes back to a full actor name where one is unique."""
    by_key: dict[str, set[str]] = {}
    for a in actors:
        for k in actor_keys(a):
            by_key.setdefault(k, set()).add(a.name)
    out: list[str] = []
    for h in hints:
        names = by_key.get(fold(h), set())
        out.append(next(iter(names)) if len(names) == 1 else h)
    return list(dict.fromkeys(out))
