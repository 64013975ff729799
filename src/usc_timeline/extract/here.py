"""`here` in a datelined article: `PORT MORESBY, Papua New Guinea -- Leaders of the forum
ended their annual gathering here on Sunday`, `BEIJING -- Officials held the first
meeting of a working group here on Tuesday`. The dateline names the city the report is
filed from, and `here` in its text is that city, so a meeting or visit held `here` is
held there (as `there` is the last place named: sentence._there)."""

from __future__ import annotations

import re

from usc_timeline.merge import family

from .context import Context, Trigger

__all__ = ["held_here"]

# A dateline opening a line: the city in capitals, maybe its region or country, maybe a
# wire date and agency, then a dash (`HANOI --`, `CRAWFORD, Texas --`, `BEIJING, Nov. 17
# (Xinhua) --`)
_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z.'’ -]{1,40}?)(?:,[ \t]*[A-Z][\w.'’ -]{1,40}?)?"
                       r"(?:,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?"
                       r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:--|—|–)[ \t]", re.MULTILINE)
# `here` as a place: not `here is`, `here are` (a list or a presentation follows)
_HERE = re.compile(r"\bhere\b(?!\s+(?:is|are|was|were)\b)", re.IGNORECASE)
_IN_PERSON = frozenset({"meeting", "visit"})


def held_here(ctx: Context, trig: Trigger) -> list[str]:
    """The dateline's city, for a meeting or visit whose stretch says it is held `here`;
    [] if not such, or no dateline before it names a known place. (A place found so
    makes no event by itself: the caller asks only for a mention that has actors.)"""
    if family(trig.kind) not in _IN_PERSON or trig.kind == "call":
        return []
    if _HERE.search(ctx.text, trig.end, max(trig.end, trig.seg_end)) is None:
        return []
    # (the last one before the trigger: a digest files several reports, each under its
    # own dateline)
    lines = list(_DATELINE.finditer(ctx.text, 0, trig.start))
    if not lines:
        return []
    line = lines[-1]
    place = ctx.lexicon.place_by_name(line.group(1).strip())
    return [place.name] if place is not None else []
