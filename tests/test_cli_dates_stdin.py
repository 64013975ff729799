"""`timeline dates -` reads standard input: check a sentence without saving it to a file."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from usc_timeline.cli import main


def run(*args: str, stdin: str) -> Result:
    return CliRunner().invoke(main, ["dates", *args], input=stdin.encode("utf-8"))


def test_stdin_with_published_resolves_relative_dates() -> None:
    result = run("-", "--published", "2023-06-20", "--format", "json",
                 stdin="\ufeffBlinken met Wang Yi on Monday.")
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)
    assert item["document"] == "-" and item["value"] == "2023-06-19"
    assert (item["start"], item["end"]) == (23, 29)  # offsets into the text after the BOM


def test_stdin_dateline_dates_it_and_files_still_work(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("March 3, 2022\nThe talks ended on Friday.\n", encoding="utf-8")
    result = run("-", str(path), "--format", "json",
                 stdin="June 20, 2023\nBlinken met Wang Yi on Monday.\n")
    assert result.exit_code == 0, result.output
    values = {(i["document"], i["text"]): i["value"] for i in json.loads(result.stdout)}
    assert values[("-", "Monday")] == "2023-06-19"
    assert values[("a.txt", "Friday")] == "2022-02-25"  # the Friday before
    assert "no publication date" not in result.stderr


def test_stdin_without_date_says_how_to_give_one() -> None:
    result = run("-", stdin="Blinken met Wang Yi on Monday.")
    assert result.exit_code == 0, result.output
    assert "--published" in result.stderr


def test_stdin_is_read_like_a_file_front_matter_and_all() -> None:
    # the same text saved as a.md would take its date from the front matter, and the
    # front matter's own date is no expression of the article
    result = run("-", "--format", "json",
                 stdin="---\npublished: 2023-06-20\n---\nBlinken met Wang Yi on Monday.\n")
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)
    assert (item["text"], item["value"]) == ("Monday", "2023-06-19")
