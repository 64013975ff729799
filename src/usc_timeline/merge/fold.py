"""Folding one family of clusters into another after clustering: a meeting into the
visit it was part of, an agreement into the summit it was reached at. Reports of the
part and of the whole share too little to join mention by mention; once the clusters
exist, the part joins the one whole that fits it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from usc_timeline.model import DateSpan

from .features import Features, resolve_people, surname_keys
from .state import Cluster

RECENT = 64  # clusters looked at per index key

# (part, whole, the whole's documents) -> whether the part belongs to the whole
Fits = Callable[[Cluster, Cluster, set[str]], bool]


def people_of(a: Cluster, b: Cluster) -> tuple[frozenset[str], frozenset[str]]:
    """Both clusters' people, a bare surname in one taken as the one full name of the
    other it can be (`Modi` / `Narendra Modi`), so the two can be compared by name."""
    country = {**b.person_country, **a.person_country}
    mine = resolve_people(a.persons, b.persons, country)
    return mine, resolve_people(b.persons, mine, country)


def _surnames(c: Cluster) -> list[str]:
    """The names its people may go by alone: each one's surname keys (`Modi` for
    `Narendra Modi`; a one-word name is its own)."""
    return sorted({s for p in c.persons for s in surname_keys(p, c.person_country.get(p))})


def fold_into(clusters: list[Cluster], feats: dict[int, Features], *, whole: str, part: str,
              buckets: Callable[[DateSpan | None], list[str]], fits: Fits) -> list[Cluster]:
    """Clusters of family `part` join the cluster of family `whole` that `fits` them when
    exactly one does; candidates are found through a shared surname (a full name and its
    bare surname meet) and a date bucket, so the fold stays linear in the clusters."""
    index: dict[tuple[str, str], list[Cluster]] = defaultdict(list)
    whole_docs: dict[int, set[str]] = {}
    for c in clusters:
        if c.family == whole:
            whole_docs[c.order] = set(c.docs)
            for name in _surnames(c):
                for t in buckets(c.span):
                    index[(name, t)].append(c)
    kept: list[Cluster] = []
    for c in clusters:
        target = None
        if c.family == part and c.persons and c.span is not None:
            seen: dict[int, Cluster] = {}
            for name in _surnames(c):
                for t in buckets(c.span):
                    for w in index.get((name, t), ())[-RECENT:]:
                        seen[w.order] = w
            found = [w for _, w in sorted(seen.items()) if fits(c, w, whole_docs[w.order])]
            target = found[0] if len(found) == 1 else None
        if target is None:
            kept.append(c)
        else:
            for m in c.members:
                target.add(m, feats[id(m)])
    return kept
