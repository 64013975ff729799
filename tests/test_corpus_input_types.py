"""Input that is almost right: a .json file, an odd suffix, a year as a number, a list as a title.

Each is still read where that makes sense, and the user is told what was done and how to
say it properly, instead of getting a quietly different timeline.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from usc_timeline.corpus import load_corpus
from usc_timeline.corpus.published import normalise_published

TEXT = "Antony Blinken met Wang Yi in Beijing on June 18, 2023."


def test_json_file_is_read_as_text_with_a_pointer_to_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "articles.json"
    path.write_text(json.dumps([{"text": TEXT}]), encoding="utf-8")
    corpus = load_corpus([path])
    assert len(corpus.documents) == 1
    (problem,) = [p for p in corpus.problems if p.path == str(path)]
    assert ".jsonl" in problem.message and problem.severity == "warning"


def test_other_suffix_is_named_and_plain_names_are_not(tmp_path: Path) -> None:
    html, bare = tmp_path / "page.html", tmp_path / "README"
    html.write_text(TEXT, encoding="utf-8")
    bare.write_text(TEXT, encoding="utf-8")
    problems = load_corpus([html, bare]).problems
    assert [p.path for p in problems] == [str(html)]
    assert "'.html'" in problems[0].message


def test_jsonl_year_as_a_number_is_a_year(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({"id": "w1", "text": TEXT, "published": 2023}) + "\n",
                    encoding="utf-8")
    corpus = load_corpus([path])
    doc = corpus.documents[0]
    assert doc.published is not None and doc.published.value == "2023"
    assert corpus.problems == ()


@pytest.mark.parametrize("raw", [True, 20230620, 3.5, [2023]])
def test_other_non_strings_are_rejected_naming_the_type(raw: object) -> None:
    with pytest.raises(ValueError, match=type(raw).__name__):
        normalise_published(raw)


def test_jsonl_list_title_is_ignored_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    record = {"id": "w1", "text": TEXT, "title": ["a", "b"], "outlet": "Wire"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    corpus = load_corpus([path])
    doc = corpus.documents[0]
    assert doc.title is None and doc.outlet == "Wire"
    (problem,) = corpus.problems
    assert problem.path == f"{path}:1" and "'title'" in problem.message
