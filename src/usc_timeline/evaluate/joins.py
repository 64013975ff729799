"""Joined clusters: predicted events that stand for two or more different real events.

The merge rate rewards one event that covers a cluster in all its documents; merging
everything of a day into one event would raise it. This count is its check: it rises
when merging joins what gold keeps apart. A predicted event stands for a core gold
event when

- the per-document matching pairs them (one gold event per document at most, so this
  sees joins across documents: the Kerry–Xie talks of one article and the Yellen
  visit of another in one event); or
- within a document where it is paired with a gold event, one of its sources there
  gives a date of its own that shares no day with the paired gold event but fits a
  core gold event of another cluster under the pair rule (`met Qin on Sunday` and
  `met Wang on Monday` in one event). A source dated more vaguely but overlapping
  (`this month`) says nothing against the pairing, and an undated source nothing at
  all; a prediction with a single source can stand for one event only.

An event that stands for core gold of two or more clusters joined them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from usc_timeline.evaluate.gold import GoldEvent
from usc_timeline.evaluate.matching import Match
from usc_timeline.evaluate.participants import shares_participant
from usc_timeline.evaluate.predicted import PredItem
from usc_timeline.evaluate.rule import date_ok
from usc_timeline.evaluate.spans import Span


@dataclass(frozen=True, slots=True)
class Join:
    """A predicted event and the gold clusters it stands for (two or more)."""

    event_id: str
    clusters: tuple[str, ...]
    documents: tuple[str, ...]


def _other_telling(paired: GoldEvent, item: PredItem, when: Span,
                   golds: Sequence[GoldEvent]) -> GoldEvent | None:
    """The core gold event of another cluster that a source dated `when`, disjoint from
    the paired gold event's days, tells (exact days first), if any fits."""
    if when.overlaps(paired.span):
        return None
    fits = [g for g in golds if g.core and g.cluster != paired.cluster
            and date_ok(g.span, when) and shares_participant(g, item)]
    return min(fits, key=lambda g: (not when.same_days(g.span), g.cluster), default=None)


def find_joins(matches: Sequence[Match], golds: Sequence[GoldEvent]) -> list[Join]:
    """Predicted events standing for core gold of two or more clusters, by event id."""
    by_doc: dict[str, list[GoldEvent]] = defaultdict(list)
    for g in golds:
        by_doc[g.doc].append(g)
    stands: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    ids: dict[int, str] = {}
    for m in matches:
        item = m.pred
        ids[item.event_index] = item.event_id
        if m.gold.core:
            stands[item.event_index][m.gold.cluster].add(item.doc)
        for when in item.own_dates:
            other = _other_telling(m.gold, item, when, by_doc[item.doc])
            if other is not None:
                stands[item.event_index][other.cluster].add(item.doc)
    joins = [Join(ids[e], tuple(sorted(found)),
                  tuple(sorted({d for docs in found.values() for d in docs})))
             for e, found in stands.items() if len(found) >= 2]
    return sorted(joins, key=lambda j: j.event_id)
