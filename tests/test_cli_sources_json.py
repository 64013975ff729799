"""`timeline sources --format json`: the articles read, for programs (like actors/issues/places)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from usc_timeline.cli import main

ARTICLE = "June 20, 2023\nSecretary of State Antony Blinken met Xi Jinping in Beijing on Monday.\n"


def test_sources_json_has_date_origin_and_event_counts(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Nothing happened.\n", encoding="utf-8")
    (tmp_path / "catalog.toml").write_text(
        '[[document]]\nfile = "b.txt"\ntitle = "Quiet day"\nurl = "https://example.org/b"\n',
        encoding="utf-8")
    result = CliRunner().invoke(main, ["sources", "--corpus", str(tmp_path), "--format", "json"],
                                env={"USC_TIMELINE_CACHE_DIR": ""})
    assert result.exit_code == 0, result.output
    rows = {r["document"]: r for r in json.loads(result.stdout)}
    assert list(rows) == ["a.txt", "b.txt"]
    assert rows["a.txt"]["published"] == {"value": "2023-06-20", "origin": "dateline",
                                          "note": "'June 20, 2023' near the top of the text"}
    assert rows["a.txt"]["events"] >= 1
    assert rows["b.txt"]["published"] is None and rows["b.txt"]["events"] == 0
    assert rows["b.txt"]["title"] == "Quiet day" and rows["b.txt"]["url"] == "https://example.org/b"
    assert rows["b.txt"]["path"].endswith("b.txt")
