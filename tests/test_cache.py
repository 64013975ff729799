"""The timeline cache: a hit skips the build, any change to the documents is a miss."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from usc_timeline import cache
from usc_timeline.model import (
    Actor,
    Conflict,
    Corpus,
    DateSpan,
    Document,
    Event,
    Highlight,
    Problem,
    Published,
    Source,
    Timeline,
)

DOC = Document("a.txt", "Blinken met Qin on Sunday.", path="/x/a.txt", title="T",
               published=Published("2023-06-20", "catalog.toml", "why"))
SRC = Source("a.txt", "Blinken met Qin on Sunday.", 0, 26, "on Sunday",
             DateSpan(date(2023, 6, 18), date(2023, 6, 18)), "weekday before publication",
             (Highlight(16, 25, "date"), Highlight(0, 7, "actor")))
EVENT = Event("2023-06-18-blinken-meets-qin", "Blinken meets Qin", "meeting", "occurred",
              DateSpan(date(2023, 6, 18), date(2023, 6, 18)),
              (Actor("Antony Blinken", "US", "Secretary of State"),
               Actor("China", "CN", None, "country")),
              ("Beijing",), ("taiwan",), (SRC,), (Conflict("x vs y", (SRC, SRC)),))
UNDATED = Event("u", "Undated", "other", "unknown", None)
CORPUS = Corpus((DOC,), (Problem("/x/b.txt", "bad", 3, 4, "error"),))
TIMELINE = Timeline((EVENT, UNDATED), (DOC,), CORPUS.problems)


@pytest.fixture(autouse=True)
def _cache_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(cache.CACHE_ENV_VAR, str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_round_trip_keeps_every_field() -> None:
    assert cache.get(CORPUS) is None
    cache.put(CORPUS, TIMELINE)
    assert cache.get(CORPUS) == TIMELINE


def test_any_document_change_is_a_miss() -> None:
    cache.put(CORPUS, TIMELINE)
    for changed in (replace(DOC, text=DOC.text + " "), replace(DOC, title="U"),
                    replace(DOC, published=Published("2023-06-21", "catalog.toml"))):
        assert cache.get(Corpus((changed,), CORPUS.problems)) is None
    assert cache.get(Corpus((DOC,))) is None  # problems differ too


def test_user_lexicon_change_is_a_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lexicon = tmp_path / "lex"
    lexicon.mkdir()
    (lexicon / "people.toml").write_text("# none yet\n", encoding="utf-8")
    monkeypatch.setenv(cache.LEXICON_ENV_VAR, str(lexicon))
    cache.put(CORPUS, TIMELINE)
    assert cache.get(CORPUS) == TIMELINE
    (lexicon / "people.toml").write_text("# one more line\n\n", encoding="utf-8")
    assert cache.get(CORPUS) is None


def test_disabled_and_corrupt_caches_cost_nothing_but_the_build(
        _cache_in: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache.put(CORPUS, TIMELINE)
    [stored] = _cache_in.glob("timeline-*.json")
    stored.write_text("{not json", encoding="utf-8")
    assert cache.get(CORPUS) is None
    for junk in ('{"format": "timeline-events-v1", "events": [{"id": 1}]}', "[]", "null",
                 '{"format": "timeline-events-v1", "events": [], "problems": [[1]]}'):
        stored.write_text(junk, encoding="utf-8")
        assert cache.get(CORPUS) is None, junk
    monkeypatch.setenv(cache.CACHE_ENV_VAR, "")
    cache.put(CORPUS, TIMELINE)
    assert cache.get(CORPUS) is None


def test_old_entries_are_pruned(_cache_in: Path) -> None:
    for i in range(cache.KEEP + 5):
        cache.put(Corpus((replace(DOC, id=f"{i}.txt"),)), TIMELINE)
    assert len(list(_cache_in.glob("timeline-*.json"))) == cache.KEEP


def test_cli_uses_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The second load of an unchanged corpus does not build (the extractor is not called)."""
    from cli_timeline import write_corpus

    from usc_timeline import api
    from usc_timeline.cli import common

    corpus = write_corpus(tmp_path / "articles")
    built = api.build_timeline
    calls: list[int] = []

    def counting(c: Corpus) -> Timeline:
        calls.append(1)
        return built(c)

    monkeypatch.setattr(api, "build_timeline", counting)
    first = common.load_timeline([corpus])
    second = common.load_timeline([corpus])
    assert len(calls) == 1
    assert first == second and first.events
