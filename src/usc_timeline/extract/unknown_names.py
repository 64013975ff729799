"""People the lexicons do not know, found by where they stand in a sentence.

News names far more people than any lexicon holds, and a title does not always
introduce them (`Mubarak visited Kazakhstan`, `Segolene Royal arrived in Israel`,
`Annan appointed Rajat Kumar Gupta`). A run of capitalised words that no lexicon knows
is taken for a person only where a person stands: right before a trigger verb (its
subject), opening the sentence before an apposition that ends right before the verb
(`X, deputy head of Y, met`), right after a meeting or appointment verb, or `talks with`
(its object), or right after a reporting verb that follows what was said (`..., said X`).
What else a capitalised run can be (a sentence's first word, a group, a day, an
organisation, a headline) is ruled out by the word lists of `unknown_names.toml` and by
how the document itself writes the words. A known surname written in someone else's full
name (`Jill Biden`, `Wang Zhongyu`) is no lexicon person's: `entities` leaves it to these
rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from usc_timeline.lexicon.checks import bundled, check_top_level, parse, words
from usc_timeline.model import Actor

from .found import Found
from .people import NAME_PARTICLES, NOT_NAMES, qualifier_country
from .phrases import Hit, Tokens

__all__ = ["counterpart_people", "unknown_people", "word_lists", "written_in_lower_case"]


@dataclass(frozen=True, slots=True)
class _Words:
    fillers: frozenset[str]
    before_to: frozenset[str]
    before_subject: frozenset[str]
    after_object: frozenset[str]
    passive: frozenset[str]
    not_names: frozenset[str]
    ranks: frozenset[str]
    groups: tuple[str, ...]
    heads: frozenset[str]
    honorifics: frozenset[str]
    firm_nouns: frozenset[str]


_LISTS = ("fillers", "before_to", "before_subject", "after_object", "passive", "not_names",
          "ranks", "group_endings", "organisation_heads", "honorifics", "firm_nouns")


def read_words(text: str, source: str) -> _Words:
    """The word lists of an unknown_names.toml text (LexiconError naming the file and the
    list if one is missing or not a list of words)."""
    data = parse(text, source)
    check_top_level(data, _LISTS, source)

    def listed(key: str) -> tuple[str, ...]:
        return words(data, key, source, text)

    def folded(key: str) -> frozenset[str]:
        return frozenset(w.casefold() for w in listed(key))

    return _Words(folded("fillers"), folded("before_to"), folded("before_subject"),
                  folded("after_object"), folded("passive"),
                  frozenset(listed("not_names")) | NOT_NAMES, frozenset(listed("ranks")),
                  listed("group_endings"), frozenset(listed("organisation_heads")),
                  frozenset(listed("honorifics")), folded("firm_nouns"))


@cache
def word_lists() -> _Words:
    """The bundled word lists (read once)."""
    return read_words(*bundled("unknown_names.toml"))


def written_in_lower_case(text: str, word: str) -> bool:
    """Whether the text also writes the capitalised word in lower case, as a whole word
    (`Police arrested` and `the police`): a common word, not a name."""
    low = word.lower()
    at = text.find(low) if low != word else -1
    while at >= 0:
        end = at + len(low)
        if (at == 0 or not text[at - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(low, end)
    return False


# kinds whose verb (or noun + `with`) takes the other person as its object: `met Gu
# Wengen`, `appointed Rajat Kumar Gupta`, `talks with Gu Wengen`
_OBJECT_KINDS = frozenset({"meeting", "talks", "call", "appointment"})
# checks whose forms may be an appointment too (`confirmed Jane Doe as ambassador`)
_OBJECT_CHECKS = frozenset({"confirmed_what"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his",
                          "her", "their", "our", "my", "your", "whose", "which", "every",
                          "each", "no", "any", "some"})
# `Minister of Trade and Industry Rachid Mohamed Rachid`: words that link an office's name
# to a title within reach before it
_TITLE_LINKS = frozenset({"of", "for", "and", "&"})
_TITLE_REACH = 12
_LIMIT = 4  # words in a name; a longer capitalised run is a title, headline or organisation
_MAX_FILLERS = 4
_HEADLINE = 0.6  # share of capitalised words that makes a line a headline
_HEADLINE_LINE = 160  # characters: a longer line is no headline


class _Doc:
    """What the rules read of one document, worked out once and only when needed."""

    def __init__(self, text: str, tokens: Tokens, taken: set[int], used: set[int],
                 name_end_at: dict[int, Hit], titles: list[Hit]) -> None:
        self.text = text
        self.tokens = tokens
        self.taken = taken
        self.used = used
        self.name_end_at = name_end_at
        self.titles = titles
        self._title_ends: set[int] | None = None
        self.words = word_lists()
        self._lower: dict[str, bool] = {}

    def lower(self, word: str) -> bool:
        """Whether the document also writes the word in lower case (`Police arrested`
        and `the police`)."""
        got = self._lower.get(word)
        if got is None:
            got = written_in_lower_case(self.text, word)
            self._lower[word] = got
        return got

    def titled(self, a: int) -> bool:
        """Whether a title ends within reach before token a."""
        if self._title_ends is None:
            self._title_ends = {h.last - 1 for h in self.titles}
        return any(e in self._title_ends for e in range(max(0, a - _TITLE_REACH), a))

    def country_before(self, a: int) -> str | None:
        """The code of a country word right before token a (`Egyptian`, `Egypt's`)."""
        if a == 0 or self.gap(a - 1) != " ":
            return None
        hit = self.name_end_at.get(a)
        if hit is None and a > 1 and self.tokens.texts[a - 1] == "s" and \
                self.gap(a - 2) in ("'", "’"):
            hit = self.name_end_at.get(a - 1)
        if hit is None:
            return None
        for kind in ("adjective", "country"):
            for country in hit.payloads(kind):
                return country.code  # type: ignore[no-any-return]
        return None

    def honoured(self, a: int) -> bool:
        """Whether an honorific stands right before token a (`Dr Tomas`, `Mr. Ahmed`)."""
        return a > 0 and self.tokens.texts[a - 1] in self.words.honorifics and \
            self.gap(a - 1) in (" ", ". ")

    def gap(self, i: int) -> str:
        """The text between token i and token i + 1."""
        return self.text[self.tokens.ends[i]:self.tokens.starts[i + 1]]

    def namelike(self, i: int) -> bool:
        word = self.tokens.texts[i]
        return (word[:1].isupper() and word.isalpha() and i not in self.taken
                and i not in self.used and (len(word) == 1 or not word.isupper())
                and word not in self.words.not_names)

    def joined(self, i: int) -> bool:
        """Whether token i + 1 continues a name run that has token i."""
        gap = self.gap(i)
        return gap in (" ", "-") or (gap == ". " and len(self.tokens.texts[i]) == 1)

    def run_back(self, k: int) -> int | None:
        """First token of the name run ending at token k; None if k is no name word or
        the run is too long to be a name."""
        if not self.namelike(k) or len(self.tokens.texts[k]) == 1:
            return None
        a = k
        while a > 0 and self.joined(a - 1):
            if self.namelike(a - 1):
                a -= 1
            elif self.tokens.texts[a - 1] in NAME_PARTICLES and a > 1 and \
                    self.namelike(a - 2) and self.joined(a - 2):
                a -= 2
            else:
                break
            if k - a + 1 > _LIMIT:
                return None
        return a

    def run_forward(self, i: int) -> int | None:
        """Index after the name run starting at token i; None if there is none or it is
        too long to be a name."""
        n = len(self.tokens)
        if i >= n or not self.namelike(i):
            return None
        j = i + 1
        while j < n and self.joined(j - 1):
            if self.namelike(j):
                j += 1
            elif self.tokens.texts[j] in NAME_PARTICLES and j + 1 < n and \
                    self.joined(j) and self.namelike(j + 1):
                j += 2
            else:
                break
            if j - i > _LIMIT:
                return None
        while j - i > 1 and len(self.tokens.texts[j - 1]) == 1:
            j -= 1  # a trailing initial ends the sentence
        return j

    def opens(self, a: int) -> bool:
        """Whether token a opens a sentence, a line, a quote or a dateline's text (where
        any word is capitalised)."""
        if a == 0:
            return True
        gap = self.gap(a - 1)
        return "\n" in gap or any(c in gap for c in '.!?"“:(') or "--" in gap

    def headline(self, pos: int) -> bool:
        """Whether the line at pos is a headline: short, most words capitalised."""
        lo = self.text.rfind("\n", max(0, pos - _HEADLINE_LINE), pos) + 1
        hi = self.text.find("\n", pos, pos + _HEADLINE_LINE)
        if (lo == 0 and pos > _HEADLINE_LINE) or hi < 0:
            return False  # a long line (or a whole text with no line breaks) is prose
        words = [w for w in self.text[lo:hi].split() if w[:1].isalpha()]
        return len(words) >= 3 and sum(w[:1].isupper() for w in words) > _HEADLINE * len(words)

    def name(self, a: int, b: int, subject: bool) -> tuple[int, int] | None:
        """The run [a, b) cleaned of an opening common word and of the words of a title
        before the name (`Managing Director George Tayler`, `Minister of Trade and
        Industry Rachid Mohamed Rachid`); None if it is no person's name (`subject`: the
        run must not be a preposition's object)."""
        texts, words = self.tokens.texts, self.words
        if texts[a] in words.honorifics and a + 2 < b and self.gap(a) in (" ", ". "):
            # `Sheikh Saud Nasser`: the honorific is no part of the name (but `Sheikh
            # Hasina` keeps it: the one word left may be a given name alone)
            a += 1
        honoured = self.honoured(a)
        if not honoured and self.opens(a) and (
                texts[a] in words.not_names or self.lower(texts[a])):
            a += 1  # `Rebels attacked`: capitalised only for opening the sentence
        if a >= b:
            return None
        last = texts[b - 1]
        if any(texts[i] in words.heads for i in range(a + (not honoured), b)) or \
                last.endswith(words.groups):
            return None  # `General Motors`, `Sunni Arabs`, `Sheikh Zayed Stadium`
        p = a - 1 if honoured else a  # where the run starts, an honorific included
        if p > 0:
            gap, before = self.gap(p - 1), texts[p - 1]
            if gap == "-":
                return None  # `a three-Test tour`
            if gap == " " and before.casefold() in _DETERMINERS:
                return None  # `the Kremlin said`, `his Likud party`
            if gap == " " and before[:1].isupper() and not honoured and \
                    self.country_before(p) is None:
                return None  # part of a longer capitalised phrase: a title's, an org's
            if before == "s" and p > 1 and self.gap(p - 2) in ("'", "’") and \
                    self.country_before(p) is None:
                return None  # `Iran's Bushehr`: something someone has
            if gap == " " and before in _TITLE_LINKS and self.words_in(a, b) > 2 and \
                    self.titled(p):
                # the end of an office's name, then the name: keep its last two words
                a = max(a, self._word_start(b, 2))
            elif gap == " " and subject and before.casefold() in words.before_subject:
                return None  # `the embassy in Skopje welcomed`
        if b < len(texts) and self.gap(b - 1) == " " and texts[b][:1].isupper() and \
                texts[b].isalpha() and texts[b] not in NOT_NAMES:
            return None  # runs on into another capitalised word: `Gupta Associates`
        ranked = [i for i in range(a, b) if texts[i] in words.ranks]
        if ranked and ranked[-1] + 1 < b:
            a = ranked[-1] + 1  # `Lance Corporal Stephen Tatum`, not `John Major`
        return (a, b) if a < b else None

    def _word_start(self, b: int, n: int) -> int:
        """First token of the last n words of a run ending before b (a hyphenated word
        is one word: `Douste-Blazy`)."""
        a = b - 1
        while a > 0 and n > 0:
            if self.gap(a - 1) != "-":
                n -= 1
                if n == 0:
                    break
            a -= 1
        return a

    def words_in(self, a: int, b: int) -> int:
        """How many words the run [a, b) has (a hyphenated word is one)."""
        return 1 + sum(self.gap(i) != "-" for i in range(a, b - 1))

    def longer(self, word: str, found: list[Found]) -> Actor | None:
        """The actor of a longer name ending in `word` that the document names: someone
        a title introduced (`President Hosni Mubarak`) or an unknown full name."""
        for f in found:
            if f.kind == "person" and f.actor is not None and f.person is None and \
                    f.actor.name.split()[-1] == word and " " in f.actor.name:
                return f.actor
        text, starts, ends = self.text, self.tokens.starts, self.tokens.ends
        at = text.find(word)
        while at >= 0:
            k, m = bisect_left(starts, at), bisect_left(ends, at + len(word))
            if m < len(ends) and k <= m and starts[k] == at and ends[m] == at + len(word):
                a = self.run_back(m)
                clean = self.name(a, m + 1, False) if a is not None else None
                if clean is not None and clean[0] < k and self.words_in(*clean) > 1:
                    return Actor(text[starts[clean[0]]:ends[m]],
                                 self.country_before(clean[0]), None, "person")
            at = text.find(word, at + 1)
        return None


