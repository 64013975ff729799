"""Find many phrases at once: one tokenisation, then a walk down a trie of token sequences.

Lexicons hold thousands of names; a regex per entry (or one huge alternation tried at
every character) is too slow for megabytes of news. Here a text is tokenised once (with
C-level string operations: one regex split, offsets by accumulated lengths, one casefold
of the joined tokens) and only tokens that can start a phrase cost a dictionary walk.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate, compress
from typing import Any, overload

# Dotted acronyms (`U.S.`) are one token, written without dots (`US`); otherwise
# tokens are runs of letters and digits, so hyphens and apostrophes separate tokens.
# Written as `((?:[A-Za-z]\.){2,}|[^\W_]+)` but starting with one character class, which
# the regex engine skips to quickly (a third faster on news text; same splits).
_TOKEN = re.compile(r"([^\W_](?:(?<=[A-Za-z])\.(?:[A-Za-z]\.)+|[^\W_]*))")
# A text with no `.X.` has no dotted acronym, and there `_TOKEN` splits exactly as plain
# runs of letters and digits do, a pattern the engine matches almost twice as fast (most
# news texts; the search for `.X.` costs a few per cent of a split).
_PLAIN_TOKEN = re.compile(r"([^\W_]+)")
# In an ASCII text `[^\W_]` is `[A-Za-z0-9]`, a class the engine tests without asking the
# Unicode database for each character: the same splits, a fifth faster (all news seen so
# far is ASCII; `str.isascii` costs nothing, the string knows it).
_ASCII_TOKEN = re.compile(r"([A-Za-z0-9](?:(?<=[A-Za-z])\.(?:[A-Za-z]\.)+|[A-Za-z0-9]*))")
_ASCII_PLAIN_TOKEN = re.compile(r"([A-Za-z0-9]+)")
_DOTTED = re.compile(r"\.[A-Za-z]\.")
_SEP = "\x00"  # joins tokens for whole-list string operations; never part of a token


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str  # normalised: dots of acronyms removed


class Tokens:
    """A text's tokens as parallel lists (cheap to build for megabytes of text);
    indexing gives Token records. `folded` holds the casefolded texts."""

    __slots__ = ("ends", "folded", "starts", "texts")

    def __init__(self, starts: list[int], ends: list[int], texts: list[str],
                 folded: list[str] | None = None) -> None:
        self.starts = starts
        self.ends = ends
        self.texts = texts
        self.folded = folded if folded is not None else _fold(texts)

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


def _fold(texts: list[str]) -> list[str]:
    # casefold maps each character on its own, so folding the joined string is folding
    # each token
    return _SEP.join(texts).casefold().split(_SEP) if texts else []


def tokenize(text: str) -> Tokens:
    """Tokens of `text` with their character offsets."""
    dotted = _DOTTED.search(text) is not None
    # separator, token, separator, …, token, separator
    if text.isascii():
        parts = (_ASCII_TOKEN if dotted else _ASCII_PLAIN_TOKEN).split(text)
    else:
        parts = (_TOKEN if dotted else _PLAIN_TOKEN).split(text)
    texts = parts[1::2]
    if not texts:
        return Tokens([], [], [], [])
    offsets = list(accumulate(map(len, parts), initial=0))
    joined = _SEP.join(texts)
    if dotted and "." in joined:
        joined = joined.replace(".", "")
        texts = joined.split(_SEP)
    return Tokens(offsets[1:-1:2], offsets[2::2], texts, joined.casefold().split(_SEP))


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The token sequence a phrase is matched as."""
    return tuple(tokenize(phrase).texts)


@dataclass(frozen=True, slots=True)
class Entry:
    """What a phrase stands for, in one layer of the matcher."""

    kind: str
    payload: Any
    exact: tuple[str, ...] | None  # the tokens to match case-sensitively, or None


@dataclass(slots=True, eq=False)
class Hit:
    """A phrase found in a text: token range [first, last) and its entries. Read-only by
    convention (not frozen: a long article has tens of thousands, and a frozen dataclass
    costs four times as much to make)."""

    layer: str
    first: int
    last: int
    start: int
    end: int
    entries: tuple[Entry, ...]
    # payloads by kind, worked out once per phrase and shared by its hits
    groups: dict[str, tuple[Any, ...]] = field(default_factory=dict, repr=False)

    def kinds(self) -> set[str]:
        return {e.kind for e in self.entries}

    def payloads(self, kind: str) -> tuple[Any, ...]:
        # (`by_kind` written out: called some 200,000 times on a corpus of 4 MB)
        groups = self.groups if self.groups or not self.entries else _groups(self.entries)
        return groups.get(kind, ())

    def by_kind(self) -> dict[str, tuple[Any, ...]]:
        """Payloads by kind."""
        return self.groups if self.groups or not self.entries else _groups(self.entries)


