"""`load_corpus("articles/")` in a notebook: one path given alone is one path.

A string is a sequence of characters; read as a list it gave one "does not exist"
per letter and no documents, and a Path alone raised TypeError.
"""

from __future__ import annotations

from pathlib import Path

from usc_timeline.corpus import load_corpus

ARTICLE = "June 20, 2023\nAntony Blinken met Xi Jinping in Beijing on Monday.\n"


def test_a_string_or_path_alone_is_one_corpus_path(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    as_list = load_corpus([tmp_path])
    for alone in (str(tmp_path), tmp_path):
        corpus = load_corpus(alone)
        assert corpus == as_list
        assert [d.id for d in corpus.documents] == ["a.txt"] and corpus.problems == ()
