"""Temporal expressions: find and normalise every date in English news text.

`find_timexes(text, dct)` returns TIMEX3-style `Timex` records (TimeML types and values),
each with the interval of days it stands for, resolved against the publication date.
"""

from __future__ import annotations

from usc_timeline.timex.extract import duration_days, find_timexes
from usc_timeline.timex.record import Timex

__all__ = ["Timex", "duration_days", "find_timexes"]
