"""Knight Lab TimelineJS 3 JSON: the timeline as an interactive web page.

Only the date parts the text gives are written (a month-precision event has a
year and month, no day); issues become TimelineJS groups; each event's first
source is its media: the evidence sentence as a blockquote, credited to the article.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from typing import Any

from usc_timeline.export._common import cell, credit, json_terminal_safe, status_suffix
from usc_timeline.labels import span_label
from usc_timeline.model import DateSpan, Document, Event


def _parts(span: DateSpan, *, end: bool) -> dict[str, Any]:
    d = span.end if end else span.start
    parts: dict[str, Any] = {"year": d.year}
    if span.precision in ("day", "week"):
        parts.update(month=d.month, day=d.day)
    elif span.precision in ("month", "season"):
        parts["month"] = d.month
    return parts


def date_parts(span: DateSpan) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """TimelineJS start_date and end_date (None when the span is one unit of its precision)."""
    start = _parts(span, end=False)
    finish = _parts(span, end=True)
    if span.precision == "decade":
        finish = {"year": span.end.year}
    start["display_date"] = span_label(span)
    return start, (None if finish == {k: v for k, v in start.items() if k != "display_date"}
                   else finish)


def _text(event: Event, documents: Mapping[str, Document]) -> str:
    bits: list[str] = []
    if event.actors:
        bits.append("<p>" + html.escape(", ".join(cell(a.name) for a in event.actors)) + "</p>")
    facts = [event.kind.replace("_", " "), event.status, *event.places]
    bits.append("<p>" + html.escape(" · ".join(cell(f) for f in facts)) + "</p>")
    if len(event.sources) > 1:
        items = "".join(f"<li>{html.escape(credit(s, documents))}</li>" for s in event.sources)
        bits.append(f"<p>Sources:</p><ul>{items}</ul>")
    for c in event.conflicts:
        bits.append(f"<p><b>Sources disagree:</b> {html.escape(cell(c.description))}</p>")
    return "".join(bits)


def slide(event: Event, documents: Mapping[str, Document]) -> dict[str, Any]:
    """One TimelineJS event object for a dated event."""
    assert event.date is not None
    start, end = date_parts(event.date)
    out: dict[str, Any] = {"unique_id": event.id, "start_date": start}
    if end is not None:
        out["end_date"] = end
    out["text"] = {
        "headline": html.escape(cell(event.title) + status_suffix(event)),
        "text": _text(event, documents),
    }
    if event.issues:
        out["group"] = event.issues[0].replace("_", " ")
    if event.sources:
        first = event.sources[0]
        doc = documents.get(first.document)
        out["media"] = {
            "url": f"<blockquote>{html.escape(cell(first.sentence))}</blockquote>",
            "credit": html.escape(credit(first, documents)),
        }
        if doc is not None and doc.url:
            out["media"]["link"] = cell(doc.url)
    return out


def render(events: Sequence[Event], documents: Mapping[str, Document]) -> str:
    """The TimelineJS document; undated events are left out (TimelineJS needs a start)."""
    doc: dict[str, Any] = {
        "title": {"text": {
            "headline": "US–China timeline",
            "text": f"{sum(e.date is not None for e in events)} dated events from news articles",
        }},
        "events": [slide(e, documents) for e in events if e.date is not None],
    }
    return json_terminal_safe(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"
