"""The same article reached twice (a folder and a file in it, or $USC_TIMELINE_CORPUS and
--corpus) is read once without a word; two different articles with one id are reported.

Telling the user to "rename one of them" when both are the same file was wrong advice.
"""

from __future__ import annotations

from pathlib import Path

from usc_timeline.corpus import load_corpus

ARTICLE = "June 20, 2023\nAntony Blinken met Xi Jinping in Beijing on Monday.\n"


def test_same_article_reached_twice_is_read_once_quietly(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    corpus = load_corpus([tmp_path, tmp_path / "a.txt", tmp_path / "." / "a.txt"])
    assert [d.id for d in corpus.documents] == ["a.txt"]
    assert corpus.problems == ()


def test_two_different_articles_with_one_id_are_still_reported(tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "two" / "a.txt").write_text(ARTICLE + "More.\n", encoding="utf-8")
    corpus = load_corpus([tmp_path / "one", tmp_path / "two"])
    (problem,) = corpus.problems
    assert "same id 'a.txt'" in problem.message and problem.severity == "error"