def _groups(entries: tuple[Entry, ...]) -> dict[str, tuple[Any, ...]]:
    out: dict[str, list[Any]] = {}
    for e in entries:
        out.setdefault(e.kind, []).append(e.payload)
    return {kind: tuple(payloads) for kind, payloads in out.items()}


class _Ending:
    """What a phrase ending at a trie node stands for in one layer: its entries, and the
    subsets that fit each way of writing it (when some entries are case-sensitive)."""

    __slots__ = ("entries", "fitting", "groups", "some_exact")

    def __init__(self, entries: tuple[Entry, ...]) -> None:
        self.entries = entries
        self.groups = _groups(entries)
        self.some_exact = any(e.exact is not None for e in entries)
        self.fitting: dict[tuple[str, ...], tuple[tuple[Entry, ...], dict[str, tuple[Any, ...]]]
                           ] = {}

    def fit(self, written: tuple[str, ...]
            ) -> tuple[tuple[Entry, ...], dict[str, tuple[Any, ...]]]:
        got = self.fitting.get(written)
        if got is None:
            entries = tuple(e for e in self.entries if e.exact is None or e.exact == written)
            got = (entries, _groups(entries))
            if len(self.fitting) < 4096:
                self.fitting[written] = got
        return got


# A trie node: children by folded token, and what a phrase ending here stands for, per layer.
_Node = tuple[dict[str, "_Node"], dict[str, _Ending]]


@dataclass
class PhraseMatcher:
    """Leftmost-longest matching of phrases per layer, on tokens."""

    # folded token sequence -> layer -> entries
    _entries: dict[tuple[str, ...], dict[str, list[Entry]]] = field(default_factory=dict)
    _trie: dict[str, _Node] | None = None
    # the trie's first words: tested once per token, a frozenset a little faster than the dict
    _starters: frozenset[str] = frozenset()

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
        self._trie = None

    def add_all(self, layer: str, phrases: Iterable[str], kind: str, payload: Any,
                *, case_sensitive: bool) -> None:
        for phrase in phrases:
            self.add(layer, phrase, kind, payload, case_sensitive=case_sensitive)

    def _built(self) -> dict[str, _Node]:
        """The trie of every phrase (built on first use after a change)."""
        if self._trie is None:
            root: dict[str, _Node] = {}
            for key, by_layer in self._entries.items():
                children = root
                node: _Node | None = None
                for word in key:
                    node = children.get(word)
                    if node is None:
                        node = ({}, {})
                        children[word] = node
                    children = node[0]
                assert node is not None
                for layer, entries in by_layer.items():
                    node[1][layer] = _Ending(tuple(entries))
            self._trie = root
            self._starters = frozenset(root)
        return self._trie

    def find(self, tokens: Tokens, layers: Iterable[str]) -> list[Hit]:
        """Hits of every layer, each layer leftmost-longest and non-overlapping."""
        texts, folded = tokens.texts, tokens.folded
        starts, ends = tokens.starts, tokens.ends
        trie = self._built()
        hits: list[Hit] = []
        busy = dict.fromkeys(layers, 0)  # next free token index per layer
        n = len(folded)
        # Most tokens start no phrase: find the few that may at C speed (`compress` over
        # a set test of the folded tokens). A token that folds like a case-sensitive first
        # word but is written otherwise (`us` for `US`) is walked in vain: `fit` keeps no
        # entry of it.
        for i in compress(range(n), map(self._starters.__contains__, folded)):
            children, here = trie[folded[i]]
            end = i + 1
            child = children.get(folded[end]) if children and end < n else None
            found: list[tuple[int, dict[str, _Ending]]]  # (end, what ends there)
            if child is None:  # most often: no longer phrase goes on from here
                if not here:
                    continue
                found = [(end, here)]
            else:
                found = [(end, here)] if here else []
                while child is not None:
                    end += 1
                    children, here = child
                    if here:
                        found.append((end, here))
                    child = children.get(folded[end]) if children and end < n else None
                found.reverse()  # longest first
            k = len(hits)
            for end, by_layer in found:
                for layer, ending in by_layer.items():
                    free = busy.get(layer)
                    if free is None or free > i:
                        continue
                    if ending.some_exact:
                        entries, groups = ending.fit(tuple(texts[i:end]))
                        if not entries:
                            continue
                    else:
                        entries, groups = ending.entries, ending.groups
                    hits.append(Hit(layer, i, end, starts[i], ends[end - 1], entries, groups))
                    busy[layer] = end
            if len(hits) > k + 1:  # candidates come in order: only hits at one start need sorting
                hits[k:] = sorted(hits[k:], key=lambda h: (-h.last, h.layer))
        return hits
