"""Whether a match pairs events of the same sort: a diagnostic beside the DESIGN.md rule.

The DESIGN.md rule pairs a prediction with a gold event on dates and a shared
participant only, so a prediction of another event of the same people and days (a
statement matched to a visit) still counts as found. The contract rule stays as it is;
this module says how many matches also agree on what happened, so a report can show
the recall that rests on matches of the right sort.

Kinds are grouped loosely: a visit and the meetings held during it, or a ban and an
export control, are reports of one happening in other words; `other` agrees only with
`other`.
"""

from __future__ import annotations

_GROUPS: dict[str, str] = {
    "meeting": "encounter", "talks": "encounter", "summit": "encounter",
    "call": "encounter", "visit": "encounter", "arrival": "encounter",
    "cancellation": "called_off", "postponement": "called_off",
    "ban": "measure", "export_control": "measure", "sanction": "measure",
    "statement": "saying", "announcement": "saying",
}


def kind_group(kind: str) -> str:
    """The loose group of a kind (the kind itself when it stands alone)."""
    return _GROUPS.get(kind, kind)


def kinds_agree(gold_kind: str, pred_kind: str) -> bool:
    """Whether a predicted kind names the same sort of happening as the gold kind."""
    return kind_group(gold_kind) == kind_group(pred_kind)
