"""People, titles, countries, institutions, places and issues found in a document.

One phrase matcher per lexicon (built once) finds every lexicon phrase in a
document; people are then resolved for the whole document, because a surname
alone (`Wang`, `Mr Li`) or a misspelt one (`Secretary of State Blincoln`) is
understood from who the article has already named and what their role was then.

This module walks a document's hits; the matcher is built in `index`, people are
resolved in `people`, what surrounds a bare title (`the president of the World Bank`)
read in `complement`, countries and places in `places`, and `found` holds the records.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from datetime import date
from itertools import compress
from operator import itemgetter
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA, Levenshtein

from usc_timeline.lexicon import Person, Title
from usc_timeline.model import Actor

from .complement import appositive, indefinite_appositive, title_of
from .found import DocEntities, Found, country_actor, person_actor
from .given_names import Openers, never_a_name
from .governments import other_governments
from .homonyms import homonyms, other_sense
from .index import HONORIFICS, ISSUES, NAMES, TITLES, TRIGGERS, EntityIndex, entity_index
from .people import (
    COMMON_SHORTS,
    NOT_NAMES,
    Owner,
    Resolver,
    capitalised_name,
    names_a_thing,
    qualifier_country,
    qualifier_past_modifiers,
    title_owner,
)
from .phrases import Hit, Tokens
from .places import LOCATIVES, PLACE_NOUNS, non_person
from .unknown_names import counterpart_people, unknown_people, word_lists

__all__ = ["HONORIFICS", "ISSUES", "LOCATIVES", "NAMES", "PLACE_NOUNS", "TITLES", "TRIGGERS",
           "DocEntities", "EntityIndex", "Found", "entity_index", "find_entities",
           "person_actor"]

_DETERMINER_WORDS = frozenset({"a", "an", "the", "this", "that", "his", "her", "its", "their",
                               "our"})



# `the last national security adviser to visit`, `a former secretary of state`: someone
# who held the title, not the holder the article has named
_NOT_THE_HOLDER = frozenset({"former", "last", "previous", "then", "late", "first", "next",
                             "future", "predecessor", "ex"})
# a determiner opens the title's own phrase: words before it are of another phrase
_OPENS_PHRASE = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that"})


def _not_the_holder(tokens: Tokens, first: int) -> bool:
    """Whether a word of the bare title's own phrase, in the three before it, makes it
    another holder than the one named (`the former president`, `the territory's future
    China-appointed leader`); a word of an earlier phrase does not (`On May 28 of last
    year the president signed`)."""
    for i in range(first - 1, max(-1, first - 4), -1):
        word = tokens.folded[i]
        if word in _NOT_THE_HOLDER:
            return True
        if word in _OPENS_PHRASE:
            return False
    return False


# `a navy spokesman`, `another official`: someone new, not the holder named before
_INDEFINITE = frozenset({"a", "an", "another"})
# Words after a title that make it the start of an organisation's name
_TITLE_STARTS_NAME = frozenset({"League", "Division"})


def _office_country(name_at: dict[int, Hit], start: int, end: int) -> str | None:
    """The country of a body or a country named in tokens [start, end) (`a Seventh Fleet
    spokesman`, `a Chinese foreign ministry spokeswoman`)."""
    for k in range(start, end):
        h = name_at.get(k)
        if h is None:
            continue
        for body in h.payloads("institution"):
            if body.country:
                return str(body.country)
        for country in h.payloads("country") + h.payloads("adjective"):
            return str(country.code)
    return None


def _indefinite(tokens: Tokens, text: str, first: int) -> bool:
    """An indefinite article right before a title, or before one word that qualifies it
    (`a navy spokesman`), within the same phrase (no punctuation between)."""
    for back in (1, 2):
        k = first - back
        if k < 0:
            return False
        if tokens.folded[k] in _INDEFINITE:
            return not any(c in text[tokens.ends[k]:tokens.starts[first]] for c in ",;:.()")
    return False


def _surname_not_title(t: Hit, tokens: Tokens, text: str, inside_name: set[int],
                       title_tokens: set[int]) -> bool:
    """`Hun Sen said`, `Amartya Sen won`: a title's abbreviation (`Sen.`, `Gen.`) that
    ends a run of capitalised name words is the person's surname, not a title. A name the
    lexicon knows that takes the word settles it; otherwise the word before must be a
    name word (one space between) and no name may follow (`Republican Sen. Kennedy` is
    a title; after `Sen.` and a capitalised word only the lexicon can tell)."""
    if t.last - t.first != 1 or t.entries[0].kind != "title":
        return False
    word = tokens.texts[t.first]
    if not word[:1].isupper() or f"{word}." not in t.entries[0].payload.names:
        return False  # only an abbreviation is also a surname
    if t.first in inside_name:
        return True  # `Hun Sen`: a known name's last word
    k = t.first - 1
    if k < 0 or k in title_tokens or text[tokens.ends[k]:tokens.starts[t.first]] != " ":
        return False
    before = tokens.texts[k]
    if not before[:1].isupper() or not before.isalpha() or before.isupper() or \
            before in NOT_NAMES:
        return False
    if t.last >= len(tokens):
        return True
    gap = text[tokens.ends[t.first]:tokens.starts[t.last]]
    after = tokens.texts[t.last]
    return gap not in (" ", ". ") or not after[:1].isupper() or after in NOT_NAMES or \
        (gap == " " and not after.isalpha())


def _two_word_name(tokens: Tokens, text: str, h: Hit, people: tuple[Person, ...],
                   taken: set[int], surnames: set[int], openers: Openers
                   ) -> tuple[int, int, Person | None] | None:
    """A known surname with a capitalised word right before or after it (one space
    between, not a title's or another name's word): the two-word name, and the one
    person with that surname whose full name it matches within one letter (in either
    order), or None for a given name before it that is nobody's of that surname (another
    person). None if there is no such word, or a word after it that matches no one.
    A surname that every full name it may be writes first (`Xi Jinping`) is a given
    name after another word: `Lu Xi`, even when that word is short or itself a surname
    (`surnames`: the tokens of one-word surname hits). A sentence's capitalised first
    word is a given name only as `openers` reads it (`Jill Biden`, not `Meanwhile
    Biden`)."""
    if h.last - h.first != 1:
        return None
    family_first = all(p.name.split()[0] == tokens.texts[h.first] for p in people)
    for first, end in ((h.first, h.first + 2), (h.first - 1, h.last)):
        if first < 0 or end > len(tokens):
            continue
        word = tokens.texts[end - 1] if first == h.first else tokens.texts[first]
        gap = text[tokens.ends[first]:tokens.starts[first + 1]]
        neighbour = end - 1 if first == h.first else first
        # `Lu Xi`: `Xi` is Lu's given name; so is `Wei` after another known surname
        # (`Ding Wei`), though one Wei the lexicon knows writes it last (C. C. Wei)
        given = first != h.first and (family_first or (first in surnames and any(
            p.name.split()[0] == tokens.texts[h.first] for p in people)))
        # (`Ding Wei`: a known surname after a surname written first is its given name)
        after_family = family_first and first == h.first
        if gap != " " or (neighbour in taken and not (
                (given or after_family) and neighbour in surnames)) or \
                not word[:1].isupper() or not word.isalpha() or word.isupper() or \
                word in NOT_NAMES or word in HONORIFICS or len(word) < (2 if given else 3) \
                or never_a_name(word):
            continue  # (`Republican Trump`, `Xi Administration`: the surname alone)
        if first != h.first and (first == 0 or text[tokens.starts[first] - 1] in "\n\"“‘'(" or
                                 text[max(0, tokens.starts[first] - 2):tokens.starts[first]]
                                 in (". ", "? ", "! ")) and not openers.given(first):
            continue  # a sentence's first word may be capitalised for that alone
        a, b = tokens.texts[first], tokens.texts[first + 1]
        close = [p for p in people if min(Levenshtein.distance(f"{a} {b}", p.name),
                                          Levenshtein.distance(f"{b} {a}", p.name)) <= 1]
        if len(close) == 1:
            return first, end, close[0]
        if first != h.first:
            middle = _middle_name(tokens, text, first, people, taken)
            if middle is not None:
                return middle[0], end, middle[1]
            return first, end, None  # a given name that is not theirs: someone else
        if not close and any(p.name.split()[0] == a for p in people):
            # `Qin Weichang` is not Qin Gang: after a surname that comes first in a full
            # name it may be, a given name that is none of theirs is someone else's
            return first, end, None
    return None


def _named_family_first(tokens: Tokens, text: str, names: list[Hit], titles: list[Hit],
                        openers: Openers) -> dict[str, tuple[int, str]]:
    """Known surnames the article first writes in the full name of someone the lexicon
    lacks, surname first (`Zhou Qiang`, not Zhou Xiaochuan; `Hu Jintoa` is Hu Jintao
    misspelt): surname -> where, and that full name. A later `Mr. Zhou` is that person
    unless the article named a lexicon Zhou in full before it (`Mr. Liu` after `Liu
    Xiaobo ... his wife, Liu Xia` is he), as `Mr. Sanchez` after `Miguel Sanchez` is
    (which the resolver learns as it goes, the surname being last there)."""
    taken = {i for t in titles for i in range(t.first, t.last)} | {
        i for h in names for i in range(h.first, h.last)}
    surnames = {h.first for h in names if h.last - h.first == 1 and h.payloads("short")}
    out: dict[str, tuple[int, str]] = {}
    for h in names:
        shorts = h.payloads("short")
        if not shorts or h.payloads("person") or tokens.texts[h.first] in out:
            continue
        two = _two_word_name(tokens, text, h, shorts[0], taken, surnames, openers)
        if two is None or two[2] is not None or two[0] != h.first:
            continue
        full = text[tokens.starts[two[0]]:tokens.ends[two[1] - 1]]
        if not any(OSA.distance(full, p.name) <= 1 for p in shorts[0]):
            out[tokens.texts[h.first]] = (h.start, full)  # (`Hu Jintoa` is Hu Jintao)
    return out


def _lower_words(tokens: Tokens) -> frozenset[str]:
    """The words a document writes in lower case somewhere (`summit`, `day`)."""
    return frozenset(compress(tokens.texts, map(str.islower, tokens.texts)))


def _middle_name(tokens: Tokens, text: str, first: int, people: tuple[Person, ...],
                 taken: set[int]) -> tuple[int, Person] | None:
    """`Joseph Robinette Biden`: a word before a surname that is none of the known
    given names may be a middle name, when one or two words before it (one space apart)
    is the given name of exactly one of them (of their name or an alias): where the
    full name starts, and who it is."""
    k = first
    for _ in range(2):
        k -= 1
        if k < 0 or k in taken or text[tokens.ends[k]:tokens.starts[k + 1]] != " ":
            return None
        word = tokens.texts[k]
        if not word[:1].isupper() or not word.isalpha() or never_a_name(word):
            return None
        fit = [p for p in people
               if any(n.split()[0] == word for n in (p.name, *p.aliases))]
        if len(fit) == 1:
            return k, fit[0]
    return None


def _name_may_follow(tokens: Tokens, text: str, t: Hit) -> bool:
    """Whether capitalised words after a title can name a holder the lexicon lacks: not
    past the end of a sentence or a line (`... the former national security adviser.
    Excerpts say`), except the dot of an abbreviated title (`Sen. Kennedy`)."""
    if t.last >= len(tokens):
        return True
    gap = text[t.end:tokens.starts[t.last]]
    if "\n" in gap or any(c in gap for c in "?!;:"):
        return False
    if "." in gap:
        word = tokens.texts[t.last - 1]
        return gap.startswith(".") and len(word) <= 4 and word[:1].isupper()
    return True


_GIVEN_FITS = 75  # how alike a written full name and a known one (or alias) must be


def _given_fits(written: str, person: Person) -> bool:
    """Whether a full name written before a known surname (`Tony Blinken`, `Lloyd J.
    Austin`) can be the known person's: close to the name or one of its aliases."""
    return any(max(fuzz.ratio(written, n), fuzz.token_set_ratio(written, n)) >= _GIVEN_FITS
               for n in (person.name, *person.aliases))


