"""`--source wire.jsonl` selects every article of that JSONL file, not just one by its id."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from usc_timeline.cli import main

RECORDS = {
    "wire.jsonl": [("w1", "Chinese Foreign Minister Qin Gang met US Ambassador Nicholas Burns in "
                          "Beijing on April 11, 2023."),
                   ("w2", "Treasury Secretary Janet Yellen visited Beijing on July 7, 2023.")],
    "other.jsonl": [("o1", "Secretary of State Antony Blinken met Xi Jinping in Beijing on "
                           "June 19, 2023.")],
}


def _corpus(tmp_path: Path) -> list[str]:
    args = []
    for name, records in RECORDS.items():
        lines = [json.dumps({"id": i, "text": t, "published": "2023-08-01"}) for i, t in records]
        (tmp_path / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        args += ["--corpus", str(tmp_path / name)]
    return args


def _documents(tmp_path: Path, *source: str) -> set[str]:
    args = [a for s in source for a in ("--source", s)]
    result = CliRunner().invoke(main, ["list", "--format", "json", *args, *_corpus(tmp_path)],
                                env={"USC_TIMELINE_CACHE_DIR": ""})
    assert result.exit_code == 0, result.output
    return {s["document"] for e in json.loads(result.stdout)["events"] for s in e["sources"]}


def test_jsonl_file_name_selects_all_its_articles(tmp_path: Path) -> None:
    assert _documents(tmp_path, "wire.jsonl") == {"w1", "w2"}
    assert _documents(tmp_path, str(tmp_path / "other.jsonl")) == {"o1"}


def test_article_id_still_selects_one(tmp_path: Path) -> None:
    assert _documents(tmp_path, "w2") == {"w2"}
    assert _documents(tmp_path, "w2", "other.jsonl") == {"w2", "o1"}


def test_unknown_jsonl_name_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["list", "--source", "nope.jsonl", *_corpus(tmp_path)],
                                env={"USC_TIMELINE_CACHE_DIR": ""})
    assert result.exit_code == 2 and "nope.jsonl" in result.output
