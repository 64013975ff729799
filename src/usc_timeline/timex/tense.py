"""Guess whether the clause around a time expression talks about the past or the future.

News reports mostly look back, so an undated "Monday" or "May" defaults to the past; a
future cue ("will", "plans", "next") close to the expression flips it.
"""

from __future__ import annotations

import re

from usc_timeline.timex.lexicon import lexicon

_WORD = re.compile(r"[a-z']+")
_BOUNDARY = re.compile(r"[.!?;\n]")
PAST, FUTURE = "past", "future"


def _is_past(word: str) -> bool:
    lex = lexicon()
    if word in lex.past_cues:
        return True
    return (len(word) > 4 and word.endswith(lex.past_endings) and word not in lex.not_past)


def clause_tense(low: str, start: int, end: int) -> str | None:
    """PAST, FUTURE or None from the nearest cue in the sentence around low[start:end]."""
    lex = lexicon()
    left_lo = max(0, start - 160)
    left = low[left_lo:start]
    cut = None
    for m in _BOUNDARY.finditer(left):
        # a period after an abbreviation ("Jan.", "U.S.") is not a sentence end
        if m.group(0) != "." or m.start() + 1 >= len(left) or left[m.start() + 1] in " \n":
            cut = m.end()
    if cut is not None:
        left = left[cut:]
    right = low[end:end + 100]
    stop = _BOUNDARY.search(right)
    if stop:
        right = right[: stop.start()]
    best: tuple[int, str] | None = None
    words = _WORD.findall(left)
    for dist, w in enumerate(reversed(words)):
        t = FUTURE if w in lex.future_cues else PAST if _is_past(w) else None
        if t:
            best = (dist, t)
            break
    for dist, w in enumerate(_WORD.findall(right)):
        t = FUTURE if w in lex.future_cues else PAST if _is_past(w) else None
        if t:
            if best is None or dist + 1 < best[0]:
                best = (dist + 1, t)
            break
    return best[1] if best else None
