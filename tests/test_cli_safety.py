"""Article text is shown as text: markup and control sequences in articles never take effect."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from cli_timeline import run, use

from usc_timeline.model import (
    Actor,
    DateSpan,
    Document,
    Event,
    Highlight,
    Published,
    Source,
    Timeline,
)

MARKUP = "[bold red]ALERT[/bold red] [link=http://x]click[/link]"
ESCAPES = ("\x1b[31mRED\x1b[0m \x1b]8;;http://evil\x07here\x1b]8;;\x07 \x1b[2J\x07\x08"
           "\x9b31m \u202egnp.exe\u202c back\rover")
EVIL = f"Blinken met Wang {MARKUP} {ESCAPES} on Monday."
DOC = Document("evil [x].txt", EVIL, title=f"Title {MARKUP} {ESCAPES}",
               outlet=f"Outlet {MARKUP}", published=Published("2023-06-20", "catalog.toml"))
AT = EVIL.index("on Monday")
SOURCE = Source(DOC.id, EVIL, 0, len(EVIL), "on Monday",
                DateSpan(date(2023, 6, 19), date(2023, 6, 19)),
                highlights=(Highlight(AT, AT + 9, "date"), Highlight(0, 7, "actor")))
EVENT = Event("2023-06-19-evil", f"Talks {MARKUP} {ESCAPES}", "talks", "occurred",
              DateSpan(date(2023, 6, 19), date(2023, 6, 19)),
              (Actor(f"Antony Blinken {MARKUP}", "US", f"role {ESCAPES}"),),
              (f"Beijing {MARKUP}\x1b[5m",), ("taiwan",), (SOURCE,))
TIMELINE = Timeline(events=(EVENT,), documents=(DOC,))

# What must never reach the terminal from an article: any escape other than SGR
# colour codes (which only our own styles produce), BEL, backspace, CR, C1, bidi.
_OUR_SGR = re.compile(r"\x1b\[[0-9;]*m")


def assert_inert(raw: bytes) -> str:
    text = raw.decode("utf-8")
    assert "\x1b[31mRED" not in text and "\x1b[2J" not in text
    rest = _OUR_SGR.sub("", text)
    assert "\x1b" not in rest, repr(rest[max(0, rest.find("\x1b") - 20):][:60])
    for bad in ("\x07", "\x08", "\x9b", "\u202e", "\u202c"):
        assert bad not in text, repr(bad)
    assert "\r" not in text.replace("\r\n", "\n")
    return rest


@pytest.fixture(autouse=True)
def _evil(monkeypatch: pytest.MonkeyPatch) -> None:
    use(monkeypatch, TIMELINE)


COLOUR = {"FORCE_COLOR": "1", "COLUMNS": "200", "TERM": "xterm-256color"}


@pytest.mark.parametrize("args", [
    ["list"], ["show", "2023-06-19-evil"], ["sources"], ["actors"], ["issues"], ["places"],
    ["chart"],
])
def test_terminal_views_show_markup_literally_and_drop_escapes(args: list[str]) -> None:
    result = run(*args, env=COLOUR)
    assert result.exit_code == 0, result.output
    shown = assert_inert(result.stdout_bytes)
    assert "\x1b]8" not in result.stdout  # no hyperlink was made
    if args[0] in ("list", "show", "sources", "actors", "places"):
        assert "[bold red]ALERT[/bold red]" in shown or "[bold red]ALERT[/bold" in shown


def test_show_keeps_highlights_in_the_right_place_around_escapes() -> None:
    result = run("show", "2023-06-19-evil", env=COLOUR)
    # the date highlight still covers exactly 'on Monday' after the escapes were removed
    assert re.search(r"\x1b\[[0-9;]*m(on Monday)\x1b\[0m", result.stdout)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "markdown", "timelinejs", "ics"])
def test_exports_to_a_terminal_carry_no_active_characters(fmt: str) -> None:
    result = run("export", "--format", fmt, env=COLOUR)
    assert result.exit_code == 0, result.output
    assert_inert(result.stdout_bytes)


def test_list_formats_for_programs_are_inert_too() -> None:
    for fmt in ("json", "jsonl", "csv"):
        assert_inert(run("list", "--format", fmt, env=COLOUR).stdout_bytes)


@pytest.mark.parametrize("args", [["list"], ["sources"], ["actors"],
                                  ["export", "--format", "markdown"],
                                  ["export", "--format", "csv"]])
def test_a_hostile_article_through_the_real_pipeline(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, args: list[str]) -> None:
    from cli_timeline import write_corpus

    from usc_timeline.cli import common

    monkeypatch.undo()  # the real loader, not the hand-built timeline
    assert common.load_timeline.__module__ == "usc_timeline.cli.common"
    corpus = str(write_corpus(tmp_path / "articles", hostile=True))
    result = run(*args, "--corpus", corpus, env=COLOUR)
    assert result.exit_code == 0, result.output
    assert_inert(result.stdout_bytes)
    if args == ["sources"]:
        assert "[bold red]meets[/bold red]" in result.stdout


def test_show_of_a_hostile_article_through_the_real_pipeline(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from cli_timeline import write_corpus

    monkeypatch.undo()
    corpus = str(write_corpus(tmp_path / "articles", hostile=True))
    events = json.loads(run("list", "--corpus", corpus, "--format", "json").stdout)["events"]
    hostile = [e for e in events if "ALERT" in e["sources"][0]["sentence"]]
    assert hostile, "the extractor found no event in the hostile sentence"
    result = run("show", hostile[0]["id"], "--corpus", corpus, env=COLOUR)
    assert result.exit_code == 0, result.output
    shown = assert_inert(result.stdout_bytes)
    assert "[bold red]ALERT[/bold red]" in shown and "[link=http://x]click[/link]" in shown
