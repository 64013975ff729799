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


def test_binary_file_is_reported_and_nothing_else_read(tmp_path: Path) -> None:
    blob = tmp_path / "blob.txt"
    blob.write_bytes(b"\x00\x01\x02\x03" * 50)
    result = run("dates", str(blob))
    assert result.exit_code == 1
    assert "blob.txt" in result.output and "binary" in result.output
    assert "Traceback" not in result.output


def test_without_a_publication_date_relative_values_stay_open(tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("Officials met on Monday and again on June 19, 2023.\n", encoding="utf-8")
    result = run("dates", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    values = {i["text"]: i["value"] for i in json.loads(result.stdout)}
    assert values["June 19, 2023"] == "2023-06-19"
    assert values["Monday"].startswith("XXXX")
    assert result.stderr.count("no publication date") == 1 and "--published" in result.stderr
    dated = run("dates", str(path), "--published", "2023-06-21", "--format", "json")
    assert "no publication date" not in dated.stderr
    assert {i["text"]: i["value"] for i in json.loads(dated.stdout)}["Monday"] == "2023-06-19"
