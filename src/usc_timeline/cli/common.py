"""What every command shares: consoles, the --corpus option, loading, error handling."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click
from rich.console import Console

from usc_timeline import safe
from usc_timeline.model import Document, Problem, Timeline

if TYPE_CHECKING:
    from usc_timeline.query import Aliases

F = TypeVar("F", bound=Callable[..., Any])


# Width of tables written to a pipe or file (when COLUMNS is not set): wide enough
# that each row stays on one line for grep, sort and `less -S`.
PIPE_WIDTH = 1000


def quiet_broken_pipe() -> None:
    """The reader of our output has gone (`timeline list | head`): that is success, exit 0.

    Standard output is pointed at /dev/null so that the flush at exit cannot fail again.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    sys.exit(0)


class _ResultConsole(Console):
    """Results for people or for pipes.

    rich exits 1 on a broken pipe; a reader that stops early is not an error here.
    Written to a pipe or file, lines lose the padding that aligns a table's last
    column on screen, so diff, grep and `wc -L` see only the text.
    """

    def on_broken_pipe(self) -> None:
        quiet_broken_pipe()

    def print(self, *objects: Any, **kwargs: Any) -> None:
        if self.is_terminal:
            super().print(*objects, **kwargs)
            return
        with self.capture() as captured:
            super().print(*objects, **kwargs)
        text = "\n".join(line.rstrip(" ") for line in captured.get().split("\n"))
        try:
            self.file.write(text)
            self.file.flush()
        except BrokenPipeError:
            quiet_broken_pipe()


def stdout_console() -> Console:
    """Console for results; rich honours NO_COLOR and drops colour when piped.

    A pipe has no width of its own: rows are then not folded at 80 columns
    (set COLUMNS to choose a width).
    """
    console = _ResultConsole(highlight=False, soft_wrap=False, emoji=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console = _ResultConsole(highlight=False, soft_wrap=False, emoji=False, width=PIPE_WIDTH)
    return console


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False, emoji=False)


def note(message: str) -> None:
    """A short remark for people (stderr, so pipes get only results)."""
    stderr_console().print(safe.text(message, "dim"), soft_wrap=True)


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
    """Load and build, report input problems, and stop with exit 1 if nothing could be read.

    A timeline built before from the same documents, code and lexicons comes from
    the cache (`usc_timeline.cache`), so the extractor is not even imported.
    """
    from usc_timeline import cache
    from usc_timeline.corpus import corpus_paths, load_corpus

    loaded = load_corpus(list(corpus) or None)
    key = cache.fingerprint(loaded)  # taken before any build: see cache.put
    timeline = cache.get(loaded, key)
    if timeline is None:
        from usc_timeline.api import build_timeline
        from usc_timeline.lexicon import LexiconError

        try:
            timeline = build_timeline(loaded)
        except LexiconError as exc:
            raise click.ClickException(str(exc)) from None
        cache.put(loaded, timeline, key)
    report_problems(timeline.problems)
    if not timeline.documents:
        # the paths read: given, else $USC_TIMELINE_CORPUS's, else the bundled seeds
        where = ", ".join(str(p) for p in corpus_paths(list(corpus) or None))
        hint = "; see the messages above" if timeline.problems else ""
        raise click.ClickException(f"no readable articles in {where}{hint}")
    return timeline


def load_aliases() -> Aliases | None:
    """Names and aliases the lexicon knows, so filters accept them; None if it cannot load."""
    from usc_timeline.lexicon import LexiconError, default_lexicon
    from usc_timeline.query import aliases_from_lexicon

    try:
        return aliases_from_lexicon(default_lexicon())
    except (LexiconError, OSError):  # reported by load_timeline, which builds with it
        return None


def documents_of(timeline: Timeline) -> Mapping[str, Document]:
    return {d.id: d for d in timeline.documents}


def handle_errors(command: F) -> F:
    """Turn expected library errors into clean messages (exit 1), never tracebacks."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except BrokenPipeError:
            quiet_broken_pipe()
        except Exception as exc:
            # usc_timeline.export is imported only by commands that export; if it is not
            # loaded, this cannot be one of its errors (and `list` need not import it)
            export = sys.modules.get("usc_timeline.export")
            if export is not None and isinstance(exc, export.ExportError):
                raise click.ClickException(str(exc)) from None
            raise

    return wrapper  # type: ignore[return-value]