def _capitalised(texts: list[str], lo: int, hi: int) -> Iterator[int]:
    """Indexes in [lo, hi) of the tokens that open with a capital letter (picked at C
    speed: most tokens do not, and a region may span most of a long article)."""
    return compress(range(lo, hi), map(str.isupper, map(itemgetter(0), texts[lo:hi])))


def _countries_named(names: list[Hit]) -> tuple[set[str], set[str]]:
    """The countries a document names in any way the lexicons know (the country itself,
    its adjective or capital, a person, institution or place of it), and those it names
    other than through a person (where its story may take place)."""
    codes: set[str] = set()
    places: set[str] = set()
    for h in names:
        for e in h.entries:
            if e.kind in ("country", "adjective", "capital"):
                places.add(e.payload.code)
            elif e.kind in ("institution", "place") and e.payload.country:
                places.add(e.payload.country)
            elif e.kind == "person" and e.payload.country:
                codes.add(e.payload.country)
            elif e.kind == "short" and len({p.country for p in e.payload}) == 1 and \
                    e.payload[0].country:
                codes.add(e.payload[0].country)  # `Bush`, whoever of them it is
    return codes | places, places


def find_entities(text: str, tokens: Tokens, index: EntityIndex, day: date | None,
                  hits: list[Hit] | None = None,
                  regions: list[tuple[int, int]] | None = None,
                  triggers: list[Hit] | None = None) -> DocEntities:
    """Every actor, place and issue of a document, with people resolved (`hits`: the
    matcher's hits if the caller already has them). People are resolved everywhere
    (who was named before matters); countries, places, institutions, issues and
    misspelt names only inside `regions` (sorted, disjoint spans), when given; people
    no lexicon knows only where a trigger's (of `triggers`) subject or object stands."""
    starts = [a for a, _ in regions] if regions is not None else []

    def wanted(pos: int) -> bool:
        if regions is None:
            return True
        k = bisect_left(starts, pos + 1) - 1
        return k >= 0 and pos < regions[k][1]

    if hits is None:
        hits = index.matcher.find(tokens, (NAMES, TITLES, ISSUES))
    resolver = Resolver(index, day)
    person: Person | None
    names = [h for h in hits if h.layer == NAMES]
    titles = [h for h in hits if h.layer == TITLES]
    inside_name = {i for h in names if h.payloads("person") or h.payloads("short")
                   for i in range(h.first + 1, h.last)}
    title_tokens = {i for t in titles for i in range(t.first, t.last)}
    titles = [t for t in titles
              if not _surname_not_title(t, tokens, text, inside_name, title_tokens)]
    for h in names:
        for person in h.payloads("person"):
            resolver.introduce(person, h.start)
    name_at = {h.first: h for h in names}
    name_tokens = {i for h in names for i in range(h.first, h.last)}
    name_end_at = {h.last: h for h in names}
    out: list[Found] = []
    used: set[int] = set()  # token indexes consumed by a title + name
    openers = Openers(text, tokens)
    in_doc: tuple[set[str], set[str]] | None = None  # see _countries_named, when needed
    honorifics = word_lists().honorifics  # `Gen.`, `Prof.`: a rank after a title, no name
    ranks = word_lists().ranks
    lower: frozenset[str] | None = None  # the words the document writes in lower case
    title_starts = {t.first for t in titles}
    homonym_words = homonyms().words
    family_first: dict[str, tuple[int, str]] | None = None  # see _named_family_first

    def other_sense_of(h: Hit) -> bool:
        """`Chad Wolf`, `Georgia Governor`: a country's name that names another thing."""
        return tokens.texts[h.first] in homonym_words and other_sense(h, tokens, text,
                                                                      title_starts)

    for t in titles:
        if t.last < len(tokens) and tokens.texts[t.last] in _TITLE_STARTS_NAME and \
                text[t.end:tokens.starts[t.last]] == " ":
            continue  # `the Premier League` is no premier
        payload: Any = t.entries[0].payload
        title: Title | None = payload if t.entries[0].kind == "title" else None
        honorific = title is None
        j_name = t.last  # punctuation is not a token: `Adviser, Jake Sullivan` works too
        qualifier = None if honorific else qualifier_country(name_end_at, tokens, text, t.first)
        # `Albanian Premier`, `EU foreign policy chief`, `the provincial premier`: whose
        # office it is, written before a title that fixes a country, overrides that country
        owner = title_owner(name_end_at, tokens, text, t.first) \
            if title is not None and title.country else None
        if qualifier is None and title is not None and not title.country:
            # `Chinese senior legislator`, `the Chinese former envoy`: the nationality
            # written past the title's modifiers (a title that fixes a country reads them
            # in title_owner)
            qualifier = qualifier_past_modifiers(name_end_at, tokens, text, t.first)
        whose_written = owner is not None or qualifier is not None
        if owner is not None and title is not None and owner.code == title.country:
            owner = None
        if title is not None and title.holders_listed and not whose_written:
            # `former premier Khaleda Zia`: a name the lexicon lacks after a title whose
            # holders it lists all holds another country's office (checked below)
            unlisted: Owner | None = Owner(None)
        else:
            unlisted = None
        home = owner.code if owner is not None else (title.country if title else None) or (
            qualifier.code if qualifier else None)
        stray = False
        if title is not None and title.country and not whose_written:
            if in_doc is None:
                in_doc = _countries_named(names)
            # `Attorney General Amos Wako` in a Kenyan story: a title that fixes a country
            # (the US attorney general) in a document that never names that country but
            # names the place of another is that one's office of the name, unless the
            # lexicon knows the holder (a person of another country alone is no such
            # place: `Treasury Secretary Jane Doe held talks with Vice Premier Liu He`)
            stray = title.country not in in_doc[0] and bool(in_doc[1] - {title.country})
        own_title = title if owner is None else None  # the lexicon's holders of it may fit
        person = None
        end_tok = capitalised_name(tokens, j_name, text)
        hit = name_at.get(j_name)
        while end_tok == j_name + 1 and j_name + 1 < len(tokens) and \
                tokens.texts[j_name] in honorifics and \
                text[tokens.ends[j_name]:tokens.starts[j_name + 1]] in (". ", ".-", "-"):
            j_name += 1  # `Defense Minister Gen. Wei Fenghe`: the rank is no name
            end_tok = capitalised_name(tokens, j_name, text)
            hit = name_at.get(j_name)
        while hit is None and end_tok > j_name + 2 and (
                tokens.texts[j_name] in ranks or tokens.texts[j_name] in honorifics):
            # `defense minister, Admiral Dong Jun`: a rank written out, no part of the name
            # (as unknown_names.py reads a run of them)
            j_name += 1
            hit = name_at.get(j_name)
        if not _name_may_follow(tokens, text, t) and not (
                hit is not None and hit.payloads("person")):
            end_tok = j_name  # no unknown holder past a sentence end: `adviser. Excerpts`
        own = name_at.get(t.first)
        if own is not None and own.payloads("person") and own.last > t.last and not (
                hit is not None and hit.payloads("person") and hit.last > own.last):
            # `Chairman Mao Tse-tung`: the alias `Chairman Mao` took the title's token;
            # the rest (`Tse-tung`) belongs to the same name.
            person = own.payloads("person")[0]
            j_name = t.first
            end_tok = own.last
            while end_tok < len(tokens) and tokens.texts[end_tok][:1].isalpha() and \
                    text[tokens.ends[end_tok - 1]:tokens.starts[end_tok]] == "-":
                end_tok += 1
        elif hit is not None and hit.payloads("person"):
            person = hit.payloads("person")[0]
            end_tok = hit.last
        elif end_tok > j_name:
            words = tokens.texts[j_name:end_tok]
            written = " ".join(words)
            short_hit = name_at.get(end_tok - 1)
            if honorific and len(words) == 1 and short_hit is not None and \
                    short_hit.payloads("short"):
                if family_first is None:
                    family_first = _named_family_first(tokens, text, names, titles, openers)
                full = family_first.get(words[0])
                if full is not None and full[0] < t.start and not any(
                        h.start < t.start and any(
                            p.short == words[0] for p in h.payloads("person"))
                        for h in names):
                    # `Mr. Zhou` after `Zhou Qiang`: the Zhou the article named, not a
                    # lexicon Zhou it did not
                    used.update(range(j_name, end_tok))
                    out.append(Found(tokens.starts[j_name], tokens.ends[end_tok - 1],
                                     "person", Actor(full[1], None, None, "person")))
                    continue
            if short_hit is not None and short_hit.payloads("short"):
                # Western order: the surname comes last (`Treasury Secretary Yellen`).
                person = resolver.by_short(words[-1], short_hit.payloads("short")[0],
                                           titled=title, honorific=honorific)
                if person is not None and len(words) >= 2 and not _given_fits(
                        written, person):
                    person = None  # `President James Alix Michel` is not Charles Michel
                if person is None and len(words) >= 2 and not any(
                        _given_fits(written, p) for p in short_hit.payloads("short")[0]):
                    resolver.named_other(words[-1])  # `Dr. Miguel Sanchez`
            if person is None and hit is not None and hit.payloads("short"):
                # Family name first (`Vice Premier He Lifeng`): the rest must fit too,
                # `Gao Feng` is not `Gao Hucheng`.
                person = resolver.by_short(words[0], hit.payloads("short")[0],
                                           titled=title, honorific=honorific)
                if person is not None and len(words) >= 2 and fuzz.ratio(
                        written, person.name) < 80:
                    person = None
            if person is None and short_hit is None:
                # `Secretary of State Blincoln`; `Mr Gaets` (someone already named)
                person = resolver.fuzzy(words[-1], own_title, home if title else None)
            if person is None and own_title is not None and end_tok < len(tokens) and \
                    tokens.texts[end_tok][:1].isupper() and tokens.texts[end_tok].isalpha() \
                    and text[tokens.ends[end_tok - 1]:tokens.starts[end_tok]] == " ":
                # `Vice Premier Lui He`: a misspelt name whose last part is also a word
                # (`He`); the whole name, close to a holder of the title then.
                whole = f"{written} {tokens.texts[end_tok]}"
                person = resolver.fuzzy_whole(whole, own_title)
                if person is not None:
                    end_tok += 1
        if person is not None:
            resolver.introduce(person, tokens.starts[j_name])
            used.update(range(j_name, end_tok))
            out.append(Found(tokens.starts[j_name], tokens.ends[end_tok - 1], "person",
                             person_actor(person, day), person=person))
        elif title is not None and end_tok == j_name + 1 and hit is None and \
                tokens.texts[j_name] not in COMMON_SHORTS and tokens.folded[j_name] in (
                    lower := lower if lower is not None else _lower_words(tokens)):
            pass  # `the General Agreement`, `the APEC CEO Summit`: a word, not a name
        elif title is not None and end_tok > j_name and not (
                hit is not None and (hit.payloads("country") or hit.payloads("place")
                                     or hit.payloads("institution"))
                and not other_sense_of(hit)):
            name = text[tokens.starts[j_name]:tokens.ends[end_tok - 1]]
            used.update(range(j_name, end_tok))
            if owner is None and (unlisted is not None or stray):
                owner = unlisted or Owner(None)
                home = owner.code
            # (another's office is named by the words written: `EU foreign policy chief`)
            role = title.role if owner is None else text[t.start:t.end]
            out.append(Found(tokens.starts[j_name], tokens.ends[end_tok - 1], "person",
                             Actor(name, home, role, "person")))
        elif title is not None:
            code = None if stray else home
            # `the president of South Korea` / `of the World Bank`: whose title it is (an
            # organisation's says no country: `Undersecretary of Kuwaiti Ministry of
            # Energy` is no US official)
            of = title_of(tokens, text, name_at, t.last)
            org = of.org if of is not None else owner.org if owner is not None else None
            if of is not None:
                code = of.code
            holder = None if _not_the_holder(tokens, t.first) or \
                _indefinite(tokens, text, t.first) or (
                (of is not None or owner is not None) and not (code or org)) else \
                resolver.holder(title, code, t.start, org)
            named = appositive(tokens, text, t.first, name_tokens) \
                if holder is None and of is not None else None
            if named is None and holder is None and text.startswith(",", t.end):
                # `Brian Hollis, a Seventh Fleet spokesman, said`: of the office's country
                office = indefinite_appositive(tokens, text, t.first, name_tokens)
                if office is not None:
                    named = office[0]
                    code = code or _office_country(name_at, office[1], t.first)
            if holder is not None:
                # `The Pentagon chief also held talks`: the one named before who holds it
                out.append(Found(t.start, t.end, "person", person_actor(holder, day),
                                 person=holder))
            elif named is not None:
                # `Pierre Dubois, the chairman of Airbus,`: someone the lexicon lacks, of
                # X's country (the role is the words written: `secretary general of the
                # Andean Community` is no UN Secretary-General)
                a, b = named
                home = code or (org.country if org is not None else None) or (
                    qualifier.code if qualifier else None)
                out.append(Found(tokens.starts[a], tokens.ends[b - 1], "person",
                                 Actor(text[tokens.starts[a]:tokens.ends[b - 1]], home,
                                       text[t.start:t.end], "person")))
            elif code:
                c = index.lexicon.country_by_code(code)
                if c is not None:
                    out.append(Found(t.start, t.end, "country", country_actor(c)))
    in_title = {i for t in titles for i in range(t.first, t.last)}
    taken = in_title | name_tokens  # (once: per name it made long texts quadratic)
    surnames = {h.first for h in names if h.last - h.first == 1 and h.payloads("short")} \
        - in_title
    # surnames written in someone else's full name (`Jill Biden`, `Qin Weichang`): no
    # lexicon person's, so free for the finder of unknown people
    others: set[int] = set()
    for h in names:
        if h.first in used or h.last - 1 in used:
            continue
        if (h.first in in_title or h.last - 1 in in_title) and not (
                h.payloads("country") or h.payloads("adjective") or h.payloads("person")):
            continue  # `House` in `House Speaker`, `US Treasury` in `US Treasury Secretary`
        people = h.payloads("person")
        if people and names_a_thing(tokens, text, h.last):
            continue  # `the Richard Nixon Presidential Library`
        if people:
            out.append(Found(h.start, h.end, "person", person_actor(people[0], day),
                             person=people[0]))
            continue
        shorts = h.payloads("short")
        if shorts:
            prev = tokens.texts[h.first - 1] if h.first > 0 else ""
            nxt = tokens.texts[h.last] if h.last < len(tokens) else ""
            two = _two_word_name(tokens, text, h, shorts[0], taken, surnames, openers)
            if two is not None:
                # `Meng Jianzu` (one letter off Meng Jianzhu) is him; `Yohei Kono` is
                # someone else than Taro Kono
                first, end, person = two
                if person is None and first != h.first:
                    resolver.named_other(tokens.texts[h.first])  # `Miguel Sanchez`
                if person is not None:
                    out.append(Found(tokens.starts[first], tokens.ends[end - 1], "person",
                                     person_actor(person, day), person=person))
                    resolver.introduce(person, tokens.starts[first])
                else:
                    # every word of it (`Xu Lin`: both are lexicon surnames) is free
                    others.update(range(first, end))
                continue
            alone = prev.casefold() not in _DETERMINER_WORDS and not nxt[:1].isupper()
            person = resolver.by_short(tokens.texts[h.first], shorts[0], titled=None,
                                       honorific=prev in HONORIFICS, alone=alone)
            if person is not None:
                out.append(Found(h.start, h.end, "person", person_actor(person, day),
                                 person=person))
                continue
            if tokens.texts[h.first] in resolver.others:
                others.add(h.first)  # `Biden` after `Jill Biden`: hers, if anyone's
        if wanted(h.start):
            if other_sense_of(h):
                continue  # `Chad Wolf`; `Georgia` the US state
            out.extend(non_person(h, tokens, text, name_at, name_end_at))
    # Misspelt surnames of people the article has named (`Brinken said`).
    if resolver.introduced:
        covered = name_tokens | used
        tried: dict[str, Person | None] = {}
        texts = tokens.texts
        spans = [(0, len(tokens))] if regions is None else [
            (bisect_left(tokens.starts, a), bisect_left(tokens.starts, b)) for a, b in regions]
        for i in (i for lo, hi in spans for i in _capitalised(texts, lo, hi)):
            word = texts[i]
            if (len(word) < 5 or i in covered or not word.isalpha()
                    or word in NOT_NAMES or word.isupper()):
                continue
            if word not in tried:
                tried[word] = resolver.fuzzy(word, None)
            person = tried[word]
            if person is not None:
                out.append(Found(tokens.starts[i], tokens.ends[i], "person",
                                 person_actor(person, day), person=person))
    if triggers:  # `Segolene Royal arrived`, `appointed Rajat Kumar Gupta`
        free = taken - others if others else taken
        # `met his Libyan counterpart, Shukri Ghanem` (first: the nationality is theirs)
        out.extend(counterpart_people(text, tokens, free, used, name_end_at, titles, out,
                                      wanted))
        out.extend(unknown_people(text, tokens, triggers, free, used, name_end_at, titles,
                                  out))
    for h in hits:
        if h.layer == ISSUES and wanted(h.start):
            for tag in h.payloads("issue"):
                out.append(Found(h.start, h.end, "issue", issue=tag))
    out.sort(key=lambda f: (f.start, f.end, f.kind))
    out = other_governments(out, text, index.lexicon)
    return DocEntities(out, [f.start for f in out])
