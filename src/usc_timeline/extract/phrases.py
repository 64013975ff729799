"""Find many phrases at once: one tokenisation, then dictionary look-ups of token n-grams.

Lexicons hold thousands of names; a regex per entry (or one huge alternation tried at
every character) is too slow for megabytes of news. Here a text is tokenised once and
each token position costs one dictionary look-up unless it can start a phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

# Dotted acronyms (`U.S.`) are one token, written without dots (`US`); otherwise
# tokens are runs of letters and digits, so hyphens and apostrophes separate tokens.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str  # normalised: dots of acronyms removed


def tokenize(text: str) -> list[Token]:
    """Tokens of `text` with their character offsets."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        if "." in word:
            word = word.replace(".", "")
        out.append(Token(m.start(), m.end(), word))
    return out


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The token sequence a phrase is matched as."""
    return tuple(t.text for t in tokenize(phrase))


@dataclass(frozen=True, slots=True)
class Entry:
    """What a phrase stands for, in one layer of the matcher."""

    kind: str
    payload: Any
    exact: tuple[str, ...] | None  # the tokens to match case-sensitively, or None


@dataclass(frozen=True, slots=True)
class Hit:
    """A phrase found in a text: token range [first, last) and its entries."""

    layer: str
    first: int
    last: int
    start: int
    end: int
    entries: tuple[Entry, ...]

    def kinds(self) -> set[str]:
        return {e.kind for e in self.entries}

    def payloads(self, kind: str) -> list[Any]:
        return [e.payload for e in self.entries if e.kind == kind]


@dataclass
class PhraseMatcher:
    """Leftmost-longest matching of phrases per layer, on tokens."""

    _entries: dict[tuple[str, tuple[str, ...]], list[Entry]] = field(default_factory=dict)
    _lengths: dict[str, set[int]] = field(default_factory=dict)  # first token -> n-gram sizes

    def add(self, layer: str, phrase: str, kind: str, payload: Any,
            *, case_sensitive: bool) -> None:
        key = phrase_key(phrase)
        if not key:
            return
        folded = tuple(t.casefold() for t in key)
        entry = Entry(kind, payload, key if case_sensitive else None)
        bucket = self._entries.setdefault((layer, folded), [])
        if entry not in bucket:
            bucket.append(entry)
        self._lengths.setdefault(folded[0], set()).add(len(folded))

    def add_all(self, layer: str, phrases: Iterable[str], kind: str, payload: Any,
                *, case_sensitive: bool) -> None:
        for phrase in phrases:
            self.add(layer, phrase, kind, payload, case_sensitive=case_sensitive)

    def find(self, tokens: list[Token], layers: Iterable[str]) -> list[Hit]:
        """Hits of every layer, each layer leftmost-longest and non-overlapping."""
        wanted = tuple(layers)
        folded = [t.text.casefold() for t in tokens]
        hits: list[Hit] = []
        busy = dict.fromkeys(wanted, 0)  # next free token index per layer
        n = len(tokens)
        for i in range(n):
            sizes = self._lengths.get(folded[i])
            if not sizes:
                continue
            for size in sorted(sizes, reverse=True):
                if i + size > n:
                    continue
                key = tuple(folded[i:i + size])
                for layer in wanted:
                    if busy[layer] > i:
                        continue
                    found = self._entries.get((layer, key))
                    if not found:
                        continue
                    exact = [e for e in found
                             if e.exact is None or e.exact == tuple(
                                 t.text for t in tokens[i:i + size])]
                    if not exact:
                        continue
                    hits.append(Hit(layer, i, i + size, tokens[i].start,
                                    tokens[i + size - 1].end, tuple(exact)))
                    busy[layer] = i + size
        hits.sort(key=lambda h: (h.first, -h.last, h.layer))
        return hits
