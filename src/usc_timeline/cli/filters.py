"""The event filters, declared once and shared by `list`, `filter`, `export`, `chart`, summaries.

Each command decorated with `filter_options` receives one `flt: EventFilter`
argument instead of a dozen options, and calls `select()` to apply it.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click
from click.shell_completion import CompletionItem

from usc_timeline.model import EVENT_KINDS, EVENT_STATUSES, Document, Event, Timeline

if TYPE_CHECKING:
    from usc_timeline.query import EventFilter

F = TypeVar("F", bound=Callable[..., Any])


def _complete(words: Sequence[str]) -> Callable[[click.Context, click.Parameter, str],
                                                 list[CompletionItem]]:
    def complete(ctx: click.Context, param: click.Parameter, incomplete: str
                 ) -> list[CompletionItem]:
        return [CompletionItem(w) for w in words if w.startswith(incomplete.lower())]
    return complete


_OPTIONS = (
    click.option("--actor", "actors", multiple=True, metavar="NAME",
                 help="Person, country or organisation: full name, alias, last name or country "
                      "code (US, CN), any case. Repeat for any of several."),
    click.option("--issue", "issues", multiple=True, metavar="TAG",
                 help="Issue tag, e.g. taiwan, trade, export_controls (see `timeline issues`)."),
    click.option("--place", "places", multiple=True, metavar="PLACE",
                 help="Where it happened, e.g. Beijing (see `timeline places`)."),
    click.option("--kind", "kinds", multiple=True, metavar="KIND",
                 shell_complete=_complete(EVENT_KINDS),
                 help="Event kind: " + ", ".join(EVENT_KINDS) + "."),
    click.option("--status", "statuses", multiple=True, metavar="STATUS",
                 shell_complete=_complete(EVENT_STATUSES),
                 help="Event status: " + ", ".join(EVENT_STATUSES) + "."),
    click.option("--since", metavar="DATE", default=None,
                 help="Keep events whose dates reach DATE or later (YYYY, YYYY-MM or YYYY-MM-DD)."),
    click.option("--until", metavar="DATE", default=None,
                 help="Keep events whose dates reach DATE or earlier (YYYY, YYYY-MM or "
                      "YYYY-MM-DD)."),
    click.option("--source", "sources", multiple=True, metavar="DOCUMENT",
                 help="Only events reported by this article (its id or file name; a .jsonl "
                      "file's name: all its articles)."),
    click.option("--search", multiple=True, metavar="WORDS",
                 help="Words that must all appear in the title or evidence, any case."),
    click.option("--limit", type=click.IntRange(min=0), default=None, metavar="N",
                 help="Show at most N events."),
    click.option("--reverse", is_flag=True, default=False, help="Newest first."),
)


def filter_options(command: F) -> F:
    """Add the filter options to a command; it receives them as one `flt` argument."""

    @functools.wraps(command)
    def wrapper(*args: Any, actors: tuple[str, ...], issues: tuple[str, ...],
                places: tuple[str, ...], kinds: tuple[str, ...], statuses: tuple[str, ...],
                since: str | None, until: str | None, sources: tuple[str, ...],
                search: tuple[str, ...], limit: int | None, reverse: bool,
                **kwargs: Any) -> Any:
        from usc_timeline.query import EventFilter

        flt = EventFilter(actors=actors, issues=issues, places=places, kinds=kinds,
                          statuses=statuses, sources=sources, search=search, since=since,
                          until=until, limit=limit, reverse=reverse)
        return command(*args, flt=flt, **kwargs)

    decorated: Any = wrapper
    for option in reversed(_OPTIONS):
        decorated = option(decorated)
    return decorated  # type: ignore[no-any-return]


_JSONL_LINE = re.compile(r"(?P<file>.+\.jsonl):\d+", re.IGNORECASE)


def _expand_jsonl_sources(flt: EventFilter, documents: Sequence[Document]) -> EventFilter:
    """`--source wire.jsonl` means every article of that file (its path or file name)."""
    if not flt.sources:
        return flt
    by_file: dict[str, list[str]] = {}
    for doc in documents:
        match = _JSONL_LINE.fullmatch(doc.path or "")
        if match:
            file = match.group("file")
            for key in {file.casefold(), Path(file).name.casefold()}:
                by_file.setdefault(key, []).append(doc.id)
    if not by_file:
        return flt
    expanded = [doc_id for value in flt.sources
                for doc_id in by_file.get(value.casefold(), [value])]
    return dataclasses.replace(flt, sources=tuple(dict.fromkeys(expanded)))


def select(timeline: Timeline, flt: EventFilter) -> list[Event]:
    """The events `flt` selects; a value that matches nothing known is a usage error (exit 2)."""
    from usc_timeline.cli.common import load_aliases
    from usc_timeline.query import check_filter, filter_events

    if not flt.selects:
        return filter_events(timeline.events, flt)
    flt = _expand_jsonl_sources(flt, timeline.documents)
    aliases = load_aliases() if (flt.actors or flt.places or flt.issues) else None
    errors = check_filter(flt, timeline.events, aliases, [d.id for d in timeline.documents])
    if errors:
        raise click.UsageError("\n".join(errors))
    return filter_events(timeline.events, flt, aliases)
