"""An event told inside a when-clause happened at the time that clause names, not at the
main clause's: `he would put a tariff on imports starting Sept. 1, accusing Beijing of
failing to deliver the purchases it had promised when he and Xi agreed to restart
negotiations` (the agreeing is not dated Sept. 1, nor by the day the tariff was
announced). Such a verb takes only a date of its own clause (timing.own_date) or one
right before its `when` (`in April, when Trump raised duties`), never the report's."""

from __future__ import annotations

import re

from usc_timeline.text import Sentence

from .context import Context, Trigger
from .guarded import Guarded

# `when` and the clause's subject up to the trigger: no break of punctuation (`when the
# talks ended, the two agreed` closes the when-clause before the verb), at most eight
# words (a subject with a title and a name, an auxiliary)
_WHEN_OPENS = Guarded(re.compile(r"\bwhen\s+(?:[^\s,;:()\"“”]+\s+){0,8}$", re.IGNORECASE),
                      "when")
_REACH = 90  # characters from `when` to the trigger


def in_when_clause(ctx: Context, trig: Trigger, sent: Sentence) -> bool:
    """Whether a verb trigger stands a few words into a when-clause (`… it had promised
    when he and President Xi Jinping agreed to …`), which does not stand for what a
    report in its sentence tells."""
    if not trig.verb:
        return False
    return _WHEN_OPENS.search(ctx, max(sent.start, trig.start - _REACH), trig.start) \
        is not None
