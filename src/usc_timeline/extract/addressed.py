"""One side's government telling or condemning the other on a date: `In July, the United
States told China that the ship carried chemicals`, `Washington warned Beijing on Monday
that …`, `China on Thursday condemned a new U.S. law`. A reporting verb makes a statement
event only when a person speaks; when a country or an agency addresses the other side's
government, or condemns what the other side did, the act is itself diplomatic (a
démarche, a warning, a condemnation), so it is a statement of those two. The verbs are in
lexicon/data/addressed.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from usc_timeline.lexicon.checks import bundled, check_top_level, parse, words
from usc_timeline.text import Sentence

from .context import Context, Trigger, usable_timexes
from .entities import Found
from .fallback import SIDES, fronted, side_subject
from .triggers import KindSpec

__all__ = ["ADDRESSED", "addressed_other_side", "condemned_measures", "read_words"]

ADDRESSED = KindSpec("statement")  # a telling that is an act of its own, not a report
FILE = "addressed.toml"
_LISTS = ("telling", "condemning")
_DATE_REACH = 6  # characters between the one addressed and the date (`told China on Monday`)
_OBJECT_REACH = 60  # characters after a condemning verb where the other side is named
# the preposition of a date between subject and verb (`China on Thursday condemned`)
_DATE_LEAD = re.compile(r"\s*\b(?:(?:late|early)\s+)?(?:on|in|at)\s+$", re.IGNORECASE)
# an aside between commas right before a condemning verb (`The Chinese embassy, in a
# post on X on Tuesday evening, accused`)
_ASIDE = re.compile(r",[^,;:()\"“”]{3,70},\s*$")
_ASIDE_REACH = 75
# a date's preposition right after the one addressed (`criticized Beijing on Tuesday`)
_DATE_LEAD_AFTER = re.compile(r"\s+(?:(?:late|early)\s+)?(?:on|in|at|last|this|earlier)\b",
                              re.IGNORECASE)
# the object of a condemnation ends at a clause break
_OBJECT_END = re.compile(r"[,;:()\"“”]|\s(?:that|which|who|after|as|because|while)\s")


@dataclass(frozen=True)
class _Words:
    """The word lists of addressed.toml."""

    telling: frozenset[str]
    condemning: frozenset[str]


def read_words(text: str, source: str) -> _Words:
    """The word lists of an addressed.toml text (a LexiconError naming the file and the
    key if one is missing or not a list of words)."""
    data = parse(text, source)
    check_top_level(data, _LISTS, source)
    return _Words(*(frozenset(w.casefold() for w in words(data, key, source, text))
                    for key in _LISTS))


@cache
def _words() -> _Words:
    return read_words(*bundled(FILE))


def addressed_other_side(ctx: Context, sent: Sentence, triggers: list[Trigger]
                         ) -> list[Trigger]:
    """The triggers, with a dated telling of one side's country or agency to the other
    side's made an act of its own, where no trigger names another event."""
    if not triggers or any(not t.spec.light for t in triggers):
        return triggers
    lists = _words()
    out = []
    for t in triggers:
        verb = t.text.casefold() if t.verb else ""
        if (verb in lists.telling and _addressed(ctx, sent, t)) or (
                verb in lists.condemning and _condemned(ctx, sent, t)):
            t = replace(t, spec=ADDRESSED)
        out.append(t)
    return out


def condemned_measures(ctx: Context, sent: Sentence, triggers: list[Trigger]
                       ) -> list[Trigger]:
    """The triggers, with a dated condemnation by one side of an event of the other side
    named in its object made an act of its own (`China's foreign ministry on Tuesday
    denounced the American export restrictions`): else the event named would take the
    condemning word over, and the restrictions be dated by the day they were denounced.
    Here a person of a side condemns too (`Wang Yi on Monday condemned the U.S.
    sanctions`): with no event named a person's condemnation is a statement already."""
    lists = _words()
    out = list(triggers)
    for i, t in enumerate(out):
        if not (t.spec.light and t.verb and t.text.casefold() in lists.condemning):
            continue
        end = _object_end(ctx, sent, t)
        if any(not u.spec.light and t.end <= u.start < end for u in out[i + 1:]) and \
                _condemned(ctx, sent, t, people=True):
            out[i] = replace(t, spec=ADDRESSED)
    return out


def _addressed(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """`<a side's country or agency> told <the other side's actor> …`, dated right after
    the one addressed or at the opening of the sentence."""
    subject = side_subject(ctx, sent, trig.start)
    if subject is None or subject.kind == "person" or subject.actor is None:
        return False  # (a person's telling is a statement already)
    after = [f for f in ctx.entities.between(trig.end, trig.end + 2)
             if f.actor is not None and not ctx.text[trig.end:f.start].strip()]
    if not after or after[0].kind == "person":
        return False
    addressee = after[0].actor
    if addressee is None or {subject.actor.country, addressee.country} != SIDES:
        return False
    end = max(f.end for f in after)
    return bool(usable_timexes(ctx, end, end + _DATE_REACH)) or _fronted(ctx, sent, subject)


def _condemned(ctx: Context, sent: Sentence, trig: Trigger, people: bool = False) -> bool:
    """`<a side's country or agency> (<its date>) condemned <… the other side's …>
    (<its date>)`: the other side named in the verb's object, in its clause; dated
    between subject and verb (or in an aside there: `The embassy, in a post on Tuesday,
    accused`), right after the object, or at the opening of the sentence."""
    verb = trig.start
    aside = _ASIDE.search(ctx.text, max(sent.start, verb - _ASIDE_REACH), verb)
    if aside is not None:
        verb = aside.start()  # (the subject stands before the aside)
    between = [t for t in usable_timexes(ctx, sent.start, trig.start)
               if not ctx.text[t.end:verb].strip() or (aside is not None and t.start >= verb)]
    at = verb
    if between and between[-1].start < verb:
        # (`China on Thursday condemned`: the subject is before the date)
        lead = _DATE_LEAD.search(ctx.text, max(sent.start, between[-1].start - 12),
                                 between[-1].start)
        at = lead.start() if lead is not None else between[-1].start
    subject = side_subject(ctx, sent, at)
    if subject is None or subject.actor is None or (subject.kind == "person" and not people):
        return False  # (a person's condemnation is a statement already)
    end = _object_end(ctx, sent, trig)
    other = SIDES - {subject.actor.country}
    named = [f for f in ctx.entities.between(trig.end, end)
             if f.actor is not None and f.actor.country in other]
    if not named:
        return False
    # (dated right after the other side named: `criticized Beijing on Tuesday over …`)
    return bool(between) or bool(usable_timexes(ctx, subject.end, trig.start)) or \
        bool(usable_timexes(ctx, end, end + _DATE_REACH)) or _fronted(ctx, sent, subject) or \
        any(_DATE_LEAD_AFTER.match(ctx.text, f.end) and
            usable_timexes(ctx, f.end, f.end + _DATE_REACH + 4) for f in named)


def _object_end(ctx: Context, sent: Sentence, trig: Trigger) -> int:
    """Where the object of a condemning verb ends: a clause break, or a few words on."""
    limit = min(sent.end, trig.end + _OBJECT_REACH)
    stop = _OBJECT_END.search(ctx.text, trig.end, limit)
    return stop.start() if stop is not None else limit


def _fronted(ctx: Context, sent: Sentence, subject: Found) -> bool:
    """A date opening the sentence, right before the subject, dates its clause."""
    return any(fronted(ctx, sent, t, subject.start)
               for t in usable_timexes(ctx, sent.start, subject.start))
