"""A date standing inside a noun phrase, before its head noun (`the Oct. 7, 2022, export
controls`, `China's Jan. 11 missile test`, `the May 14 tariff increases`): the date of the
thing the noun names, however the phrase is used in its sentence (`since the April 1
collision`, `build on the Oct. 7 controls`). Background mentions of an event reported in
full elsewhere take this shape, so it is read before any clause-level date."""

from __future__ import annotations

import re

from usc_timeline.timex.record import Timex

from .context import Context, usable_timexes

# what opens the phrase right before the date: a determiner or an owner's `'s`
_OPENER = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that|these|those)|['’]s)\s+$",
                     re.IGNORECASE)
# between the date (and the comma that closes a full date: `Oct. 7, 2022, export controls`)
# and the noun, up to three modifier words, none a preposition, article, conjunction or
# verb of a clause (`the Jan. 11 statement about the test` dates the statement, not the test)
_TO_HEAD = re.compile(r",?\s+(?:(?!(?:at|in|on|to|for|with|from|by|of|about|over|after|before|"
                      r"since|a|an|the|and|or|as|that|which|who|is|are|was|were|has|have|had|"
                      r"will|would|be|been)\b)[\w.’'-]+\s+){0,3}", re.IGNORECASE)
_REACH = 48  # characters before the noun where the date may start


def premodifier_date(ctx: Context, floor: int, at: int) -> Timex | None:
    """The date (not a duration, not a bare year) inside the noun phrase whose head
    starts at `at`, between a determiner or owner and the head, if any."""
    ahead = usable_timexes(ctx, max(floor, at - _REACH), at)
    if not ahead:
        return None
    date = ahead[-1]
    if date.type != "DATE" or not _TO_HEAD.fullmatch(ctx.text, date.end, at):
        return None
    if _OPENER.search(ctx.text, max(floor, date.start - 8), date.start) is None:
        return None
    return date
