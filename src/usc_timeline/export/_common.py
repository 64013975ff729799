"""Small helpers shared by the export formats (not a format itself)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from usc_timeline import safe
from usc_timeline.model import Document, Event, Source

# Characters JSON leaves raw with ensure_ascii=False that a terminal may act on:
# DEL, C1 controls, bidi embeddings/overrides/isolates, line/paragraph separators.
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def json_terminal_safe(dumped: str) -> str:
    """JSON text with terminal-active characters written as \\uXXXX escapes (same data)."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)


def cell(s: str | None) -> str:
    """Article text for a one-line field: controls removed, whitespace folded."""
    return safe.one_line(s or "")


def credit(source: Source, documents: Mapping[str, Document]) -> str:
    """'Outlet, “Title” (document id)' — who says so, for people."""
    doc = documents.get(source.document)
    parts: list[str] = []
    if doc is not None and doc.outlet and doc.outlet.lower() != "unknown":
        parts.append(cell(doc.outlet))
    if doc is not None and doc.title:
        parts.append(f"“{cell(doc.title)}”")
    if doc is not None and doc.published is not None:
        parts.append(doc.published.value)
    label = ", ".join(parts)
    return f"{label} ({cell(source.document)})" if label else cell(source.document)


def status_suffix(event: Event) -> str:
    """' (planned)' etc. for events that did not (yet) simply happen."""
    return f" ({event.status})" if event.status in ("planned", "cancelled", "postponed") else ""
