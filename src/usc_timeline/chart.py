"""The timeline as a picture: events per month (or quarter, or year), split by kind or issue.

An event is counted in the period where it starts, but only when its date is at
least as precise as the period (a month chart has no place for an event known
only to its year); what is left out is said under the chart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from rich.console import Group, RenderableType
from rich.text import Text

from usc_timeline import safe
from usc_timeline.model import Event, precision_rank

_MONTHS = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# The coarsest event precision each period can place.
_FITS = {"month": "month", "quarter": "season", "year": "year"}
# Fill characters differ as well as colours, so the chart reads without colour too.
PALETTE = (("█", "cyan"), ("▓", "magenta"), ("▒", "yellow"), ("░", "green"),
           ("■", "blue"), ("▪", "red"), ("·", "white"))
MAX_CATEGORIES = len(PALETTE) - 1  # the last entry is 'other'
OTHER = "other"


@dataclass(frozen=True, slots=True)
class ChartData:
    """Counts per period and category, and what could not be placed."""

    per: str  # month | quarter | year
    by: str  # kind | issue
    periods: tuple[tuple[int, int], ...]  # (year, month/quarter/0), in order
    categories: tuple[str, ...]  # most frequent first; OTHER last if used
    counts: tuple[Counter[str], ...]  # one per period
    left_out: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(sum(c.values()) for c in self.counts)


def _period(d: date, per: str) -> tuple[int, int]:
    if per == "month":
        return (d.year, d.month)
    if per == "quarter":
        return (d.year, (d.month - 1) // 3 + 1)
    return (d.year, 0)


def _next(p: tuple[int, int], per: str) -> tuple[int, int]:
    year, part = p
    last = {"month": 12, "quarter": 4, "year": 0}[per]
    if per == "year" or part == last:
        return (year + 1, 0 if per == "year" else 1)
    return (year, part + 1)


def period_label(p: tuple[int, int], per: str) -> str:
    """'Jun 2023', '2023 Q2' or '2023'."""
    if per == "month":
        return f"{_MONTHS[p[1]]} {p[0]}"
    if per == "quarter":
        return f"{p[0]} Q{p[1]}"
    return str(p[0])


def choose_per(events: Sequence[Event]) -> str:
    """Months for up to three years of events, quarters up to nine, then years."""
    dated = [e.date for e in events if e.date is not None
             and precision_rank(e.date.precision) <= precision_rank("month")]
    if not dated:
        return "year"
    first = min(d.start for d in dated)
    last = max(d.start for d in dated)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    return "month" if months <= 36 else ("quarter" if months <= 108 else "year")


def _category(event: Event, by: str) -> str:
    if by == "issue":
        return event.issues[0] if event.issues else "(no issue)"
    return event.kind


def chart_data(events: Sequence[Event], by: str = "kind", per: str = "auto") -> ChartData:
    """Count events per period and category (`by` = kind or first issue)."""
    if per == "auto":
        per = choose_per(events)
    fits = precision_rank(_FITS[per])
    placed: list[tuple[tuple[int, int], str]] = []
    left: Counter[str] = Counter()
    for ev in events:
        if ev.date is None:
            left["undated"] += 1
        elif precision_rank(ev.date.precision) > fits:
            left[f"dated only to a {ev.date.precision}"] += 1
        else:
            placed.append((_period(ev.date.start, per), _category(ev, by)))
    totals = Counter(cat for _, cat in placed)
    ranked = sorted(totals, key=lambda c: (-totals[c], c))
    shown = ranked if len(ranked) <= MAX_CATEGORIES + 1 else ranked[:MAX_CATEGORIES]
    periods: list[tuple[int, int]] = []
    if placed:
        p, end = min(p for p, _ in placed), max(p for p, _ in placed)
        while p <= end:
            periods.append(p)
            p = _next(p, per)
    counts = {p: Counter[str]() for p in periods}
    for p, cat in placed:
        counts[p][cat if cat in shown else OTHER] += 1
    categories = tuple(shown) + ((OTHER,) if len(shown) < len(ranked) else ())
    return ChartData(per, by, tuple(periods), categories,
                     tuple(counts[p] for p in periods), dict(left))


def _segments(counts: Counter[str], categories: Sequence[str], scale: float) -> list[int]:
    """Bar lengths per category; cumulative rounding keeps the total right, and any
    non-zero count gets at least one cell."""
    out: list[int] = []
    running = 0.0
    drawn = 0
    for cat in categories:
        running += counts.get(cat, 0) * scale
        n = round(running) - drawn
        if counts.get(cat, 0) and n < 1:
            n = 1
        out.append(max(n, 0))
        drawn += out[-1]
    return out


def render_chart(data: ChartData, width: int = 80) -> RenderableType:
    """Horizontal stacked bars, one row per period, a legend and what was left out."""
    per_word = {"month": "month", "quarter": "quarter", "year": "year"}[data.per]
    lines: list[RenderableType] = []
    if not data.periods:
        lines.append(Text("no dated events to chart", style="dim"))
    else:
        first = period_label(data.periods[0], data.per)
        last = period_label(data.periods[-1], data.per)
        span = first if first == last else f"{first} – {last}"
        lines.append(Text(f"Events per {per_word}, {span}, by {data.by}", style="bold"))
        label_w = max(len(period_label(p, data.per)) for p in data.periods)
        peak = max((sum(c.values()) for c in data.counts), default=0)
        count_w = len(str(peak))
        bar_w = max(10, width - label_w - count_w - 4)
        # whole cells per event while the widest bar fits (at most 6), else shrink to fit
        if peak and peak > bar_w:
            scale = bar_w / peak
        else:
            scale = float(min(6, bar_w // peak)) if peak else 1.0
        style_of = {cat: PALETTE[min(i, len(PALETTE) - 1)] for i, cat in
                    enumerate(data.categories)}
        if OTHER in style_of:
            style_of[OTHER] = PALETTE[-1]
        for p, counts in zip(data.periods, data.counts, strict=True):
            row = Text(period_label(p, data.per).rjust(label_w))
            row.append(" │", style="dim")
            for cat, n in zip(data.categories, _segments(counts, data.categories, scale),
                              strict=True):
                char, colour = style_of[cat]
                row.append(char * n, style=colour)
            total = sum(counts.values())
            if total:
                row.append(f" {total}")
            lines.append(row)
        if scale < 1.0:
            lines.append(Text(f"(one cell ≈ {1 / scale:.1f} events)", style="dim"))
        lines.append(Text())
        legend = Text()
        for cat in data.categories:
            char, colour = style_of[cat]
            n = sum(c.get(cat, 0) for c in data.counts)
            entry = Text(char * 2, style=colour)
            entry.append_text(safe.text(f" {cat.replace('_', ' ')} {n}"))
            if legend and len(legend) + 2 + len(entry) > width:
                lines.append(legend)  # wrap between entries, never inside one
                legend = Text()
            if legend:
                legend.append("  ")
            legend.append_text(entry)
        lines.append(legend)
    if data.left_out:
        parts = [f"{n} {why}" for why, n in sorted(data.left_out.items())]
        vague = any(why.startswith("dated only") for why in data.left_out)
        hint = " (try --per year)" if vague and data.per != "year" else ""
        lines.append(Text(f"not shown: {', '.join(parts)}{hint}", style="dim"))
    return Group(*lines)
