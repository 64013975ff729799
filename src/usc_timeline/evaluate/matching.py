"""One document's gold and predicted events paired one-to-one.

Among the pairs the rule allows, the assignment keeps the set that matches the
most core gold first, then the most exact dates, so that a vague duplicate never
steals the gold event an exact prediction would have matched.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from usc_timeline.evaluate.assignment import max_weight_assignment
from usc_timeline.evaluate.gold import GoldEvent
from usc_timeline.evaluate.participants import shares_named_actor
from usc_timeline.evaluate.predicted import PredItem
from usc_timeline.evaluate.rule import compatible
from usc_timeline.evaluate.spans import Span


@dataclass(frozen=True, slots=True)
class Match:
    """A gold event, the prediction paired with it, and the date they matched on."""

    gold: GoldEvent
    pred: PredItem
    date: Span
    exact: bool


def _weight(gold: GoldEvent, pred: PredItem, when: Span) -> int:
    """Core first, then exact dates, then close precision, then same kind, then a
    person (or body) both name: of two meetings of one day and of the same two countries (Kerry
    and Han, Kissinger and Wang), each prediction is paired with its own people's, not
    at random, so that no event seems to stand for both (see `joins`)."""
    w = 100_000 if gold.core else 1_000
    if when.same_days(gold.span):
        w += 100
    w += 10 * (5 - when.precision_gap(gold.span))
    if pred.kind == gold.kind:
        w += 5
    if shares_named_actor(gold, pred):
        w += 1
    return w


def match_document(golds: Sequence[GoldEvent], preds: Sequence[PredItem]) -> list[Match]:
    """The best one-to-one matches between one document's gold and predicted events."""
    dates = [[compatible(g, p) for p in preds] for g in golds]
    weights = [[_weight(g, p, d) if d is not None else 0 for p, d in zip(preds, row, strict=True)]
               for g, row in zip(golds, dates, strict=True)]
    out = []
    for gi, pi in max_weight_assignment(weights):
        when = dates[gi][pi]
        assert when is not None
        g = golds[gi]
        out.append(Match(g, preds[pi], when, when.same_days(g.span)))
    return out
