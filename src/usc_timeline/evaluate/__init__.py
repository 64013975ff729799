"""Score an events export against hand-annotated gold events.

Library form of `benchmarks/event_eval.py`, so a notebook or a test can score a
timeline without a subprocess. The matching rule is the one in DESIGN.md: per
document, one-to-one; a predicted event matches a gold event of the same
document when one of its sources is in that document, the dates overlap with
the predicted precision at most one step coarser than gold's, and at least one
actor (by a name token or a country code) or place is shared.

The package's modules, in the order the scorer uses them: `spans` (dates),
`gold` and `predicted` (the two inputs), `participants` and `rule` (when a pair
may match), `assignment` and `matching` (which pairs are kept), `clusters`
(merging across documents), `joins` (events standing for several clusters, the merge
rate's check), `report` and `scoring` (the figures), `text` (the
printed report). Every public name is re-exported here.
"""

from __future__ import annotations

from usc_timeline.evaluate.assignment import max_weight_assignment
from usc_timeline.evaluate.clusters import ClusterResult
from usc_timeline.evaluate.gold import Gold, GoldEvent, gold_from_json, load_gold
from usc_timeline.evaluate.joins import Join, find_joins
from usc_timeline.evaluate.matching import Match
from usc_timeline.evaluate.participants import (
    COUNTRY_NAMES,
    actor_matches,
    place_matches,
    shares_participant,
)
from usc_timeline.evaluate.predicted import PredActor, PredItem, export_events, predicted_items
from usc_timeline.evaluate.report import DocScore, Report
from usc_timeline.evaluate.rule import best_date, compatible, date_ok
from usc_timeline.evaluate.scoring import score
from usc_timeline.evaluate.spans import Span
from usc_timeline.evaluate.text import format_report

__all__ = [
    "COUNTRY_NAMES",
    "ClusterResult",
    "DocScore",
    "Gold",
    "GoldEvent",
    "Join",
    "Match",
    "PredActor",
    "PredItem",
    "Report",
    "Span",
    "actor_matches",
    "best_date",
    "compatible",
    "date_ok",
    "export_events",
    "find_joins",
    "format_report",
    "gold_from_json",
    "load_gold",
    "max_weight_assignment",
    "place_matches",
    "predicted_items",
    "score",
    "shares_participant",
]
