"""Parsing publication dates given as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (or TOML dates)."""

from __future__ import annotations

import re
from datetime import date, datetime

_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def normalise_published(raw: object) -> str:
    """The canonical 'YYYY[-MM[-DD]]' form of a publication date, or ValueError saying why."""
    if isinstance(raw, datetime):
        return raw.date().isoformat()
    if isinstance(raw, date):
        return raw.isoformat()
    if isinstance(raw, int) and not isinstance(raw, bool) and 1000 <= raw <= 9999:
        raw = str(raw)  # a bare year written as a number (JSON 2023, TOML published = 2023)
    if not isinstance(raw, str):
        raise ValueError(f"expected a date like \"2023-06-20\", \"2023-06\" or \"2023\", got "
                         f"{type(raw).__name__} {raw!r}")
    text = raw.strip()
    match = _PARTIAL.fullmatch(text)
    if not match:
        raise ValueError(f"{raw!r} is not a date: write YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = match.groups()
    try:
        if day is not None:
            date(int(year), int(month), int(day))
        elif month is not None and not 1 <= int(month) <= 12:
            raise ValueError("month out of range")
    except ValueError as exc:
        raise ValueError(f"{raw!r} is not a valid date ({exc})") from None
    return text
