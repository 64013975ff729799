"""The DESIGN.md pair rule: when a predicted event may stand for a gold event.

Same document, a shared participant, and overlapping dates with the prediction
at most one precision step coarser than gold. Which of the allowed pairs are
kept is the assignment's business (see `matching`), not this module's.
"""

from __future__ import annotations

from usc_timeline.evaluate.gold import GoldEvent
from usc_timeline.evaluate.participants import shares_participant
from usc_timeline.evaluate.predicted import PredItem
from usc_timeline.evaluate.spans import Span
from usc_timeline.model import PRECISIONS


def date_ok(gold: Span, pred: Span) -> bool:
    """Overlapping, and the prediction at most one precision step coarser than gold."""
    step = PRECISIONS.index(pred.precision) - PRECISIONS.index(gold.precision)
    return pred.overlaps(gold) and step <= 1


def best_date(gold: GoldEvent, pred: PredItem) -> Span | None:
    """The prediction's date that matches the gold best (exact first), if any matches."""
    good = [d for d in pred.dates if date_ok(gold.span, d)]
    if not good:
        return None
    return min(good, key=lambda d: (
        not d.same_days(gold.span),
        d.precision_gap(gold.span),
        abs((d.start - gold.span.start).days) + abs((d.end - gold.span.end).days),
    ))


def compatible(gold: GoldEvent, pred: PredItem) -> Span | None:
    """The date on which the pair matches under the DESIGN.md rule, or None."""
    if gold.doc != pred.doc or not shares_participant(gold, pred):
        return None
    return best_date(gold, pred)
