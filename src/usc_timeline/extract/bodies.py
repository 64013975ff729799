"""Another body's name built on a generic body word the lexicon knows as one country's.

`Congress`, `Senate`, `Central Committee` or `House` stand for the US's or China's body
alone, but written inside a longer proper name they name another: `the Beijing Municipal
People's Congress`, `the Fatah central committee`, `the Central Committee of the Communist
Youth League`, `the House of Councillors`. The name as written is that body; the country
a name of it gives (`Beijing`), if any, is its country.
"""

from __future__ import annotations

from usc_timeline.lexicon import Institution

from .people import BODY_WORDS, NOT_NAMES
from .phrases import Hit, Tokens

# `the Republican Congress`, `a Democratic Senate`: a party's majority in the same body
_SAME_BODY = frozenset({"Republican", "Democratic", "Democrat", "GOP", "Federal", "National",
                        "Near", "Outside", "Inside", "Across", "Over", "Both", "Each", "Every",
                        "All", "Last", "Next", "Then", "Now", "Today", "Yesterday"})
# words no personal name has but a body's may (`the Communist Youth League`)
_NOT_BODY_NAMES = NOT_NAMES - BODY_WORDS
_POSSESSIVE_MARKS = ("'", "’")
_RUN = 5  # name words read before or after the body word
# lowercase words that may stand between `of` and a body's name (`of ruling Fatah`)
_BETWEEN = frozenset({"the", "ruling", "opposition", "governing", "banned", "outlawed"})
_NAME_KINDS = ("country", "adjective", "capital", "place")


def _name_word(tokens: Tokens, text: str, k: int) -> bool:
    """A capitalised word that may be part of a body's proper name, not the first of a
    sentence (capitalised for that alone)."""
    word = tokens.texts[k]
    if not word[:1].isupper() or not word.isalpha() or word in _NOT_BODY_NAMES or \
            word in _SAME_BODY:
        return False
    start = tokens.starts[k]
    return k > 0 and text[start - 1:start] not in "\n\"“‘'(" and \
        text[max(0, start - 2):start] not in (". ", "? ", "! ", ": ")


def _country_in(first: int, last: int, name_at: dict[int, Hit]) -> str | None:
    """The country of the first lexicon name (country, nationality, capital or place)
    among tokens [first, last)."""
    for k in range(first, last):
        hit = name_at.get(k)
        if hit is None:
            continue
        groups = hit.by_kind()
        for kind in _NAME_KINDS:
            for entry in groups.get(kind, ()):
                code = getattr(entry, "code", None) or getattr(entry, "country", None)
                if code:
                    return str(code)
    return None


def _joined(tokens: Tokens, text: str, k: int) -> int | None:
    """The token of the name word joined right before token k: one space (`Fatah
    Central Committee`) or a possessive (`People's Congress`); None if there is none."""
    if k < 1:
        return None
    gap = text[tokens.ends[k - 1]:tokens.starts[k]]
    if gap == " " and tokens.texts[k - 1] == "s" and k >= 2 and \
            text[tokens.ends[k - 2]:tokens.starts[k - 1]] in _POSSESSIVE_MARKS:
        return k - 2
    return k - 1 if gap == " " else None


def _other_body(hit: Hit | None, inst: Institution) -> bool:
    """Whether a lexicon name is a body of another country than the generic body word's
    (`Fatah` beside `Central Committee`, the CPC's): the generic word is then part of that
    body's own organ (`the Fatah central committee`), not the lexicon's body."""
    if hit is None:
        return False
    groups = hit.by_kind()
    bodies = groups.get("institution", ())
    return bool(bodies) and not groups.keys() & {"country", "adjective", "person", "short"} \
        and all(getattr(b, "country", None) != inst.country for b in bodies)


def _run_before(h: Hit, inst: Institution, tokens: Tokens, text: str,
                name_end_at: dict[int, Hit]) -> int | None:
    """The first token of the unknown capitalised name written right before the body
    word (a lexicon name right before it is read by the caller's own rules, but for a
    body of another country's: `the Fatah central committee`)."""
    j = _joined(tokens, text, h.first)
    if j is not None and _other_body(name_end_at.get(j + 1), inst):
        return name_end_at[j + 1].first
    if j is None or not _name_word(tokens, text, j) or name_end_at.get(j + 1) is not None:
        return None
    first = j
    while h.first - first < _RUN:
        k = _joined(tokens, text, first)
        if k is None or not (_name_word(tokens, text, k) or name_end_at.get(k + 1)):
            break
        first = k
    return first


def _run_after(h: Hit, inst: Institution, tokens: Tokens, text: str,
               name_at: dict[int, Hit]) -> int | None:
    """The token after the capitalised name written after `of` right after the body
    word, when it names no country or body of the lexicon (`of the Communist Youth
    League`, `of ruling Fatah`); None otherwise."""
    k = h.last
    if k >= len(tokens) or tokens.folded[k] != "of" or \
            text[tokens.ends[k - 1]:tokens.starts[k]] != " ":
        return None
    k += 1
    skipped = 0
    while k < len(tokens) and tokens.folded[k] in _BETWEEN and skipped < 2:
        k += 1
        skipped += 1
    first = k
    while k < len(tokens) and k - first < _RUN and (k == first or text[
            tokens.ends[k - 1]:tokens.starts[k]] == " "):
        hit = name_at.get(k)
        if hit is not None:
            groups = hit.by_kind()
            if not _other_body(hit, inst) and \
                    groups.keys() & {"country", "institution", "person", "short"}:
                # `the Senate of Pakistan`, `of the Communist Party`, `the administration
                # of President Marcos` (whose it is, read by other rules)
                return None
            k = hit.last
            continue
        if not (tokens.texts[k][:1].isupper() and tokens.texts[k].isalpha()) or \
                tokens.texts[k] in _NOT_BODY_NAMES:
            break
        k += 1
    if k == first or (k == first + 1 and name_at.get(first) is not None
                      and not _other_body(name_at.get(first), inst)):
        return None  # nothing, or a nationality alone (`of the Chinese`)
    return k


def _own_name(inst: Institution, written: str) -> bool:
    """Whether the words written are (part of) one of the body's own names (`of
    Representatives` after `US House`)."""
    folded = written.casefold()
    return any(folded in n.casefold() for n in (inst.name, *inst.aliases))


def written_body(h: Hit, inst: Institution, tokens: Tokens, text: str,
                 name_at: dict[int, Hit], name_end_at: dict[int, Hit]
                 ) -> tuple[int, int, str | None] | None:
    """Start, end and country of another body's name that the generic body word of `h`
    is part of, or None when it is the lexicon's body."""
    if inst.country is None:
        return None
    first = _run_before(h, inst, tokens, text, name_end_at)
    if first is not None and text[tokens.starts[first] - 1:tokens.starts[first]] == "-":
        # `the pro-Western Democratic Party`: a modifier's word, but no lexicon body
        if first + 1 >= h.first:
            return h.start, h.end, None
        first += 1
    if first is not None:
        if _own_name(inst, text[tokens.starts[first]:h.end]):
            return None
        return tokens.starts[first], h.end, _country_in(first, h.first, name_at)
    end = _run_after(h, inst, tokens, text, name_at)
    if end is not None:
        if _own_name(inst, text[tokens.starts[h.last]:tokens.ends[end - 1]]):
            return None
        return h.start, tokens.ends[end - 1], _country_in(h.last, end, name_at)
    return None
