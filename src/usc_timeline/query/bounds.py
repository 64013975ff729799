"""Date bounds as users type them (`--since 2023`, `--until 2023-05`).

A partial date means its whole period, so `--until 2023` keeps December 2023.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_BOUND = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parse_bound(value: str, *, end: bool) -> date:
    """'2023', '2023-05' or '2023-05-10' as its first day (or last, with end=True)."""
    m = _BOUND.match(value.strip())
    if not m:
        raise ValueError(f"bad date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2023-05")
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    try:
        if month is None:
            return date(year, 12, 31) if end else date(year, 1, 1)
        if day is None:
            return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"bad date {value!r}: no such day") from None