def unknown_people(text: str, tokens: Tokens, triggers: list[Hit], taken: set[int],
                   used: set[int], name_end_at: dict[int, Hit], titles: list[Hit],
                   found: list[Found]) -> list[Found]:
    """Persons no lexicon knows in the subject or object slots of the trigger hits
    (`taken`, `used`: tokens of lexicon names and titles, and of the names titles took;
    `name_end_at`: name hits by the token after them; `found`: what was found so far)."""
    texts, folded = tokens.texts, tokens.folded
    doc_words = word_lists()
    fillers = doc_words.fillers
    n = len(tokens)
    doc: _Doc | None = None
    out: list[Found] = []
    seen: set[int] = set()
    for hit in triggers:
        # (cheap tests first: most triggers have no unknown capitalised word on either
        # side, past the words that may stand between)
        k, i = hit.first - 1, hit.last
        while k > 0 and folded[k] in fillers and hit.first - k <= _MAX_FILLERS:
            k -= 1
        subject = k >= 0 and ((texts[k][:1].isupper() and k not in taken and k not in used)
                              or text[tokens.ends[k]:tokens.starts[k + 1]] in (", ", "), "))
        after = i < n and ((texts[i][:1].isupper() and i not in taken and i not in used)
                           or folded[i] == "with" or texts[i] in doc_words.honorifics)
        if not (subject or after):
            continue
        if doc is None:
            doc = _Doc(text, tokens, taken, used, name_end_at, titles)
        runs = _subject(doc, hit) if subject and _is_verb(hit) else []
        if after and _takes_object(hit):
            runs += _object(doc, hit, _is_verb(hit))
        elif after and _inverted_saying(doc, hit):
            runs += _object(doc, hit, True)
        for a, b, is_subject in runs:
            if a in seen:
                continue
            seen.add(a)
            actor = _actor(doc, a, b, is_subject, found, out)
            if actor is not None:
                start, end = tokens.starts[a], tokens.ends[b - 1]
                if not any(f.start < end and start < f.end for f in found):
                    out.append(Found(start, end, "person", actor))
    return out


