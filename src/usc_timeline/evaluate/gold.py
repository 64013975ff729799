"""Reading hand-annotated gold events (the form of `seeds/gold-events.json`).

Kept apart from scoring so a gold file can be loaded and checked on its own
(tests validate new gold sets this way before anything is scored against them).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from usc_timeline.evaluate.spans import Span, parse_span


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One annotated event of one document."""

    doc: str
    id: str
    kind: str
    span: Span
    status: str
    actors: tuple[str, ...]
    places: tuple[str, ...]
    core: bool
    cluster: str
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class Gold:
    """A gold file: the documents it covers and their events."""

    documents: tuple[str, ...]
    events: tuple[GoldEvent, ...]


def gold_from_json(data: Mapping[str, Any]) -> Gold:
    """Read a gold document in the form of `seeds/gold-events.json`."""
    if not isinstance(data, Mapping) or not isinstance(data.get("events", []), list):
        raise ValueError('expected an object with an "events" list')
    events: list[GoldEvent] = []
    for i, raw in enumerate(data.get("events", [])):
        if not isinstance(raw, Mapping):
            raise ValueError(f"gold event #{i}: expected an object, got {raw!r}")
        where = f"gold event #{i} ({raw.get('id', '?')})"
        if "doc" not in raw:
            raise ValueError(f'{where}: no "doc" (the file the event is told in)')
        events.append(GoldEvent(
            doc=str(raw["doc"]),
            id=str(raw.get("id", f"event-{i}")),
            kind=str(raw.get("kind", "other")),
            span=parse_span(raw.get("date_start"), raw.get("date_end"), raw.get("precision"),
                            where),
            status=str(raw.get("status", "unknown")),
            actors=tuple(str(a) for a in raw.get("actors", [])),
            places=tuple(str(p) for p in raw.get("places", [])),
            core=bool(raw.get("core", True)),
            cluster=str(raw.get("cluster") or f"{raw['doc']}#{raw.get('id', i)}"),
            evidence=str(raw.get("evidence", "")),
        ))
    docs = [str(d["file"]) for d in data.get("documents", []) if "file" in d]
    for ev in events:
        if ev.doc not in docs:
            docs.append(ev.doc)
    return Gold(tuple(docs), tuple(events))


def load_gold(path: str | Path) -> Gold:
    """Read a gold file from disk."""
    with open(path, encoding="utf-8") as fh:
        return gold_from_json(json.load(fh))
