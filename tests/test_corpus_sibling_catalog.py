"""One file read on its own takes its entry from the catalog.toml beside it.

Otherwise `timeline dates folder/a.txt` and `--corpus folder/a.txt` would lose the
publication date that `--corpus folder/` gives the same article, and resolve its
relative dates differently (or not at all).
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from usc_timeline.cli import main
from usc_timeline.corpus import load_corpus

ARTICLE = "Antony Blinken met Xi Jinping in Beijing on Monday.\n"
CATALOG = ('[[document]]\nfile = "a.txt"\ntitle = "Blinken in Beijing"\npublished = 2023-06-20\n'
           '\n[[document]]\nfile = "gone.txt"\n')


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text(CATALOG, encoding="utf-8")
    return tmp_path / "a.txt"


def test_single_file_gets_its_catalog_entry(tmp_path: Path) -> None:
    path = _folder(tmp_path)
    alone = load_corpus([path]).documents[0]
    in_folder = load_corpus([tmp_path]).documents[0]
    assert alone.published == in_folder.published
    assert alone.published is not None and alone.published.value == "2023-06-20"
    assert alone.published.origin == "catalog.toml"
    assert alone.title == "Blinken in Beijing"


def test_catalog_problems_about_other_files_are_not_repeated(tmp_path: Path) -> None:
    path = _folder(tmp_path)
    assert load_corpus([path]).problems == ()
    assert any("gone.txt" in p.message for p in load_corpus([tmp_path]).problems)


def test_a_broken_catalog_beside_the_file_is_reported(tmp_path: Path) -> None:
    path = _folder(tmp_path)
    (tmp_path / "catalog.toml").write_text("[[document]\nfile = ", encoding="utf-8")
    corpus = load_corpus([path])
    assert corpus.documents[0].published is None
    assert any("not valid TOML" in p.message for p in corpus.problems)


def test_file_without_catalog_entry_is_unchanged(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("June 19, 2023\n" + ARTICLE, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text(CATALOG.replace("gone", "x"), encoding="utf-8")
    doc = load_corpus([tmp_path / "b.txt"]).documents[0]
    assert doc.published is not None and doc.published.origin == "dateline"


def test_dates_command_resolves_with_the_sibling_catalog(tmp_path: Path) -> None:
    path = _folder(tmp_path)
    result = CliRunner().invoke(main, ["dates", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    monday = [t for t in json.loads(result.stdout) if t["text"] == "on Monday"
              or t["text"] == "Monday"]
    assert monday and monday[0]["value"] == "2023-06-19"
    assert "no publication date" not in result.stderr
