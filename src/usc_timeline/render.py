"""Rich renderables for people at a terminal: the event table, one event, sources, summaries.

Every string that comes from an article (titles, sentences, names, places) goes
through `safe.text`/`safe.one_line`, so it is shown as text and never parsed as
rich markup or passed to the terminal as an escape sequence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from usc_timeline import safe
from usc_timeline.labels import (
    actor_long,
    actors_short,
    date_label,
    short_name,
    span_label,
    weekday_label,
)
from usc_timeline.model import (
    Document,
    Event,
    Highlight,
    Source,
)

if TYPE_CHECKING:  # query is only needed for the summary tables' types
    from usc_timeline.query import ActorSummary, TagSummary

CONFLICT_MARK = "!"

HIGHLIGHT_STYLES = {
    "date": "bold cyan",
    "actor": "bold green",
    "place": "bold magenta",
    "trigger": "underline",
}


# ---------------------------------------------------------------- events table

# Below these terminal widths a column is given up (places first, actors last).
_NARROW_AT = {"places": 110, "issues": 96, "kind": 72, "actors": 60}


def _columns_for(width: int | None) -> list[str]:
    cols = ["mark", "date", "title", "kind", "actors", "places", "issues", "sources"]
    if width is None:
        return cols
    return [c for c in cols if c not in _NARROW_AT or width >= _NARROW_AT[c]]


def events_table(events: Sequence[Event], *, width: int | None = None,
                 ids: bool = False) -> Table:
    """The timeline as a table; under ~110 columns places, then issues, then kind fold away.

    `width` is the terminal width the table will be printed at (None: show every column);
    `ids` adds a first column with each event's id, for `timeline show`.
    """
    # an id column takes about 30 columns from the others
    cols = _columns_for(None if width is None else width - (30 if ids else 0))
    table = Table(
        show_header=True,
        header_style="bold",
        box=None,
        pad_edge=False,
        expand=False,
        show_edge=False,
    )
    if "mark" in cols:
        table.add_column("", width=1, no_wrap=True, style="bold red")
    if ids:
        table.add_column("id", overflow="fold", style="dim", ratio=2, min_width=10)
    narrow = width is not None and width < 110
    # wide terminals: dates and kinds on one line; narrow ones: they may wrap
    table.add_column("date", min_width=8, max_width=16 if narrow else None, no_wrap=not narrow)
    table.add_column("title", ratio=3, min_width=16, overflow="fold")
    if "kind" in cols:
        table.add_column("kind", min_width=7, max_width=12 if narrow else None,
                         no_wrap=not narrow)
    if "actors" in cols:
        table.add_column("actors", ratio=2, min_width=8, overflow="fold")
    if "places" in cols:
        table.add_column("places", ratio=1, min_width=6, overflow="fold")
    if "issues" in cols:
        table.add_column("issues", ratio=1, min_width=6, overflow="fold")
    table.add_column("src", justify="right", no_wrap=True)

    any_conflict = False
    for ev in events:
        row: list[RenderableType] = []
        if "mark" in cols:
            row.append(Text(CONFLICT_MARK if ev.conflicts else ""))
        any_conflict = any_conflict or bool(ev.conflicts)
        if ids:
            row.append(safe.text(ev.id))
        style = "dim" if ev.date is None else ("italic" if ev.status != "occurred" else "")
        row.append(Text(date_label(ev), style=style))
        row.append(safe.text(safe.one_line(ev.title)))
        if "kind" in cols:
            row.append(Text(ev.kind.replace("_", " ")))
        if "actors" in cols:
            row.append(safe.text(safe.one_line(actors_short(ev.actors))))
        if "places" in cols:
            row.append(safe.text(safe.one_line(", ".join(ev.places))))
        if "issues" in cols:
            row.append(safe.text(", ".join(ev.issues)))
        row.append(Text(str(len({s.document for s in ev.sources}))))
        table.add_row(*row)
    if any_conflict:
        table.caption = f"{CONFLICT_MARK} = sources disagree about the date (`timeline show ID`)"
        table.caption_justify = "left"
    return table


# ---------------------------------------------------------------- one event


def _fallback_highlights(source: Source, event: Event) -> list[Highlight]:
    """Highlights found by searching the sentence, for sources that carry none."""
    found: list[Highlight] = []
    low = source.sentence.lower()

    def mark(needle: str | None, kind: str) -> None:
        if not needle or len(needle) < 2:
            return
        at = low.find(needle.lower())
        if at >= 0:
            start = source.char_start + at
            found.append(Highlight(start, start + len(needle), kind))

    mark(source.date_text, "date")
    for actor in event.actors:
        if actor.name.lower() in low:
            mark(actor.name, "actor")
        else:
            mark(short_name(actor), "actor")
    for place in event.places:
        mark(place, "place")
    return found


def evidence_text(source: Source, event: Event | None = None) -> Text:
    """The evidence sentence with date expression, actors and places highlighted.

    Highlights are document offsets; the sentence starts at `source.char_start`.
    Each piece is made safe on its own, so offsets stay right even when the
    article contains control characters.
    """
    sentence = source.sentence
    highlights = list(source.highlights)
    if not highlights and event is not None:
        highlights = _fallback_highlights(source, event)
    spans: list[tuple[int, int, str]] = []
    for h in sorted(highlights, key=lambda h: (h.start, -h.end)):
        a = max(0, h.start - source.char_start)
        b = min(len(sentence), h.end - source.char_start)
        if a >= b or (spans and a < spans[-1][1]):
            continue  # outside the sentence, or overlapping an earlier mark
        spans.append((a, b, HIGHLIGHT_STYLES.get(h.kind, "bold")))
    out = Text()
    pos = 0
    for a, b, style in spans:
        out.append_text(safe.text(sentence[pos:a]))
        out.append_text(safe.text(sentence[a:b], style))
        pos = b
    out.append_text(safe.text(sentence[pos:]))
    return out


def published_text(doc: Document | None) -> str:
    """'2023-06-20 (Tue 20 Jun 2023, from catalog.toml)' or 'unknown'."""
    if doc is None or doc.published is None:
        return "unknown (no publication date: relative dates could not be resolved)"
    pub = doc.published
    span = pub.span
    shown = weekday_label(span.start) if span.precision == "day" else span.label
    return f"{pub.value} ({shown}, from {pub.origin})"


def date_how(source: Source, doc: Document | None) -> str | None:
    """How this source's date was worked out, e.g.
    "'on Monday' in an article published Tue 20 Jun 2023 → Mon 19 Jun 2023".

    The extractor's own account (`Source.date_how`) is shown beside it as the rule.
    """
    if source.date is None or not source.date_text:
        return source.date_how
    d = source.date
    result = weekday_label(d.start) if d.precision == "day" and d.days == 1 else span_label(d)
    if doc is not None and doc.published is not None:
        span = doc.published.span
        pub = weekday_label(span.start) if span.precision == "day" else span.label
        return f"'{source.date_text}' in an article published {pub} → {result}"
    return f"'{source.date_text}' → {result}"


def _field_grid() -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True, min_width=12)  # same indent in every block
    grid.add_column(overflow="fold")
    return grid


def event_detail(event: Event, documents: Mapping[str, Document]) -> RenderableType:
    """Everything known about one event: fields, each source with its evidence, conflicts."""
    parts: list[RenderableType] = []
    head = safe.text(safe.one_line(event.title), "bold")
    if event.conflicts:
        head.append(f"  {CONFLICT_MARK} sources disagree", style="bold red")
    parts.append(head)

    grid = _field_grid()
    grid.add_row("id", Text(event.id))
    if event.date:
        grid.add_row("date", Text(
            f"{span_label(event.date)}  ({event.date.start.isoformat()} – "
            f"{event.date.end.isoformat()}, precision {event.date.precision})"
        ))
    else:
        grid.add_row("date", Text("undated", style="dim"))
    grid.add_row("kind", Text(event.kind.replace("_", " ")))
    grid.add_row("status", Text(event.status))
    grid.add_row("actors", safe.text("; ".join(actor_long(a) for a in event.actors) or "—"))
    grid.add_row("places", safe.text(", ".join(event.places) or "—"))
    grid.add_row("issues", safe.text(", ".join(event.issues) or "—"))
    parts.append(grid)

    parts.append(Text(f"\nSources ({len(event.sources)})", style="bold underline"))
    for i, source in enumerate(event.sources, 1):
        doc = documents.get(source.document)
        heading = Text(f"[{i}] ", style="bold")
        heading.append_text(safe.text(source.document, "bold"))
        if doc is not None and doc.title:
            heading.append(" — ")
            heading.append_text(safe.text(safe.one_line(doc.title), "italic"))
        if doc is not None and doc.outlet and doc.outlet.strip().lower() != "unknown":
            heading.append_text(safe.text(f" ({safe.one_line(doc.outlet)})", "dim"))
        parts.append(heading)
        g = _field_grid()
        g.add_row("  evidence", evidence_text(source, event))
        g.add_row("  at", Text(f"characters {source.char_start}–{source.char_end}"))
        g.add_row("  published", safe.text(published_text(doc)))
        if doc is not None and doc.published is not None and doc.published.note:
            g.add_row("  why", safe.text(safe.one_line(doc.published.note), "dim"))
        if source.date is not None:
            g.add_row("  date", Text(span_label(source.date)))
        else:
            g.add_row("  date", Text("this source gives no date", style="dim"))
        how = date_how(source, doc)
        if how:
            g.add_row("  worked out", safe.text(safe.one_line(how)))
        if source.date_how and source.date_how != how:
            g.add_row("  rule", safe.text(safe.one_line(source.date_how), "dim"))
        parts.append(g)

    if event.conflicts:
        parts.append(Text(f"\nConflicts ({len(event.conflicts)})", style="bold red underline"))
        for c in event.conflicts:
            parts.append(safe.text(f"• {safe.one_line(c.description)}"))
            for s in c.sources:
                said = span_label(s.date) if s.date else "no date"
                line = f"{s.document}: '{s.date_text or ''}' → {said}"
                parts.append(Text("    ").append_text(safe.text(safe.one_line(line))))
    else:
        parts.append(Text("\nNo conflicts between sources.", style="dim"))
    parts.append(highlight_legend())
    return Group(*parts)


def highlight_legend() -> Text:
    """The key for highlight colours in evidence sentences."""
    out = Text("\nhighlighted: ", style="dim")
    for kind, label in (("date", "date"), ("actor", "actor"), ("place", "place"),
                        ("trigger", "event word")):
        out.append(label, style=HIGHLIGHT_STYLES[kind])
        out.append(" ")
    return out


# ---------------------------------------------------------------- sources


def _documents(documents: Mapping[str, Document] | Iterable[Document]) -> list[Document]:
    if isinstance(documents, Mapping):
        return list(documents.values())
    return list(documents)


def sources_table(
    documents: Mapping[str, Document] | Iterable[Document], events: Sequence[Event]
) -> Table:
    """One row per document: title, outlet, publication date and where it came from, events."""
    counts: Counter[str] = Counter()
    for ev in events:
        for doc_id in {s.document for s in ev.sources}:
            counts[doc_id] += 1
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("document", overflow="fold", ratio=2)
    table.add_column("title", overflow="fold", ratio=3)
    table.add_column("outlet", overflow="fold", ratio=1)
    table.add_column("published", no_wrap=True)
    table.add_column("from", overflow="fold")
    table.add_column("events", justify="right", no_wrap=True)
    for doc in sorted(_documents(documents), key=lambda d: d.id):
        pub = doc.published
        table.add_row(
            safe.text(doc.id),
            safe.text(safe.one_line(doc.title or "")),
            safe.text(safe.one_line(doc.outlet or "")),
            Text(pub.value if pub else "unknown", style="" if pub else "yellow"),
            safe.text(pub.origin if pub else "—"),
            Text(str(counts.get(doc.id, 0))),
        )
    return table


# ---------------------------------------------------------------- summaries


def _when(label: str | None) -> Text:
    return Text(label) if label else Text("—", style="dim")


def actors_table(summaries: Sequence[ActorSummary], *, width: int | None = None) -> Table:
    """One row per actor: events, country, roles, most frequent kinds, first and last dates.

    Under 110 columns the kinds column is left out.
    """
    with_kinds = width is None or width >= 110
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("actor", overflow="fold", ratio=2)
    table.add_column("events", justify="right", no_wrap=True)
    table.add_column("country", no_wrap=True)
    table.add_column("roles", overflow="fold", ratio=2)
    if with_kinds:
        table.add_column("kinds", overflow="fold", ratio=2)
    table.add_column("first", no_wrap=True)
    table.add_column("last", no_wrap=True)
    for s in summaries:
        row: list[RenderableType] = [
            safe.text(safe.one_line(s.name)), Text(str(s.events)), safe.text(s.country or "—"),
            safe.text(safe.one_line("; ".join(s.roles)) or ("" if s.kind == "person" else s.kind)),
        ]
        if with_kinds:
            row.append(Text(", ".join(f"{k.replace('_', ' ')} {n}" for k, n in s.kinds[:3])))
        row += [_when(s.first_label), _when(s.last_label)]
        table.add_row(*row)
    return table


def tags_table(summaries: Sequence[TagSummary], what: str) -> Table:
    """One row per issue or place: events, countries and main actors involved, dates."""
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column(what, overflow="fold", ratio=2)
    table.add_column("events", justify="right", no_wrap=True)
    table.add_column("countries", overflow="fold", ratio=1)
    table.add_column("main actors", overflow="fold", ratio=3)
    table.add_column("first", no_wrap=True)
    table.add_column("last", no_wrap=True)
    for s in summaries:
        table.add_row(
            safe.text(safe.one_line(s.name)), Text(str(s.events)),
            safe.text(", ".join(s.countries)),
            safe.text(safe.one_line(", ".join(s.actors))),
            _when(s.first_label), _when(s.last_label),
        )
    return table
