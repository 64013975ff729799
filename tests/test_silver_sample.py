"""benchmarks/silver_sample.py: the real-news sample a person judges must be fixed by its
seed, drawn from both strata, and refuse a folder that is not there."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from usc_timeline.api import build_timeline, load_corpus
from usc_timeline.lexicon import default_lexicon

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def script() -> Any:
    with pytest.MonkeyPatch.context() as mp:
        mp.syspath_prepend(str(BENCHMARKS))  # it imports its sibling benchmark modules
        spec = importlib.util.spec_from_file_location("silver_sample",
                                                      BENCHMARKS / "silver_sample.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def events() -> list[Any]:
    return list(build_timeline(load_corpus([SEEDS])).events)


def test_same_seed_same_sample_and_both_strata(script: Any, events: list[Any]) -> None:
    lex = default_lexicon()
    first = script.sample(events, lex, 7, 3)
    assert [(s, e.id) for s, e in first] == [(s, e.id) for s, e in script.sample(events, lex, 7, 3)]
    assert [s for s, _ in first] == ["US-China"] * 3 + ["rest"] * min(3, sum(
        not script.on_us_china_side(e, lex) for e in events))
    assert all(script.on_us_china_side(e, lex) for s, e in first if s == "US-China")
    assert script.sample(events, lex, 8, 3) != first or len(events) <= 3


def test_description_shows_each_source_sentence(script: Any, events: list[Any]) -> None:
    event = next(e for e in events if e.sources)
    text = script.describe(1, "rest", event)
    assert text.startswith(f"=== #1 [rest] id={event.id}")
    assert event.sources[0].sentence in text
    assert f"title: {event.title}" in text


def test_a_missing_folder_is_a_clear_error(script: Any, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert script.main(["--data", str(tmp_path / "nowhere")]) == 1
    assert "nowhere" in capsys.readouterr().err
