"""Short forms of people's names for titles and tables ('Blinken', 'Benedict XVI', 'Halutz').

A short form is never a rank, an honorific, a numeral or an initial: 'Statement by Lt'
(from 'Lt.-Gen. Dan Halutz') or 'XVI visits Istanbul' tell a reader nothing. The words
that are no name live in names.toml.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from usc_timeline.lexicon.checks import check_top_level, parse, words

_ROMAN = re.compile(r"(?=[IVXLC]{2})C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_INITIAL = re.compile(r"(?:[A-Z]\.)+|[A-Z]")
_DIGITS = re.compile(r"\d[\d,.]*(?:st|nd|rd|th)?")


_LISTS = ("titles", "abbreviations", "suffixes", "numbers", "family_names")


def read_words(text: str, source: str) -> dict[str, frozenset[str]]:
    """The word lists of a names.toml text (LexiconError naming the file and list if one
    is missing or not a list of words)."""
    data = parse(text, source)
    check_top_level(data, _LISTS, source)
    return {key: frozenset(words(data, key, source, text)) for key in _LISTS}


@cache
def _words() -> dict[str, frozenset[str]]:
    resource = resources.files(__package__).joinpath("names.toml")
    return read_words(resource.read_text(encoding="utf-8"), str(resource))


def _parts(word: str) -> list[str]:
    """'Lt.-Gen.' -> ['lt', 'gen']."""
    return [p for p in re.split(r"[-.]+", word.lower()) if p]


def _is_title(word: str) -> bool:
    parts = _parts(word)
    return bool(parts) and all(p in _words()["titles"] for p in parts)


def _is_numeral(word: str) -> bool:
    return bool(_ROMAN.fullmatch(word) or _DIGITS.fullmatch(word)
                or word.lower() in _words()["numbers"])


def _is_name(word: str) -> bool:
    """A word that can stand for a person: no abbreviated rank or honorific ('Sen.', 'Lt'),
    numeral or initial. (A full title word after a first name is a surname: John Major.)"""
    parts = _parts(word)
    return bool(parts) and not (_is_numeral(word) or _INITIAL.fullmatch(word)
                                or all(p in _words()["abbreviations"] for p in parts))


def _core(name: str) -> list[str]:
    """The name without leading ranks and honorifics or a trailing 'Jr.'."""
    words = name.split()
    while words and _is_title(words[0]):
        words.pop(0)
    while words and "".join(_parts(words[-1])) in _words()["suffixes"]:
        words.pop()
    return words


@lru_cache(maxsize=8192)
def has_name(name: str) -> bool:
    """Whether the name holds a word that names someone ('Lt', 'Prof', 'N.' do not)."""
    return any(_is_name(w) for w in _core(name))


@lru_cache(maxsize=8192)
def display_name(name: str) -> str:
    """The name without leading ranks and honorifics: 'Lt.-Gen. Dan Halutz' -> 'Dan Halutz'."""
    core = _core(name)
    return " ".join(core) if any(_is_name(w) for w in core) else name


# Merging asks for the same few hundred names thousands of times (titles, tables, each
# cluster's actors): the answers depend on the name alone, so they are kept.
@lru_cache(maxsize=8192)
def short_name(name: str, family_first: bool = False) -> str:
    """One name a reader knows the person by: the surname (with its particles: 'bin Laden'),
    or the first word where the family name comes first; a regnal name whole ('Benedict
    XVI', 'Abdullah II'); the whole name when that word is no name ('Hun Sen')."""
    core = _core(name)
    if not any(_is_name(w) for w in core):
        return name
    if len(core) < 2 or _ROMAN.fullmatch(core[-1]):
        return " ".join(core)
    if family_first and not _given_name_first(core):
        return core[0] if _is_name(core[0]) else " ".join(core)
    at = len(core) - 1
    while at > 1 and core[at - 1].isalpha() and core[at - 1].islower():
        at -= 1
    return " ".join(core[at:]) if _is_name(core[-1]) else " ".join(core)


def _given_name_first(core: list[str]) -> bool:
    """'Carrie Lam', 'Martin Lee': an English given name before an East Asian family name,
    in a name from a country that writes the family name first."""
    family = _words()["family_names"]
    return core[0].lower() not in family and core[-1].lower() in family


# A syllable of Hanyu Pinyin as names are written in English news (no tone marks, `v` for
# u-umlaut not used): an initial, then a final.
_PINYIN = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
           r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in"
           r"|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u)")
_GIVEN_EAST_ASIAN = re.compile(rf"[A-Z](?:{_PINYIN}){{1,2}}|[A-Z][a-z]+-[a-z]+", re.I)


@lru_cache(maxsize=8192)
def looks_family_first(name: str) -> bool:
    """Whether a name of no known country is written family name first by its form: a
    common Chinese, Korean or Taiwanese family name, then a given name of one or two
    Pinyin syllables or two joined by a hyphen ('Shen Guofang', 'Lee Teng-hui'); not an
    English surname after such a word ('Lee Hamilton', 'Chan Marshall')."""
    core = _core(name)
    return len(core) == 2 and core[0].lower() in _words()["family_names"] and \
        core[1][:1].isupper() and _GIVEN_EAST_ASIAN.fullmatch(core[1]) is not None
