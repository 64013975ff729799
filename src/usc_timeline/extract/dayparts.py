"""A bare part of the day told after a dated night is the next day's.

The timex engine reads `the morning` as the morning of the day mentioned just before,
which is right after `on Sunday` but not after `on Sunday night`: in `flew in on Sunday
night and met Xie in the morning` the morning can only be Monday's: one sentence tells
the night first and what came after it next. Not across sentences: `Later on Saturday
evening, the leaders will attend a dinner. A trip was arranged for the spouses in the
morning.` goes back to that Saturday's morning. Kept on the extraction side: the engine
anchors parts of the day the same way everywhere, and the night only matters here."""

from __future__ import annotations

import re
from datetime import timedelta

from usc_timeline.model import DateSpan
from usc_timeline.text import Sentence
from usc_timeline.timex.record import Timex

from . import dates as dt
from .context import Context, all_timexes

# `the morning`, `the afternoon`: no day of their own (not `that morning`, `Monday
# morning`, `the next morning`)
_BARE_PART = re.compile(r"(?:the\s+)?(?:morning|afternoon)", re.IGNORECASE)
# TIMEX3 parts of the day that come late in it: night and evening
_LATE_PARTS = ("TNI", "TEV")


def after_the_night(ctx: Context, sent: Sentence, timex: Timex, dated: dt.Dated) -> dt.Dated:
    """`dated` one day on when `timex` is a bare morning or afternoon that the engine put
    on the day of the night or evening named just before it in the sentence; else
    `dated` unchanged."""
    if timex.type != "TIME" or dated.span.precision != "day" or dated.span.days != 1 or \
            not _BARE_PART.fullmatch(str(timex.text)):
        return dated
    earlier = all_timexes(ctx, sent.start, timex.start)
    if not earlier:
        return dated
    night = earlier[-1]
    if not str(night.value or "").endswith(_LATE_PARTS) or night.span is None or \
            night.span.start != dated.span.start:
        return dated
    day = dated.span.start + timedelta(days=1)
    return dt.Dated(DateSpan(day, day, "day"), dated.text,
                    f"{dated.how}; the day after {night.text!r}", dated.start, dated.end,
                    dated.strength, dated.basis)
