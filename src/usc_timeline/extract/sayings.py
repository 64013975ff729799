"""When a saying was said: a date after `said` belongs to what was said once a clause of
its own has begun between them (`Burns said the US had learned from the war that ended in
1975`, `said the government would enter the city next month`), not to the saying; while
only the saying's frame stands between them (`said here on Monday`, `told reporters in
Beijing on Monday`, `said in a statement released on Friday`) it is the saying's. A
recent date in what was said (`said the two leaders had spoken on Friday`) is kept: news
reports what was said in the last days, most often on the day it reports."""

from __future__ import annotations

import re
from datetime import timedelta

from usc_timeline.model import DateSpan

# A word that opens or carries a finite clause: `that`, a relative pronoun, an auxiliary,
# a modal or a copula. (A bare past form is no such sign: `a statement released on
# Friday` is the saying's frame.)
_CLAUSE_WORD = re.compile(
    r"\b(?:that|who|which|whose|would|will|shall|could|should|might|must|can|had|has|"
    r"have|was|were|is|are|did|does|do|been|being|won't|wouldn't)\b", re.IGNORECASE)


def in_what_was_said(text: str, saying_end: int, date_start: int) -> bool:
    """Whether a date after a saying verb stands inside what was said: a clause word
    (`that`, `would`, `had`, …) comes between the verb and the date."""
    return _CLAUSE_WORD.search(text, saying_end, date_start) is not None


RECENT = timedelta(days=14)  # how far back a saying the news reports usually lies


def recent(span: DateSpan, published: DateSpan | None) -> bool:
    """Whether a date can be the day of a saying reported on `published`: within the two
    weeks up to it (with no publication date, nothing is ruled out)."""
    return published is None or (published.start - RECENT <= span.start
                                 and span.end <= published.end)
