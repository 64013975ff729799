"""A clause opened by `after`, `before`, `until` or `till` that has a subject and a
finite verb of its own tells another event (`The drills were announced on April 8, a
day after Ms. Tsai had returned to Taipei`): the people, bodies and dates named in it are
that event's, so the stretch of a trigger before it ends where its subject begins, and
a report that is the clause's own verb (`…, a day after the administration told
Congress`) neither names the trigger's agent nor dates it (Trigger.other_verb). A
clause with no subject of its own (`after meeting Xi`, `after talks with Xi`, `after the
summit`) or a pronoun subject (`before he left for Seoul`: the sentence's own doer goes
on) leaves the stretch whole. The word lists live in lexicon/data/subordinate.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import NamedTuple

from usc_timeline.lexicon.checks import bundled, check_top_level, parse, words
from usc_timeline.model import MEASURE_KINDS

from .context import Context, Trigger, all_timexes
from .guarded import Guarded

_KEYS = ("same_subject", "no_subject", "determiners", "links", "prepositions",
         "auxiliaries", "adverbs", "past", "present", "not_past", "lead_words",
         "anaphoric_heads")


@dataclass(frozen=True)
class ClauseWords:
    same_subject: frozenset[str]  # pronouns: the main clause's doer goes on
    no_subject: frozenset[str]  # `after which`, `before then`
    determiners: frozenset[str]
    links: frozenset[str]  # prepositions and conjunctions: the words were no subject
    prepositions: frozenset[str]  # after a past form: a participle (`the talks held in`)
    auxiliaries: frozenset[str]
    adverbs: frozenset[str]  # between the subject and its verb
    past: frozenset[str]  # irregular past-tense forms
    present: frozenset[str]  # `before the president leaves`
    not_past: frozenset[str]  # -ed words that are no verb
    lead_words: frozenset[str]  # what may open a sentence before its clause (`Days before`)
    anaphoric_heads: frozenset[str]  # `the two men`: the sentence's own people again


def read_words(text: str, source: str) -> ClauseWords:
    """The word lists of a subordinate.toml text, folded (LexiconError naming the file
    and the key if one is missing or not a list of words)."""
    data = parse(text, source)
    check_top_level(data, _KEYS, source)
    return ClauseWords(*(frozenset(w.casefold() for w in words(data, key, source, text))
                         for key in _KEYS))


@cache
def _words() -> ClauseWords:
    return read_words(*bundled("subordinate.toml"))


_OPENER = Guarded(re.compile(r"\b(?:(after|before)|until|till)\b", re.IGNORECASE),
                  ("after", "before", "until", "till"))
_TOKEN = re.compile(r"[\w.'’-]+|[,;:()\u2014\"“”]")
_STOPS = frozenset(";:()\u2014\"“”")
_PARTICLES = frozenset({"off", "out", "up", "down", "back", "away", "over"})
_REACH = 240  # characters of a clause read for its subject and verb
_SUBJECT_WORDS = 8  # words a subject may have (an apposition besides)
_APPOSITION_WORDS = 18  # words between the commas of an apposition after the subject
_TOKENS = _SUBJECT_WORDS + _APPOSITION_WORDS + 6  # all a clause's reading looks at


class Clause(NamedTuple):
    """Where a clause's subject starts and ends, and where its finite verb starts."""

    subject: int
    subject_end: int
    verb: int


def other_clause(ctx: Context, trig: Trigger, limit: int) -> Clause | None:
    """The first clause with a subject and finite verb of its own opened in the trigger's
    stretch (it may run on to `limit`), or None. A measure lasts until its target gives
    way (`sanctions until Iran complies`): its until-clause is left to it."""
    lasting = trig.kind not in MEASURE_KINDS
    found = _OPENER.search(ctx, trig.end, trig.seg_end)
    while found is not None:
        if lasting or found.group(1):
            clause = clause_at(ctx.text, found.end(), limit)
            # (`before lunch Friday saw him with Chirac`: a time is no subject)
            if clause is not None and not all_timexes(ctx, clause.subject,
                                                      clause.subject_end):
                return clause
        found = _OPENER.search(ctx, found.end(), trig.seg_end)
    return None


def clause_at(text: str, pos: int, limit: int) -> Clause | None:
    """The subject that begins at `pos` (right after an opener) and its finite verb (past
    an apposition after the subject) before `limit`, else None."""
    lex = _words()
    tokens = [(m.start(), m.group()) for m in islice(_TOKEN.finditer(text, pos, min(
        limit, pos + _REACH)), _TOKENS)]
    if not tokens:
        return None
    first = tokens[0][1]
    if _pronoun(first, lex) or first.casefold() in lex.no_subject or (
            first.endswith("ing") and first.islower()):
        return None  # (`after meeting Xi`: no subject of its own; `He Lifeng` is a name)
    content = 0  # words of the subject past its determiner
    named = False  # the subject's last word is capitalised (a name)
    for i, (at, word) in enumerate(tokens[:_SUBJECT_WORDS + 1]):
        low = word.casefold()
        verb = _finite(tokens, i, named, lex) if content else -1
        if verb >= 0:
            return Clause(tokens[0][0], at, tokens[verb][0])
        if word == ",":
            verb = _apposed(tokens, i, named, lex) if content else -1
            return Clause(tokens[0][0], at, tokens[verb][0]) if verb >= 0 else None
        if word in _STOPS or low in lex.links or _pronoun(word, lex):
            return None
        if low in lex.determiners and not content:
            continue
        content += 1
        named = word[0].isupper()
    return None


