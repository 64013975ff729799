"""A folder's articles are its own *.txt/*.md files: what it holds beyond that is named, not lost.

Articles in subfolders and .jsonl files inside a folder are not read; the user is told
which, and how to read them, instead of getting a smaller timeline without a word.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from usc_timeline.cli import main
from usc_timeline.corpus import load_corpus

ARTICLE = "June 20, 2023\nAntony Blinken met Xi Jinping in Beijing on Monday.\n"
JSONL = '{"id": "w1", "text": "Blinken met Wang Yi.", "published": "2023-06-19"}\n'


def test_subfolder_articles_and_jsonl_are_named_with_the_fix(tmp_path: Path) -> None:
    (tmp_path / "top.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "2023" / "06").mkdir(parents=True)
    (tmp_path / "2023" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "2023" / "06" / "b.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "wire.jsonl").write_text(JSONL, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text(ARTICLE, encoding="utf-8")
    corpus = load_corpus([tmp_path])
    assert [d.id for d in corpus.documents] == ["top.txt"]
    messages = {p.path: p.message for p in corpus.problems}
    sub = messages[f"{tmp_path}/2023"]
    assert "2 article file(s) not read" in sub and f"--corpus {tmp_path}/2023" in sub
    assert f"--corpus {tmp_path}/wire.jsonl" in messages[f"{tmp_path}/wire.jsonl"]
    assert not any(".git" in p for p in messages)
    assert all(p.severity == "warning" for p in corpus.problems)


def test_folder_of_plain_articles_gets_no_notes(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "map.png").write_bytes(b"\x89PNG")
    assert load_corpus([tmp_path]).problems == ()


def test_folder_without_articles_is_an_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "2023").mkdir()
    (tmp_path / "2023" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    corpus = load_corpus([tmp_path])
    assert corpus.documents == ()
    errors = [p for p in corpus.problems if p.severity == "error"]
    assert [p.path for p in errors] == [str(tmp_path)]
    assert "no *.txt or *.md articles" in errors[0].message


def test_cli_on_nested_only_folder_says_where_to_look(tmp_path: Path) -> None:
    (tmp_path / "2023").mkdir()
    (tmp_path / "2023" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["list", "--corpus", str(tmp_path)],
                                env={"USC_TIMELINE_CACHE_DIR": ""})
    assert result.exit_code == 1
    assert f"--corpus {tmp_path}/2023" in result.stderr
    assert f"no readable articles in {tmp_path}" in result.stderr
    assert "Traceback" not in result.output


def test_unreadable_folder_is_reported_and_others_still_load(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked, good = tmp_path / "locked", tmp_path / "good"
    locked.mkdir()
    good.mkdir()
    (good / "a.txt").write_text(ARTICLE, encoding="utf-8")
    real_iterdir = Path.iterdir

    def iterdir(self: Path) -> Iterator[Path]:
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    corpus = load_corpus([locked, good])
    assert [d.id for d in corpus.documents] == ["a.txt"]
    (problem,) = corpus.problems
    assert problem.path == str(locked) and "Permission denied" in problem.message
    assert problem.severity == "error"



def test_counting_nested_articles_stops_at_the_scan_limit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import usc_timeline.corpus as corpus_module

    monkeypatch.setattr(corpus_module, "_SCAN_LIMIT", 3)
    (tmp_path / "top.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "big").mkdir()
    for i in range(6):
        (tmp_path / "big" / f"{i}.txt").write_text(ARTICLE, encoding="utf-8")
    (problem,) = load_corpus([tmp_path]).problems
    assert "subfolder with 3+ article file(s)" in problem.message


def test_many_unread_subfolders_are_summed_up(tmp_path: Path) -> None:
    (tmp_path / "top.txt").write_text(ARTICLE, encoding="utf-8")
    for year in range(2001, 2025):
        (tmp_path / str(year)).mkdir()
        (tmp_path / str(year) / "a.txt").write_text(ARTICLE, encoding="utf-8")
    problems = load_corpus([tmp_path]).problems
    assert len(problems) == 6
    assert [p.path for p in problems[:5]] == [f"{tmp_path}/{y}" for y in range(2001, 2006)]
    assert problems[5].path == str(tmp_path) and "19 more subfolders" in problems[5].message
