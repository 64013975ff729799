"""Corpus loading: folders, files, JSONL, catalog, front matter, datelines, environment."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from usc_timeline.corpus import ENV_VAR, bundled_seeds, load_corpus


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_seeds_are_the_default_corpus() -> None:
    corpus = load_corpus(environ={})
    ids = [d.id for d in corpus.documents]
    assert len(ids) == 5 and ids == sorted(ids)
    assert bundled_seeds().joinpath("catalog.toml").is_file()
    first = corpus.documents[0]
    assert first.published is not None
    assert (first.published.value, first.published.origin) == ("2023-06", "catalog.toml")
    assert corpus.problems == ()


def test_environment_variable_lists_paths(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", "Officials met in Geneva on June 3, 2024.")
    b = write(tmp_path / "b.md", "Talks resumed.")
    corpus = load_corpus(environ={ENV_VAR: f"{a}{os.pathsep}{b}"})
    assert [d.id for d in corpus.documents] == ["a.txt", "b.md"]


def test_folder_with_catalog(tmp_path: Path) -> None:
    write(tmp_path / "one.txt", "Body one.")
    write(tmp_path / "two.md", "Body two.")
    write(tmp_path / "notes.csv", "ignored")
    write(tmp_path / "catalog.toml", """
[[document]]
file = "one.txt"
title = "First"
outlet = "Wire"
url = "https://example.org/one"
published = 2023-06-20
published_note = "from the page header"

