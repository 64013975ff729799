"""`timeline chart`: events per period as stacked bars with a legend, within 80 columns."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from cli_timeline import run, use, use_timeline

from usc_timeline.chart import chart_data
from usc_timeline.model import DateSpan, Event, Timeline

__all__ = ["use_timeline"]


def test_chart_by_kind(use_timeline: list[tuple[Path, ...]]) -> None:
    result = run("chart", env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Events per month, May 2023 – Jul 2023, by kind"
    rows = [line for line in lines if "│" in line]
    assert [r.split("│")[0].strip() for r in rows] == ["May 2023", "Jun 2023", "Jul 2023"]
    assert [r.rsplit(" ", 1)[1] for r in rows] == ["1", "2", "1"]
    assert "talks 2" in result.stdout and "meeting 1" in result.stdout  # the legend
    assert "not shown: 1 undated" in result.stdout


def test_chart_by_issue_and_filters(use_timeline: list[tuple[Path, ...]]) -> None:
    result = run("chart", "--by", "issue", "--actor", "Blinken")
    assert result.exit_code == 0, result.output
    assert "by issue" in result.stdout and "taiwan 2" in result.stdout
    assert "May 2023" not in result.stdout  # Sullivan's talks are filtered out
    assert run("chart", "--by", "colour").exit_code == 2


def _many(n_months: int) -> Timeline:
    events = []
    for i in range(n_months * 3):
        d = date(2015, 1, 1) + timedelta(days=10 * i)
        events.append(Event(f"e{i}", f"event {i}", ("meeting", "call", "visit")[i % 3],
                            "occurred", DateSpan(d, d), issues=(("trade",), ())[i % 2]))
    events.append(Event("vague", "a year", "other", "occurred",
                        DateSpan(date(2016, 1, 1), date(2016, 12, 31), "year")))
    return Timeline(events=tuple(events))


@pytest.mark.parametrize(("months", "per"), [(20, "month"), (60, "quarter"), (150, "year")])
def test_chart_picks_a_period_and_fits_80_columns(
        monkeypatch: pytest.MonkeyPatch, months: int, per: str) -> None:
    use(monkeypatch, _many(months))
    result = run("chart", env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Events per {per}, ")
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    if per != "year":
        assert "1 dated only to a year" in result.stdout and "--per year" in result.stdout


def test_chart_data_counts_every_placed_event_once() -> None:
    tl = _many(20)
    data = chart_data(tl.events, by="kind", per="month")
    assert data.total == len(tl.events) - 1
    assert data.left_out == {"dated only to a year": 1}
    # consecutive periods, no gaps
    assert len(data.periods) == (data.periods[-1][0] - data.periods[0][0]) * 12 + (
        data.periods[-1][1] - data.periods[0][1]) + 1
    yearly = chart_data(tl.events, per="year")
    assert yearly.total == len(tl.events) and not yearly.left_out


def test_chart_with_nothing_to_draw(monkeypatch: pytest.MonkeyPatch) -> None:
    use(monkeypatch, Timeline(events=(Event("u", "undated", "other", "unknown", None),)))
    result = run("chart")
    assert result.exit_code == 0
    assert "no dated events to chart" in result.stdout and "1 undated" in result.stdout


def test_legend_wraps_between_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    kinds = ("meeting", "military_incident", "export_control", "announcement", "statement",
             "cancellation", "postponement", "appointment")
    events = tuple(Event(f"e{i}", "t", k, "occurred", DateSpan(date(2023, 1, 1 + i),
                                                                date(2023, 1, 1 + i)))
                   for i, k in enumerate(kinds))
    use(monkeypatch, Timeline(events=events))
    out = run("chart", env={"COLUMNS": "60"}).stdout
    legend = out.split("\n\n", 1)[1]
    assert "export control 1" in legend.replace("\n", "  ")
    for line in legend.splitlines():
        assert len(line) <= 60
        assert not line.rstrip().endswith(("█", "▓", "▒", "░", "■", "▪", "·")), line


@pytest.mark.parametrize(("per", "first_row"), [("quarter", "2023 Q2"), ("year", "2023"),
                                                ("month", "May 2023")])
def test_per_option_sets_the_period(use_timeline: list[tuple[Path, ...]], per: str,
                                    first_row: str) -> None:
    result = run("chart", "--per", per)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Events per {per}, ")
    rows = [line for line in result.stdout.splitlines() if "│" in line]
    assert rows[0].split("│")[0].strip() == first_row
    assert sum(int(r.rsplit(" ", 1)[1]) for r in rows if not r.endswith("│")) == 4
