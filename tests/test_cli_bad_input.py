"""Bad input through the CLI: reported with file and line, the rest processed, no traceback."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from usc_timeline.cli import main

MEETING = ("Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing "
           "on June 18, 2023.\n")


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, list(args), env={"USC_TIMELINE_CACHE_DIR": "", **(env or {})})


def test_missing_corpus_path_is_a_usage_error(tmp_path: Path) -> None:
    result = run("list", "--corpus", str(tmp_path / "nope"))
    assert result.exit_code == 2
    assert "nope" in result.output and "does not exist" in result.output
    assert "Traceback" not in result.output


def test_one_bad_file_is_reported_and_the_others_processed(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(MEETING, encoding="utf-8")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "latin1.txt").write_bytes(MEETING.replace("Qin", "Q\xefn").encode("latin-1"))
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    (tmp_path / "catalog.toml").write_text('[[document]]\nfile = "good.txt"\nauthor = "x"\n',
                                           encoding="utf-8")
    result = run("list", "--corpus", str(tmp_path), "--format", "json")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    warnings = result.stderr
    assert "blob.txt" in warnings and "binary" in warnings
    assert "latin1.txt" in warnings and "UTF-8" in warnings
    assert "empty.md" in warnings and "empty" in warnings
    assert "catalog.toml:3" in warnings and "'author'" in warnings
    events = json.loads(result.stdout)["events"]
    documents = {s["document"] for e in events for s in e["sources"]}
    assert "good.txt" in documents


def test_broken_catalog_still_loads_the_folder(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(MEETING, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text("[[document]\nfile = 1\n", encoding="utf-8")
    result = run("sources", "--corpus", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "catalog.toml:1:" in result.stderr and "not valid TOML" in result.stderr
    assert "good.txt" in result.stdout


def test_jsonl_bad_lines_are_reported_by_line(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([
        json.dumps({"id": "a1", "text": MEETING}),
        "not json",
        json.dumps({"id": "a2"}),
    ]), encoding="utf-8")
    result = run("sources", "--corpus", str(feed))
    assert result.exit_code == 0, result.output
    assert "feed.jsonl:2" in result.stderr and "feed.jsonl:3" in result.stderr
    assert "a1" in result.stdout


def test_nothing_readable_is_a_runtime_error(tmp_path: Path) -> None:
    (tmp_path / "blob.txt").write_bytes(b"\x00" * 64)
    result = run("list", "--corpus", str(tmp_path))
    assert result.exit_code == 1
    assert "no readable articles" in result.output and "Traceback" not in result.output


def test_nothing_readable_from_the_environment_names_its_paths(tmp_path: Path) -> None:
    (tmp_path / "blob.txt").write_bytes(b"\x00" * 64)
    result = run("list", env={"USC_TIMELINE_CORPUS": str(tmp_path)})
    assert result.exit_code == 1
    assert f"no readable articles in {tmp_path}" in result.output


def test_undated_documents_are_named_once_with_the_fix(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Blinken met Qin Gang on Monday in Beijing.\n",
                                     encoding="utf-8")
    result = run("list", "--corpus", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert result.stderr.count("no publication date") == 1
    assert "a.txt" in result.stderr and "b.txt" in result.stderr
    assert "catalog.toml" in result.stderr  # says how to fix it


def test_environment_variable_chooses_the_corpus(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(MEETING, encoding="utf-8")
    result = run("sources", env={"USC_TIMELINE_CORPUS": str(tmp_path)})
    assert result.exit_code == 0, result.output
    assert "good.txt" in result.stdout and "000_" not in result.stdout
