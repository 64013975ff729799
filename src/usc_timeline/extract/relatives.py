"""Relative clauses with no pronoun whose object is the noun before them (`the
hospitality Mr. Biden received in China`, `the deal President Obama signed`): the person
right before the verb is its subject, and the noun says what the verb took. The word
list lives in lexicon/data/relatives.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from usc_timeline.lexicon.checks import bundled, check_top_level, parse, words
from usc_timeline.text import Sentence

from .context import Context
from .found import DocEntities, Found
from .phrases import Hit
from .triggers import KindSpec

# a determiner, one to three lower-case words ending in the noun, then the person's title
# words (`Mr.`, `President`), right before the person
_HEAD = re.compile(r"\b(?i:the|a|an|this|that|these|those|his|her|its|their|our|every|each|"
                   r"any)\s+((?:[a-z][\w-]*\s+){1,3})(?:[A-Z][\w.'’-]*\s+){0,4}$")
# between the person and the verb: at most an auxiliary or an adverb
_GAP = re.compile(r"\s+(?:(?:had|has|have|once|recently|reportedly|personally|later|also|"
                  r"then|first|last)\s+)?")
_REACH = 80  # characters before the person where the noun's determiner may stand


@dataclass(frozen=True)
class _Words:
    links: frozenset[str]  # prepositions and conjunctions: no noun of the phrase
    people: frozenset[str]  # words naming people or their office


def read_words(text: str, source: str) -> _Words:
    """The word lists of a relatives.toml text, folded (LexiconError naming the file and
    the key if one is missing or not a list of words)."""
    data = parse(text, source)
    check_top_level(data, ("links", "people"), source)
    return _Words(*(frozenset(w.casefold() for w in words(data, key, source, text))
                    for key in ("links", "people")))


@cache
def _words() -> _Words:
    return read_words(*bundled("relatives.toml"))


def relative_subject(text: str, entities: DocEntities, floor: int, verb: int
                     ) -> tuple[Found, str] | None:
    """The person right before the verb at `verb` who is the subject of a relative
    clause with no pronoun, and the noun the clause is about (lower case); None if the
    words before the verb (from `floor`) are no such clause: the word before the person
    names people (`the army spokesman Maj. Ali Hassan said`: one phrase), or a
    preposition stands between (`the country under President Biden held talks`)."""
    people = [f for f in entities.between(max(floor, verb - _REACH), verb)
              if f.kind == "person" and f.end <= verb]
    if not people or _GAP.fullmatch(text, people[-1].end, verb) is None:
        return None
    who = people[-1]
    m = _HEAD.search(text, max(floor, who.start - _REACH), who.start)
    if m is None:
        return None
    lexicon = _words()
    head = m.group(1).casefold().split()
    if not lexicon.links.isdisjoint(head) or head[-1] in lexicon.people:
        return None
    return who, head[-1]


# after what was received: the place it was received in (`in China`) or its giver (`from
# Obama`)
_RECEIVED_IN = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?")
_RECEIVED_FROM = re.compile(r"\s+from\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}")
_AFTER = 60  # characters after the verb where the place or the giver may stand


def received_what(ctx: Context, sent: Sentence, hit: Hit) -> KindSpec | bool:
    """`the delegation Xi received`: a meeting; `the hospitality Mr. Biden received in
    China`: no one was received, the person was a guest there, a visit; `the welcome Xi
    received from Obama`: a meeting with the giver; `the briefing Obama received`: no
    event. Any other `received` is the form's meeting (`Xi received Kerry`)."""
    if relative_subject(ctx.text, ctx.entities, sent.start, hit.start) is None:
        return True
    after = ctx.entities.between(hit.end, min(sent.end, hit.end + _AFTER))
    if any(f.kind == "person" and _RECEIVED_FROM.fullmatch(ctx.text, hit.end, f.start)
           for f in after):
        return True
    if any(f.place is not None and _RECEIVED_IN.fullmatch(ctx.text, hit.end, f.start)
           for f in after):
        return ctx.triggers.kinds.get("visit") or False
    return False
