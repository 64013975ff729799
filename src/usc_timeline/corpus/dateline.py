"""Publication dates from a dateline in the first lines of an article.

Examples it reads (each on one of the first few non-empty lines):
  'April 20, 2021'                      -> 2021-04-20
  'Tuesday, 20 June 2023'               -> 2023-06-20
  'Published: Jun. 20, 2023 10:04 AM'   -> 2023-06-20
  '2023-06-20'                          -> 2023-06-20
  'BEIJING, June 19, 2023 (Xinhua) --'  -> 2023-06-19
  'BEIJING, June 19 (Xinhua) --'        -> 2023-06-19 when the url gives the year (/2023/)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|"
          r"June?\.?|July?\.?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|"
          r"Dec(?:ember|\.)?)")
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?),?\s+"
_LEAD = (r"(?:(?:published|updated|posted|date|first published)(?:\s+on)?\s*:?\s*)?"
         f"(?:{_WEEKDAY})?")
_PATTERNS = (
    re.compile(_LEAD + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b",
               re.IGNORECASE),
    re.compile(_LEAD + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b",
               re.IGNORECASE),
    re.compile(_LEAD + r"(?P<year>\d{4})-(?P<nmonth>\d{2})-(?P<day>\d{2})\b", re.IGNORECASE),
)
# A wire dateline: 'CITY[, Region], Month Day[, Year] (Agency) --'
_WIRE = re.compile(
    r"[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Za-z .]{2,30})?,\s+" + _MONTH
    + r"\s+(?P<day>\d{1,2})(?:,\s*(?P<year>\d{4}))?\s*(?:\([^)\n]{1,40}\))?\s*(?:--|—|–|-|_)"
)
_URL_YEAR = re.compile(r"/((?:19|20)\d\d)/")
_MAX_LINES = 6
_MAX_LINE_LENGTH = 120


@dataclass(frozen=True, slots=True)
class Dateline:
    value: str  # YYYY-MM-DD
    text: str  # the matched words
    line: int  # 1-based line number


def _month_number(word: str) -> int:
    return _MONTHS[word.lower().rstrip(".")[:3]]


def _make(year: str, month: int, day: str) -> str | None:
    try:
        return date(int(year), month, int(day)).isoformat()
    except ValueError:
        return None


def find_dateline(text: str, url: str | None = None) -> Dateline | None:
    """The publication date a dateline near the top of `text` gives, if any."""
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if seen > _MAX_LINES:
            break
        wire = _WIRE.match(stripped)
        if wire:
            year = wire.group("year")
            if year is None and url:
                from_url = _URL_YEAR.search(url)
                year = from_url.group(1) if from_url else None
            if year is not None:
                value = _make(year, _month_number(wire.group("month")), wire.group("day"))
                if value:
                    return Dateline(value, wire.group(0), number)
            continue
        if len(stripped) > _MAX_LINE_LENGTH:
            continue
        for pattern in _PATTERNS:
            match = pattern.match(stripped)
            if not match:
                continue
            groups = match.groupdict()
            month = int(groups["nmonth"]) if groups.get("nmonth") else _month_number(
                groups["month"])
            value = _make(groups["year"], month, groups["day"])
            if value:
                return Dateline(value, match.group(0), number)
    return None
