"""Merge scoring: did one predicted event cover a story told in several documents?

Per-document matching cannot see merging, so clusters of gold events (the same
real event in two or more articles) are checked separately here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from usc_timeline.evaluate.gold import Gold
from usc_timeline.evaluate.predicted import PredItem
from usc_timeline.evaluate.rule import compatible


@dataclass(slots=True)
class ClusterResult:
    """One multi-document gold cluster and whether a single predicted event covers it."""

    cluster: str
    documents: tuple[str, ...]
    merged: bool
    # predicted event ids covering the cluster in each document (for split reports)
    coverage: dict[str, list[str]] = field(default_factory=dict)


def score_clusters(gold: Gold, items: Sequence[PredItem]) -> list[ClusterResult]:
    """Clusters with core gold in two or more documents, and whether one event covers them."""
    core_docs: dict[str, set[str]] = defaultdict(set)
    for g in gold.events:
        if g.core:
            core_docs[g.cluster].add(g.doc)
    results = []
    for cluster in sorted(c for c, docs in core_docs.items() if len(docs) >= 2):
        docs = tuple(sorted(core_docs[cluster]))
        members = [g for g in gold.events if g.cluster == cluster]
        coverage: dict[str, list[str]] = {d: [] for d in docs}
        per_event: dict[int, set[str]] = defaultdict(set)
        for item in items:
            if item.doc in coverage and any(
                    g.doc == item.doc and compatible(g, item) is not None for g in members):
                coverage[item.doc].append(item.event_id)
                per_event[item.event_index].add(item.doc)
        merged = any(found >= set(docs) for found in per_event.values())
        results.append(ClusterResult(cluster, docs, merged, coverage))
    return results
