"""The lower-cased text the per-sentence rules pre-check with `str.find` must keep every
position and find every word a case-insensitive pattern would match there."""

import re

import pytest

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
