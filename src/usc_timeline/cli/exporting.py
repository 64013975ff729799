"""`timeline export`: the (filtered) timeline in a format another program reads."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from usc_timeline.cli import common
from usc_timeline.cli.common import corpus_option, handle_errors
from usc_timeline.cli.filters import filter_options, select

if TYPE_CHECKING:
    from usc_timeline.query import EventFilter

EXPORT_FORMATS = ("json", "jsonl", "csv", "ics", "markdown", "timelinejs")


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="json",
              show_default=True,
              help="json: contract v1; jsonl: one event per line; csv: one row per event; "
                   "ics: iCalendar; markdown: a chronology for reports; timelinejs: Knight Lab "
                   "TimelineJS.")
@click.option("-o", "--output", metavar="FILE", default=None,
              help="Write to FILE (atomically: readers never see half a file); '-' or none: "
                   "standard output.")
@filter_options
@corpus_option
@handle_errors
def export(fmt: str, output: str | None, flt: EventFilter, corpus: tuple[Path, ...]) -> None:
    """Export the timeline for other tools; the filters of `list` narrow it down.

    \b
    Examples:
      timeline export --format json -o timeline.json
      timeline export --format ics --issue taiwan -o taiwan.ics
      timeline export --format markdown --since 2023 > chronology.md
      timeline export --format timelinejs -o timeline.js.json
    """
    from usc_timeline.cli.listing import empty_note, machine_text
    from usc_timeline.export import write_atomic

    timeline = common.load_timeline(corpus)
    events = select(timeline, flt)
    text = machine_text(fmt, events, common.documents_of(timeline))
    if output is None or output == "-":
        click.echo(text, nl=False)
    else:
        write_atomic(Path(output), text)
        common.note(f"wrote {len(events)} events to {output} ({fmt})")
    if not events:
        empty_note(timeline, flt)
