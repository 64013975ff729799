"""Find many phrases at once: one tokenisation, then dictionary look-ups of token n-grams.

Lexicons hold thousands of names; a regex per entry (or one huge alternation tried at
every character) is too slow for megabytes of news. Here a text is tokenised once and
each token position costs one dictionary look-up unless it can start a phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, overload

# Dotted acronyms (`U.S.`) are one token, written without dots (`US`); otherwise
# tokens are runs of letters and digits, so hyphens and apostrophes separate tokens.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str  # normalised: dots of acronyms removed


class Tokens:
    """A text's tokens as parallel lists (cheap to build for megabytes of text);
    indexing gives Token records."""

    __slots__ = ("ends", "starts", "texts")

    def __init__(self, starts: list[int], ends: list[int], texts: list[str]) -> None:
        self.starts = starts
        self.ends = ends
        self.texts = texts

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, i: int) -> Token: ...

    @overload
    def __getitem__(self, i: slice) -> list[Token]: ...

    def __getitem__(self, i: int | slice) -> Token | list[Token]:
        if isinstance(i, slice):
            return [Token(s, e, t) for s, e, t in
                    zip(self.starts[i], self.ends[i], self.texts[i], strict=True)]
        return Token(self.starts[i], self.ends[i], self.texts[i])

    def __iter__(self) -> Iterator[Token]:
        for s, e, t in zip(self.starts, self.ends, self.texts, strict=True):
            yield Token(s, e, t)


def tokenize(text: str) -> Tokens:
    """Tokens of `text` with their character offsets."""
    spans = [m.span() for m in _TOKEN.finditer(text)]
    starts = [a for a, _ in spans]
    ends = [b for _, b in spans]
    texts = [text[a:b] for a, b in spans]
    if "." in text:
        texts = [w.replace(".", "") if "." in w else w for w in texts]
    return Tokens(starts, ends, texts)


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

    # folded token sequence -> layer -> entries
    _entries: dict[tuple[str, ...], dict[str, list[Entry]]] = field(default_factory=dict)
    _lengths: dict[str, set[int]] = field(default_factory=dict)  # first token -> n-gram sizes
    _sorted: dict[str, tuple[int, ...]] | None = None
    # first tokens that can start a phrase: as written (case-sensitive entries), folded
    _exact_first: set[str] = field(default_factory=set)
    _folded_first: set[str] = field(default_factory=set)

    def _sorted_lengths(self) -> dict[str, tuple[int, ...]]:
        if self._sorted is None:
            self._sorted = {k: tuple(sorted(v, reverse=True)) for k, v in self._lengths.items()}
        return self._sorted

    def add(self, layer: str, phrase: str, kind: str, payload: Any,
            *, case_sensitive: bool) -> None:
        key = phrase_key(phrase)
        if not key:
            return
        folded = tuple(t.casefold() for t in key)
        entry = Entry(kind, payload, key if case_sensitive else None)
        bucket = self._entries.setdefault(folded, {}).setdefault(layer, [])
        if entry not in bucket:
            bucket.append(entry)
        self._lengths.setdefault(folded[0], set()).add(len(folded))
        if case_sensitive:
            self._exact_first.add(key[0])
        else:
            self._folded_first.add(folded[0])
        self._sorted = None

    def add_all(self, layer: str, phrases: Iterable[str], kind: str, payload: Any,
                *, case_sensitive: bool) -> None:
        for phrase in phrases:
            self.add(layer, phrase, kind, payload, case_sensitive=case_sensitive)

    def find(self, tokens: Tokens, layers: Iterable[str]) -> list[Hit]:
        """Hits of every layer, each layer leftmost-longest and non-overlapping."""
        wanted = tuple(layers)
        texts = tokens.texts
        folded = [t.casefold() for t in texts]
        hits: list[Hit] = []
        busy = dict.fromkeys(wanted, 0)  # next free token index per layer
        n = len(folded)
        lengths = self._sorted_lengths()
        # Most tokens start no phrase: find the few that do in one comprehension.
        as_written, loose = self._exact_first, self._folded_first
        starts = [i for i, (word, low) in enumerate(zip(texts, folded, strict=True))
                  if low in loose or word in as_written]
        entries = self._entries
        for i in starts:
            for size in lengths[folded[i]]:
                if i + size > n:
                    continue
                by_layer = entries.get(tuple(folded[i:i + size]))
                if by_layer is None:
                    continue
                for layer, found in by_layer.items():
                    if layer not in busy or busy[layer] > i:
                        continue
                    fits = [e for e in found
                            if e.exact is None or e.exact == tuple(texts[i:i + size])]
                    if not fits:
                        continue
                    hits.append(Hit(layer, i, i + size, tokens.starts[i],
                                    tokens.ends[i + size - 1], tuple(fits)))
                    busy[layer] = i + size
        hits.sort(key=lambda h: (h.first, -h.last, h.layer))
        return hits