# `counterpart`, then a capitalised word after one space or a comma and a space
_COUNTERPART_BEFORE_NAME = re.compile(r"\bcounterparts?(?=,? [A-Z])")


def counterpart_people(text: str, tokens: Tokens, taken: set[int], used: set[int],
                       name_end_at: dict[int, Hit], titles: list[Hit], found: list[Found],
                       wanted: Callable[[int], bool]) -> list[Found]:
    """Persons named in apposition to `counterpart` (`met his Libyan counterpart, Shukri
    Ghanem`, `Dung and his Bulgarian counterpart Sergey Stanishev signed`), wherever the
    phrase stands: a capitalised run right after that word is no modifier but the person
    it is, and the nationality before it is theirs. Only at positions `wanted`."""
    if "counterpart" not in text:
        return []  # (the common case, found at C speed)
    doc: _Doc | None = None
    out: list[Found] = []
    for m in _COUNTERPART_BEFORE_NAME.finditer(text):
        k = bisect_left(tokens.starts, m.start())
        if k + 1 >= len(tokens) or tokens.starts[k] != m.start() or not wanted(m.start()):
            continue
        if doc is None:
            doc = _Doc(text, tokens, taken, used, name_end_at, titles)
        b = doc.run_forward(k + 1)
        if b is None or doc.words_in(k + 1, b) < 2:
            continue  # (a lone word may be a place or a body: `counterpart in Beijing`)
        start, end = tokens.starts[k + 1], tokens.ends[b - 1]
        if any(f.start < end and start < f.end for f in (*found, *out)):
            continue
        owner = qualifier_country(name_end_at, tokens, text, k + 1)
        out.append(Found(start, end, "person",
                         Actor(text[start:end], owner.code if owner else None, None,
                               "person")))
    return out


