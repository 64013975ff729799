"""`timeline show ID`: one event with every field, its evidence and date reasoning."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import click

from usc_timeline.cli import common
from usc_timeline.cli.common import corpus_option, handle_errors
from usc_timeline.model import Event


def find_event(events: Sequence[Event], wanted: str) -> Event:
    """The event with id `wanted`, or the only one whose id starts with it; else a usage error."""
    exact = [e for e in events if e.id == wanted]
    if exact:
        return exact[0]
    folded = wanted.casefold()
    prefixed = [e for e in events if e.id.casefold().startswith(folded)]
    if len(prefixed) == 1:
        return prefixed[0]
    if prefixed:
        shown = "\n  ".join(e.id for e in prefixed[:10])
        more = f"\n  … and {len(prefixed) - 10} more" if len(prefixed) > 10 else ""
        raise click.UsageError(f"{len(prefixed)} events start with {wanted!r}; "
                               f"give more of the id:\n  {shown}{more}")
    from usc_timeline.query import suggest

    near = suggest(wanted, [e.id for e in events], limit=5)
    hint = ("; did you mean:\n  " + "\n  ".join(near)) if near else "; see `timeline list`"
    raise click.UsageError(f"no event has the id {wanted!r}{hint}")


@click.command("show")
@click.argument("event_id", metavar="ID")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text for people; json: the event as in contract v1.")
@corpus_option
@handle_errors
def show(event_id: str, fmt: str, corpus: tuple[Path, ...]) -> None:
    """Show one event: every field, each source's evidence and how its date was worked out.

    ID may be any unique beginning of an event id (`timeline list --ids` shows them).

    \b
    Examples:
      timeline show 2023-06-18-blinken-visits-beijing
      timeline show 2023-06-18-bl
    """
    timeline = common.load_timeline(corpus)
    event = find_event(timeline.events, event_id)
    if fmt == "json":
        from usc_timeline.export._common import json_terminal_safe

        click.echo(json_terminal_safe(json.dumps(event.to_json(), ensure_ascii=False, indent=2)))
        return
    from usc_timeline.render import event_detail

    common.stdout_console().print(event_detail(event, common.documents_of(timeline)))
