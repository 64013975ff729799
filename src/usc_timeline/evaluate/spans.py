"""Day intervals as the scorer compares them, read from gold and export JSON.

Both sides of a comparison go through the same parser so that a gold date and a
predicted date that print the same also compare the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from usc_timeline.model import PRECISIONS


@dataclass(frozen=True, slots=True)
class Span:
    """An inclusive day interval with its precision, as compared by the scorer."""

    start: date
    end: date
    precision: str

    def overlaps(self, other: Span) -> bool:
        """True when the two intervals share at least one day."""
        return self.start <= other.end and other.start <= self.end

    def same_days(self, other: Span) -> bool:
        """True when both intervals cover exactly the same days (precision aside)."""
        return (self.start, self.end) == (other.start, other.end)

    def precision_gap(self, other: Span) -> int:
        """How many precision steps apart the two spans are (0 when equally precise)."""
        return abs(PRECISIONS.index(self.precision) - PRECISIONS.index(other.precision))

    def __str__(self) -> str:
        if self.start == self.end:
            return f"{self.start.isoformat()} ({self.precision})"
        return f"{self.start.isoformat()}..{self.end.isoformat()} ({self.precision})"


def parse_date(value: Any, where: str) -> date:
    """An ISO day, or a ValueError that says where the bad value was."""
    if not isinstance(value, str):
        raise ValueError(f"{where}: expected an ISO date string, got {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)") from exc


def parse_span(start: Any, end: Any, precision: Any, where: str) -> Span:
    """A checked Span from raw JSON values; ValueError names `where` on bad input."""
    if precision not in PRECISIONS:
        raise ValueError(f"{where}: precision {precision!r} is not one of {', '.join(PRECISIONS)}")
    s, e = parse_date(start, where), parse_date(end, where)
    if e < s:
        raise ValueError(f"{where}: date ends before it starts ({s} > {e})")
    return Span(s, e, str(precision))
