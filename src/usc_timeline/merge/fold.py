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


def surnames(c: Cluster) -> list[str]:
    """The names its people may go by alone: each one's surname keys (`Modi` for
    `Narendra Modi`; a one-word name is its own)."""
    return sorted({s for p in c.persons for s in surname_keys(p, c.person_country.get(p))})


def fold_into(clusters: list[Cluster], feats: dict[int, Features], *,
              whole: str | frozenset[str], part: str,
              buckets: Callable[[DateSpan | None], list[str]], fits: Fits,
              names: Callable[[Cluster], list[str]] | None = None) -> list[Cluster]:
    """Clusters of family `part` join the cluster of family `whole` (or of one of the
    families `whole` lists) that `fits` them when exactly one does; candidates are found
    through a shared name key — by default a surname (a full name and its bare surname
    meet) — and a date bucket, so the fold stays linear in the clusters; the keys must be
    ones every fit needs, or unrelated clusters of the bucket crowd out the right one
    (only the `RECENT` last of a key are looked at)."""
    keys = names or surnames
    wholes = frozenset({whole}) if isinstance(whole, str) else whole
    index: dict[tuple[str, str], list[Cluster]] = defaultdict(list)
    whole_docs: dict[int, set[str]] = {}
    for c in clusters:
        if c.family in wholes:
            whole_docs[c.order] = set(c.docs)
            for name in keys(c):
                for t in buckets(c.span):
                    index[(name, t)].append(c)
    kept: list[Cluster] = []
    for c in clusters:
        target = None
        mine = keys(c) if c.family == part and c.span is not None else []
        if mine:
            seen: dict[int, Cluster] = {}
            for name in mine:
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
            # the whole now also goes by the part's names (a later part naming only
            # them finds it, as it would had the two been one cluster from the start)
            for name in keys(target):
                for t in buckets(target.span):
                    bucket = index[(name, t)]
                    if not bucket or bucket[-1] is not target:
                        bucket.append(target)
    return kept