def _pronoun(word: str, lex: ClauseWords) -> bool:
    """A pronoun subject (lower case after the opener: `He Lifeng` is a name)."""
    return word in lex.same_subject or word == "I"


def _apposed(tokens: list[tuple[int, str]], comma: int, named: bool,
             lex: ClauseWords) -> int:
    """`Nancy Pelosi, then the House speaker, visited`: a short apposition between
    commas, then the subject's verb, whose index is returned (else -1)."""
    for j in range(comma + 1, min(len(tokens), comma + 2 + _APPOSITION_WORDS)):
        word = tokens[j][1]
        if word in _STOPS:
            return -1
        if word == ",":
            return _finite(tokens, j + 1, named, lex) if j > comma + 1 else -1
    return -1


def _finite(tokens: list[tuple[int, str]], i: int, named: bool, lex: ClauseWords) -> int:
    """The index of the finite verb at `i` (past adverbs), right after a subject, or -1:
    an auxiliary, a present form of `present`, or a past form not read as a participle
    (`the sanctions imposed by Washington`; after a common noun, `the talks held in
    Geneva`)."""
    if i >= len(tokens):
        return -1
    word = tokens[i][1]
    low = word.casefold().rstrip(".")
    if not word.islower():
        return -1
    if low in lex.adverbs:
        return _finite(tokens, i + 1, named, lex)
    if low in lex.auxiliaries or low in lex.present:
        return i
    if low not in lex.past and not (low.endswith("ed") and len(low) > 3
                                    and low not in lex.not_past):
        return -1
    after = [w.casefold() for _, w in tokens[i + 1:i + 3]]
    if after and after[0] in _PARTICLES:
        after = after[1:]  # (`set off by`)
    if not after or (after[0] != "by" and (named or after[0] not in lex.prepositions)):
        return i
    return -1


# the sentence's opening words up to a clause opener (`Days before`, `In the days
# before`, `BEIJING -- A week after`): a dateline, then at most five words of `lead_words`
_FRONTED = re.compile(r"\W*(?:[A-Z][A-Z .,]*\s--\s+)?((?:[\w'’-]+\s+){0,5}?)"
                      r"(?:after|before|until|till)\s", re.IGNORECASE)
_FRONTED_REACH = 60  # characters from the sentence's start where the opener may end
_JOINS = frozenset({"and", "but", "then", "so"})


def fronted_other(ctx: Context, sent_start: int, trig: Trigger) -> tuple[int, int] | None:
    """The span (its subject's start to its closing comma) of a clause with a subject and
    finite verb of its own that opens the sentence before the trigger (`Days before
    Sherman arrived, on Friday, China imposed sanctions`), whose names are not the
    trigger's; None if there is none, the trigger is in it, or the trigger's clause goes
    on with a pronoun (`After Blinken arrived, he met Wang Yi`: the same doer)."""
    if not _OPENER.possible(ctx, sent_start, min(trig.start, sent_start + _FRONTED_REACH)):
        return None
    found = _FRONTED.match(ctx.text, sent_start, trig.start)
    lex = _words()
    if found is None or found.end() - sent_start > _FRONTED_REACH or \
            not lex.lead_words.issuperset(found.group(1).casefold().split()):
        return None
    clause = clause_at(ctx.text, found.end(), trig.start)
    if clause is None or all_timexes(ctx, clause.subject, clause.subject_end):
        return None  # (`After a year spent rebuilding ties`: a time is no subject)
    closing = ctx.text.find(",", clause.verb, trig.start)
    if closing < 0:
        return None
    main = ctx.text.rfind(",", closing, trig.start) + 1
    first = [w for w in ctx.text[main:trig.start].split() if w.casefold() not in _JOINS][:1]
    if first and _pronoun(first[0].lower(), lex):
        return None
    return clause.subject, closing


_VERB_REACH = 120  # characters before a verb where its clause's opener may stand


def clause_subject(ctx: Context, sent_start: int, sent_end: int, trig: Trigger) -> int | None:
    """Where the subject starts of the clause opened right before a verb trigger that is
    its finite verb (`… after the Obama administration notified Congress`), or None."""
    lo = max(sent_start, trig.start - _VERB_REACH)
    if not _OPENER.possible(ctx, lo, trig.start):
        return None
    last = None
    found = _OPENER.search(ctx, lo, trig.start)
    while found is not None:
        last = found
        found = _OPENER.search(ctx, found.end(), trig.start)
    clause = clause_at(ctx.text, last.end(), sent_end) if last is not None else None
    if clause is None or clause.verb != trig.start:
        return None
    lex = _words()
    said = ctx.text[clause.subject:clause.subject_end].casefold().split()
    if said and said[-1] in lex.anaphoric_heads and lex.determiners.issuperset(said[:-1]):
        return None  # (`after the two men held talks`: the sentence's own people)
    return clause.subject
