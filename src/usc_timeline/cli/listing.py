"""`timeline list` and `timeline filter`: the selected events as a table or for programs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from usc_timeline.cli import common
from usc_timeline.cli.common import corpus_option, handle_errors
from usc_timeline.cli.filters import filter_options, select
from usc_timeline.model import Document, Event, Timeline

if TYPE_CHECKING:
    from usc_timeline.query import EventFilter

LIST_FORMATS = ("table", "json", "jsonl", "csv")


format_option = click.option(
    "--format", "fmt", type=click.Choice(LIST_FORMATS), default="table", show_default=True,
    help="table for people; json (contract v1), jsonl or csv for programs.",
)


def machine_text(fmt: str, events: Sequence[Event], documents: Mapping[str, Document]) -> str:
    """An export format as text, with terminal-active characters escaped in JSON."""
    from usc_timeline.export import render_export
    from usc_timeline.export._common import json_terminal_safe

    text = render_export(fmt, events, documents)
    return json_terminal_safe(text) if fmt == "json" else text


def empty_note(timeline: Timeline, flt: EventFilter) -> None:
    """Say why nothing was shown: a corpus with no events, filters that match nothing, or
    `--limit 0` (with how many the filters would have shown, so a user is not sent
    looking for a fault in filters that do match)."""
    total = len(timeline.events)
    if total == 0:
        common.note("the corpus has no events: no dated diplomatic events were found in it.")
    elif flt.limit == 0 and not flt.selects:
        common.note(f"no events shown: --limit 0 ({total} in the corpus).")
    elif flt.limit == 0 and (matched := len(select(timeline, replace(flt, limit=None)))):
        common.note(f"no events shown: --limit 0 ({matched} match these filters, "
                    f"{total} in the corpus).")
    else:
        common.note(f"no events match these filters ({total} in the corpus).")


ids_option = click.option("--ids", is_flag=True, default=False,
                          help="Add a column with each event's id (for `timeline show ID`).")


def show_events(events: Sequence[Event], timeline: Timeline, flt: EventFilter, fmt: str,
                ids: bool = False) -> None:
    """Print events in `fmt`; an empty selection still prints (an empty table) and says why."""
    if fmt == "table":
        from usc_timeline.render import events_table

        console = common.stdout_console()
        console.print(events_table(events, width=console.width, ids=ids))
    else:
        click.echo(machine_text(fmt, events, common.documents_of(timeline)), nl=False)
    if not events:
        empty_note(timeline, flt)


def _run(corpus: tuple[Path, ...], flt: EventFilter, fmt: str, ids: bool) -> None:
    timeline = common.load_timeline(corpus)
    show_events(select(timeline, flt), timeline, flt, fmt, ids)


@click.command("list")
@filter_options
@format_option
@ids_option
@corpus_option
@handle_errors
def list_events(corpus: tuple[Path, ...], flt: EventFilter, fmt: str, ids: bool) -> None:
    """List the events of the timeline, oldest first; filters narrow it down.

    Repeating an option means any of its values; different options must all hold.
    A date range keeps events whose dates overlap it.

    \b
    Examples:
      timeline list
      timeline list --actor Blinken --actor Yellen --since 2023-05
      timeline list --issue taiwan --format csv > taiwan.csv
      timeline list --corpus articles/ --reverse --limit 10
      timeline list --ids --actor Xi          # ids to use with `timeline show`
    """
    _run(corpus, flt, fmt, ids)


@click.command("filter")
@filter_options
@format_option
@ids_option
@corpus_option
@handle_errors
def filter_events_cmd(corpus: tuple[Path, ...], flt: EventFilter, fmt: str, ids: bool) -> None:
    """Events that match the filters: `list` that needs at least one filter.

    \b
    Examples:
      timeline filter --actor "Wang Yi" --kind meeting
      timeline filter --since 2023-06 --until 2023-06-30 --format json
      timeline filter --search "export controls" --place Washington
    """
    if not flt.selects:
        raise click.UsageError(
            "give at least one filter, e.g. --actor Blinken, --issue taiwan or --since 2023; "
            "`timeline list` shows everything")
    _run(corpus, flt, fmt, ids)
