"""Nationality adjectives that name people of an origin, not the country: `ethnic
Albanians in Kosovo`, `Kosovo Albanian leaders`, `Chinese Americans`, `a Korean-American
journalist`, `of Chinese descent`. Such a demonym is no country actor and fixes no
title's country. The words live in lexicon/data/ethnic.toml (read once)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from usc_timeline.lexicon.checks import bundled, check_top_level, parse, words

from .phrases import Hit, Tokens

_KEYS = ("before", "after", "hyphenated", "bilateral", "combining", "regions")
_REACH = 3  # words after a hyphenated identity where a bilateral noun makes it two sides


@dataclass(frozen=True, slots=True)
class EthnicWords:
    before: frozenset[str]  # folded
    after: frozenset[str]  # folded
    hyphenated: frozenset[str]  # folded
    bilateral: frozenset[str]  # folded
    combining: frozenset[str]  # folded
    regions: frozenset[str]  # as written


def read_ethnic(text: str, source: str) -> EthnicWords:
    """The word lists of an ethnic.toml text (LexiconError naming the file and key if one
    is missing or not a list of strings)."""
    data = parse(text, source)
    check_top_level(data, _KEYS, source)

    def folded(key: str) -> frozenset[str]:
        return frozenset(w.casefold() for w in words(data, key, source, text))

    return EthnicWords(folded("before"), folded("after"), folded("hyphenated"),
                       folded("bilateral"), folded("combining"),
                       frozenset(words(data, "regions", source, text)))


@cache
def ethnic_words() -> EthnicWords:
    return read_ethnic(*bundled("ethnic.toml"))


def names_people(h: Hit, tokens: Tokens, text: str, name_end_at: dict[int, Hit]) -> bool:
    """Whether a nationality adjective hit names people of that origin here rather than
    its country (see the module doc; `name_end_at`: the document's name hits by end)."""
    word = tokens.texts[h.last - 1]
    adjectives = h.payloads("adjective")
    if not adjectives or not word[:1].isupper() or word.isupper():
        return False  # `US`, `U.S.`: the country
    lists = ethnic_words()
    if word.casefold() in lists.combining:
        return False  # `Sino-American`: two countries
    k = h.first - 1
    if k >= 0 and tokens.folded[k] in lists.before:
        return True
    if h.last >= len(tokens):
        return False
    gap = text[h.end:tokens.starts[h.last]]
    nxt = tokens.folded[h.last]
    if gap == " " and nxt in lists.after:
        return True
    if gap in (" ", "-") and nxt in lists.hyphenated and tokens.texts[h.last][:1].isupper():
        if nxt.endswith("s"):
            return True  # `Chinese Americans`
        ahead = tokens.folded[h.last + 1:h.last + 1 + _REACH]
        return not any(w in lists.bilateral for w in ahead)
    return _region_before(h, tokens, text, name_end_at, adjectives[0].code, lists)


def _region_before(h: Hit, tokens: Tokens, text: str, name_end_at: dict[int, Hit],
                   code: str, lists: EthnicWords) -> bool:
    """`Kosovo Albanian`, `Hong Kong Chinese`: a place name of another country (or of
    none the lexicon knows) written right before the demonym."""
    k = h.first
    if k == 0 or text[tokens.ends[k - 1]:tokens.starts[k]] != " ":
        return False
    if tokens.texts[k - 1] in lists.regions:
        return True
    hit = name_end_at.get(k)
    if hit is None or hit.payloads("adjective"):
        return False  # `Turkish Cypriot`: two nationalities, read elsewhere
    groups = hit.by_kind()
    codes = [c.code for c in (*groups.get("country", ()), *groups.get("capital", ()))] + [
        p.country for p in groups.get("place", ())]
    return bool(codes) and code not in codes
