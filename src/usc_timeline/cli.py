"""The `timeline` command: a thin click layer over the library API."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console

from usc_timeline import __version__, safe
from usc_timeline.model import Problem, Timeline

F = TypeVar("F", bound=Callable[..., Any])


def stdout_console() -> Console:
    """Console for results; rich honours NO_COLOR and drops colour when piped."""
    return Console(highlight=False, soft_wrap=False)


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False)


def report_problems(problems: Sequence[Problem]) -> None:
    """Tell the user, once, about every input problem (file, line and what to do)."""
    console = stderr_console()
    for problem in problems:
        label = "error" if problem.severity == "error" else "warning"
        console.print(safe.text(f"{label}: {problem}"), style="yellow", soft_wrap=True)


def corpus_option(command: F) -> F:
    """`--corpus PATH` (repeatable), shared by every command that reads articles."""
    return click.option(
        "--corpus", "corpus", multiple=True, metavar="PATH",
        type=click.Path(exists=True, path_type=Path),
        help="Folder (*.txt, *.md, catalog.toml), text file or .jsonl of articles; repeatable. "
             "Default: $USC_TIMELINE_CORPUS, else the bundled seed articles.",
    )(command)


def load_timeline(corpus: Sequence[Path]) -> Timeline:
    """Load and build, report input problems, and stop with exit 1 if nothing could be read."""
    from usc_timeline.api import build_timeline
    from usc_timeline.corpus import load_corpus
    from usc_timeline.lexicon import LexiconError

    loaded = load_corpus(list(corpus) or None)
    try:
        timeline = build_timeline(loaded)
    except LexiconError as exc:
        raise click.ClickException(str(exc)) from None
    report_problems(timeline.problems)
    if not timeline.documents:
        raise click.ClickException("no readable articles in the corpus; see the messages above")
    return timeline


def handle_errors(command: F) -> F:
    """Turn expected library errors into clean messages (exit 1), never tracebacks."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from usc_timeline.export import ExportError

        try:
            return command(*args, **kwargs)
        except ExportError as exc:
            raise click.ClickException(str(exc)) from None
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(0)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="timeline")
def main() -> None:
    """Build a dated, evidence-backed timeline of US–China events from news articles.

    \b
    Example:
      timeline list                         # the bundled seed articles
      timeline list --corpus my-articles/   # your own
    """


@main.command("list")
@corpus_option
@handle_errors
def list_events(corpus: tuple[Path, ...]) -> None:
    """List the events of the timeline as a table, oldest first.

    \b
    Example:
      timeline list --corpus articles/
    """
    from usc_timeline.render import events_table

    timeline = load_timeline(corpus)
    stdout_console().print(events_table(timeline.events))


@main.command("show")
@click.argument("event_id")
@corpus_option
@handle_errors
def show(event_id: str, corpus: tuple[Path, ...]) -> None:
    """Show one event: every field, and each source's evidence and date reasoning.

    \b
    Example:
      timeline show 2023-06-18-blinken-visits-beijing
    """
    from usc_timeline.render import event_detail

    timeline = load_timeline(corpus)
    matches = [e for e in timeline.events if e.id == event_id] or [
        e for e in timeline.events if e.id.startswith(event_id)]
    if len(matches) != 1:
        known = ", ".join(e.id for e in matches[:5]) if matches else "none"
        raise click.UsageError(f"no single event has the id {event_id!r} (matches: {known}); "
                               "see `timeline list` for ids")
    documents = {d.id: d for d in timeline.documents}
    stdout_console().print(event_detail(matches[0], documents))


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True,
              help="Output format.")
@click.option("-o", "--output", metavar="FILE", default=None,
              help="Write to FILE (atomically) instead of standard output; '-' is stdout.")
@corpus_option
@handle_errors
def export(fmt: str, output: str | None, corpus: tuple[Path, ...]) -> None:
    """Export the timeline for other tools (JSON: the usc-timeline/events v1 contract).

    \b
    Example:
      timeline export --format json -o timeline.json
    """
    from usc_timeline.export import write_export

    timeline = load_timeline(corpus)
    documents = {d.id: d for d in timeline.documents}
    write_export(fmt, timeline.events, documents, output)


@main.command("sources")
@corpus_option
@handle_errors
def sources(corpus: tuple[Path, ...]) -> None:
    """List the articles read: title, outlet, publication date and its origin, events.

    \b
    Example:
      timeline sources --corpus articles/
    """
    from usc_timeline.render import sources_table

    timeline = load_timeline(corpus)
    stdout_console().print(sources_table(timeline.documents, timeline.events))


def _published_option(value: str | None) -> str | None:
    if value is None:
        return None
    from usc_timeline.corpus.published import normalise_published

    try:
        return normalise_published(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--published") from None


@main.command("dates")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", metavar="DATE", default=None,
              help="Publication date (YYYY, YYYY-MM or YYYY-MM-DD) to resolve relative dates "
                   "against; overrides the documents' own.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output format.")
@handle_errors
def dates(files: tuple[Path, ...], published: str | None, fmt: str) -> None:
    """Find the time expressions in articles, with TIMEX3 values and resolved days.

    \b
    Example:
      timeline dates article.txt --published 2023-06-20 --format json
    """
    from usc_timeline.corpus import load_corpus
    from usc_timeline.timex import find_timexes

    dct = _published_option(published)
    missing = [str(f) for f in files if not f.exists()]
    if missing:
        raise click.BadParameter(f"{', '.join(missing)} does not exist", param_hint="FILES")
    corpus = load_corpus(list(files))
    report_problems(corpus.problems)
    if not corpus.documents:
        raise click.ClickException("no readable files; see the messages above")
    items: list[dict[str, Any]] = []
    for doc in corpus.documents:
        doc_dct = dct or (doc.published.value if doc.published else None)
        items.extend(t.to_json(doc.id) for t in find_timexes(doc.body, doc_dct))
    if fmt == "json":
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))
        return
    from usc_timeline.render_timex import timex_table

    stdout_console().print(timex_table(items))
