"""The scorer's findings and the figures derived from them.

Figures are computed from the kept matches on demand rather than stored, so the
totals, the per-document lines and the JSON form can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from usc_timeline.evaluate.clusters import ClusterResult
from usc_timeline.evaluate.gold import GoldEvent
from usc_timeline.evaluate.joins import Join
from usc_timeline.evaluate.kinds import kinds_agree
from usc_timeline.evaluate.matching import Match
from usc_timeline.evaluate.predicted import PredItem
from usc_timeline.evaluate.status import effective_status


def _ratio(num: int, den: int) -> float | None:
    """num/den, or None when there is nothing to divide by (a figure that does not apply)."""
    return num / den if den > 0 else None


def _precision(matched_core: int, predicted: int, matched_optional: int) -> float | None:
    """Precision that neither rewards nor punishes predictions matching optional gold."""
    return _ratio(matched_core, predicted - matched_optional)


@dataclass(slots=True)
class DocScore:
    """Counts for one gold document."""

    doc: str
    core: int = 0
    core_matched: int = 0
    predicted: int = 0
    matched_core: int = 0
    matched_optional: int = 0

    @property
    def recall(self) -> float | None:
        """Share of this document's core gold events that were matched."""
        return _ratio(self.core_matched, self.core)

    @property
    def precision(self) -> float | None:
        """Share of this document's predictions (not matching optional gold) that matched."""
        return _precision(self.matched_core, self.predicted, self.matched_optional)

    def to_json(self) -> dict[str, Any]:
        """The per-document line of the JSON report."""
        return {
            "document": self.doc,
            "core": self.core,
            "core_matched": self.core_matched,
            "predicted": self.predicted,
            "matched_optional": self.matched_optional,
            "recall": self.recall,
            "precision": self.precision,
        }


