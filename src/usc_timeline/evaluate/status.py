"""What status a matched event should carry, seen from the whole story.

A preview article says a visit is planned; a later one reports it happened. The merged
event rightly says "occurred", so the preview's gold "planned" is not what the timeline
should show: the expected status of a gold event is the most settled status any gold
event of its cluster gives (occurred, then cancelled, then postponed, then planned).

A called-off plan can be written two ways — a visit with status "cancelled", or a
"cancellation" that occurred — so both sides are read through `effective_status`.
"""

from __future__ import annotations

from collections.abc import Iterable

from usc_timeline.evaluate.gold import GoldEvent

# most settled first: a later report of what happened outranks an earlier plan
SETTLED_ORDER = ("occurred", "cancelled", "postponed", "planned")


# kinds that name a called-off plan, and the status the plan itself then has
_CALLED_OFF = {"cancellation": "cancelled", "postponement": "postponed"}


def effective_status(kind: str, status: str) -> str:
    """The status of the plan itself: an occurred cancellation is a cancelled plan."""
    if status == "occurred" and kind in _CALLED_OFF:
        return _CALLED_OFF[kind]
    return status


def expected_statuses(golds: Iterable[GoldEvent]) -> dict[str, str]:
    """The status each gold cluster's event should end with (clusters with a known one)."""
    best: dict[str, int] = {}
    for g in golds:
        status = effective_status(g.kind, g.status)
        if status in SETTLED_ORDER:
            rank = SETTLED_ORDER.index(status)
            best[g.cluster] = min(rank, best.get(g.cluster, rank))
    return {cluster: SETTLED_ORDER[rank] for cluster, rank in best.items()}
