"""`timeline dates`: time expressions of files as JSON or a table; bad input is a usage error."""

from __future__ import annotations

import json
from pathlib import Path

from cli_timeline import run


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "note.txt"
    path.write_text("The talks were held on June 19, 2023 in Beijing. [bold]x[/bold]\n",
                    encoding="utf-8")
    return path


def test_json_lists_each_expression_with_offsets(tmp_path: Path) -> None:
    path = _article(tmp_path)
    result = run("dates", str(path), "--published", "2023-06-20", "--format", "json")
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    [item] = [i for i in items if i["value"] == "2023-06-19"]
    text = path.read_text(encoding="utf-8")
    assert text[item["start"]:item["end"]] == item["text"] == "June 19, 2023"
    assert item["document"] == "note.txt" and item["type"] == "DATE"


def test_table_shows_words_and_days(tmp_path: Path) -> None:
    result = run("dates", str(_article(tmp_path)), env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert "June 19, 2023" in result.stdout and "2023-06-19" in result.stdout


def test_bad_published_or_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    path = _article(tmp_path)
    bad = run("dates", str(path), "--published", "junk")
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output
    missing = run("dates", str(tmp_path / "nope.txt"))
    assert missing.exit_code == 2 and "nope.txt does not exist" in missing.output
