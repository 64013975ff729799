"""`timeline actors|issues|places|sources`: counts, roles, dates; names work as filters."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cli_timeline import run, use_timeline

__all__ = ["use_timeline"]


def _json(*args: str) -> Any:
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_actors_table(use_timeline: list[tuple[Path, ...]]) -> None:
    result = run("actors", env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    blinken = next(line for line in result.stdout.splitlines() if "Antony Blinken" in line)
    assert blinken.split()[2:4] == ["2", "US"]
    assert "Secretary of State" in blinken and "18 Jun 2023" in blinken and "19 Jun 2023" in blinken


def test_actors_json_and_every_name_works_as_a_filter(
        use_timeline: list[tuple[Path, ...]]) -> None:
    actors = _json("actors")
    assert actors[0]["name"] == "Antony Blinken" and actors[0]["events"] == 2
    assert actors[0]["roles"] == ["Secretary of State"]
    assert actors[0]["first"] == "2023-06-18" and actors[0]["last"] == "2023-06-19"
    for actor in actors:
        events = _json("list", "--actor", actor["name"])["events"]
        assert len(events) >= actor["events"], actor["name"]


def test_issues_and_places_and_their_names_as_filters(
        use_timeline: list[tuple[Path, ...]]) -> None:
    issues = _json("issues")
    assert [(i["name"], i["events"]) for i in issues][:2] == [("taiwan", 3), ("economy", 1)]
    assert issues[0]["countries"] == ["CN", "US"]
    for issue in issues:
        assert len(_json("list", "--issue", issue["name"])["events"]) == issue["events"]
    places = _json("places")
    assert places[0]["name"] == "Beijing" and places[0]["events"] == 2
    for place in places:
        assert len(_json("list", "--place", place["name"])["events"]) == place["events"]
    table = run("places").stdout
    assert "Beijing" in table and "Vienna" in table


def test_summaries_take_filters(use_timeline: list[tuple[Path, ...]]) -> None:
    names = [a["name"] for a in _json("actors", "--issue", "economy")]
    assert names == ["Janet Yellen"]
    assert [i["name"] for i in _json("issues", "--actor", "Xi")] == ["fentanyl", "taiwan"]
    result = run("issues", "--actor", "Xii Jinpin")
    assert result.exit_code == 2 and "did you mean 'Xi Jinping'" in result.output


def test_sources_table(use_timeline: list[tuple[Path, ...]]) -> None:
    result = run("sources", env={"COLUMNS": "120"})
    assert result.exit_code == 0
    a = next(line for line in result.stdout.splitlines() if line.startswith("a.txt"))
    assert "Blinken in Beijing" in a and "2023-06-20" in a and "catalog.toml" in a
    assert a.rstrip().endswith("2")
    b = next(line for line in result.stdout.splitlines() if line.startswith("b.txt"))
    assert "dateline" in b
