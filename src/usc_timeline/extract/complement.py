"""What the words around a bare title say about who holds it: `the president of the
World Bank` is not the president the article named before (`President Biden`), and
`Pierre Dubois, the chairman of Airbus,` names a person of his own."""

from __future__ import annotations

from typing import NamedTuple

from usc_timeline.lexicon import Institution

from .people import NOT_NAMES
from .phrases import Hit, Tokens
from .places import owner_after

_APPOSITIVE_WORDS = 4  # longest name taken before `, the <title> of`
_OFFICE_WORDS = 3  # capitalised words between `a` and a title (`a Seventh Fleet spokesman`)


class Complement(NamedTuple):
    """`of <X>` after a title: X a country (its code), an institution of the lexicon, or
    (both None) a name the lexicon lacks (`of the U.S.-China Business Council`)."""

    code: str | None
    org: Institution | None


def title_of(tokens: Tokens, text: str, name_at: dict[int, Hit], last: int
             ) -> Complement | None:
    """What an `of (the) <X>` right after a title that ends before token `last` names
    (`president of the European Commission`); None when no capitalised X follows, or X
    is a place or person, which say nothing against the holder named before."""
    k = last
    if k + 1 >= len(tokens) or tokens.folded[k] != "of" or \
            text[tokens.ends[k - 1]:tokens.starts[k]] != " ":
        return None
    k += 1
    if tokens.folded[k] == "the" and k + 1 < len(tokens):
        k += 1
    if text[tokens.ends[k - 1]:tokens.starts[k]] != " " or not tokens.texts[k][:1].isupper():
        return None
    hit = name_at.get(k)
    if hit is not None and hit.last < len(tokens):
        after = text[tokens.ends[hit.last - 1]:tokens.starts[hit.last]]
        if after == "-" or (after == " " and tokens.texts[hit.last][:1].isupper()):
            hit = None  # `of the U.S.-China Business Council`: X is part of a longer name
    if hit is None:
        return Complement(None, None) if tokens.texts[k] not in NOT_NAMES else None
    countries = hit.payloads("country")
    if countries:
        return Complement(countries[0].code, None)
    orgs = hit.payloads("institution")
    if orgs and orgs[0].country is not None:
        # `general secretary of the Communist Party of Vietnam`: another country's body
        other = owner_after(hit, tokens, text, name_at)
        if other is not None and other[1] != orgs[0].country:
            return Complement(other[1], None)
    return Complement(None, orgs[0]) if orgs else None


def indefinite_appositive(tokens: Tokens, text: str, first: int, taken: set[int]
                          ) -> tuple[tuple[int, int], int] | None:
    """`Brian Hollis, a Seventh Fleet spokesman, said`: the name set off by a comma before
    `a`/`an`, up to three capitalised words (whose office it is) and the title at token
    `first`, itself closed by a comma; with the token where those words start."""
    k = first
    while k > 0 and first - k < _OFFICE_WORDS and tokens.texts[k - 1][:1].isupper() and \
            text[tokens.ends[k - 1]:tokens.starts[k]] == " ":
        k -= 1
    if k < 1 or tokens.folded[k - 1] not in ("a", "an") or \
            text[tokens.ends[k - 1]:tokens.starts[k]] != " ":
        return None
    name = appositive(tokens, text, k - 1, taken, article=True)
    return (name, k) if name is not None else None


def appositive(tokens: Tokens, text: str, first: int, taken: set[int],
               article: bool = False) -> tuple[int, int] | None:
    """The tokens [start, end) of a name of two to four capitalised words set off by a
    comma right before a title at token `first` (`Jean-Claude Juncker, the president`,
    `Pierre Dubois, chairman`), or right before the article at `first` when `article`;
    None when the words are known names or not a name."""
    end = first - 1 if not article and first > 0 and tokens.folded[first - 1] == "the" \
        else first
    if end < 2 or text[tokens.ends[end - 1]:tokens.starts[end]] != ", ":
        return None
    start = end
    while start > 0 and end - start < _APPOSITIVE_WORDS:
        word = tokens.texts[start - 1]
        if not (word[:1].isupper() and word.isalpha()) or word in NOT_NAMES or \
                start - 1 in taken:
            break
        if start < end and text[tokens.ends[start - 1]:tokens.starts[start]] not in (" ", "-"):
            break
        start -= 1
    if end - start < 2 or (start > 0 and tokens.texts[start - 1][:1].isupper() and
                           tokens.texts[start - 1].isalpha() and
                           text[tokens.ends[start - 1]:tokens.starts[start]] == " "):
        return None  # one word, or part of a longer capitalised run (`The Ritz Hotel`)
    return start, end
