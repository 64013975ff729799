"""The `timeline` command: a thin click layer over the library API.

Each command lives in its own module and imports the heavy parts of the
library only when it runs, so `timeline --help` stays fast.
"""

from __future__ import annotations

import click

from usc_timeline import __version__
from usc_timeline.cli.charting import chart
from usc_timeline.cli.dates import dates
from usc_timeline.cli.exporting import export
from usc_timeline.cli.listing import filter_events_cmd, list_events
from usc_timeline.cli.show import show
from usc_timeline.cli.summaries import actors, issues, places, sources

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="timeline")
def main() -> None:
    """Build a dated, evidence-backed timeline of US–China events from news articles.

    \b
    Examples:
      timeline list                             # the bundled seed articles
      timeline list --corpus my-articles/       # your own (or set USC_TIMELINE_CORPUS)
      timeline filter --actor Blinken --since 2023-06
      timeline show 2023-06-18-blinken          # any unique beginning of an id
      timeline export --format ics -o events.ics

    \b
    Shell completion (commands, options, kinds, statuses):
      bash: eval "$(_TIMELINE_COMPLETE=bash_source timeline)"   # in ~/.bashrc
      zsh:  eval "$(_TIMELINE_COMPLETE=zsh_source timeline)"    # in ~/.zshrc
      fish: _TIMELINE_COMPLETE=fish_source timeline | source     # in config.fish
    """


for _command in (list_events, filter_events_cmd, show, export, actors, issues, places, sources,
                 chart, dates):
    main.add_command(_command)
