"""The predicted side: an events export cut into one item per gold document.

Matching is per document, but one exported event may cite several documents;
each citing document sees the event with the dates its own sources give.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from usc_timeline.evaluate.spans import Span, parse_span


@dataclass(frozen=True, slots=True)
class PredActor:
    """A predicted actor: its name and, when the extractor knew it, its country code."""

    name: str
    country: str | None


@dataclass(frozen=True, slots=True)
class PredItem:
    """A predicted event as seen from one document it has sources in."""

    doc: str
    event_index: int
    event_id: str
    title: str
    kind: str
    status: str
    dates: tuple[Span, ...]  # each source's own date (or the event's) in this document
    actors: tuple[PredActor, ...]
    places: tuple[str, ...]
    # the dates its sources in this document give themselves (none for undated ones)
    own_dates: tuple[Span, ...] = ()


def export_events(events: Iterable[Any]) -> dict[str, Any]:
    """Wrap model Events (anything with `to_json`) as an events export document."""
    return {"format": "usc-timeline/events", "version": 1,
            "events": [e.to_json() for e in events]}


def _pred_span(raw: Any) -> Span | None:
    """An exported date as a Span; None when missing or malformed (it then cannot match)."""
    if not isinstance(raw, Mapping) or not raw.get("start") or not raw.get("end"):
        return None
    try:
        return parse_span(raw["start"], raw["end"], raw.get("precision", "day"), "predicted date")
    except ValueError:
        return None


def _doc_key(document: str, gold_docs: Sequence[str]) -> str | None:
    """The gold document a source's `document` names (exact, else by file name)."""
    if document in gold_docs:
        return document
    name = PurePath(document.replace("\\", "/")).name
    for doc in gold_docs:
        if PurePath(doc).name == name:
            return doc
    return None


def predicted_items(export: Mapping[str, Any] | Sequence[Any], gold_docs: Sequence[str]
                    ) -> list[PredItem]:
    """Split each exported event into one item per gold document it has sources in."""
    events = export.get("events", []) if isinstance(export, Mapping) else export
    if not isinstance(events, Sequence) or isinstance(events, str):
        raise ValueError('expected an events export: an object with an "events" list')
    items: list[PredItem] = []
    for index, ev in enumerate(events):
        if not isinstance(ev, Mapping):
            raise ValueError(f"exported event #{index}: expected an object, got {ev!r}")
        event_date = _pred_span(ev.get("date"))
        by_doc: dict[str, list[Span | None]] = defaultdict(list)
        own: dict[str, list[Span]] = defaultdict(list)
        for src in ev.get("sources", []):
            doc = _doc_key(str(src.get("document", "")), gold_docs)
            if doc is not None:
                said = _pred_span(src.get("date"))
                by_doc[doc].append(said or event_date)
                if said is not None:
                    own[doc].append(said)
        actors = tuple(PredActor(str(a.get("name", "")), a.get("country"))
                       for a in ev.get("actors", []) if isinstance(a, Mapping))
        places = tuple(str(p) for p in ev.get("places", []))
        for doc in sorted(by_doc):
            dates = tuple(dict.fromkeys(d for d in by_doc[doc] if d is not None))
            items.append(PredItem(doc, index, str(ev.get("id", index)), str(ev.get("title", "")),
                                  str(ev.get("kind", "")), str(ev.get("status", "unknown")),
                                  dates, actors, places, tuple(dict.fromkeys(own[doc]))))
    return items
