"""The check `confirmed_what` (triggers.toml), the side half: a side that confirms or
acknowledges something is making it public, an announcement (`The White House confirmed
on Thursday that …`, `Beijing acknowledged the test on Jan. 18`, `Beijing did not confirm
it until Jan. 23`); whoever else confirms (`officials confirmed the death toll`, `a
spokesman confirmed`), or what is confirmed as a thing (`a confirmed case`, `was
confirmed by tests`), makes none. The subject is the side named right before the verb,
with only adverbs, auxiliaries and a date between."""

from __future__ import annotations

import re

from usc_timeline.text import Sentence

from .context import Context, usable_timexes
from .found import Found
from .phrases import Hit

__all__ = ["side_confirms", "side_right_before"]

# what may stand between the side and its verb (`Beijing had only publicly confirmed`,
# `The White House on Thursday confirmed`, `Washington, in a statement, acknowledged`
# is not taken: a comma ends the subject's reach)
_BETWEEN = frozenset({"had", "has", "have", "did", "does", "do", "not", "never", "only",
                      "also", "publicly", "officially", "formally", "finally", "later",
                      "then", "first", "itself", "quickly", "since", "eventually",
                      "privately", "belatedly", "on", "late", "early", "last", "this"})
_REACH = 60  # characters from the side's name to the verb
_WORD = re.compile(r"[\w'’-]+")
_PUNCT = re.compile(r"[,;:()\"“”]")


def side_confirms(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """Whether the subject right before the verb is a side: a country, a body, or a
    person the lexicons give a role or a country."""
    return side_right_before(ctx, sent, hit.start)


def side_right_before(ctx: Context, sent: Sentence, verb: int) -> bool:
    """Whether the subject right before a verb starting at `verb` is a side (with only
    adverbs, auxiliaries and a date between)."""
    before = [f for f in ctx.entities.between(max(sent.start, verb - _REACH), verb)
              if f.actor is not None and f.end <= verb]
    if not before:
        return False
    side = before[-1]
    return _is_side(side) and _only_adverbs(ctx, side.end, verb)


def _is_side(found: Found) -> bool:
    actor = found.actor
    if actor is None:
        return False
    if found.kind in ("country", "organization"):
        return True
    return found.kind == "person" and bool(actor.role or actor.country)


def _only_adverbs(ctx: Context, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` are adverbs, auxiliaries and dates only."""
    gap = ctx.text[start:end]
    for timex in usable_timexes(ctx, start, end):
        a, b = timex.start - start, min(timex.end, end) - start
        gap = gap[:a] + " " * (b - a) + gap[b:]
    if _PUNCT.search(gap):
        return False
    return all(w.casefold() in _BETWEEN for w in _WORD.findall(gap))
