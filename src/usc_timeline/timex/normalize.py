"""All normalisers, registered by name: importing this module loads every norm_* module."""

from __future__ import annotations

from usc_timeline.timex import norm_amounts, norm_calendar, norm_relative
from usc_timeline.timex.normbase import NORMS, M

__all__ = ["NORMS", "M", "norm_amounts", "norm_calendar", "norm_relative"]