def _firm(doc: _Doc, a: int, name: str) -> Actor | None:
    """The firm a lone capitalised word right after a firm's noun names (`oil giant
    Yukos`, `Australian flag-carrier Qantas`), with the nationality written up to two
    words before that noun; None when no such noun stands right before it."""
    if a == 0 or doc.gap(a - 1) != " " or doc.tokens.folded[a - 1] not in doc.words.firm_nouns or \
            not doc.tokens.texts[a - 1].islower():
        return None
    country = next((c for k in range(a - 1, max(0, a - 4), -1)
                    if (c := doc.country_before(k)) is not None), None)
    return Actor(name, country, None, "organization")


def _is_verb(hit: Hit) -> bool:
    return any(e.payload.verb for e in hit.entries)


def _takes_object(hit: Hit) -> bool:
    return any(e.payload.spec.kind in _OBJECT_KINDS or e.payload.spec.check in _OBJECT_CHECKS
               for e in hit.entries)


_SAYING_AFTER = re.compile(r"[,\"”’']\s*$")


def _inverted_saying(doc: _Doc, hit: Hit) -> bool:
    """A reporting verb after what was said (`..., said X`, `..." said X`): the name after
    it is the speaker, who is the verb's subject though the verb comes first."""
    return hit.first > 0 and _is_verb(hit) and \
        any(e.payload.spec.kind == "statement" for e in hit.entries) and \
        _SAYING_AFTER.search(doc.gap(hit.first - 1)) is not None


