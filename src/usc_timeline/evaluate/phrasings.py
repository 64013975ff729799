"""Scoring the phrasings corpus: many one-event texts, each one wording of one event.

Article sets measure the tool on whole stories, where a few wordings decide most of the
score. A phrasings case is a text of one to three sentences with its publication date
and the one event it reports (or, for a near miss, the kinds it must not produce), so a
score over many cases says how broad the wording is that the extractor understands.

A case is found when an event of its text passes the DESIGN.md pair rule against it
(overlapping dates at most one precision step coarser, a shared actor or place); an
undated case is found by an undated event that shares a participant and is of the same
sort. Kind, status and exact date are then read off the best such event.
"""

from __future__ import annotations

import calendar
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from usc_timeline.evaluate.gold import GoldEvent
from usc_timeline.evaluate.kinds import kinds_agree
from usc_timeline.evaluate.participants import shares_participant
from usc_timeline.evaluate.predicted import PredItem, predicted_items
from usc_timeline.evaluate.rule import best_date
from usc_timeline.evaluate.spans import Span
from usc_timeline.evaluate.status import effective_status

_REQUIRED = ("id", "published", "text", "kind", "date", "status", "actors")
DOC = "case"  # the document name every case's one-document corpus uses


@dataclass(frozen=True, slots=True)
class Case:
    """One text, its publication date, and the event it reports (or the kinds it must not)."""

    source: str  # the file it was read from, for messages and per-file totals
    id: str
    published: str
    text: str
    kind: str  # "none" for a near miss
    span: Span | None  # None: the text does not date the event
    status: str
    actors: tuple[str, ...]
    places: tuple[str, ...]
    absent: tuple[str, ...]
    note: str = ""

    @property
    def near_miss(self) -> bool:
        return self.kind == "none"


@dataclass(frozen=True, slots=True)
class Outcome:
    """How the extractor did on one case."""

    case: Case
    found: bool
    kind_ok: bool = False
    status_ok: bool = False
    exact: bool = False
    wrong: tuple[str, ...] = ()  # near miss: the titles of the events it should not have made
    predicted: tuple[str, ...] = ()  # every event made, for the verbose report


def parse_case_date(value: str, where: str) -> Span | None:
    """'YYYY-MM-DD', 'YYYY-MM-DD/YYYY-MM-DD', 'YYYY-MM', 'YYYY' or '' (undated)."""
    value = value.strip()
    if not value:
        return None
    try:
        if "/" in value:
            first, last = (date.fromisoformat(p.strip()) for p in value.split("/", 1))
            if last < first:
                raise ValueError("the span ends before it starts")
            return Span(first, last, "day")
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            day = date(*parts)
            return Span(day, day, "day")
        if len(parts) == 2:
            end = calendar.monthrange(parts[0], parts[1])[1]
            return Span(date(parts[0], parts[1], 1), date(parts[0], parts[1], end), "month")
        if len(parts) == 1:
            return Span(date(parts[0], 1, 1), date(parts[0], 12, 31), "year")
    except ValueError as exc:
        raise ValueError(f"{where}: date {value!r} is not a case date ({exc})") from exc
    raise ValueError(f"{where}: date {value!r} is not YYYY-MM-DD, a span, YYYY-MM or YYYY")


def _strings(raw: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: {key!r} must be a list of strings")
    return tuple(value)


def case_from_toml(raw: Mapping[str, Any], source: str) -> Case:
    """A checked Case; ValueError names the file and case at fault."""
    where = f"{source}, case {raw.get('id', '?')}"
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise ValueError(f"{where}: missing {', '.join(missing)}")
    date.fromisoformat(str(raw["published"])[:10])
    case = Case(source=source, id=str(raw["id"]), published=str(raw["published"]),
                text=str(raw["text"]), kind=str(raw["kind"]),
                span=parse_case_date(str(raw["date"]), where), status=str(raw["status"]),
                actors=_strings(raw, "actors", where), places=_strings(raw, "places", where),
                absent=_strings(raw, "absent", where), note=str(raw.get("note", "")))
    if case.near_miss and not case.absent:
        raise ValueError(f"{where}: a near miss (kind = \"none\") needs `absent` kinds")
    return case


def load_cases(paths: Sequence[Path]) -> list[Case]:
    """Every case of the given TOML files (folders are read for *.toml, sorted)."""
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.rglob("*.toml")) if path.is_dir() else [path])
    cases: list[Case] = []
    seen: set[tuple[str, str]] = set()
    for file in files:
        with open(file, "rb") as fh:
            data = tomllib.load(fh)
        for raw in data.get("case", []):
            case = case_from_toml(raw, file.name)
            if (file.name, case.id) in seen:
                raise ValueError(f"{file.name}: case id {case.id!r} is used twice")
            seen.add((file.name, case.id))
            cases.append(case)
    return cases


def _as_gold(case: Case, span: Span) -> GoldEvent:
    return GoldEvent(doc=DOC, id=case.id, kind=case.kind, span=span, status=case.status,
                     actors=case.actors, places=case.places, core=True, cluster=case.id)


def _undated_gold(case: Case) -> GoldEvent:
    # any span will do: only participants are compared for an undated case
    return _as_gold(case, Span(date(1, 1, 1), date(1, 1, 1), "day"))


def judge(case: Case, export: Mapping[str, Any]) -> Outcome:
    """The outcome of one case given the events export of its one-document corpus."""
    items = predicted_items(export, [DOC])
    shown = tuple(f"{i.kind}/{i.status} {', '.join(map(str, i.dates)) or 'undated'}: {i.title}"
                  for i in items)
    if case.near_miss:
        wrong = tuple(i.title for i in items if i.kind in case.absent)
        return Outcome(case, found=not wrong, wrong=wrong, predicted=shown)
    best: tuple[tuple[bool, bool, bool], PredItem, Span | None] | None = None
    for item in items:
        when: Span | None = None
        if case.span is None:
            if (item.dates or not kinds_agree(case.kind, item.kind)
                    or not shares_participant(_undated_gold(case), item)):
                continue
        else:
            gold = _as_gold(case, case.span)
            when = best_date(gold, item) if shares_participant(gold, item) else None
            if when is None:
                continue
        rank = (_kind_ok(case, item),
                when is None or case.span is None or when.same_days(case.span),
                _status_ok(case, item))
        if best is None or rank > best[0]:
            best = (rank, item, when)
    if best is None:
        return Outcome(case, found=False, predicted=shown)
    (kind_ok, exact, status_ok), _, _ = best
    return Outcome(case, found=True, kind_ok=kind_ok, status_ok=status_ok, exact=exact,
                   predicted=shown)


def _kind_ok(case: Case, item: PredItem) -> bool:
    """Same sort of happening; a called-off plan may be written as the plan with status
    cancelled or as a cancellation that occurred (DESIGN.md allows both), as in status.py."""
    if kinds_agree(case.kind, item.kind):
        return True
    called_off = ("cancelled", "postponed")
    mine = effective_status(case.kind, case.status)
    return mine in called_off and mine == effective_status(item.kind, item.status)


def _status_ok(case: Case, item: PredItem) -> bool:
    return effective_status(case.kind, case.status) == effective_status(item.kind, item.status)
