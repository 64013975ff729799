"""`timeline actors|issues|places|sources`: the timeline seen by who, what, where and from what."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from usc_timeline.cli import common
from usc_timeline.cli.common import corpus_option, handle_errors
from usc_timeline.cli.filters import filter_options, select

if TYPE_CHECKING:
    from usc_timeline.model import Timeline
    from usc_timeline.query import EventFilter

_FORMAT = click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
                       show_default=True, help="table for people; json for programs.")


def _json_default(value: Any) -> Any:
    return value.isoformat()


def _echo_json(rows: list[dict[str, Any]]) -> None:
    from usc_timeline.export._common import json_terminal_safe

    text = json.dumps(rows, ensure_ascii=False, indent=2, default=_json_default)
    click.echo(json_terminal_safe(text))


def _summary(kind: str, corpus: tuple[Path, ...], flt: EventFilter, fmt: str) -> None:
    from usc_timeline import query, render
    from usc_timeline.cli.listing import empty_note

    timeline = common.load_timeline(corpus)
    events = select(timeline, flt)
    if kind == "actors":
        actors = query.summarize_actors(events)
        if fmt == "json":
            _echo_json([asdict(s) | {"kinds": dict(s.kinds)} for s in actors])
        else:
            console = common.stdout_console()
            console.print(render.actors_table(actors, width=console.width))
    else:
        tags = query.summarize_issues(events) if kind == "issues" else (
            query.summarize_places(events))
        if fmt == "json":
            _echo_json([asdict(s) for s in tags])
        else:
            common.stdout_console().print(render.tags_table(tags, kind[:-1]))
    if not events:
        empty_note(timeline, flt)


@click.command("actors")
@filter_options
@_FORMAT
@corpus_option
@handle_errors
def actors(corpus: tuple[Path, ...], flt: EventFilter, fmt: str) -> None:
    """People, countries and organisations: events, country, roles, first and last dates.

    Every name shown works as `--actor NAME` in the other commands.

    \b
    Examples:
      timeline actors
      timeline actors --issue taiwan --since 2023
    """
    _summary("actors", corpus, flt, fmt)


@click.command("issues")
@filter_options
@_FORMAT
@corpus_option
@handle_errors
def issues(corpus: tuple[Path, ...], flt: EventFilter, fmt: str) -> None:
    """Issue tags: events, countries and main actors involved, first and last dates.

    Every tag shown works as `--issue TAG` in the other commands.

    \b
    Examples:
      timeline issues
      timeline issues --actor Blinken
    """
    _summary("issues", corpus, flt, fmt)


@click.command("places")
@filter_options
@_FORMAT
@corpus_option
@handle_errors
def places(corpus: tuple[Path, ...], flt: EventFilter, fmt: str) -> None:
    """Places: events, countries and main actors involved, first and last dates.

    Every place shown works as `--place PLACE` in the other commands.

    \b
    Examples:
      timeline places
      timeline places --kind visit
    """
    _summary("places", corpus, flt, fmt)


def _source_rows(timeline: Timeline) -> list[dict[str, Any]]:
    """One JSON object per document: what `sources` shows, with the url and date note too."""
    counts: Counter[str] = Counter()
    for event in timeline.events:
        counts.update({s.document for s in event.sources})
    rows: list[dict[str, Any]] = []
    for doc in sorted(timeline.documents, key=lambda d: d.id):
        pub = doc.published
        rows.append({
            "document": doc.id, "path": doc.path, "title": doc.title, "outlet": doc.outlet,
            "url": doc.url,
            "published": ({"value": pub.value, "origin": pub.origin, "note": pub.note}
                          if pub else None),
            "events": counts.get(doc.id, 0),
        })
    return rows


@click.command("sources")
@_FORMAT
@corpus_option
@handle_errors
def sources(corpus: tuple[Path, ...], fmt: str) -> None:
    """List the articles read: title, outlet, publication date and its origin, events.

    Every document shown works as `--source DOCUMENT` in the other commands.

    \b
    Examples:
      timeline sources --corpus articles/
      timeline sources --format json     # with url and how each date was found
    """
    timeline = common.load_timeline(corpus)
    if fmt == "json":
        _echo_json(_source_rows(timeline))
        return
    from usc_timeline.render import sources_table

    common.stdout_console().print(sources_table(timeline.documents, timeline.events))
