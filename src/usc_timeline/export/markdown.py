"""A Markdown chronology for reports: events by year, each with its evidence and sources."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from usc_timeline.export._common import cell, credit, status_suffix
from usc_timeline.labels import span_label
from usc_timeline.model import Document, Event

# Characters that start inline Markdown (CommonMark/GFM) or HTML anywhere in a line,
# and the ones that start a block (heading, list, quote) at its beginning.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>~|])")
_MD_BLOCK_START = re.compile(r"^(\d*)([#+\-=>.)])")


def md(s: str | None) -> str:
    """Article text as literal Markdown: one line, every active character escaped."""
    out = _MD_INLINE.sub(r"\\\1", cell(s))
    return _MD_BLOCK_START.sub(r"\1\\\2", out)


def _entry(event: Event, documents: Mapping[str, Document]) -> list[str]:
    label = span_label(event.date) if event.date else "undated"
    head = f"- **{md(label)}**{status_suffix(event)} — {md(event.title)}"
    facts = [event.kind.replace("_", " ")]
    if event.actors:
        facts.append(", ".join(md(a.name) for a in event.actors))
    if event.places:
        facts.append(", ".join(md(p) for p in event.places))
    head += f" ({'; '.join(facts)})"
    if event.issues:
        head += " " + " ".join(f"`{i}`" for i in event.issues)
    lines = [head]
    for s in event.sources:
        lines.append(f"  > {md(s.sentence)}")
        lines.append(f"  > — {md(credit(s, documents))}")
        lines.append("")
    for c in event.conflicts:
        lines.append(f"  **Sources disagree:** {md(c.description)}")
        lines.append("")
    if lines[-1] != "":
        lines.append("")
    return lines


def render(events: Sequence[Event], documents: Mapping[str, Document]) -> str:
    """'# US–China timeline', a section per year in the given order, undated events last."""
    dated = [e for e in events if e.date is not None]
    undated = [e for e in events if e.date is None]
    out = ["# US–China timeline", ""]
    n_docs = len({s.document for e in events for s in e.sources})
    out.append(f"{len(events)} events from {n_docs} articles. "
               "Dates are the earliest to latest day the sources allow.")
    out.append("")
    year: int | None = None
    for ev in dated:
        assert ev.date is not None
        if ev.date.start.year != year:
            year = ev.date.start.year
            out += [f"## {year}", ""]
        out += _entry(ev, documents)
    if undated:
        out += ["## Undated", ""]
        for ev in undated:
            out += _entry(ev, documents)
    return "\n".join(out).rstrip("\n") + "\n"