def _subject(doc: _Doc, hit: Hit) -> list[tuple[int, int, bool]]:
    """The name run [a, b) right before a trigger verb (its subject), if any."""
    folded, words = doc.tokens.folded, doc.words
    k = hit.first - 1
    skipped = 0
    while k > 0 and folded[k] in words.fillers and skipped < _MAX_FILLERS and \
            doc.gap(k) == " " and not doc.namelike(k) and (
                folded[k] != "to" or folded[k - 1] in words.before_to):
        k -= 1
        skipped += 1
    gap = doc.gap(k)
    if gap not in (" ", ", "):
        return _apposed(doc, k) if gap in (", ", "), ") else []
    a = doc.run_back(k)
    if a is None or (gap == ", " and folded[k + 1] != "who" and not (
            a > 0 and doc.gap(a - 1).strip() == ",")):
        # (a comma only before `who` or after an apposition: `X, Royal, arrived`)
        return _apposed(doc, k) if gap == ", " else []
    return [(a, k + 1, True)]


_APPOSED_REACH = 40  # tokens from a sentence's first word to the verb after its apposition
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s|\n")
_CLAUSE_BREAK = re.compile(r"[;:\"“”]|--")


def _apposed(doc: _Doc, k: int) -> list[tuple[int, int, bool]]:
    """The name run opening the sentence when an apposition or a relative clause, closed
    by the comma after token k, stands between it and the verb (`X, vice-chairman of
    the committee, met`, `X, who flew in from Y, was received`, `X, a 46-year-old
    citizen of Y, was arrested`): the sentence's subject. The apposition opens with a
    lower-case word, so a list of names (`X, Y and Z met`) is no apposition."""
    s = k
    while s > 0 and k - s < _APPOSED_REACH and not (
            _SENTENCE_END.search(doc.gap(s - 1)) or _CLAUSE_BREAK.search(doc.gap(s - 1))):
        s -= 1
    if s > 0 and not _SENTENCE_END.search(doc.gap(s - 1)):
        return []  # (too far, or a quote or a clause before: not the sentence's subject)
    b = doc.run_forward(s)
    if b is None or b > k or doc.gap(b - 1) != ", " or not doc.tokens.texts[b][:1].islower():
        return []
    return [(s, b, True)]


