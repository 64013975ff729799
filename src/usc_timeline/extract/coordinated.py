"""Two dates joined by `and` after one event word tell two events of that kind (`visited
China in 2009 and 2014`, `two telephone calls, in February and on September 9`, `met in
March and again in June`): each date makes a mention, not only the first. Dates close
together (`on Monday and Tuesday`) are one event's days, and a range (`between 2009 and
2014`) is one stretch: both stay one mention."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from usc_timeline.model import Highlight, Mention
from usc_timeline.text import Sentence

from . import dates as dt
from .context import Context, usable_timexes

# between the two dates: `and`, then `again`/`later`/`once more` and a preposition
_AND = re.compile(r"\s*,?\s*and\s+(?:(?:again|later|once\s+more)\s+)?(?:(?:in|on)\s+)?",
                  re.IGNORECASE)
# a range, not two dates: `between 2009 and 2014`, `from March and …`
_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+(?:(?:in|on)\s+)?$", re.IGNORECASE)
_APART = timedelta(days=14)  # dates closer than this are one event's days


def second_dates(ctx: Context, sent: Sentence, out: list[Mention]) -> list[Mention]:
    """Each mention of `out` dated by its own expression, followed by a mention of the
    same event dated by a second expression joined to the first by `and`."""
    more: list[Mention] = []
    for m in out:
        if m.date is None or m.source.date_basis != "own":
            continue
        marks = [h for h in m.source.highlights if h.kind == "date"]
        if len(marks) != 1:
            continue
        mark = marks[0]
        if _RANGE_BEFORE.search(ctx.text, max(sent.start, mark.start - 16), mark.start):
            continue
        joined = _AND.match(ctx.text, mark.end, sent.end)
        if joined is None:
            continue
        nxt = usable_timexes(ctx, joined.end(), joined.end() + 1)
        if not nxt:
            continue
        other = dt.to_dated(nxt[0], ctx.text)
        if not (other.span.start > m.date.end + _APART
                or other.span.end < m.date.start - _APART):
            continue
        more.append(_redated(ctx, m, mark, other))
    if not more:
        return out
    return sorted(out + more, key=lambda m: (m.source.char_start, _first_mark(m)))


def _redated(ctx: Context, m: Mention, mark: Highlight, other: dt.Dated) -> Mention:
    """The mention `m` dated by `other` instead of the expression at `mark`."""
    status = m.status
    if status in ("occurred", "planned") and ctx.published is not None:
        status = "occurred" if other.span.start <= ctx.published.end else "planned"
    marks = tuple(sorted(
        [h for h in m.source.highlights if h is not mark]
        + ([Highlight(other.start, other.end, "date")]
           if other.start is not None and other.end is not None else []),
        key=lambda h: (h.start, h.end, h.kind)))
    source = replace(m.source, date_text=other.text, date=other.span,
                     date_how=f"{other.how}; a second date joined by `and`",
                     highlights=marks)
    return replace(m, date=other.span, status=status, source=source)


def _first_mark(m: Mention) -> int:
    dates = [h.start for h in m.source.highlights if h.kind == "date"]
    return dates[0] if dates else m.source.char_start
