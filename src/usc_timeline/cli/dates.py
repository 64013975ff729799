"""`timeline dates`: the time expressions of articles (contract: DESIGN.md)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from usc_timeline.cli import common
from usc_timeline.cli.common import handle_errors
from usc_timeline.model import Document, Problem


def _published_option(value: str | None) -> str | None:
    if value is None:
        return None
    from usc_timeline.corpus.published import normalise_published

    try:
        return normalise_published(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--published") from None


def _stdin_document(problems: list[Problem]) -> Document:
    """Text piped in (FILE `-`), read like an article file: front matter, else a dateline."""
    from usc_timeline.corpus import document_from_text

    text = sys.stdin.buffer.read().decode("utf-8", errors="replace").removeprefix("\ufeff")
    return document_from_text(text, "-", "standard input", None, problems)


@click.command("dates")
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
    FILE `-` reads standard input.

    \b
    Examples:
      timeline dates article.txt --published 2023-06-20 --format json
      echo "Blinken met Wang Yi last Monday." | timeline dates - --published 2023-06-20
    """
    from usc_timeline.corpus import load_corpus, undated_notice
    from usc_timeline.timex import find_timexes

    dct = _published_option(published)
    missing = [str(f) for f in files if str(f) != "-" and not f.exists()]
    if missing:
        raise click.BadParameter(f"{', '.join(missing)} does not exist", param_hint="FILES")
    paths = [f for f in files if str(f) != "-"]
    corpus = load_corpus(paths) if paths else None
    problems: list[Problem] = list(corpus.problems if corpus else ())
    documents = [*(corpus.documents if corpus else ()),
                 *([_stdin_document(problems)] if len(paths) < len(files) else [])]
    notice = None if dct else undated_notice(documents, ", or pass --published DATE")
    common.report_problems([*problems, *([notice] if notice else [])])
    if not documents:
        raise click.ClickException("no readable files; see the messages above")
    items: list[dict[str, Any]] = []
    for doc in documents:
        doc_dct = dct or (doc.published.value if doc.published else None)
        items.extend(t.to_json(doc.id) for t in find_timexes(doc.body, doc_dct))
    if fmt == "json":
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))
        return
    from usc_timeline.render_timex import timex_table

    common.stdout_console().print(timex_table(items))
