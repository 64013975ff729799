"""iCalendar (RFC 5545): one all-day VEVENT per dated event, for calendar clients.

Output depends only on the events and documents (no clock, no random UIDs), so the
same timeline exports to the same file and a re-import updates events in place.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from usc_timeline.export._common import cell, credit, status_suffix
from usc_timeline.labels import span_label
from usc_timeline.model import Document, Event

PRODID = "-//usc-timeline//US-China events timeline//EN"
UID_DOMAIN = "usc-timeline"
_STATUS = {"occurred": "CONFIRMED", "planned": "TENTATIVE", "postponed": "TENTATIVE",
           "cancelled": "CANCELLED"}


def escape_text(s: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, newline escaped."""
    s = s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return s.replace("\r\n", "\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Split a content line into ≤75-octet pieces joined by CRLF + space (§3.1).

    Never cuts inside a UTF-8 character.
    """
    out: list[str] = []
    current: list[str] = []
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append("".join(current))
            current, size, limit = [], 0, 74  # continuation lines start with a space
        current.append(ch)
        size += n
    out.append("".join(current))
    return "\r\n ".join(out) + "\r\n"


def _day(d: date) -> str:
    return d.strftime("%Y%m%d")


def _stamp(event: Event, documents: Mapping[str, Document]) -> str:
    """DTSTAMP from the data: the latest publication among its sources, else the event's end."""
    days: list[date] = []
    for s in event.sources:
        doc = documents.get(s.document)
        if doc is not None and doc.published is not None:
            days.append(doc.published.span.end)
    if event.date is not None:
        days.append(event.date.end)
    return (max(days) if days else date(1970, 1, 1)).strftime("%Y%m%dT000000Z")


def _description(event: Event, documents: Mapping[str, Document]) -> str:
    assert event.date is not None
    lines = [f"{span_label(event.date)} ({event.date.precision} precision) · "
             f"{event.kind.replace('_', ' ')} · {event.status}"]
    if event.actors:
        lines.append("Actors: " + "; ".join(cell(a.name) for a in event.actors))
    if event.issues:
        lines.append("Issues: " + ", ".join(event.issues))
    for s in event.sources:
        lines.append("")
        lines.append(f"“{cell(s.sentence)}”")
        lines.append(f"— {credit(s, documents)}")
    for c in event.conflicts:
        lines.append("")
        lines.append(f"Sources disagree: {cell(c.description)}")
    lines.append("")
    lines.append(f"timeline show {event.id}")
    return "\n".join(lines)


def vevent(event: Event, documents: Mapping[str, Document]) -> list[str]:
    """The content lines of one dated event (unfolded)."""
    assert event.date is not None
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape_text(event.id)}@{UID_DOMAIN}",
        f"DTSTAMP:{_stamp(event, documents)}",
        f"DTSTART;VALUE=DATE:{_day(event.date.start)}",
        f"DTEND;VALUE=DATE:{_day(event.date.end + timedelta(days=1))}",
        f"SUMMARY:{escape_text(cell(event.title) + status_suffix(event))}",
        f"DESCRIPTION:{escape_text(_description(event, documents))}",
    ]
    if event.places:
        lines.append(f"LOCATION:{escape_text('; '.join(cell(p) for p in event.places))}")
    categories = [event.kind, *event.issues]
    lines.append("CATEGORIES:" + ",".join(escape_text(c) for c in categories))
    if event.status in _STATUS:
        lines.append(f"STATUS:{_STATUS[event.status]}")
    lines.append("TRANSP:TRANSPARENT")  # history, not busy time
    urls = [d.url for s in event.sources if (d := documents.get(s.document)) and d.url]
    if urls:
        lines.append(f"URL:{cell(urls[0])}")
    lines.append("END:VEVENT")
    return lines


def render(events: Sequence[Event], documents: Mapping[str, Document]) -> str:
    """A VCALENDAR with one VEVENT per dated event (undated events cannot be placed)."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:US–China timeline",
    ]
    for ev in events:
        if ev.date is not None:
            lines.extend(vevent(ev, documents))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) for line in lines)
