"""Splitting only the lines near some offsets gives exactly the sentences a full split
gives there, with the sentences before each kept (extraction reads only those)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from usc_timeline.text import split_sentences

_PIECES = ["Officials met on Monday.", "The talks ended.", "Mr. Li met U.S. officials.",
           "Share this article", "TALKS RESUME", "He said so!", "  ", "\n", "\n\n", "It rained",
           "Wang Yi visited Washington on Jan. 5.", "- Advertisement -", "Why? Nobody knew."]


def _check(text: str, near: list[int], before: int) -> None:
    full = split_sentences(text)
    some = split_sentences(text, near, before=before)
    assert all(s in full for s in some)
    assert [full.index(s) for s in some] == sorted(full.index(s) for s in some)
    for pos in near:
        for k, sent in enumerate(full):
            if sent.start <= pos < sent.end:
                # the sentence and its predecessors, adjacent as in the full split
                want = full[max(0, k - before):k + 1]
                i = some.index(want[0])
                assert some[i:i + len(want)] == want


@given(st.lists(st.sampled_from(_PIECES), max_size=14),
       st.lists(st.integers(min_value=0, max_value=400), max_size=5),
       st.integers(min_value=0, max_value=3))
def test_near_lines_split_like_the_whole_text(pieces: list[str], near: list[int],
                                              before: int) -> None:
    text = " ".join(pieces)
    _check(text, [p for p in near if p < len(text)], before)


def test_the_sentences_before_come_from_earlier_lines_past_headings() -> None:
    text = ("Xi met Biden in Bali.\nBoth sides spoke.\n\nNEW TALKS\n"
            "They agreed to meet again. Officials said more.")
    at = text.index("They")
    got = [s.text for s in split_sentences(text, [at], before=2)]
    assert got == ["Xi met Biden in Bali.", "Both sides spoke.", "They agreed to meet again.",
                   "Officials said more."]
    assert [s.text for s in split_sentences(text, [], before=2)] == []


@given(st.text(alphabet="ab Z9_.'’-,é\t!\u00a0\u0663", max_size=30))
def test_word_before_a_period_is_the_trailing_word_run(text: str) -> None:
    """The backwards scan finds what the regex `[\\w.'’-]+$` finds in a line (lines hold no
    newline, before which `$` would also match)."""
    import re

    from usc_timeline.text import _word_before

    found = re.search(r"([\w.'’-]+)$", text)
    assert _word_before(text, len(text)) == (found.group(1) if found else "")
