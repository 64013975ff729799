"""Words around a place name that make it no place where the event happened: a name of a
thing (`Manchester United`, `the Basel Convention`, `the destroyer Zhanjiang`), the topic
of talks or a measure (`talks on Darfur`, `sanctions over Kashmir`), or the place of
another event (`the Dujail massacre`, `the offensive in Beit Hanoun`). The words live in
lexicon/data/place_context.toml (read once)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from usc_timeline.lexicon.checks import bundled, check_top_level, parse, words

from .phrases import Hit, Tokens

_KEYS = ("heads", "capitalised_heads", "vessels", "topic_prepositions", "topic_nouns",
         "event_nouns")
_TOPIC_REACH = 3  # words between the topic preposition and the place (`on the Arak`)
_AFTER = re.compile(r" ([a-z]+)\b")
# `the offensive in Beit Hanoun`, `the crisis in the Sudanese region of Darfur`
_BEFORE = re.compile(r"\b([a-z]+) (?:in|at) (?:the )?(?:(?:[A-Za-z-]+ ){0,2}(?:region|city|"
                     r"province|town|state|capital|village|district|port) of )?$")
_NOT_BETWEEN = frozenset({"in", "at", "near", "to", "from", ",", ";", "and"})
# `the war between Israel and Hamas`: the sides after another event's noun (no clause
# break, at most eight words after `between`)
_SIDES = re.compile(r"\b([a-z]+)\s+between\s+(?:[^\s,;:.()]+\s+){0,8}$")


@dataclass(frozen=True, slots=True)
class PlaceContext:
    heads: frozenset[str]  # folded
    capitalised_heads: frozenset[str]  # as written
    vessels: frozenset[str]  # as written
    topic_prepositions: frozenset[str]  # folded
    topic_nouns: frozenset[str]  # folded
    event_nouns: frozenset[str]  # folded


def read_place_context(text: str, source: str) -> PlaceContext:
    """The word lists of a place_context.toml text (LexiconError naming the file and key
    if one is missing or not a list of strings)."""
    data = parse(text, source)
    check_top_level(data, _KEYS, source)

    def folded(key: str) -> frozenset[str]:
        return frozenset(w.casefold() for w in words(data, key, source, text))

    def written(key: str) -> frozenset[str]:
        return frozenset(words(data, key, source, text))

    return PlaceContext(folded("heads"), written("capitalised_heads"), written("vessels"),
                        folded("topic_prepositions"), folded("topic_nouns"),
                        folded("event_nouns"))


@cache
def place_context() -> PlaceContext:
    return read_place_context(*bundled("place_context.toml"))


def names_thing(h: Hit, tokens: Tokens, text: str) -> bool:
    """Whether the place only names a thing: a name's head right after it (`Manchester
    United`, `the Maastricht criteria`) or a ship's word right before it (`the destroyer
    Zhanjiang`)."""
    lists = place_context()
    k = h.last
    if k < len(tokens) and text[tokens.ends[k - 1]:tokens.starts[k]] == " ":
        word = tokens.texts[k]
        if word.casefold() in lists.heads or word in lists.capitalised_heads:
            return True
    k = h.first - 1
    return k >= 0 and text[tokens.ends[k]:tokens.starts[k + 1]] == " " and \
        tokens.texts[k] in lists.vessels


def is_topic(h: Hit, tokens: Tokens) -> bool:
    """Whether the place is what talks or a measure are about: a topic noun, a topic
    preposition, then at most three words before it (`talks on Darfur`, `a meeting on
    the Arak reactor`, `sanctions over Kashmir`); not after a verb (`met on the island of
    Hainan`) nor after `in`/`at` (`talks on Friday in Geneva`)."""
    lists = place_context()
    for k in range(h.first - 1, max(0, h.first - 2 - _TOPIC_REACH), -1):
        word = tokens.folded[k]
        if word in lists.topic_prepositions:
            return k > 0 and tokens.folded[k - 1] in lists.topic_nouns
        if word in _NOT_BETWEEN:
            return False
    return False


def of_another_event(start: int, end: int, text: str, trigger_start: int,
                     trigger_end: int) -> bool:
    """Whether the place at [start, end) is where another event named beside it happened
    (`the Dujail massacre`, `the offensive in Beit Hanoun`) than the trigger's own."""
    if (after := _another_events_noun(end, text)) is not None:
        return not trigger_start <= after < trigger_end
    nouns = place_context().event_nouns
    before = _BEFORE.search(text, max(0, start - 70), start)
    if before is not None and before.group(1) in nouns:
        return not trigger_start <= before.start(1) < trigger_end
    return False


def _another_events_noun(end: int, text: str) -> int | None:
    """Where another event's noun starts right after a name ending at `end` (`the Dujail
    massacre`, `the Hamas attack`), or None."""
    after = _AFTER.match(text, end, min(len(text), end + 30))
    if after is not None and after.group(1) in place_context().event_nouns:
        return after.start(1)
    return None


def body_of_another_event(end: int, text: str, trigger_start: int, trigger_end: int) -> bool:
    """Whether the body named just before `end` only tells whose another event is (`the
    war, which began with the Hamas attack, is to take up the talks`): a party of that
    event, not of the trigger's."""
    after = _another_events_noun(end, text)
    return after is not None and not trigger_start <= after < trigger_end


def side_of_another_event(start: int, text: str, trigger_start: int, trigger_end: int) -> bool:
    """Whether the name at `start` is a side of another event named just before it (`the
    war between Israel and Hamas is expected to take up the talks`): that event's party,
    not the trigger's (`event_nouns`)."""
    lo = max(0, start - 90)
    if text.find("between", lo, start) < 0:
        return False  # (the common case, found at C speed: `_SIDES` is tried at every word)
    sides = _SIDES.search(text, lo, start)
    return sides is not None and sides.group(1) in place_context().event_nouns and \
        not trigger_start <= sides.start(1) < trigger_end
