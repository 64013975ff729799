"""The lower-cased text the per-sentence rules pre-check with `str.find` must keep every
position and find every word a case-insensitive pattern would match there."""

import re

import pytest
from extract_helpers import text_context

from usc_timeline.extract.context import lowered


@pytest.mark.parametrize("text", [
    "İstanbul talks WHEN they met",  # `İ` lower-cases to two characters
    "Shı and Hıs visıt",  # dotless i: the same letter as `i` to a case-insensitive search
    "the ſpent day",  # long s
    "A \u212aelvin-sign WORD",
])
def test_positions_kept_and_words_found(text: str) -> None:
    low = lowered(text)
    assert len(low) == len(text)
    for word in ("when", "his", "visit", "spent", "kelvin", "word"):
        for m in re.finditer(re.escape(word), text, re.IGNORECASE):
            assert low[m.start():m.end()] == word


_TRICKY = [
    "Xi, who met Biden (as planned) — after talks — said THAT was whose turn, whereas_as",
    "hasty Washington whoever thatch, Before; AS: when",
    "_as as_ 2as as2 İas Whİch WHO",
]


@pytest.mark.parametrize("text", _TRICKY)
def test_word_matches_finds_what_the_case_insensitive_pattern_finds(text: str) -> None:
    from usc_timeline.extract import segments, timing
    from usc_timeline.extract.context import word_matches

    ctx = text_context(text)
    slow = {
        timing._RELATIVE.pattern: r"\b(?:that|which|who|whose|where|when)\b",
        segments._STRONG_BREAK: r"[,;:()\u2014]|\b(?:but|after|before|when|while|because|"
                               r"which|who|whom|that|although|then|whose|since|as)\b",
    }
    for fast, pattern in slow.items():
        for start, end in ((0, len(text)), (3, len(text) - 4), (10, 30)):
            want = [m.span() for m in re.finditer(pattern, text[:end], re.IGNORECASE)
                    if m.start() >= start]
            got = [m.span() for m in word_matches(ctx, fast, start, end)]
            assert got == want
