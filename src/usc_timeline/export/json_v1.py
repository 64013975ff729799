"""Export contract v1 of DESIGN.md: format "usc-timeline/events", version 1, the events."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from usc_timeline.model import Document, Event

FORMAT_NAME = "usc-timeline/events"
VERSION = 1


def export_document(events: Sequence[Event]) -> dict[str, Any]:
    """The v1 document as plain data."""
    return {"format": FORMAT_NAME, "version": VERSION, "events": [e.to_json() for e in events]}


def render(events: Sequence[Event], documents: Mapping[str, Document]) -> str:
    """The v1 document as pretty JSON text, UTF-8 characters kept as they are."""
    return json.dumps(export_document(events), ensure_ascii=False, indent=2) + "\n"
