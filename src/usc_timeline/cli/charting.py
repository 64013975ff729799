"""`timeline chart`: events per month as bars in the terminal, for people who would rather look."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from usc_timeline.cli import common
from usc_timeline.cli.common import corpus_option, handle_errors
from usc_timeline.cli.filters import filter_options, select

if TYPE_CHECKING:
    from usc_timeline.query import EventFilter


@click.command("chart")
@click.option("--by", type=click.Choice(["kind", "issue"]), default="kind", show_default=True,
              help="Split each bar by event kind, or by the event's first issue.")
@click.option("--per", type=click.Choice(["auto", "month", "quarter", "year"]), default="auto",
              show_default=True,
              help="Period of one bar; auto: months for up to 3 years, then quarters, then years.")
@filter_options
@corpus_option
@handle_errors
def chart(by: str, per: str, flt: EventFilter, corpus: tuple[Path, ...]) -> None:
    """Draw the timeline: events per month over the covered period, split by kind or issue.

    \b
    Examples:
      timeline chart
      timeline chart --by issue --since 2023
      timeline chart --actor CN --per quarter
    """
    from usc_timeline.chart import chart_data, render_chart

    timeline = common.load_timeline(corpus)
    events = select(timeline, flt)
    console = common.stdout_console()
    console.print(render_chart(chart_data(events, by=by, per=per), width=min(console.width, 100)))