[[document]]
file = "two.md"
published = "2023-06"
""")
    corpus = load_corpus([tmp_path])
    assert corpus.problems == ()
    one, two = corpus.documents
    assert (one.id, one.title, one.outlet, one.url) == ("one.txt", "First", "Wire",
                                                        "https://example.org/one")
    assert one.published is not None and one.published.value == "2023-06-20"
    assert one.published.note == "from the page header"
    assert two.published is not None and two.published.value == "2023-06"
    assert two.published.span.start.isoformat() == "2023-06-01"
    assert two.published.span.end.isoformat() == "2023-06-30"


def test_front_matter_keeps_offsets_and_is_not_article_text(tmp_path: Path) -> None:
    text = "---\ntitle: Talks in Vienna\npublished: 2023-05-12\noutlet: Example\n---\nBody here."
    write(tmp_path / "a.md", text)
    (doc,) = load_corpus([tmp_path / "a.md"]).documents
    assert doc.text == text  # nothing changed: offsets index the file's text
    assert doc.title == "Talks in Vienna" and doc.outlet == "Example"
    assert doc.published is not None
    assert (doc.published.value, doc.published.origin) == ("2023-05-12", "front matter")
    assert doc.text[doc.body_start:] == "Body here."
    assert len(doc.body) == len(doc.text) and "Vienna" not in doc.body


def test_catalog_wins_over_front_matter_and_dateline(tmp_path: Path) -> None:
    write(tmp_path / "a.md", "---\npublished: 2020-01-01\n---\nApril 20, 2021\nText.")
    write(tmp_path / "catalog.toml", '[[document]]\nfile = "a.md"\npublished = 2021-03-17\n')
    (doc,) = load_corpus([tmp_path]).documents
    assert doc.published is not None and doc.published.value == "2021-03-17"
    assert doc.published.origin == "catalog.toml"


def test_dateline_in_first_lines(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "April 20, 2021\n\nNews Update\n\nOfficials met.")
    write(tmp_path / "b.txt", "BEIJING, June 19, 2023 (Xinhua) -- Officials met.")
    write(tmp_path / "c.txt", "Officials met on May 5, 2020 in a long first sentence of prose "
          "that is certainly not a dateline at the top of any page.")
    a, b, c = load_corpus([tmp_path]).documents
    assert a.published is not None and (a.published.value, a.published.origin) == (
        "2021-04-20", "dateline")
    assert b.published is not None and b.published.value == "2023-06-19"
    assert c.published is None


def test_jsonl_reports_bad_lines_and_keeps_the_rest(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "x1", "text": "First article.", "published": "2023-06-20",
                    "title": "T"}),
        "{not json",
        json.dumps({"id": "x2", "title": "no text"}),
        json.dumps({"text": "Second article.", "published": "June"}),
        "",
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines))
    corpus = load_corpus([path])
    assert [d.id for d in corpus.documents] == ["feed.jsonl:4", "x1"]
    messages = [str(p) for p in corpus.problems]
    assert any("feed.jsonl:2" in m and "not valid JSON" in m for m in messages)
    assert any("feed.jsonl:3" in m and '"text"' in m for m in messages)
    assert any("feed.jsonl:4" in m and "not a date" in m for m in messages)


def test_missing_path_is_reported_and_others_still_load(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", "Text.")
    corpus = load_corpus([tmp_path / "nope", good])
    assert [d.id for d in corpus.documents] == ["good.txt"]
    (problem,) = corpus.problems
    assert "nope" in str(problem) and "does not exist" in problem.message
    assert problem.severity == "error"


def test_invalid_utf8_is_decoded_with_replacement_and_one_warning(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"Caf\xe9 talks began on Monday.\nMore \xff text.")
    corpus = load_corpus([tmp_path])
    (doc,) = corpus.documents
    assert "\ufffd" in doc.text and "talks began" in doc.text
    (problem,) = corpus.problems
    assert "UTF-8" in problem.message and problem.severity == "warning"


def test_empty_and_binary_files_are_skipped(tmp_path: Path) -> None:
    write(tmp_path / "empty.txt", "  \n")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 4)
    write(tmp_path / "ok.txt", "Text.")
    corpus = load_corpus([tmp_path])
    assert [d.id for d in corpus.documents] == ["ok.txt"]
    messages = {p.path.rsplit("/", 1)[-1]: p.message for p in corpus.problems}
    assert "empty" in messages["empty.txt"]
    assert "binary" in messages["blob.txt"]


def test_unreadable_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = write(tmp_path / "locked.txt", "Text.")
    write(tmp_path / "ok.txt", "Text.")
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:  # root can read chmod-0 files, so refuse here
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    corpus = load_corpus([tmp_path, locked])
    assert [d.id for d in corpus.documents] == ["ok.txt"]
    assert len(corpus.problems) == 2
    assert all("permission denied" in p.message and p.path.endswith("locked.txt")
               for p in corpus.problems)


def test_catalog_syntax_error_names_file_line_and_column(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Text.")
    write(tmp_path / "catalog.toml", '[[document]]\nfile = "a.txt"\ntitle = \n')
    corpus = load_corpus([tmp_path])
    assert [d.id for d in corpus.documents] == ["a.txt"]  # still loaded
    (problem,) = corpus.problems
    assert problem.path.endswith("catalog.toml")
    assert problem.line == 3 and problem.column is not None
    assert "not valid TOML" in problem.message


def test_catalog_unknown_key_missing_file_and_bad_date(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Text.")
    write(tmp_path / "b.txt", "Text.")
    write(tmp_path / "catalog.toml", """
[[document]]
file = "a.txt"
author = "Someone"
published = "20 June"

[[document]]
file = "missing.txt"
published = 2023-01-01

[[document]]
file = "b.txt"
published = "2023-13"
""")
    corpus = load_corpus([tmp_path])
    assert [d.id for d in corpus.documents] == ["a.txt", "b.txt"]
    assert all(d.published is None for d in corpus.documents)
    text = "\n".join(str(p) for p in corpus.problems)
    assert "unknown key 'author'" in text
    assert "'missing.txt', which is not in the folder" in text
    assert "'20 June' is not a date" in text
    assert "2023-13" in text
    assert "catalog.toml:4" in text  # the line of the entry


def test_same_id_in_two_folders_is_reported(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    write(tmp_path / "x" / "a.txt", "One.")
    write(tmp_path / "y" / "a.txt", "Two.")
    corpus = load_corpus([tmp_path / "x", tmp_path / "y"])
    assert [d.text for d in corpus.documents] == ["One."]
    assert "same id" in corpus.problems[0].message


def test_order_of_paths_does_not_change_the_corpus(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", "A.")
    b = write(tmp_path / "b.txt", "B.")
    assert load_corpus([a, b]) == load_corpus([b, a])
