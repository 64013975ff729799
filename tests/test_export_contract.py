"""`timeline export --format json` on the seeds follows contract v1 and its shipped schema."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from usc_timeline.cli import main
from usc_timeline.corpus import bundled_seeds
from usc_timeline.model import EVENT_KINDS, EVENT_STATUSES, PRECISIONS
from usc_timeline.schema import events_schema


def export(*args: str) -> dict[str, Any]:
    result = CliRunner().invoke(main, ["export", "--format", "json", *args])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


@pytest.fixture(scope="module")
def seed_export() -> dict[str, Any]:
    return export()


def test_validates_against_the_shipped_schema(seed_export: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(events_schema())
    jsonschema.validate(seed_export, events_schema())
    assert seed_export["format"] == "usc-timeline/events" and seed_export["version"] == 1
    assert len(seed_export["events"]) >= 10


def test_every_contract_rule(seed_export: dict[str, Any]) -> None:
    seeds = bundled_seeds()
    texts = {p.name: p.read_text(encoding="utf-8") for p in seeds.glob("*.txt")}
    ids = [e["id"] for e in seed_export["events"]]
    assert len(ids) == len(set(ids))
    for event in seed_export["events"]:
        assert event["kind"] in EVENT_KINDS and event["status"] in EVENT_STATUSES
        if event["date"] is not None:
            start = date.fromisoformat(event["date"]["start"])
            end = date.fromisoformat(event["date"]["end"])
            assert start <= end and event["date"]["precision"] in PRECISIONS
        for actor in event["actors"]:
            assert actor["country"] is None or (len(actor["country"]) == 2
                                                and actor["country"].isupper())
        assert all(tag == tag.lower() for tag in event["issues"])
        assert event["sources"], event["id"]
        for source in event["sources"]:
            text = texts[source["document"]]
            # the sentence is the document's text at the given offsets, unchanged
            assert text[source["char_start"]:source["char_end"]] == source["sentence"]
            if source["date_text"] is not None:
                assert source["date_text"] in source["sentence"]
        for conflict in event["conflicts"]:
            assert len(conflict["sources"]) >= 2


def test_dated_events_come_in_date_order(seed_export: dict[str, Any]) -> None:
    dated = [e["date"]["start"] for e in seed_export["events"] if e["date"]]
    assert dated == sorted(dated)
    undated_seen = False
    for event in seed_export["events"]:
        undated_seen = undated_seen or event["date"] is None
        assert not (undated_seen and event["date"] is not None), "undated events go last"


def test_same_input_same_output_whatever_the_file_order(tmp_path: Path,
                                                        seed_export: dict[str, Any]) -> None:
    # Copy the seeds under names that sort in the opposite order, with the same catalog.
    seeds = bundled_seeds()
    first, second = tmp_path / "b", tmp_path / "a"
    first.mkdir()
    second.mkdir()
    names = sorted(p.name for p in seeds.glob("*.txt"))
    catalog = (seeds / "catalog.toml").read_text(encoding="utf-8")
    for folder, chosen in ((first, names[:2]), (second, names[2:])):
        for name in chosen:
            shutil.copy(seeds / name, folder / name)
        blocks = [b for b in catalog.split("[[document]]")[1:]
                  if any(f'"{n}"' in b for n in chosen)]
        (folder / "catalog.toml").write_text("".join("[[document]]" + b for b in blocks),
                                             encoding="utf-8")
    again = export("--corpus", str(second), "--corpus", str(first))
    assert again == seed_export
    assert export() == seed_export


def test_output_file_is_written_atomically_and_equals_stdout(tmp_path: Path,
                                                             seed_export: dict[str, Any]) -> None:
    target = tmp_path / "timeline.json"
    target.write_text("old", encoding="utf-8")
    result = CliRunner().invoke(main, ["export", "--format", "json", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text(encoding="utf-8")) == seed_export
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.json"]  # no temp file left


def test_export_to_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", "-o", str(tmp_path / "nope" / "t.json")])
    assert result.exit_code == 1
    assert "does not exist" in result.output and "Traceback" not in result.output
