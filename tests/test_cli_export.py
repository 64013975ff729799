"""`timeline export`: every format, -o written atomically, '-' for stdout, filters apply."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import icalendar
import pytest
from cli_timeline import EVENTS, run, use_timeline

__all__ = ["use_timeline"]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "ics", "markdown", "timelinejs"])
def test_every_format_to_stdout_and_to_a_file(use_timeline: list[tuple[Path, ...]],
                                              tmp_path: Path, fmt: str) -> None:
    to_stdout = run("export", "--format", fmt)
    assert to_stdout.exit_code == 0, to_stdout.output
    assert to_stdout.stdout.strip()
    assert run("export", "--format", fmt, "-o", "-").stdout_bytes == to_stdout.stdout_bytes
    target = tmp_path / f"out.{fmt}"
    to_file = run("export", "--format", fmt, "-o", str(target))
    assert to_file.exit_code == 0, to_file.output
    assert to_file.stdout == ""
    assert target.read_bytes() == to_stdout.stdout_bytes  # byte for byte (ics keeps CRLF)
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left
    assert f"wrote {len(EVENTS)} events" in to_file.stderr


def test_json_is_contract_v1(use_timeline: list[tuple[Path, ...]]) -> None:
    doc = json.loads(run("export").stdout)
    assert doc["format"] == "usc-timeline/events" and doc["version"] == 1
    assert [e["id"] for e in doc["events"]] == [e.id for e in EVENTS]


def test_ics_imports(use_timeline: list[tuple[Path, ...]]) -> None:
    cal = icalendar.Calendar.from_ical(run("export", "--format", "ics").stdout)
    events = list(cal.walk("VEVENT"))
    assert len(events) == len([e for e in EVENTS if e.date])


def test_filters_apply_to_export(use_timeline: list[tuple[Path, ...]]) -> None:
    out = run("export", "--format", "csv", "--issue", "taiwan", "--until", "2023-06-18").stdout
    assert [r["id"] for r in csv.DictReader(io.StringIO(out))] == [
        "2023-05-sullivan-wang-talks-vienna", "2023-06-18-blinken-wang-talks"]
    result = run("export", "--actor", "Blnken")
    assert result.exit_code == 2 and "did you mean 'Antony Blinken'" in result.output


def test_failed_write_keeps_the_old_file_and_exits_1(use_timeline: list[tuple[Path, ...]],
                                                    tmp_path: Path) -> None:
    result = run("export", "-o", str(tmp_path / "missing" / "out.json"))
    assert result.exit_code == 1
    assert "does not exist" in result.output
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    assert run("export", "-o", str(target), "--since", "2030").exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["events"] == []


def test_unknown_format_is_a_usage_error(use_timeline: list[tuple[Path, ...]]) -> None:
    result = run("export", "--format", "xml")
    assert result.exit_code == 2 and "timelinejs" in result.output
