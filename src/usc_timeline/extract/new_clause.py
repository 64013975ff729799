"""A clause of its own: past `, and`, `, but`, `, while` or `;` and a new subject (`the
…`, a name), a sentence tells another event, which the when-clause or the report before
it does not date: `Hong Kong was decertified on May 27, when Pompeo told Congress …, and
the National People's Congress approved the plan the following day` (the approval is not
May 27); `Ukraine said on Monday that it would give up its uranium by 2012, and Mr. Obama
held separate meetings` (the meetings are neither 2012 nor the report's). A reported
clause that goes on (`said … that A, and that B`, `said it would A, and would B`) names
no new subject, and stays one. (A pronoun subject is left out: after a report it may
still be what was said, `said A would happen, and they would …`.)"""

from __future__ import annotations

import re

from .context import Context
from .guarded import Guarded

_SUBJECT = r"(?:the\s|[A-Z])"
_NEW_CLAUSE = Guarded(re.compile(rf";\s*{_SUBJECT}|,\s*(?i:and|but|while|whereas)\s+"
                                 r"(?:(?i:then|later|also|on|in|last|this)\s+[^,;]*?)?"
                                 rf"{_SUBJECT}"), (",", ";"))


def new_clause_between(ctx: Context, start: int, end: int) -> bool:
    """Whether a clause of its own, with a subject, opens in text[start:end]."""
    return _NEW_CLAUSE.search(ctx, start, end) is not None
