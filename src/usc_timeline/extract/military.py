"""The check `craft_moves` (triggers.toml): whether a verb of moving (`flew`, `sailed`,
`passed`, `scrambled`) names a military movement. It does when a warship or a military
aircraft is what moves: the verb's subject (`two B-52 bombers flew from Guam through the
zone`, `the USS Decatur sailed within 45 yards of`) or its object (`responded by flying
two bombers through it`, `scrambled fighter jets`); and, for a verb of going, when a
path follows (`through`, `within`, `near`, `over`): `the president flew to Beijing`, `the
bill passed`, `officials scrambled to respond`, `a passenger jet flew over` are no
incident. The word lists are data (`[checks.craft_moves]` of triggers.toml)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from usc_timeline.merge import family
from usc_timeline.model import DateSpan, Mention
from usc_timeline.text import Sentence

from . import dates as dt
from .context import Context, Trigger, usable_timexes
from .phrases import Hit
from .triggers import KindSpec, check_lists


@dataclass(frozen=True)
class _Words:
    craft: frozenset[str]  # a warship or a military aircraft by itself (`destroyer`)
    heads: frozenset[str]  # a craft only after a qualifier (`spy plane`, `navy ship`)
    qualifiers: frozenset[str]  # the words that make a head military
    paths: frozenset[str]  # what a verb of going leads along (`through`, `within`)
    no_path: frozenset[str]  # verbs that need no path (`scrambled`)


@cache
def _words() -> _Words:
    return _Words(*check_lists("craft_moves", "craft", "heads", "qualifiers", "paths",
                               "no_path"))


_BREAK = re.compile(r"[,;:()\"“”—]")
_SUBJECT_REACH = 8  # at most this many words of the subject before the verb
_AFTER_REACH = 12  # and of its object and path after it
# `were sailing through`: a participle after `be` tells of one sailing, not a habit
_BE = frozenset({"is", "are", "was", "were", "been", "being"})
_CLAUSE_WORDS = frozenset({"and", "but", "when", "while", "after", "before", "because",
                           "that", "which", "who", "as", "since", "if", "then"})


def _craft_at(folded: list[str], k: int, lists: _Words) -> bool:
    word = folded[k]
    return word in lists.craft or (word in lists.heads and k > 0
                                   and folded[k - 1] in lists.qualifiers)


def _run(ctx: Context, sent: Sentence, k: int, step: int, reach: int) -> list[int]:
    """Token indexes from `k` on in direction `step` (1 or -1), within the sentence and
    the clause: up to a punctuation mark or a clause word, at most `reach` of them."""
    tokens, folded = ctx.tokens, ctx.tokens.folded
    out: list[int] = []
    while 0 <= k < len(tokens) and sent.start <= tokens.starts[k] < sent.end and \
            len(out) < reach and folded[k] not in _CLAUSE_WORDS:
        out.append(k)
        gap = (tokens.ends[k], tokens.starts[k + 1]) if step > 0 and k + 1 < len(tokens) \
            else (tokens.ends[k - 1], tokens.starts[k]) if step < 0 and k > 0 else None
        if gap is not None and _BREAK.search(ctx.text, *gap):
            break
        k += step
    return out


def craft_moves(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """Whether a warship or a military aircraft moves by the hit: the verb's subject
    (before it, in its clause) or its object (right after it), and a path after the verb
    or its object unless the verb needs none."""
    lists = _words()
    tokens, folded = ctx.tokens, ctx.tokens.folded
    touching = hit.first > 0 and _BREAK.search(ctx.text, tokens.ends[hit.first - 1],
                                               hit.start) is None
    subject = _run(ctx, sent, hit.first - 1, -1, _SUBJECT_REACH) if touching else []
    after = _run(ctx, sent, hit.last, 1, _AFTER_REACH)
    if any(_craft_at(folded, k, lists) for k in subject):
        if folded[hit.first].endswith("ing") and folded[hit.first - 1] not in _BE:
            return False  # `warships sailing near its coast`: what they do, no one event
    else:
        crafts = [i for i, k in enumerate(after) if _craft_at(folded, k, lists)]
        if not crafts or crafts[0] > 4:
            return False
        after = after[crafts[0] + 1:]
    if " ".join(folded[hit.first:hit.last]) in lists.no_path:
        return True
    return any(folded[k] in lists.paths for k in after)


_INCURSION = KindSpec("military_incident")


_ARMED_REACH = 8  # words before the verb where armed forces may be its subject


@cache
def _armed() -> frozenset[str]:
    return check_lists("crosses_into", "armed")[0]


def crosses_into(ctx: Context, sent: Sentence, hit: Hit) -> KindSpec | bool:
    """`The team crossed into China from Hong Kong`: crossing into a place is an arrival,
    but armed forces crossing into a country (`Vietnamese forces, backed by Moscow,
    crossed into Cambodia`), or a warship or a military aircraft crossing into waters or
    a zone (`Chinese warships crossed into Japanese waters`, as `crossed` alone would be
    read), make an incursion."""
    verb = replace(hit, last=hit.first + 1, end=ctx.tokens.ends[hit.first])
    if craft_moves(ctx, sent, verb):
        return _INCURSION
    lo = hit.first
    while lo > 0 and hit.first - lo < _ARMED_REACH and ctx.tokens.starts[lo - 1] >= sent.start \
            and ctx.tokens.folded[lo - 1] not in _CLAUSE_WORDS:
        lo -= 1
    return _INCURSION if _armed().intersection(ctx.tokens.folded[lo:hit.first]) else True


# `the exercises`, `these drills`, `the joint military exercises`: a definite noun whose
# own words name no side (a capitalised word, `the Chinese drills`, would); between the
# determiner and the noun only a modifier of this list or a hyphenated one (`two-day`)
_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:(?:joint|military|naval|air|"
                       r"recent|latest|last|annual|massive|large|big|same|new|major|"
                       r"[a-z]+-[a-z-]+)\s+){0,2}$")
_TOLD_REACH = 400  # at most this many characters from the incident told to the noun's sentence


def incident_told_before(ctx: Context, sent: Sentence, trig: Trigger,
                         places: list[str]) -> Mention | None:
    """The military incident a definite noun names again (`China staged two days of drills
    around Taiwan. The exercises, named ..., began on May 23`; `X said the exercises were
    destabilizing`): the last one told in the sentence or two before, or None; not when
    the noun has places of its own the incident has not (`the bombing at the mall in
    Netanya` after a strike in Rafah is another). So too any event named again by a
    definite noun that opens a sentence naming no one before its verb, the verb of its
    happening with a date right after it (`The summit opened on Sunday`, `The encounter
    took place on Tuesday` after an intercept): the last event of its family told just
    before (an encounter may be an incident)."""
    if trig.verb:
        # `China's Southern Theater Command said it had tracked and warned the ship away`
        # after an American destroyer's passage: what was done to the craft told before
        # is part of that incident
        return _last_incident(ctx, sent, places) if trig.kind == "military_incident" and \
            _craft_named_again(ctx, sent, trig) else None
    definite = _DEFINITE.search(ctx.text, max(sent.start, trig.start - 40), trig.start)
    if definite is None:
        return None
    if trig.kind == "military_incident":
        return _last_incident(ctx, sent, places)
    happened = _HAPPENED.match(ctx.text, trig.end, sent.end)
    when = usable_timexes(ctx, happened.end(), min(sent.end, happened.end() + 12)) \
        if happened is not None else []
    if happened is None or ctx.text[sent.start:definite.start()].strip(" \t\n\"“'‘") or \
            not when or \
            any(f.actor is not None for f in ctx.entities.between(sent.start, trig.end)):
        return None
    families = {family(trig.kind)} | (
        {"military_incident"} if trig.text.casefold() in _ANY_EVENT else set())
    day = dt.to_dated(when[0], ctx.text).span
    for m in reversed(ctx.history[-6:]):
        if 0 <= sent.start - m.source.char_end <= _TOLD_REACH and m.actors and \
                family(m.kind) in families and not _planned_after(m, day):
            return None if set(places) - set(m.places) else m
    return None


def _planned_after(told: Mention, day: DateSpan) -> bool:
    """Whether an event told before is a plan for a time after the day the noun's event
    happened (`… would speak on Friday to seal it. The talks began on Sunday`, the Sunday
    before): that plan is another event."""
    return told.status == "planned" and told.date is not None and told.date.start > day.end


def _last_incident(ctx: Context, sent: Sentence, places: list[str]) -> Mention | None:
    """The last military incident with a side told in the sentence or two before, unless
    the places of the one that names it again are not all its own."""
    for m in reversed(ctx.history[-6:]):
        if m.kind == "military_incident" and m.actors and \
                0 <= sent.start - m.source.char_end <= _TOLD_REACH:
            return None if set(places) - set(m.places) else m
    return None


# `the ship`, `that destroyer`, `the American plane` right after a verb (or its `and`
# verb: `tracked and warned the ship`): a craft named again (not `the survey ship
# Impeccable`: a craft introduced by its name)
_CRAFT_AGAIN = re.compile(r"\s+(?:and\s+[a-z]+\s+)?(?:the|that|this)\s+([A-Za-z.-]+)"
                          r"(?:\s+([A-Za-z.-]+))?(?:\s+([A-Za-z.-]+))?")


def _craft_named_again(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """Whether a verb's object is a craft named again by a definite noun (`the ship`,
    `the American destroyer`), its first or second word, with no name after it."""
    m = _CRAFT_AGAIN.match(ctx.text, trig.end, sent.end)
    if m is None:
        return False
    lists = _words()
    said = [w for w in m.groups() if w]
    return any((said[k] in lists.craft or said[k] in lists.heads)
               and not (k + 1 < len(said) and said[k + 1][0].isupper())
               for k in range(min(2, len(said))))


# nouns that may name again an incident told before as well as an event of their own kind
_ANY_EVENT = frozenset({"encounter", "encounters"})
# the verb of the noun's own happening, a date right after it (`took place on Tuesday`,
# `opened on Sunday`, `was held last week`)
_HAPPENED = re.compile(r"\s+(?:took\s+place|opened|began|started|ended|closed|kicked\s+off|"
                       r"was\s+held|were\s+held|happened|occurred)\s+", re.IGNORECASE)


# `The drills are due to end on Sunday`, `will last until Friday`, `continue through`
_GOES_ON = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:end|ends|conclude|concludes|last|lasts|run|"
                      r"runs|continue|continues|wrap\s+up|wind\s+down)\b", re.IGNORECASE)


def goes_on(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """Whether the clause after a noun tells how long its incident, already under way,
    goes on (`The drills are due to end on Sunday`): no planned incident of its own."""
    return _GOES_ON.match(ctx.text, trig.end, sent.end) is not None
