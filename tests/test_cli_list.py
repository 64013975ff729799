"""`timeline list` / `timeline filter`: filters, formats, usage errors, empty results."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cli_timeline import EVENTS, run, use_timeline

__all__ = ["use_timeline"]  # the fixture, imported for pytest

WIDE = {"COLUMNS": "140"}


def ids_json(*args: str) -> list[str]:
    result = run("list", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["format"] == "usc-timeline/events" and doc["version"] == 1
    return [e["id"] for e in doc["events"]]


def test_table_lists_every_event(use_timeline: list[tuple[Path, ...]]) -> None:
    result = run("list", env=WIDE)
    assert result.exit_code == 0, result.output
    for label in ("May 2023", "18 Jun 2023", "19 Jun 2023", "Jul 2023 (planned)", "undated"):
        assert label in result.stdout
    assert "Blinken meets Xi Jinping" in result.stdout
    assert "sources disagree" in result.stdout  # the conflict mark is explained


def test_corpus_option_is_passed_on(use_timeline: list[tuple[Path, ...]],
                                    tmp_path: Path) -> None:
    assert run("list", "--corpus", str(tmp_path), "--corpus", str(tmp_path)).exit_code == 0
    assert use_timeline[-1] == (tmp_path, tmp_path)


def test_filters_combine(use_timeline: list[tuple[Path, ...]]) -> None:
    assert ids_json("--actor", "blinken") == [
        "2023-06-18-blinken-wang-talks", "2023-06-19-blinken-meets-xi"]
    assert ids_json("--actor", "Yellen", "--actor", "Sullivan") == [
        "2023-05-sullivan-wang-talks-vienna", "2023-07-yellen-visit-planned"]
    assert ids_json("--actor", "CN", "--kind", "meeting") == ["2023-06-19-blinken-meets-xi"]
    assert ids_json("--since", "2023-06-19") == [
        "2023-06-19-blinken-meets-xi", "2023-07-yellen-visit-planned"]
    assert ids_json("--until", "2023-05") == ["2023-05-sullivan-wang-talks-vienna"]
    assert ids_json("--status", "planned") == ["2023-07-yellen-visit-planned"]
    assert ids_json("--place", "vienna") == ["2023-05-sullivan-wang-talks-vienna"]
    assert ids_json("--issue", "fentanyl", "--issue", "economy") == [
        "2023-06-19-blinken-meets-xi", "2023-07-yellen-visit-planned"]
    assert ids_json("--source", "b.txt", "--search", "vienna") == [
        "2023-05-sullivan-wang-talks-vienna"]


def test_limit_and_reverse(use_timeline: list[tuple[Path, ...]]) -> None:
    assert ids_json("--reverse", "--limit", "2") == [EVENTS[-1].id, EVENTS[-2].id]
    assert ids_json("--limit", "1") == [EVENTS[0].id]


def test_jsonl_and_csv(use_timeline: list[tuple[Path, ...]]) -> None:
    result = run("list", "--format", "jsonl", "--issue", "taiwan")
    assert result.exit_code == 0
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == [e.id for e in EVENTS[:3]]
    result = run("list", "--format", "csv", "--actor", "Yellen")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["id"] for r in rows] == ["2023-07-yellen-visit-planned"]


def test_unknown_value_is_a_usage_error_with_suggestion(
        use_timeline: list[tuple[Path, ...]]) -> None:
    result = run("list", "--actor", "Blinkn")
    assert result.exit_code == 2
    assert "no actor matches 'Blinkn'; did you mean 'Antony Blinken'?" in result.output
    result = run("list", "--kind", "meetng", "--issue", "taiwn")
    assert result.exit_code == 2
    assert "did you mean 'meeting'" in result.output and "did you mean 'taiwan'" in result.output
    result = run("list", "--since", "June 2023")
    assert result.exit_code == 2 and "YYYY-MM" in result.output
    assert run("list", "--limit", "-1").exit_code == 2


def test_valid_filter_with_no_match_prints_empty_table_and_note(
        use_timeline: list[tuple[Path, ...]]) -> None:
    result = run("list", "--actor", "Yellen", "--kind", "meeting")
    assert result.exit_code == 0
    assert "title" in result.stdout  # the (empty) table header
    assert "no events match these filters (5 in the corpus)" in result.stderr
    assert json.loads(run("list", "--format", "json", "--since", "2030").stdout)["events"] == []


def test_filter_needs_a_filter(use_timeline: list[tuple[Path, ...]]) -> None:
    result = run("filter")
    assert result.exit_code == 2 and "at least one filter" in result.output
    result = run("filter", "--limit", "3")
    assert result.exit_code == 2
    result = run("filter", "--actor", "xi", "--format", "json")
    assert result.exit_code == 0
    assert [e["id"] for e in json.loads(result.stdout)["events"]] == [
        "2023-06-19-blinken-meets-xi"]


@pytest.mark.parametrize("width", ["80", "100", "160"])
def test_table_fits_the_terminal(use_timeline: list[tuple[Path, ...]], width: str) -> None:
    result = run("list", env={"COLUMNS": width})
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= int(width)


def test_piped_table_keeps_one_line_per_event(use_timeline: list[tuple[Path, ...]],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    result = run("list")
    rows = [line for line in result.stdout.splitlines()[1:] if line.strip()]
    assert len(rows) == len(EVENTS) + 1  # plus the note about the conflict mark
    assert "places" in result.stdout.splitlines()[0]  # nothing dropped for width


def test_real_corpus_folder_end_to_end(tmp_path: Path) -> None:
    """No stand-in: the articles are read, extracted and merged by the real pipeline."""
    from cli_timeline import write_corpus

    corpus = str(write_corpus(tmp_path / "articles"))
    result = run("list", "--corpus", corpus, "--format", "json", "--actor", "Qin")
    assert result.exit_code == 0, result.output
    [event] = [e for e in json.loads(result.stdout)["events"] if e["kind"] == "meeting"]
    assert event["date"]["start"] == "2023-06-18" == event["date"]["end"]
    assert {"Antony Blinken", "Qin Gang"} <= {a["name"] for a in event["actors"]}
    assert event["sources"][0]["document"] == "talks.txt"
    table = run("list", "--corpus", corpus, env={"COLUMNS": "120"})
    assert "18 Jun 2023" in table.stdout and "Blinken" in table.stdout
    wrong = run("list", "--corpus", corpus, "--actor", "Qinn Gang")
    assert wrong.exit_code == 2 and "did you mean 'Qin Gang'" in wrong.output


def test_ids_column_gives_ids_for_show(use_timeline: list[tuple[Path, ...]]) -> None:
    result = run("list", "--ids", "--actor", "Xi", env=WIDE)
    assert result.exit_code == 0
    assert "2023-06-19-blinken-meets-xi" in result.stdout
    assert "2023-06-19-blinken-meets-xi" not in run("list", "--actor", "Xi", env=WIDE).stdout


@pytest.mark.parametrize("width", ["80", "120"])
def test_ids_table_keeps_the_source_count(use_timeline: list[tuple[Path, ...]],
                                          width: str) -> None:
    out = run("list", "--ids", env={"COLUMNS": width}).stdout
    assert out.splitlines()[0].rstrip().endswith("src")
    assert max(len(line) for line in out.splitlines()) <= int(width)
