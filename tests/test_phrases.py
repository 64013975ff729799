"""Tokenisation for the phrase matcher: fast paths split exactly as the documented rule."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from usc_timeline.extract.phrases import tokenize

# The rule as the module documents it: dotted acronyms, else runs of letters and digits.
_RULE = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+")


def _by_rule(text: str) -> list[tuple[int, int, str, str]]:
    return [(m.start(), m.end(), m.group().replace(".", ""),
             m.group().replace(".", "").casefold()) for m in _RULE.finditer(text)]


def _tokens(text: str) -> list[tuple[int, int, str, str]]:
    t = tokenize(text)
    return list(zip(t.starts, t.ends, t.texts, t.folded, strict=True))


@given(st.text(alphabet=st.sampled_from(list("aUSb.. _-'é9ßΣ\n")), max_size=80))
def test_tokens_follow_the_rule_with_and_without_dotted_acronyms(text: str) -> None:
    assert _tokens(text) == _by_rule(text)


def test_dotted_acronyms_are_one_token_in_a_text_that_has_them() -> None:
    text = "Officials of the U.S. and e.g. Straße_9 met."
    assert [t[2] for t in _tokens(text)] == ["Officials", "of", "the", "US", "and", "eg",
                                             "Straße", "9", "met"]
    assert _tokens(text) == _by_rule(text)
    # without one, dots and underscores only separate tokens
    assert [t[2] for t in _tokens("U.S-led a.b_c")] == ["U", "S", "led", "a", "b", "c"]


@given(st.text(alphabet=st.sampled_from(list("aUSbz.. _-'09\n\t")), max_size=80))
def test_ascii_texts_split_by_the_rule_too(text: str) -> None:
    # an ASCII text is split with ASCII classes (`[A-Za-z0-9]`), which must give the
    # documented rule's tokens all the same
    assert text.isascii()
    assert _tokens(text) == _by_rule(text)
