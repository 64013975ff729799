"""CSV: one row per event, lists flattened with '; ', for spreadsheets.

`evidence` holds every source sentence, one per line inside the (quoted) cell.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence

from usc_timeline.export._common import cell
from usc_timeline.labels import span_label
from usc_timeline.model import Document, Event

COLUMNS = (
    "id", "date_start", "date_end", "date_precision", "date_label", "title", "kind", "status",
    "actors", "countries", "places", "issues", "documents", "sources", "conflicts", "evidence",
)
# A cell starting with one of these is run as a formula by spreadsheet programs;
# text from articles is prefixed with an apostrophe so it stays text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def text_cell(s: str | None) -> str:
    """Article text made one-line and inert in spreadsheets."""
    out = cell(s)
    return "'" + out if out.startswith(_FORMULA_START) else out


def _join(values: Sequence[str]) -> str:
    return text_cell("; ".join(cell(v) for v in values))


def render(events: Sequence[Event], documents: Mapping[str, Document]) -> str:
    """Header plus one row per event; empty cells for an undated event's date."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for ev in events:
        d = ev.date
        writer.writerow([
            ev.id,
            d.start.isoformat() if d else "",
            d.end.isoformat() if d else "",
            d.precision if d else "",
            span_label(d) if d else "",
            text_cell(ev.title),
            ev.kind,
            ev.status,
            _join([a.name for a in ev.actors]),
            "; ".join(dict.fromkeys(a.country for a in ev.actors if a.country)),
            _join(ev.places),
            "; ".join(ev.issues),
            _join(list(dict.fromkeys(s.document for s in ev.sources))),
            str(len(ev.sources)),
            _join([c.description for c in ev.conflicts]),
            "\n".join(text_cell(s.sentence) for s in ev.sources),
        ])
    return buf.getvalue()
