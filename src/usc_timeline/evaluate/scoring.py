"""Scoring an events export against gold: the entry point that ties the steps together.

Each gold document is matched on its own (see `matching`), then clusters spanning
documents are checked for merging (see `clusters`) and predicted events for joining
different clusters (see `joins`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from usc_timeline.evaluate.clusters import score_clusters
from usc_timeline.evaluate.gold import Gold, GoldEvent
from usc_timeline.evaluate.joins import find_joins
from usc_timeline.evaluate.matching import Match, match_document
from usc_timeline.evaluate.predicted import PredItem, predicted_items
from usc_timeline.evaluate.report import DocScore, Report
from usc_timeline.evaluate.status import expected_statuses


def score(export: Mapping[str, Any] | Sequence[Any], gold: Gold) -> Report:
    """Score an events export (the `timeline export --format json` document) against gold."""
    items = predicted_items(export, gold.documents)
    golds_by_doc: dict[str, list[GoldEvent]] = defaultdict(list)
    for g in gold.events:
        golds_by_doc[g.doc].append(g)
    preds_by_doc: dict[str, list[PredItem]] = defaultdict(list)
    for item in items:
        preds_by_doc[item.doc].append(item)

    docs: list[DocScore] = []
    matches: list[Match] = []
    misses: list[GoldEvent] = []
    false_pos: list[PredItem] = []
    for doc in gold.documents:
        golds, preds = golds_by_doc.get(doc, []), preds_by_doc.get(doc, [])
        found = match_document(golds, preds)
        matched_gold = {id(m.gold) for m in found}
        matched_pred = {id(m.pred) for m in found}
        core_matched = sum(m.gold.core for m in found)
        docs.append(DocScore(doc, core=sum(g.core for g in golds), core_matched=core_matched,
                             predicted=len(preds), matched_core=core_matched,
                             matched_optional=sum(not m.gold.core for m in found)))
        matches.extend(found)
        misses.extend(g for g in golds if g.core and id(g) not in matched_gold)
        false_pos.extend(p for p in preds if id(p) not in matched_pred)
    return Report(docs, matches, misses, false_pos, score_clusters(gold, items),
                  expected_statuses(gold.events), find_joins(matches, gold.events))
