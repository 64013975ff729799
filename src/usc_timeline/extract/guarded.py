"""A regex together with the cheap pre-check that may skip it.

A case-insensitive search that opens on `\\b` tries every position of its window (a few
µs a call); most windows hold none of the words it needs, which one `str.find` over the
lower-cased text tells. The pre-check is only right while every match holds one of the
literals it looks for: `Guarded` keeps the pattern and its literals in one place, and
every `Guarded` is listed in `REGISTRY`, so a test can check each pattern against real
text (tests/test_guarded.py) instead of trusting the pairing by eye."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .context import Context

REGISTRY: list[Guarded] = []


class Guarded:
    """A compiled pattern and the lower-case literals one of which every match contains
    (in its span, in any case). Its methods take a window [start, end) of the document:
    when the window holds none of the literals they answer no match without running it.

    The pattern runs over the text with the window as bounds (`pattern.search(text,
    start, end)`: its `\\b` and look-behinds see the text before `start`), or
    `on_lower`: over the lowered text, for the lower-case, case-sensitive form of a
    case-insensitive pattern (see `words`), or `cut`: over text[start:end] cut out as a
    string of its own (positions are the cut's)."""

    __slots__ = ("cut", "needs", "on_lower", "pattern")

    def __init__(self, pattern: re.Pattern[str], needs: str | tuple[str, ...], *,
                 on_lower: bool = False, cut: bool = False) -> None:
        needs = (needs,) if isinstance(needs, str) else needs
        if not needs or not all(needs) or any(
                n != n.lower() or any(c.isalpha() and not c.isascii() for c in n) for n in needs):
            # (`lowered` is the text in the case of `str.find` for ASCII letters only)
            raise ValueError(f"needs must be literals of lower-case ASCII letters and "
                             f"non-letters: {needs!r}")
        self.pattern = pattern
        self.needs = needs
        self.on_lower = on_lower
        self.cut = cut
        REGISTRY.append(self)

    def __repr__(self) -> str:
        return f"Guarded({self.pattern.pattern!r}, needs={self.needs!r})"

    def possible(self, ctx: Context, start: int, end: int) -> bool:
        """Whether text[start:end] holds one of the literals, in any case (so the
        pattern may match there)."""
        low = ctx.lower
        lo = start if start > 0 else 0  # (`find` counts a negative start from the end)
        # (a plain loop: called some 60 times a sentence, where `any` over a generator
        # costs more than the searches)
        for need in self.needs:  # noqa: SIM110
            if low.find(need, lo, end) >= 0:
                return True
        return False

    def _text(self, ctx: Context) -> str:
        return ctx.lower if self.on_lower else ctx.text

    def search(self, ctx: Context, start: int, end: int) -> re.Match[str] | None:
        """The first match in the window, like `re.search`."""
        if not self.possible(ctx, start, end):
            return None
        if self.cut:
            return self.pattern.search(self._text(ctx)[max(start, 0):end])
        return self.pattern.search(self._text(ctx), start, end)

    def match(self, ctx: Context, start: int, end: int) -> re.Match[str] | None:
        """A match at the window's start, like `re.match`."""
        if not self.possible(ctx, start, end):
            return None
        if self.cut:
            return self.pattern.match(self._text(ctx)[max(start, 0):end])
        return self.pattern.match(self._text(ctx), start, end)

    def finditer(self, ctx: Context, start: int, end: int) -> list[re.Match[str]]:
        """Every match in the window, like `re.finditer`."""
        if not self.possible(ctx, start, end):
            return []
        if self.cut:
            return list(self.pattern.finditer(self._text(ctx)[max(start, 0):end]))
        return list(self.pattern.finditer(self._text(ctx), start, end))

    def words(self, ctx: Context, start: int, end: int) -> list[re.Match[str]]:
        """What a case-insensitive `[…]|\\b(?:word|…)\\b` finds in the window, for an
        `on_lower` pattern in its fast form (see `word_starts`; not for a `cut` one)."""
        if not self.possible(ctx, start, end):
            return []
        return word_starts(ctx.lower, self.pattern.finditer(ctx.lower, start, end))


def word_starts(low: str, found: Iterable[re.Match[str]]) -> list[re.Match[str]]:
    """The matches of a lower-case, case-sensitive `[…]|(?:word|…)\\b` over the lowered
    text `low` that a case-insensitive `[…]|\\b(?:word|…)\\b` finds: with no leading
    `\\b` and every alternative opening on a literal, the engine skips to candidates in C;
    a word match is kept only at a word start, checked here."""
    return [m for m in found
            if m.start() == 0 or not _is_word(low[m.start()]) or not _is_word(low[m.start() - 1])]


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # (what `\\b` counts as a word character)
