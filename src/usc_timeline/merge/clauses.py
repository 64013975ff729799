"""One event told twice in one sentence, the second time in a clause about the first's
time: `the two sides met for the first time on June 21, when the ministers held a dialogue
with ...`, `visited the Pentagon in August, when the two ministers agreed to ...`,
`sent destroyers past the reefs, most recently on May 10, when the USS ... sailed within
12 miles`. The clause says what happened then, not that something else did, so its
report joins the event it hangs off, whoever each names."""

from __future__ import annotations

from collections import defaultdict

from usc_timeline.model import Mention

from .features import Features
from .state import Cluster
from .told import in_clause_of

# the families a clause's report may be part of, besides its own: what was agreed at a
# meeting or on a visit, a meeting held on one, the trip the deal was signed on
_PART_OF: dict[str, frozenset[str]] = {
    "agreement": frozenset({"meeting", "visit"}),
    "meeting": frozenset({"visit", "agreement"}),
    "visit": frozenset({"agreement", "meeting"}),
}


def _hangs_off(m: Mention, w: Mention) -> bool:
    """`m` is told in a when-clause of `w`'s sentence, on the very date `w` has."""
    return m.date is not None and w.date is not None and m.date.start == w.date.start \
        and m.date.end == w.date.end and in_clause_of(m, w)


def _fits(part: Cluster, whole: Cluster, wholes: list[Mention]) -> bool:
    """Every report of `part` hangs off a report of `whole`, the two of one family (or
    of families one of which is part of the other), both in one state, at no two
    different venues."""
    if part.family != whole.family and \
            whole.family not in _PART_OF.get(part.family, frozenset()):
        return False
    if not part.statuses & whole.statuses:
        return False
    mine, theirs = part.places - part.country_names, whole.places - whole.country_names
    if mine and theirs and not mine & theirs:
        return False
    return all(any(_hangs_off(m, w) for w in wholes) for m in part.members)


def fold_clauses(clusters: list[Cluster], feats: dict[int, Features]) -> list[Cluster]:
    """Clusters all of whose reports are told in a when-clause of one other cluster's
    report join that cluster (when exactly one fits); found through their sentences, so
    the fold stays linear."""
    by_sentence: dict[tuple[str, int], list[Cluster]] = defaultdict(list)
    for c in clusters:
        for key in sorted(c.sentences):
            by_sentence[key].append(c)
    gone: set[int] = set()
    for c in clusters:
        if c.order in gone or not c.members:
            continue
        seen: dict[int, Cluster] = {}
        for key in sorted(c.sentences):
            for w in by_sentence[key]:
                if w is not c and w.order not in gone:
                    seen[w.order] = w
        found = []
        for _, w in sorted(seen.items()):
            wholes = [m for m in w.members if m.date is not None]
            if _fits(c, w, wholes):
                found.append(w)
        if len(found) != 1:
            continue
        target = found[0]
        for m in c.members:
            target.add(m, feats[id(m)])
        for key in c.sentences:
            if c in by_sentence[key]:
                by_sentence[key].remove(c)
            if target not in by_sentence[key]:
                by_sentence[key].append(target)
        gone.add(c.order)
    return [c for c in clusters if c.order not in gone]