def _object(doc: _Doc, hit: Hit, verb: bool) -> list[tuple[int, int, bool]]:
    """The name run [a, b) right after a meeting or appointment verb, or after `with`
    following the trigger (its object), if any."""
    tokens, folded, words = doc.tokens, doc.tokens.folded, doc.words
    i = hit.last
    if verb and any(folded[j] in words.passive for j in range(max(0, hit.first - 1), i)):
        return []  # `has been named Bei Bei`
    if folded[i - 1] != "with" and folded[i] == "with" and doc.gap(i - 1) == " ":
        i += 1
    elif not verb and folded[i - 1] != "with":
        return []  # a noun's object needs `with`: `talks with Gu`
    if i >= len(tokens) or doc.gap(i - 1) != " ":
        return []
    if tokens.texts[i] in words.honorifics and not doc.namelike(i) and \
            i + 1 < len(tokens) and doc.gap(i) in (" ", ". "):
        i += 1  # `met Dr Tomas Varga`, `met Mr. Osman` (an honorific the title lexicon took)
    b = doc.run_forward(i)
    if b is None or (b < len(tokens) and doc.gap(b - 1) == " " and tokens.texts[b].islower()
                     and folded[b] not in words.after_object):
        return []  # (not `talks with Tamil Tiger rebels`)
    return [(i, b, False)]


def _actor(doc: _Doc, a: int, b: int, subject: bool, found: list[Found],
           mine: list[Found]) -> Actor | None:
    """The person the run [a, b) names; a lone word only as part of a longer name the
    document gives (`Mubarak` after `President Hosni Mubarak`): alone it may as well be
    a company, a team or a place (`Airbus is holding talks`, `Liverpool went down`); the
    end of a full name found before (`found`, or `mine` here) is that person."""
    clean = doc.name(a, b, subject)
    if clean is None or doc.headline(doc.tokens.starts[clean[0]]):
        return None
    a, b = clean
    name = doc.text[doc.tokens.starts[a]:doc.tokens.ends[b - 1]]
    honoured = doc.honoured(a)
    country = doc.country_before(a - 1 if honoured else a)
    if doc.words_in(a, b) == 1:
        # after an honorific a lone word is a person's surname (`met Mr Osman`); after a
        # firm's noun it is the firm (`Australian flag-carrier Qantas announced`)
        return doc.longer(name, found) or (
            Actor(name, country, None, "person") if honoured else _firm(doc, a, name))
    for f in (*found, *mine):
        if f.kind == "person" and f.actor is not None and f.actor.name.endswith(" " + name):
            return f.actor  # `de Hoop Scheffer said` after `Jaap de Hoop Scheffer`
    return Actor(name, country, None, "person")
