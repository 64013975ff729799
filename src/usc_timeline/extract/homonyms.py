"""Country names that name something else: `Chad Wolf` is a person, and `Georgia
Governor Brian Kemp` governs the US state. The names and cue words live in
lexicon/data/homonyms.toml (read once)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from usc_timeline.lexicon.checks import bundled, check_top_level, parse, top_level, words
from usc_timeline.timex.lexicon import calendar_names

from .phrases import Hit, Tokens

_CALENDAR = calendar_names()


@dataclass(frozen=True, slots=True)
class Homonyms:
    given_names: frozenset[str]
    state_names: frozenset[str]
    state_next: frozenset[str]
    state_previous: tuple[tuple[str, ...], ...]  # word sequences, casefolded

    @property
    def words(self) -> frozenset[str]:
        """Every name this file is about: any other word is no homonym."""
        return self.given_names | self.state_names


def read_homonyms(text: str, source: str) -> Homonyms:
    """The lists of a homonyms.toml text (LexiconError naming the file and key if one is
    missing or not a list of strings)."""
    data = parse(text, source)
    check_top_level(data, ("given_names", "us_state"), source)
    state = data.get("us_state")
    if not isinstance(state, dict):
        raise top_level("us_state", source, text).fail(
            "us_state must be a table with names, next_words and previous")
    check_top_level(state, ("names", "next_words", "previous"), source)
    return Homonyms(
        frozenset(words(data, "given_names", source, text)),
        frozenset(words(state, "names", source, text)),
        frozenset(words(state, "next_words", source, text)),
        tuple(tuple(p.casefold().split()) for p in words(state, "previous", source, text)))


@cache
def homonyms() -> Homonyms:
    return read_homonyms(*bundled("homonyms.toml"))


def other_sense(h: Hit, tokens: Tokens, text: str, title_starts: set[int]) -> bool:
    """Whether a one-word hit that is a country's own name names something else here: a
    given name before a capitalised word (not a title, `title_starts`, nor a weekday or
    month), or a US state by the words around it."""
    if h.last - h.first != 1:
        return False
    word = tokens.texts[h.first]
    lists = homonyms()
    if word not in lists.words or not any(
            e.kind == "country" and e.payload.name == word for e in h.entries):
        return False
    nxt = tokens.texts[h.last] if h.last < len(tokens) else ""
    if word in lists.state_names and _state_context(h, tokens, nxt, lists):
        return True
    return (word in lists.given_names and text[h.end:h.end + 1] == " "
            and nxt[:1].isupper() and nxt.isalpha() and h.last not in title_starts
            and nxt not in _CALENDAR)


def _state_context(h: Hit, tokens: Tokens, nxt: str, lists: Homonyms) -> bool:
    if nxt in lists.state_next:
        return True
    before = tuple(tokens.folded[max(0, h.first - 3):h.first])
    return any(before[len(before) - len(p):] == p for p in lists.state_previous
               if len(p) <= len(before))
