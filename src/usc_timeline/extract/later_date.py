"""A measure's later date, told by a second predicate of its sentence: `Tariffs of 10
percent have been in force since Sept. 24 and are scheduled to rise to 25 percent on
Jan. 1`, `A 10 percent tariff on consumer goods was pushed back on Tuesday to Dec. 15`.
The sentence's mention of the measure (or of its putting off) keeps the date it has;
the measure as planned for the later day is an event of its own, which the timeline
would otherwise lose. A measure told with one predicate (`tariffs are set to rise on
Jan. 1`) already takes that day: only a second, later date of the same sentence counts.
The words are lexicon/data/later_date.toml's."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from functools import cache

from usc_timeline.lexicon.checks import bundled, check_top_level, parse, words
from usc_timeline.model import DateSpan, Mention
from usc_timeline.text import Sentence

from . import dates as dt
from .context import Context, usable_timexes

FILE = "later_date.toml"
_KINDS = frozenset({"sanction", "postponement"})
_REACH = 90  # characters before the date where its predicate may start


@cache
def _patterns() -> tuple[frozenset[str], re.Pattern[str]]:
    """The measure words, and the predicate that ends right before the later date: `and
    are scheduled to rise to 25 percent on`, `was pushed back on Tuesday to`."""
    text, source = bundled(FILE)
    data = parse(text, source)
    check_top_level(data, ("measures", "scheduled", "changes", "put_off"), source)

    def alternatives(key: str) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                        for w in sorted(words(data, key, source, text), key=len, reverse=True))

    measures = frozenset(w.casefold() for w in words(data, "measures", source, text))
    predicate = re.compile(
        # the plan, then the rest of its clause up to the date (`to 25 percent on`)
        r"(?:\band\s+(?:is|are|was|were)\s+(?:now\s+)?(?:" + alternatives("scheduled")
        + r")\s+to\s+(?:" + alternatives("changes") + r")\b[^,;:()]{0,50}?\b(?:on|in|from)"
        # the putting off, up to the time it is moved to (`on Tuesday to`), not its own day
        + r"|(?P<off>\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:then\s+)?(?:"
        + alternatives("put_off") + r")\b[^,;:()]{0,30}?\b(?:to|until|till))"
        r")\s+$", re.IGNORECASE)
    return measures, predicate


def later_dates(ctx: Context, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """A planned mention of the sentence's measure for each later date a second
    predicate of the sentence gives it (the measure's mention may be undated: `A tariff
    on ..., from phones to toys, was pushed back on Tuesday to Dec. 15`)."""
    measured = [m for m in mentions if m.kind in _KINDS]
    if not measured:
        return []
    measures, predicate = _patterns()
    out: list[Mention] = []
    for timex in usable_timexes(ctx, sent.start, sent.end):
        told = predicate.search(ctx.text, max(sent.start, timex.start - _REACH), timex.start)
        if told is None:
            continue
        later = dt.to_dated(timex, ctx.text)
        if told.group("off") is not None:
            later = _ahead(ctx, later)
        for m in measured:
            if (m.date is not None and later.span.start <= m.date.end) or \
                    not measures.intersection(m.trigger.casefold().split()):
                continue
            source = replace(m.source, date_text=later.text, date=later.span,
                             date_how=f"{later.how}; the later date the sentence gives the "
                             "measure", date_basis="own")
            out.append(replace(m, kind="sanction", status="planned", date=later.span,
                               source=source))
            break
    return out


_YEAR = re.compile(r"\d{4}")
_NEAR = timedelta(days=366)


def _ahead(ctx: Context, later: dt.Dated) -> dt.Dated:
    """The time a measure is moved to lies ahead of the news that moves it: a day or
    month with no year of its own, read as gone by within the last year (`was pushed
    back on Tuesday to Dec. 15`, told in August, read in the clause's past as last
    December), is the next one. A date with its year, or far back, stays."""
    span, published = later.span, ctx.published
    if published is None or later.text is None or _YEAR.search(later.text) or \
            not published.start - _NEAR < span.start < published.start or \
            span.precision not in ("day", "month"):
        return later
    try:
        ahead = DateSpan(span.start.replace(year=span.start.year + 1),
                         span.end.replace(year=span.end.year + 1), span.precision)
    except ValueError:  # (29 February)
        return later
    return replace(later, span=ahead, how=f"{later.how}; the next one: a measure is put "
                   "off to a time ahead")
