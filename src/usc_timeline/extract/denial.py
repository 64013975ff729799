"""Denied events: `have not met`, `failed to agree`, `there will be no talks`.

A trigger word names an event only if the sentence does not deny it. The cue words live
in lexicon/data/denial.toml (read once), with the exceptions that keep an event: a
predicate (`it was not his first visit` — he did visit), `not only`, and a delay (`did not
meet until Friday` — they met on Friday).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from usc_timeline.lexicon.checks import bundled, check_top_level, number, parse, words

from .phrases import Hit, Tokens, phrase_key


@dataclass(frozen=True, slots=True)
class _Cues:
    gap: int
    delay_window: int
    negators: frozenset[str]
    denials: tuple[tuple[str, ...], ...]
    not_a_denial: frozenset[str]
    copulas: frozenset[str]
    determiners: frozenset[str]
    delay_words: frozenset[str]
    # last tokens of every cue: most triggers have none of them just before
    last_words: frozenset[str]


_LISTS = ("negators", "denials", "not_a_denial", "copulas", "determiners", "delay_words")
_NUMBERS = ("gap", "delay_window")


def read_cues(text: str, source: str) -> _Cues:
    """The cues of a denial.toml text (LexiconError naming the file and the key if one is
    missing or of the wrong type)."""
    data = parse(text, source)
    check_top_level(data, _LISTS + _NUMBERS, source)

    def listed(key: str) -> list[str]:
        return [w.casefold() for w in words(data, key, source, text)]

    denials = tuple(tuple(t.casefold() for t in phrase_key(p)) for p in listed("denials"))
    negators = frozenset(listed("negators"))
    return _Cues(
        gap=number(data, "gap", source, text),
        delay_window=number(data, "delay_window", source, text), negators=negators,
        denials=denials,
        not_a_denial=frozenset(listed("not_a_denial")),
        copulas=frozenset(listed("copulas")),
        determiners=frozenset(listed("determiners")),
        delay_words=frozenset(listed("delay_words")),
        last_words=negators | {"t"} | {d[-1] for d in denials})


@cache
def _cues() -> _Cues:
    return read_cues(*bundled("denial.toml"))


def _negator_at(tokens: Tokens, text: str, k: int, cues: _Cues) -> bool:
    """Token k negates: `not`, `never`, or the `t` of `didn't`/`won't` (`n` + apostrophe)."""
    word = tokens.folded[k]
    if word in cues.negators:
        return True
    return word == "t" and k > 0 and tokens.folded[k - 1].endswith("n") and \
        text[tokens.ends[k - 1]:tokens.starts[k]] in ("'", "’")


def denied(tokens: Tokens, text: str, hit: Hit) -> bool:
    """Whether the words just before the trigger deny the event it names."""
    cues = _cues()
    folded = tokens.folded
    first = hit.first
    for k in range(first - 1, max(-1, first - cues.gap - 2), -1):
        if text[tokens.ends[k]:tokens.starts[k + 1]].strip():
            return False  # punctuation between the cue and the trigger: another clause
        if folded[k] not in cues.last_words:
            continue
        cue_start = None
        if _negator_at(tokens, text, k, cues):
            cue_start = k
        else:
            for phrase in cues.denials:
                n = len(phrase)
                if phrase[-1] == folded[k] and k + 1 >= n and \
                        tuple(folded[k + 1 - n:k + 1]) == phrase:
                    cue_start = k + 1 - n
                    break
        if cue_start is None:
            continue
        after = folded[k + 1] if k + 1 < len(folded) else ""
        if after in cues.not_a_denial:
            return False
        before = folded[cue_start - 1] if cue_start > 0 else ""
        if before in cues.copulas and after in cues.determiners:
            return False  # `was not his first visit`, `is not a ban`: a predicate
        end = min(len(folded), hit.last + cues.delay_window)
        return not any(w in cues.delay_words for w in folded[hit.last:end])
    return False
