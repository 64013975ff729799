"""`timeline show ID`: unique prefixes, suggestions for unknown ids, the full evidence view."""

from __future__ import annotations

import json
from pathlib import Path

from cli_timeline import run, use_timeline

__all__ = ["use_timeline"]


def test_show_by_full_id(use_timeline: list[tuple[Path, ...]]) -> None:
    result = run("show", "2023-06-19-blinken-meets-xi", env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Blinken meets Xi Jinping")
    for expected in (
        "2023-06-19-blinken-meets-xi", "meeting", "occurred",
        "Antony Blinken (Secretary of State, US)", "Beijing", "taiwan, fentanyl",
        "Sources (2)", "Blinken in Beijing (Example Wire)",
        "Secretary of State Antony Blinken met President Xi Jinping in Beijing on Monday.",
        "2023-06-20 (Tue 20 Jun 2023, from catalog.toml)",
        "'on Monday' in an article published Tue 20 Jun 2023 → Mon 19 Jun 2023",
        "Conflicts (1)", "a.txt: 'on Sunday' → 18 Jun 2023",
    ):
        assert expected in out, expected


def test_show_by_unique_prefix_any_case(use_timeline: list[tuple[Path, ...]]) -> None:
    result = run("show", "2023-07-YELLEN")
    assert result.exit_code == 0, result.output
    assert "Yellen to visit China" in result.stdout
    assert "Jul 2023" in result.stdout and "planned" in result.stdout


def test_ambiguous_prefix_lists_candidates(use_timeline: list[tuple[Path, ...]]) -> None:
    result = run("show", "2023-06")
    assert result.exit_code == 2
    assert "2 events start with '2023-06'" in result.output
    assert "2023-06-18-blinken-wang-talks" in result.output
    assert "2023-06-19-blinken-meets-xi" in result.output


def test_unknown_id_suggests_near_ones(use_timeline: list[tuple[Path, ...]]) -> None:
    result = run("show", "2023-06-19-blinken-meet-xi")
    assert result.exit_code == 2
    assert "no event has the id '2023-06-19-blinken-meet-xi'; did you mean" in result.output
    assert "2023-06-19-blinken-meets-xi" in result.output
    result = run("show", "zzzzzzzz")
    assert result.exit_code == 2 and "see `timeline list`" in result.output


def test_show_json_is_the_contract_event(use_timeline: list[tuple[Path, ...]]) -> None:
    result = run("show", "2023-05", "--format", "json")
    assert result.exit_code == 0
    event = json.loads(result.stdout)
    assert event["id"] == "2023-05-sullivan-wang-talks-vienna"
    assert event["date"] == {"start": "2023-05-01", "end": "2023-05-31", "precision": "month",
                             "label": "May 2023"}
    assert event["sources"][0]["date_text"] == "last month"


def test_undated_event_without_sources(use_timeline: list[tuple[Path, ...]]) -> None:
    result = run("show", "undated")
    assert result.exit_code == 0
    assert "undated" in result.stdout and "Sources (0)" in result.stdout
    assert "No conflicts between sources." in result.stdout


def test_show_on_a_real_article(tmp_path: Path) -> None:
    from cli_timeline import write_corpus

    corpus = str(write_corpus(tmp_path / "articles"))
    listed = json.loads(run("list", "--corpus", corpus, "--format", "json",
                            "--kind", "meeting").stdout)["events"]
    event_id = listed[0]["id"]
    result = run("show", event_id[: len(event_id) - 3], "--corpus", corpus,
                 env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    assert "Antony Blinken met Chinese Foreign Minister Qin Gang" in result.stdout
    assert "in an article published Tue 20 Jun 2023 → Sun 18 Jun 2023" in result.stdout
    assert "2023-06-20 (Tue 20 Jun 2023, from catalog.toml)" in result.stdout
