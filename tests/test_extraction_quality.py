"""Extraction quality floors: the library run on two corpora, scored against their gold.

The floors are regression guards, set a little under what the extractor reaches;
they never go below the issue's minimums on the seeds. `tests/data/articles/` holds
articles written for these tests (other events, other people than the seeds), so a
rule tuned to the seeds' sentences shows up here as a drop.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from usc_timeline.api import build_timeline, load_corpus
from usc_timeline.evaluate import Report, export_events, load_gold, score

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"


def run(folder: Path) -> Report:
    timeline = build_timeline(load_corpus([folder]))
    return score(export_events(timeline.events), load_gold(folder / "gold-events.json"))


@pytest.fixture(scope="module")
def seeds() -> Report:
    return run(SEEDS)


@pytest.fixture(scope="module")
def articles() -> Report:
    return run(ARTICLES)


@pytest.fixture(scope="module")
def heldout() -> Report:
    return run(HELDOUT)


def _check(report: Report, floors: dict[str, float]) -> None:
    figures = {name: getattr(report, name) for name in floors}
    low = {name: value for name, value in figures.items()
           if value is None or value < floors[name]}
    assert not low, f"below the floor {floors}: {figures}"


def test_seed_floors(seeds: Report) -> None:
    # the targets (measured: 1.00, 1.00, 0.94, 1.00)
    _check(seeds, {"recall": 0.9, "precision": 0.85, "exact_date_rate": 0.85,
                   "merge_rate": 0.9})


def test_own_articles_floors(articles: Report) -> None:
    # measured: 0.958, 0.979, 0.963, 1.00
    _check(articles, {"recall": 0.9, "precision": 0.9, "exact_date_rate": 0.9,
                      "merge_rate": 0.75})


def test_first_heldout_set_floors(heldout: Report) -> None:
    # tests/data/heldout/ (see tests/data/HELDOUT.md; spent by tuning, so a regression guard)
    # measured: 0.947, 1.00, 0.92, 0.91
    _check(heldout, {"recall": 0.88, "precision": 0.9, "exact_date_rate": 0.85,
                     "merge_rate": 0.8})


def test_every_document_of_the_test_articles_is_scored(articles: Report) -> None:
    # A loader or id change that silently drops a document would otherwise raise precision.
    assert len(articles.documents) == 8
    assert all(d.predicted > 0 for d in articles.documents)
