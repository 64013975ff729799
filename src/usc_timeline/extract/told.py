"""A meeting dated by a telling just before it: `President Xi told Defense Secretary Mattis
on Wednesday that … . Mr. Xi received Mr. Mattis at the Great Hall of the People.` What
one of the two told the other face to face, on a day, the sentence before, was told at
that meeting, so the meeting is of that day."""

from __future__ import annotations

import re
from itertools import pairwise

from usc_timeline.merge import family
from usc_timeline.model import Actor

from . import dates as dt
from .context import Context, Prev, Trigger, usable_timexes

# between the teller's name and the told one's: `told`, and a title of capitalised words
_TOLD = re.compile(r"\s+told\s+(?:[A-Z][\w.'’-]*\s+){0,4}")
# a date right after the told one's name: `… Mattis on Wednesday`
_ON = re.compile(r"\s*(?:on\s+|last\s+|this\s+)?")
# a telling not done face to face (`told Blinken by phone`, `in a letter`; not `a blunt
# message`, which may be delivered in person)
_REMOTE = re.compile(r"\b(?:phone|telephone|call|video|virtually|letter|cable|wrote)\b",
                     re.IGNORECASE)


def told_date(ctx: Context, prev: Prev, trig: Trigger, actors: list[Actor]) -> dt.Dated | None:
    """The day one of the meeting's two people told the other something, in the sentence
    before the meeting's (which may close the paragraph before)."""
    before = prev.sentence
    if before is None or family(trig.kind) != "meeting" or trig.kind == "call":
        return None
    names = {a.name for a in actors if a.kind == "person"}
    if len(names) != 2 or _REMOTE.search(ctx.text, before.start, before.end):
        return None
    people = [f for f in ctx.entities.between(before.start, before.end)
              if f.kind == "person" and f.actor is not None]
    for teller, told in pairwise(people):
        assert teller.actor is not None and told.actor is not None
        if {teller.actor.name, told.actor.name} != names or \
                not _TOLD.fullmatch(ctx.text, teller.end, told.start):
            continue
        after = usable_timexes(ctx, told.end, min(before.end, told.end + 16))
        if after and _ON.fullmatch(ctx.text, told.end, after[0].start):
            found = dt.to_dated(after[0], ctx.text)
            return dt.Dated(found.span, None, "the day one told the other, the sentence before",
                            None, None, 1, "carried")
    return None