@dataclass(slots=True)
class Report:
    """Everything the scorer found: totals, per-document lines and the details."""

    documents: list[DocScore]
    matches: list[Match]
    misses: list[GoldEvent]
    false_positives: list[PredItem]
    clusters: list[ClusterResult]
    # the status each gold cluster's event should carry (see `evaluate.status`)
    expected_status: dict[str, str] = field(default_factory=dict)
    # predicted events standing for core gold of two or more clusters (see `joins`)
    joins: list[Join] = field(default_factory=list)

    @property
    def core(self) -> int:
        """Core gold events over all documents."""
        return sum(d.core for d in self.documents)

    @property
    def core_matched(self) -> int:
        """Core gold events matched over all documents."""
        return sum(d.core_matched for d in self.documents)

    @property
    def recall(self) -> float | None:
        """Share of core gold events matched."""
        return _ratio(self.core_matched, self.core)

    @property
    def precision(self) -> float | None:
        """Share of predictions (not matching optional gold) that matched core gold."""
        return _precision(sum(d.matched_core for d in self.documents),
                          sum(d.predicted for d in self.documents),
                          sum(d.matched_optional for d in self.documents))

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall; None when either does not apply."""
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    @property
    def exact_matches(self) -> int:
        """Matches whose dates cover exactly the gold days."""
        return sum(m.exact for m in self.matches)

    @property
    def merged_clusters(self) -> int:
        """Multi-document clusters covered by a single predicted event."""
        return sum(c.merged for c in self.clusters)

    @property
    def joined_clusters(self) -> int:
        """Predicted events that join two or more gold clusters: the merge rate's check."""
        return len(self.joins)

    @property
    def exact_date_rate(self) -> float | None:
        """Share of matches whose dates are exactly gold's."""
        return _ratio(self.exact_matches, len(self.matches))

    @property
    def merge_rate(self) -> float | None:
        """Share of multi-document clusters merged into one event."""
        return _ratio(self.merged_clusters, len(self.clusters))

    @property
    def kind_mismatches(self) -> list[Match]:
        """Matches allowed by the DESIGN.md rule whose kinds name different happenings."""
        return [m for m in self.matches if not kinds_agree(m.gold.kind, m.pred.kind)]

    @property
    def kind_rate(self) -> float | None:
        """Share of matches whose predicted kind agrees with gold's (see `kinds`)."""
        return _ratio(len(self.matches) - len(self.kind_mismatches), len(self.matches))

    @property
    def core_matched_same_kind(self) -> int:
        """Core gold events matched by a prediction of an agreeing kind."""
        return sum(m.gold.core and kinds_agree(m.gold.kind, m.pred.kind) for m in self.matches)

    @property
    def recall_same_kind(self) -> float | None:
        """Core recall counting only matches whose kinds agree: a stricter reading."""
        return _ratio(self.core_matched_same_kind, self.core)

    @property
    def status_checked(self) -> list[Match]:
        """Matches whose gold cluster has a known status."""
        return [m for m in self.matches if m.gold.cluster in self.expected_status]

    @property
    def status_mismatches(self) -> list[Match]:
        """Matches whose predicted status is not the one the gold story ends with."""
        return [m for m in self.status_checked
                if effective_status(m.pred.kind, m.pred.status)
                != self.expected_status[m.gold.cluster]]

    @property
    def status_rate(self) -> float | None:
        """Share of matches with the status the gold story ends with."""
        checked = len(self.status_checked)
        return _ratio(checked - len(self.status_mismatches), checked)

    @property
    def date_mismatches(self) -> list[Match]:
        """Matches whose dates are allowed but not exactly gold's."""
        return [m for m in self.matches if not m.exact]

    @property
    def split_clusters(self) -> list[ClusterResult]:
        """Multi-document clusters no single predicted event covers."""
        return [c for c in self.clusters if not c.merged]

    def to_json(self) -> dict[str, Any]:
        """The whole report as JSON (what `event_eval.py --json` prints)."""
        return {
            "core": self.core,
            "core_matched": self.core_matched,
            "recall": self.recall,
            "precision": self.precision,
            "f1": self.f1,
            "matches": len(self.matches),
            "exact_date_rate": self.exact_date_rate,
            "status_rate": self.status_rate,
            "kind_rate": self.kind_rate,
            "recall_same_kind": self.recall_same_kind,
            "merge_clusters": len(self.clusters),
            "merged_clusters": self.merged_clusters,
            "merge_rate": self.merge_rate,
            "joined_clusters": self.joined_clusters,
            "documents": [d.to_json() for d in self.documents],
            "misses": [{"document": g.doc, "id": g.id, "kind": g.kind, "date": str(g.span),
                        "evidence": g.evidence} for g in self.misses],
            "false_positives": [{"document": p.doc, "id": p.event_id, "title": p.title,
                                 "dates": [str(d) for d in p.dates]}
                                for p in self.false_positives],
            "date_mismatches": [{"document": m.gold.doc, "gold": m.gold.id, "predicted":
                                 m.pred.event_id, "gold_date": str(m.gold.span),
                                 "predicted_date": str(m.date)} for m in self.date_mismatches],
            "status_mismatches": [{"document": m.gold.doc, "gold": m.gold.id,
                                   "predicted": m.pred.event_id,
                                   "expected_status": self.expected_status[m.gold.cluster],
                                   "predicted_status": m.pred.status}
                                  for m in self.status_mismatches],
            "kind_mismatches": [{"document": m.gold.doc, "gold": m.gold.id,
                                 "predicted": m.pred.event_id, "gold_kind": m.gold.kind,
                                 "predicted_kind": m.pred.kind} for m in self.kind_mismatches],
            "split_clusters": [{"cluster": c.cluster, "documents": list(c.documents),
                                "coverage": c.coverage} for c in self.split_clusters],
            "joins": [{"event": j.event_id, "clusters": list(j.clusters),
                       "documents": list(j.documents)} for j in self.joins],
        }
