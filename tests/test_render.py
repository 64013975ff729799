"""The table, `show` and `sources` renderables: labels, columns, evidence highlighting, safety."""

from __future__ import annotations

import io
from datetime import date

from rich.console import Console, RenderableType

from usc_timeline import render
from usc_timeline.model import (
    Actor,
    Conflict,
    DateSpan,
    Document,
    Event,
    Highlight,
    Published,
    Source,
)

SENTENCE = "Secretary of State Antony Blinken met Wang Yi in Beijing on Monday, officials said."
PREFIX = "BEIJING (Reuters) - "
DOC = Document(
    "001.txt",
    PREFIX + SENTENCE,
    title="China and US resume talks",
    outlet="Example Wire",
    published=Published("2023-06-20", "catalog.toml", "the visit ended on Monday"),
)


def _at(word: str) -> int:
    return len(PREFIX) + SENTENCE.index(word)


SOURCE = Source(
    "001.txt",
    SENTENCE,
    len(PREFIX),
    len(PREFIX) + len(SENTENCE),
    "on Monday",
    DateSpan(date(2023, 6, 19), date(2023, 6, 19)),
    highlights=(
        Highlight(_at("on Monday"), _at("on Monday") + len("on Monday"), "date"),
        Highlight(_at("Antony"), _at("Antony") + len("Antony Blinken"), "actor"),
        Highlight(_at("Beijing"), _at("Beijing") + len("Beijing"), "place"),
    ),
)
OTHER = Source("002.txt", "Blinken arrived in early June.", 0, 30, "early June",
               DateSpan(date(2023, 6, 1), date(2023, 6, 10), "month"))
BLINKEN = Actor("Antony Blinken", "US", "Secretary of State")
WANG = Actor("Wang Yi", "CN", "Director of the Foreign Affairs Commission")
EVENT = Event(
    "2023-06-19-blinken-wang-meeting", "Blinken meets Wang Yi", "meeting", "occurred",
    DateSpan(date(2023, 6, 19), date(2023, 6, 19)),
    (BLINKEN, WANG, Actor("China", "CN", kind="country")), ("Beijing",), ("taiwan", "fentanyl"),
    (SOURCE, OTHER), (Conflict("19 Jun 2023 vs early Jun 2023", (SOURCE, OTHER)),),
)


def _text(obj: RenderableType, width: int = 120) -> str:
    buf = io.StringIO()
    Console(file=buf, width=width, color_system=None, force_terminal=False).print(obj)
    return buf.getvalue()


def _ansi(obj: RenderableType, width: int = 120) -> str:
    buf = io.StringIO()
    Console(file=buf, width=width, color_system="standard", force_terminal=True).print(obj)
    return buf.getvalue()


def test_table_has_every_column_when_wide() -> None:
    out = _text(render.events_table([EVENT], width=140), 140)
    for header in ("date", "title", "kind", "actors", "places", "issues", "src"):
        assert header in out
    assert "19 Jun 2023" in out and "Blinken meets Wang Yi" in out
    assert "Beijing" in out and "taiwan, fentanyl" in out
    row = next(line for line in out.splitlines() if "Blinken meets" in line)
    assert row.lstrip().startswith("!")  # the conflict mark
    assert row.rstrip().endswith("2")  # two documents
    assert "sources disagree" in out


def test_table_fits_80_columns_by_dropping_low_value_columns() -> None:
    out = _text(render.events_table([EVENT] * 3, width=80), 80)
    assert all(len(line) <= 80 for line in out.splitlines())
    assert "places" not in out and "issues" not in out
    assert "actors" in out and "Blinken" in out


def test_table_without_conflicts_has_no_mark_or_caption() -> None:
    calm = Event("y", "Calm call", "call", "occurred", None)
    out = _text(render.events_table([calm]))
    assert "!" not in out and "disagree" not in out
    assert "undated" in out


def test_detail_shows_fields_evidence_dates_and_conflicts() -> None:
    out = _text(render.event_detail(EVENT, {"001.txt": DOC}), 160)
    assert "2023-06-19-blinken-wang-meeting" in out
    assert "Antony Blinken (Secretary of State, US)" in out
    assert SENTENCE in out
    assert "China and US resume talks" in out and "Example Wire" in out
    assert "2023-06-20 (Tue 20 Jun 2023, from catalog.toml)" in out
    assert "'on Monday' in an article published Tue 20 Jun 2023 → Mon 19 Jun 2023" in out
    assert "Conflicts (1)" in out and "002.txt: 'early June' → early Jun 2023" in out
    # a source whose document is unknown still renders
    assert "Blinken arrived in early June." in out


def test_detail_highlights_use_document_offsets() -> None:
    text = render.evidence_text(SOURCE, EVENT)
    styled = {text.plain[s.start:s.end]: str(s.style) for s in text.spans}
    assert styled["on Monday"] == render.HIGHLIGHT_STYLES["date"]
    assert styled["Antony Blinken"] == render.HIGHLIGHT_STYLES["actor"]
    assert styled["Beijing"] == render.HIGHLIGHT_STYLES["place"]


def test_detail_finds_highlights_when_source_has_none() -> None:
    text = render.evidence_text(OTHER, EVENT)
    styled = {text.plain[s.start:s.end] for s in text.spans}
    assert {"early June", "Blinken"} <= styled


def test_date_reasoning_shows_the_extractors_rule_too() -> None:
    src = Source("001.txt", SENTENCE, len(PREFIX), len(PREFIX) + len(SENTENCE), "on Monday",
                 DateSpan(date(2023, 6, 19), date(2023, 6, 19)), date_how="weekday before DCT")
    assert render.date_how(src, DOC) == (
        "'on Monday' in an article published Tue 20 Jun 2023 → Mon 19 Jun 2023")
    ev = Event("x", "t", "meeting", "occurred", src.date, sources=(src,))
    out = _text(render.event_detail(ev, {"001.txt": DOC}), 160)
    assert "weekday before DCT" in out
    undated = Source("001.txt", SENTENCE, 0, 10, None, None, date_how="no date in sentence")
    assert render.date_how(undated, DOC) == "no date in sentence"


def test_hostile_article_text_never_takes_effect() -> None:
    evil = "Talks [bold red]ALERT[/bold red] [link=http://x]here[/link] \x1b[31mred\x1b[0m\x07 end"
    src = Source("evil.txt", evil, 0, len(evil), None, None)
    doc = Document("evil.txt", evil, title=evil, outlet=evil)
    ev = Event("evil", evil, "talks", "occurred", None, (Actor(evil, "US"),), (evil,), (), (src,))
    for obj in (render.events_table([ev]), render.event_detail(ev, {"evil.txt": doc}),
                render.sources_table({"evil.txt": doc}, [ev])):
        out = _ansi(obj, 400)
        assert "\x1b[31m" not in out and "\x07" not in out and "\x1b]8" not in out
        plain = _text(obj, 400)
        assert "[bold red]ALERT[/bold red]" in plain
        assert "[link=http://x]here[/link]" in plain


def test_sources_table_counts_events_per_document() -> None:
    bare = Document("002.txt", "text")
    out = _text(render.sources_table([DOC, bare], [EVENT, EVENT]), 160)
    lines = {line.split()[0]: line for line in out.splitlines()[1:] if line.strip()}
    assert lines["001.txt"].rstrip().endswith("2")
    assert "catalog.toml" in lines["001.txt"] and "2023-06-20" in lines["001.txt"]
    assert "unknown" in lines["002.txt"] and lines["002.txt"].rstrip().endswith("2")
