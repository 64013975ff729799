"""Whose government a bare common noun names (`the administration`).

The lexicon lets `the administration` stand for the White House, as US news uses it. A
name or place right next to it says whose it is: `the Tsai Ing-wen administration`, `the
administration in Taipei`, `the administration of President Marcos` are Taiwan's and the
Philippines', and `the administration in Washington` stays the White House. Without
`the` (or `this`, `his`, ...) right before it, or with `of` and no one named after it,
the word is a common noun (`the civil administration`, `work safety administration`,
`the administration of foreign-funded banks`) and names no one, unless its staff follow
(`a senior administration official`)."""

from __future__ import annotations

import re

from usc_timeline.lexicon import Lexicon

from .found import Found, country_actor

# between the noun and the name after it: `in`, `of`, then up to four capitalised words
# of a title (`of President`, `of Prime Minister`) or `the`
_AFTER = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}")
_ACTORS = frozenset({"person", "country", "organization", "place"})
_THE_BEFORE = re.compile(r"(?:^|\W)(?:the|this|that|his|her|its|their|our)\s+$",
                         re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\s")
# `a senior administration official`: the US idiom, `the` or not
_STAFF_AFTER = re.compile(r"\s+(?:officials?|aides?|spokes(?:man|woman|person)|sources?|"
                          r"advisers?|advisors?)\b", re.IGNORECASE)


def _bare_noun(f: Found, text: str) -> bool:
    """An institution named by one lower-case word (`administration`), which only the
    context tells the country of."""
    said = text[f.start:f.end]
    return f.kind == "organization" and f.actor is not None and f.actor.country is not None \
        and said[:1].islower() and " " not in said


def _country_of(f: Found, lexicon: Lexicon) -> str | None:
    if f.actor is not None:
        return f.actor.country
    if f.place is not None:
        place = lexicon.place_by_name(f.place)
        if place is not None:
            return place.country
        country = lexicon.country_by_word(f.place)
        return country.code if country is not None else None
    return None


def _named_next_to(items: list[Found], i: int, text: str) -> Found | None:
    """The person, country, institution or place right before items[i] (one space
    between: `the Tsai Ing-wen administration`) or after it (`in Taipei`, `of President
    Marcos`)."""
    f = items[i]
    for k in range(i - 1, -1, -1):
        g = items[k]
        if g.kind in _ACTORS and g.end <= f.start:
            return g if text[g.end:f.start] == " " else None
    for k in range(i + 1, len(items)):
        g = items[k]
        if g.kind in _ACTORS and g.start >= f.end:
            return g if _AFTER.fullmatch(text, f.end, g.start) else None
    return None


def other_governments(items: list[Found], text: str, lexicon: Lexicon) -> list[Found]:
    """`items` (sorted by position) with a bare institution noun that a name next to it
    gives to another country replaced by that country (`the administration in Taipei`:
    Taiwan, not the White House), and one that is a common noun left out."""
    out: list[Found | None] | None = None
    for i, f in enumerate(items):
        if not _bare_noun(f, text):
            continue
        named = _named_next_to(items, i, text)
        code = _country_of(named, lexicon) if named is not None else None
        if code is None and not _STAFF_AFTER.match(text, f.end) and (
                not _THE_BEFORE.search(text, max(0, f.start - 7), f.start)
                or _OF_AFTER.match(text, f.end)):
            if out is None:
                out = list(items)
            out[i] = None  # `the civil administration`, `the administration of banks`
            continue
        if code is None or f.actor is None or code == f.actor.country:
            continue
        country = lexicon.country_by_code(code)
        if country is None:
            continue
        if out is None:
            out = list(items)
        out[i] = Found(f.start, f.end, "country", country_actor(country))
    return items if out is None else [f for f in out if f is not None]
