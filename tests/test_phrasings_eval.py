"""The phrasings scorer: when a one-event case counts as found, and near misses."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from usc_timeline.evaluate.phrasings import (
    DOC,
    case_from_toml,
    judge,
    load_cases,
    parse_case_date,
)

PHRASINGS = Path(__file__).parent / "data" / "phrasings"


def case(**over: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {"id": "meeting-1", "published": "2024-03-14", "text": "…",
                           "kind": "meeting", "date": "2024-03-12", "status": "occurred",
                           "actors": ["Blinken", "Wang Yi"]}
    raw.update(over)
    return raw


def event(kind: str = "meeting", start: str | None = "2024-03-12", end: str | None = None,
          precision: str = "day", status: str = "occurred",
          actors: tuple[str, ...] = ("Antony Blinken",)) -> dict[str, Any]:
    when = {"start": start, "end": end or start, "precision": precision} if start else None
    return {"id": "e", "title": f"{kind} event", "kind": kind, "status": status, "date": when,
            "actors": [{"name": a, "country": None} for a in actors], "places": [],
            "sources": [{"document": DOC, "date": when}]}


def export(*events: dict[str, Any]) -> dict[str, Any]:
    return {"format": "usc-timeline/events", "version": 1, "events": list(events)}


def test_a_matching_event_is_found_with_kind_status_and_exact_date() -> None:
    out = judge(case_from_toml(case(), "f.toml"), export(event()))
    assert (out.found, out.kind_ok, out.status_ok, out.exact) == (True, True, True, True)


def test_another_day_or_nobody_shared_is_not_found() -> None:
    c = case_from_toml(case(), "f.toml")
    assert not judge(c, export(event(start="2024-03-05"))).found
    assert not judge(c, export(event(actors=("Gina Raimondo",)))).found


def test_a_coarser_date_is_found_but_not_exact() -> None:
    out = judge(case_from_toml(case(), "f.toml"),
                export(event(start="2024-03-11", end="2024-03-17", precision="week")))
    assert out.found and not out.exact


def test_the_best_event_is_judged_when_several_match() -> None:
    out = judge(case_from_toml(case(), "f.toml"),
                export(event(kind="statement"), event(kind="talks", status="planned"),
                       event(kind="meeting")))
    assert (out.kind_ok, out.status_ok) == (True, True)


def test_a_called_off_plan_counts_either_way_it_is_written() -> None:
    c = case_from_toml(case(kind="visit", status="cancelled"), "f.toml")
    assert judge(c, export(event(kind="cancellation", status="occurred"))).status_ok


def test_an_undated_case_needs_an_undated_event_of_its_sort() -> None:
    c = case_from_toml(case(date=""), "f.toml")
    assert judge(c, export(event(start=None))).found
    assert not judge(c, export(event(start=None, kind="statement"))).found
    assert not judge(c, export(event())).found


def test_a_near_miss_is_clean_unless_a_forbidden_kind_is_made() -> None:
    c = case_from_toml(case(kind="none", date="", actors=[], absent=["summit"]), "f.toml")
    assert judge(c, export(event(kind="statement"))).found
    made = judge(c, export(event(kind="summit")))
    assert not made.found and made.wrong == ("summit event",)


@pytest.mark.parametrize("value, days, precision", [
    ("2024-03-12", ("2024-03-12", "2024-03-12"), "day"),
    ("2024-03-12/2024-03-13", ("2024-03-12", "2024-03-13"), "day"),
    ("2024-02", ("2024-02-01", "2024-02-29"), "month"),
    ("2024", ("2024-01-01", "2024-12-31"), "year"),
])
def test_case_dates(value: str, days: tuple[str, str], precision: str) -> None:
    span = parse_case_date(value, "here")
    assert span is not None
    assert (span.start.isoformat(), span.end.isoformat(), span.precision) == (*days, precision)


@pytest.mark.parametrize("over, message", [
    ({"date": "March 12"}, "f.toml, case meeting-1: date 'March 12'"),
    ({"date": "2024-03-13/2024-03-12"}, "ends before it starts"),
    ({"kind": "none"}, "needs `absent` kinds"),
    ({"actors": "Blinken"}, "'actors' must be a list of strings"),
])
def test_bad_cases_name_the_file_and_case(over: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        case_from_toml(case(**over), "f.toml")


def test_a_missing_key_is_named() -> None:
    raw = case()
    del raw["status"]
    with pytest.raises(ValueError, match="missing status"):
        case_from_toml(raw, "f.toml")


def test_a_repeated_id_is_an_error(tmp_path: Path) -> None:
    block = '[[case]]\nid = "a"\npublished = "2024-01-01"\ntext = "x"\nkind = "meeting"\n' \
            'date = ""\nstatus = "occurred"\nactors = ["US"]\n'
    (tmp_path / "f.toml").write_text(block * 2, encoding="utf-8")
    with pytest.raises(ValueError, match="'a' is used twice"):
        load_cases([tmp_path])


@pytest.mark.skipif(not PHRASINGS.is_dir(), reason="no phrasings corpus in this checkout")
def test_the_shipped_phrasings_corpus_loads() -> None:
    cases = load_cases([PHRASINGS])
    assert cases and all(c.text.strip() for c in cases)


def _benchmark() -> Any:
    spec = importlib.util.spec_from_file_location(
        "phrasings_eval", Path(__file__).parent.parent / "benchmarks" / "phrasings_eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_benchmark_runs_a_case_through_the_library() -> None:
    module = _benchmark()
    c = case_from_toml(case(text="Secretary of State Antony Blinken met Chinese Foreign "
                                 "Minister Wang Yi in Munich on Tuesday."), "f.toml")
    out = module.run_case(c)
    assert out.found and out.exact


def test_the_report_tells_silent_misses_from_events_that_failed() -> None:
    module = _benchmark()
    c = case_from_toml(case(), "f.toml")
    silent = judge(c, export())
    failed = judge(c, export(event(start="2024-01-02")))
    totals = module._totals([silent, failed])
    assert (totals["cases"], totals["found"], totals["silent"]) == (2, 0, 1)


def test_a_called_off_plan_has_the_right_kind_either_way_it_is_written() -> None:
    planned_visit = case_from_toml(case(kind="visit", status="postponed"), "f.toml")
    assert judge(planned_visit, export(event(kind="postponement"))).kind_ok
    assert not judge(planned_visit, export(event(kind="cancellation"))).kind_ok
    put_off = case_from_toml(case(kind="postponement"), "f.toml")
    assert judge(put_off, export(event(kind="talks", status="postponed"))).kind_ok
