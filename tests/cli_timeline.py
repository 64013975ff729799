"""A hand-built timeline for CLI tests, and a way to make the CLI use it.

The CLI's only route to events is `usc_timeline.cli.common.load_timeline`; tests
replace it so they check the CLI layer (options, output, exit codes) on known
events, independent of what the extractor finds.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from usc_timeline.cli import common, main
from usc_timeline.model import (
    Actor,
    Conflict,
    DateSpan,
    Document,
    Event,
    Highlight,
    Published,
    Source,
    Timeline,
)

BLINKEN = Actor("Antony Blinken", "US", "Secretary of State")
WANG = Actor("Wang Yi", "CN", "Director of the Office of the Central Foreign Affairs Commission")
XI = Actor("Xi Jinping", "CN", "President")
SULLIVAN = Actor("Jake Sullivan", "US", "National Security Advisor")
YELLEN = Actor("Janet Yellen", "US", "Treasury Secretary")

TEXT_A = ("BEIJING, June 20 -- Secretary of State Antony Blinken met President Xi Jinping in "
          "Beijing on Monday. Blinken and Wang Yi held talks on Sunday about Taiwan.")
TEXT_B = ("National Security Advisor Jake Sullivan and Wang Yi held talks in Vienna last month. "
          "Treasury Secretary Janet Yellen plans to visit China in July.")


def _src(doc: str, text: str, sentence: str, date_text: str | None,
         span: DateSpan | None) -> Source:
    start = text.index(sentence)
    highlights: tuple[Highlight, ...] = ()
    if date_text:
        at = text.index(date_text, start)
        highlights = (Highlight(at, at + len(date_text), "date"),)
    return Source(doc, sentence, start, start + len(sentence), date_text, span,
                  highlights=highlights)


def day(y: int, m: int, d: int) -> DateSpan:
    return DateSpan(date(y, m, d), date(y, m, d))


DOCS = (
    Document("a.txt", TEXT_A, title="Blinken in Beijing", outlet="Example Wire",
             published=Published("2023-06-20", "catalog.toml")),
    Document("b.txt", TEXT_B, title="Vienna and after", outlet="Other Paper",
             published=Published("2023-06", "dateline")),
)
S_XI = _src("a.txt", TEXT_A, "Secretary of State Antony Blinken met President Xi Jinping in "
            "Beijing on Monday.", "on Monday", day(2023, 6, 19))
S_WANG = _src("a.txt", TEXT_A, "Blinken and Wang Yi held talks on Sunday about Taiwan.",
              "on Sunday", day(2023, 6, 18))
S_VIENNA = _src("b.txt", TEXT_B, "National Security Advisor Jake Sullivan and Wang Yi held talks "
                "in Vienna last month.", "last month",
                DateSpan(date(2023, 5, 1), date(2023, 5, 31), "month"))
S_YELLEN = _src("b.txt", TEXT_B, "Treasury Secretary Janet Yellen plans to visit China in July.",
                "in July", DateSpan(date(2023, 7, 1), date(2023, 7, 31), "month"))

EVENTS = (
    Event("2023-05-sullivan-wang-talks-vienna", "Sullivan and Wang Yi hold talks in Vienna",
          "talks", "occurred", DateSpan(date(2023, 5, 1), date(2023, 5, 31), "month"),
          (SULLIVAN, WANG), ("Vienna",), ("taiwan",), (S_VIENNA,)),
    Event("2023-06-18-blinken-wang-talks", "Blinken and Wang Yi hold talks", "talks", "occurred",
          day(2023, 6, 18), (BLINKEN, WANG), ("Beijing",), ("taiwan",), (S_WANG,)),
    Event("2023-06-19-blinken-meets-xi", "Blinken meets Xi Jinping", "meeting", "occurred",
          day(2023, 6, 19), (BLINKEN, XI), ("Beijing",), ("taiwan", "fentanyl"), (S_XI, S_WANG),
          (Conflict("18 Jun 2023 vs 19 Jun 2023", (S_XI, S_WANG)),)),
    Event("2023-07-yellen-visit-planned", "Yellen to visit China", "visit", "planned",
          DateSpan(date(2023, 7, 1), date(2023, 7, 31), "month"), (YELLEN,), ("China",),
          ("economy",), (S_YELLEN,)),
    Event("undated-chip-rules", "Chip export rules", "export_control", "unknown", None,
          (Actor("United States", "US", kind="country"),), (), ("technology",), ()),
)
TIMELINE = Timeline(events=EVENTS, documents=DOCS)


@pytest.fixture
def use_timeline(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, ...]]:
    """Make every command see TIMELINE; returns the --corpus values each command received."""
    seen: list[tuple[Path, ...]] = []

    def fake(corpus: Sequence[Path]) -> Timeline:
        seen.append(tuple(corpus))
        return TIMELINE

    monkeypatch.setattr(common, "load_timeline", fake)
    monkeypatch.setattr(common, "load_aliases", lambda: None)
    return seen


def use(monkeypatch: pytest.MonkeyPatch, timeline: Timeline) -> None:
    """Make every command see `timeline`."""
    monkeypatch.setattr(common, "load_timeline", lambda corpus: timeline)
    monkeypatch.setattr(common, "load_aliases", lambda: None)


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, list(args), env=env, terminal_width=120)


# ---------------------------------------------------------------- real articles

REAL_ARTICLE = (
    "BEIJING, June 20 -- Secretary of State Antony Blinken met Chinese Foreign Minister "
    "Qin Gang in Beijing on Sunday, the State Department said.\n"
)
HOSTILE_TAIL = (" [bold red]ALERT[/bold red] [link=http://x]click[/link] "
                "\x1b[31mred\x1b[0m \x1b]8;;http://evil\x07here\x1b]8;;\x07\x07\x08 \u202eexe\n")


def write_corpus(folder: Path, *, hostile: bool = False) -> Path:
    """A corpus folder with one dated article reporting a meeting between known people."""
    folder.mkdir(parents=True, exist_ok=True)
    title = "Blinken in Beijing" + (" [bold red]meets[/bold red] \x1b[5m" if hostile else "")
    (folder / "catalog.toml").write_text(
        "[[document]]\n"
        'file = "talks.txt"\n'
        f"title = {json.dumps(title)}\n"  # a JSON string is a TOML basic string
        'outlet = "Test Wire"\n'
        "published = 2023-06-20\n",
        encoding="utf-8",
    )
    text = REAL_ARTICLE.rstrip("\n") + (HOSTILE_TAIL if hostile else "\n")
    (folder / "talks.txt").write_text(text, encoding="utf-8")
    return folder
