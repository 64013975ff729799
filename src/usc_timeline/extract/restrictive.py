"""Dates inside a restrictive relative clause before the trigger (`the reporters whose
visas expire in June were told to leave`, `tariffs that had been set to take effect on
March 1, pointing to progress in talks`): the clause tells of its own verb, so its date
is that verb's, not the date of a trigger after it in the main clause."""

from __future__ import annotations

import re

from usc_timeline.text import Sentence
from usc_timeline.timex.record import Timex

from .context import Context

# a relative word with no comma before it (a `, who …,` aside is `_in_aside`'s), then at
# least two words of its own (its verb; `who on Monday met` has none: the date is the
# verb's after it), up to the date with no clause punctuation between; `that` only when an
# auxiliary follows it (`said that China had …` is a complement, not a relative clause)
_OPENS = re.compile(r"(?<![,;:(])\s(?:who|whose|which|that(?=\s+(?:had|has|have|was|were|is|"
                    r"are|will|would)\b))\s+(?!(?:in|on|at|by|during|since|from|last|this|next|early|late|"
                    r"earlier|later|around)\b)[^\s,;:()]+\s+[^,;:()]*$", re.IGNORECASE)
# the trigger coordinated with the clause's verb (`officials who met Wang in May and held
# talks`) shares its date: the clause runs on to it
# (nor a date in a quotation before its saying: `"The reports which I have say there is
# no vote today," he said` is what was said, which the quote's rules read)
_JOINED = re.compile(r"\b(?:and|or|then)\b|[\"”]", re.IGNORECASE)
_REACH = 100  # characters before the date where its relative word may stand


def in_restrictive_clause(ctx: Context, sent: Sentence, timex: Timex, at: int) -> bool:
    """Whether a date before the trigger at `at` lies in a restrictive relative clause
    about something else, closed before the trigger."""
    if _JOINED.search(ctx.text, timex.end, at):
        return False
    lo = max(sent.start, timex.start - _REACH)
    return _OPENS.search(ctx.text, lo, timex.start) is not None
