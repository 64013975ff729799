"""People, titles, countries, institutions, places and issues found in a document.

One phrase matcher per lexicon (built once) finds every lexicon phrase in a
document; people are then resolved for the whole document, because a surname
alone (`Wang`, `Mr Li`) or a misspelt one (`Secretary of State Blincoln`) is
understood from who the article has already named and what their role was then.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rapidfuzz import fuzz, process

from usc_timeline.lexicon import Country, Institution, Lexicon, Person, Place, Title
from usc_timeline.model import Actor

from .phrases import Hit, PhraseMatcher, Tokens
from .triggers import LAYER as TRIGGER_LAYER
from .triggers import trigger_lexicon

NAMES = "names"  # people, shorts, countries, institutions, places
TITLES = "titles"
ISSUES = "issues"
TRIGGERS = TRIGGER_LAYER


def _words(text: str) -> frozenset[str]:
    """A word set written as one string, for readable word lists."""
    return frozenset(text.split())


HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Professor", "Prof", "Sir", "Madam"})
# Capitalised words that are never (parts of) personal names after a title.
_NOT_NAMES = _words("""The A An And Of In On At To For With By From As But Or Nor That This These
    Those Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December
    He She It They We I His Her Their Its Our Who Which What When Where While
    After Before Also Has Had Have Was Were Is Are Will Would Said Says Told
    Assembly Motors Electric Dynamics Atomics Staff Council Accounting Office Hospital""")
_CAPITAL_PREPOSITIONS = _words("In At On From To Near Outside Inside Across Over")
_DETERMINER_WORDS = _words("a an the this that his her its their our")
# `Last August Congress barred …`: a month or weekday before a name is not part of it.
_CALENDAR = _words("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December""")
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "van", "von", "der", "de", "da", "di",
                             "du", "le", "la", "dos", "das"})
# Surnames that are also everyday words or months: alone, they name a person only after
# a title or honorific, or once the article has named that person in full.
_COMMON_SHORTS = _words("""May Sun Rice Power Price Young Love King Bush Brown Green White
    Black Long Lee Li Wang Zhang Chen Liu Yang Wu Zhou Lin Ma He Hu Guo Gao Song Xu Han Lu Kim
    Park Lai Lam Jiang Mao Deng""")
# `the island of Bali`, `the city of Guangzhou`
PLACE_NOUNS = _words("""island islands city town province region state capital port
    county district village""")
_DESTINATIONS = frozenset({"to", "into", "towards", "toward"})
LOCATIVES = _words("""in to at into near over across towards toward outside inside visit
    visited visiting via around off through along above past within""")


@dataclass(frozen=True)
class EntityIndex:
    matcher: PhraseMatcher
    lexicon: Lexicon
    person_shorts: tuple[str, ...]
    # role -> people who ever held a fitting role; (role, day) -> surname -> holder (memos)
    fitting: dict[str, tuple[Person, ...]] = field(default_factory=dict)
    holders: dict[tuple[str, date | None], dict[str, Person]] = field(default_factory=dict)
    role_people: dict[str, list[Person]] = field(default_factory=dict)  # role title -> people


_INDEXES: dict[int, tuple[Lexicon, EntityIndex]] = {}


def entity_index(lexicon: Lexicon) -> EntityIndex:
    """The phrase matcher of a lexicon, built once per lexicon object."""
    cached = _INDEXES.get(id(lexicon))
    if cached is not None and cached[0] is lexicon:
        return cached[1]
    m = PhraseMatcher()
    for person in lexicon.people:
        m.add_all(NAMES, (person.name, *person.aliases), "person", person, case_sensitive=True)
    shorts: dict[str, list[Person]] = {}
    for person in lexicon.people:
        if person.short:
            shorts.setdefault(person.short, []).append(person)
    for short, people in shorts.items():
        m.add(NAMES, short, "short", tuple(people), case_sensitive=True)
    for country in lexicon.countries:
        for form in (country.name, *country.aliases):
            m.add(NAMES, form, "country", country, case_sensitive=True)
        for form in country.adjectives:
            m.add(NAMES, form, "adjective", country, case_sensitive=True)
        if country.capital:
            m.add(NAMES, country.capital, "capital", country, case_sensitive=True)
    for inst in lexicon.institutions:
        for form in (inst.name, *inst.aliases):
            form = form[4:] if form.lower().startswith("the ") else form
            first = form.split()[0] if form.split() else form
            m.add(NAMES, form, "institution", inst,
                  case_sensitive=" " not in form or first.replace(".", "").isupper())
    for place in lexicon.places:
        m.add_all(NAMES, (place.name, *place.aliases), "place", place, case_sensitive=True)
    for title in lexicon.titles:
        for name in title.names:
            first = name.split()[0].replace(".", "") if name.split() else name
            # `US senator` is matched as written: the pronoun `us` starts no title.
            m.add(TITLES, name, "title", title, case_sensitive=first.isupper() and len(first) > 1)
    for honorific in HONORIFICS:
        m.add(TITLES, honorific, "honorific", honorific, case_sensitive=True)
    for issue in lexicon.issues:
        m.add_all(ISSUES, issue.keywords, "issue", issue.tag, case_sensitive=False)
    # Event triggers ride along, so one pass over a document finds everything.
    for phrase, kind, trigger_form in trigger_lexicon().forms:
        m.add(TRIGGERS, phrase, kind, trigger_form, case_sensitive=False)
    index = EntityIndex(m, lexicon, tuple(sorted(shorts)))
    _INDEXES[id(lexicon)] = (lexicon, index)
    return index


@dataclass(slots=True, eq=False)
class Found:
    """An actor, place or issue at a span of the document. Read-only by convention (not
    frozen: an article has thousands, and a frozen dataclass costs four times as much to
    make); `dataclasses.replace` gives a changed copy."""

    start: int
    end: int
    kind: str  # person | country | organization | place | issue
    actor: Actor | None = None
    place: str | None = None
    issue: str | None = None
    # a country adjective before a name; a country, or any place after `to`, named as a
    # place: only visits (and their cancellations) take those as places
    qualifier: bool = False
    person: Person | None = None  # the lexicon entry, to take the role on the event's date


@dataclass
class DocEntities:
    """Everything found in one document, sorted by position."""

    items: list[Found] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)

    def between(self, start: int, end: int) -> list[Found]:
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.items) and self.items[i].start < end:
            out.append(self.items[i])
            i += 1
        return out


_COUNTRY_ACTORS: dict[Country, Actor] = {}


def _country_actor(country: Country) -> Actor:
    actor = _COUNTRY_ACTORS.get(country)
    if actor is None:
        actor = Actor(country.name, country.code, None, "country")
        if len(_COUNTRY_ACTORS) < 4096:
            _COUNTRY_ACTORS[country] = actor
    return actor


def person_actor(person: Person, day: date | None) -> Actor:
    role = person.role_on(day)
    return Actor(person.name, person.country, role.title if role else None, "person")


def _capitalised_name(tokens: Tokens, i: int, text: str, limit: int = 4) -> int:
    """Index after the run of name-like capitalised tokens starting at i (i if none);
    middle initials (`George W. Bush`) belong to the run."""
    j = i
    while j < len(tokens) and j - i < limit:
        word = tokens.texts[j]
        if j > i and word in _NAME_PARTICLES and j + 1 < len(tokens) and \
                tokens.texts[j + 1][:1].isupper():
            j += 1  # `Nuri al-Maliki`, `Ursula von der Leyen`
            continue
        if not word[:1].isupper() or word in _NOT_NAMES or not word.isalpha():
            break
        if j > i and text[tokens.ends[j - 1]:tokens.starts[j]] not in (" ", "-", ". "):
            break
        if j > i and text[tokens.ends[j - 1]:tokens.starts[j]] == ". " and \
                len(tokens.texts[j - 1]) != 1:
            break
        j += 1
    if j > i + 1 and len(tokens.texts[j - 1]) == 1:
        j -= 1  # a trailing initial is the end of a sentence, not a name
    return j


# Capitalised words after a person's name that make the whole an institution, a building
# or a prize named after them.
_NAMED_AFTER = _words("""Library Presidential Foundation Center Centre Institute School
    University College Airport Museum Memorial Prize Award Bridge Highway Stadium Hall
    Park Street Avenue Doctrine Administration Building Hospital Trust Fund Lecture""")


def _names_a_thing(tokens: Tokens, text: str, after: int) -> bool:
    """Whether the capitalised word right after a name makes it the name of a thing."""
    if after >= len(tokens) or text[tokens.ends[after - 1]:tokens.starts[after]] != " ":
        return False
    return tokens.texts[after] in _NAMED_AFTER


def _role_fits(person: Person, title: Title, day: date | None) -> bool:
    role = person.role_on(day)
    return role is not None and _titles_fit(role.title, title.role)


_FITS: dict[tuple[str, str], bool] = {}


def _titles_fit(have: str, wanted: str) -> bool:
    fits = _FITS.get((have, wanted))
    if fits is None:
        a, b = have.casefold(), wanted.casefold()
        fits = b == a or b in a or a in b
        if len(_FITS) < 65536:
            _FITS[(have, wanted)] = fits
    return fits


class _Resolver:
    """Resolves person mentions within one document."""

    def __init__(self, index: EntityIndex, day: date | None) -> None:
        self.index = index
        self.day = day
        self.introduced: dict[str, Person] = {}  # short -> person named in full
        self.last_seen: dict[str, int] = {}
        self.first_seen: dict[str, int] = {}

    def introduce(self, person: Person, at: int) -> None:
        self.introduced.setdefault(person.short, person)
        self.last_seen[person.name] = at
        self.first_seen.setdefault(person.name, at)

    def by_short(self, short: str, people: tuple[Person, ...], *, titled: Title | None,
                 honorific: bool, alone: bool = False) -> Person | None:
        known = [p for p in people if self.introduced.get(p.short) is p]
        if len(known) == 1:
            return known[0]
        if len(known) > 1:
            return max(known, key=lambda p: self.last_seen.get(p.name, -1))
        pool = list(people)
        if titled is not None:
            fit = [p for p in pool if _role_fits(p, titled, self.day)]
            if fit:
                pool = fit
        active = [p for p in pool if p.role_on(self.day) is not None and (
            self.day is None or any(r.active_on(self.day) for r in p.roles))]
        if len(active) == 1 and (titled or honorific or short not in _COMMON_SHORTS):
            return active[0]
        if len(pool) == 1 and (titled or honorific or (alone and short not in _COMMON_SHORTS)):
            # (`Biden` in 2025: the only Biden, though no longer in office; not `a Ford
            # assembly plant`, `the Kennedy Center`)
            return pool[0]
        return None

    def holder(self, title: Title, country: str | None, at: int) -> Person | None:
        """The one person named in the article who holds `title` then; of several, the
        one named before `at` (`the President` after `President Jimmy Carter`)."""
        fit = [p for p in self.introduced.values() if _role_fits(p, title, self.day)
               and (country is None or p.country == country)]
        if len(fit) > 1:
            fit = [p for p in fit if self.first_seen.get(p.name, at) < at]
        return fit[0] if len(fit) == 1 else None

    def ever_fitting(self, title: Title) -> tuple[Person, ...]:
        """People who ever held a role that fits `title` (memoised per role; the
        distinct role titles are compared, not every person's roles)."""
        ever = self.index.fitting.get(title.role)
        if ever is None:
            by_title = self.index.role_people
            if not by_title:
                for p in self.index.lexicon.people:
                    for r in p.roles:
                        by_title.setdefault(r.title, []).append(p)
            seen: dict[str, Person] = {}
            for have, people in by_title.items():
                if _titles_fit(have, title.role):
                    for p in people:
                        seen.setdefault(p.name, p)
            ever = tuple(seen.values())
            self.index.fitting[title.role] = ever
        return ever

    def fuzzy_whole(self, written: str, title: Title) -> Person | None:
        """A misspelt full name after a title: close to the full name of someone who
        holds that title then."""
        fit = [p for p in self.ever_fitting(title) if _role_fits(p, title, self.day)]
        got = process.extractOne(written, [p.name for p in fit], scorer=fuzz.ratio,
                                 score_cutoff=80)
        return fit[got[2]] if got is not None else None

    def fuzzy(self, word: str, title: Title | None) -> Person | None:
        """A misspelt surname: close to someone the title and date fit, or to someone
        the article has already named."""
        if len(word) < 4:
            return None
        if title is not None:
            ever = self.ever_fitting(title)
            fit = self.index.holders.get((title.role, self.day))
            if fit is None:
                # (a role that fits on the day is a role held that day)
                fit = {p.short: p for p in ever if _role_fits(p, title, self.day)}
                if len(self.index.holders) > 4096:
                    self.index.holders.clear()
                self.index.holders[(title.role, self.day)] = fit
            got = process.extractOne(word, list(fit), scorer=fuzz.ratio, score_cutoff=60)
            if got is not None:
                return fit[got[0]]
        got = process.extractOne(word, list(self.introduced), scorer=fuzz.ratio,
                                 score_cutoff=80)
        return self.introduced[got[0]] if got is not None else None


def _qualifier_country(name_end_at: dict[int, Hit], tokens: Tokens,
                       first: int) -> Country | None:
    """`Chinese`/`China's`/`US` right before a title."""
    for end in (first, first - 1):
        hit = name_end_at.get(end)
        if hit is None or (end == first - 1 and tokens.texts[end] != "s"):
            continue
        for kind in ("adjective", "country"):
            found = hit.payloads(kind)
            if found:
                return found[0]  # type: ignore[no-any-return]
    return None


def find_entities(text: str, tokens: Tokens, index: EntityIndex, day: date | None,
                  hits: list[Hit] | None = None,
                  regions: list[tuple[int, int]] | None = None) -> DocEntities:
    """Every actor, place and issue of a document, with people resolved (`hits`: the
    matcher's hits if the caller already has them). People are resolved everywhere
    (who was named before matters); countries, places, institutions, issues and
    misspelt names only inside `regions` (sorted, disjoint spans), when given."""
    starts = [a for a, _ in regions] if regions is not None else []

    def wanted(pos: int) -> bool:
        if regions is None:
            return True
        k = bisect_left(starts, pos + 1) - 1
        return k >= 0 and pos < regions[k][1]

    if hits is None:
        hits = index.matcher.find(tokens, (NAMES, TITLES, ISSUES))
    resolver = _Resolver(index, day)
    person: Person | None
    names = [h for h in hits if h.layer == NAMES]
    titles = [h for h in hits if h.layer == TITLES]
    for h in names:
        for person in h.payloads("person"):
            resolver.introduce(person, h.start)
    name_at = {h.first: h for h in names}
    name_tokens = {i for h in names for i in range(h.first, h.last)}
    name_end_at = {h.last: h for h in names}
    out: list[Found] = []
    used: set[int] = set()  # token indexes consumed by a title + name
    for t in titles:
        payload: Any = t.entries[0].payload
        title: Title | None = payload if t.entries[0].kind == "title" else None
        honorific = title is None
        j_name = t.last  # punctuation is not a token: `Adviser, Jake Sullivan` works too
        qualifier = None if honorific else _qualifier_country(name_end_at, tokens, t.first)
        person = None
        end_tok = _capitalised_name(tokens, j_name, text)
        hit = name_at.get(j_name)
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
            if short_hit is not None and short_hit.payloads("short"):
                # Western order: the surname comes last (`Treasury Secretary Yellen`).
                person = resolver.by_short(words[-1], short_hit.payloads("short")[0],
                                           titled=title, honorific=honorific)
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
                person = resolver.fuzzy(words[-1], title)
            if person is None and title is not None and end_tok < len(tokens) and \
                    tokens.texts[end_tok][:1].isupper() and tokens.texts[end_tok].isalpha() \
                    and text[tokens.ends[end_tok - 1]:tokens.starts[end_tok]] == " ":
                # `Vice Premier Lui He`: a misspelt name whose last part is also a word
                # (`He`); the whole name, close to a holder of the title then.
                whole = f"{written} {tokens.texts[end_tok]}"
                person = resolver.fuzzy_whole(whole, title)
                if person is not None:
                    end_tok += 1
        if person is not None:
            resolver.introduce(person, tokens.starts[j_name])
            used.update(range(j_name, end_tok))
            out.append(Found(tokens.starts[j_name], tokens.ends[end_tok - 1], "person",
                             person_actor(person, day), person=person))
        elif title is not None and end_tok > j_name and not (
                hit is not None and (hit.payloads("country") or hit.payloads("place")
                                     or hit.payloads("institution"))):
            country = title.country or (qualifier.code if qualifier else None)
            name = text[tokens.starts[j_name]:tokens.ends[end_tok - 1]]
            used.update(range(j_name, end_tok))
            out.append(Found(tokens.starts[j_name], tokens.ends[end_tok - 1], "person",
                             Actor(name, country, title.role, "person")))
        elif title is not None:
            code = title.country or (qualifier.code if qualifier else None)
            holder = resolver.holder(title, code, t.start)
            if holder is not None:
                # `The Pentagon chief also held talks`: the one named before who holds it
                out.append(Found(t.start, t.end, "person", person_actor(holder, day),
                                 person=holder))
            elif code:
                c = index.lexicon.country_by_code(code)
                if c is not None:
                    out.append(Found(t.start, t.end, "country", _country_actor(c)))
    in_title = {i for t in titles for i in range(t.first, t.last)}
    for h in names:
        if h.first in used or h.last - 1 in used:
            continue
        if (h.first in in_title or h.last - 1 in in_title) and not (
                h.payloads("country") or h.payloads("adjective") or h.payloads("person")):
            continue  # `House` in `House Speaker`, `US Treasury` in `US Treasury Secretary`
        people = h.payloads("person")
        if people and _names_a_thing(tokens, text, h.last):
            continue  # `the Richard Nixon Presidential Library`
        if people:
            out.append(Found(h.start, h.end, "person", person_actor(people[0], day),
                             person=people[0]))
            continue
        shorts = h.payloads("short")
        if shorts:
            prev = tokens.texts[h.first - 1] if h.first > 0 else ""
            nxt = tokens.texts[h.last] if h.last < len(tokens) else ""
            alone = prev.casefold() not in _DETERMINER_WORDS and not nxt[:1].isupper()
            person = resolver.by_short(tokens.texts[h.first], shorts[0], titled=None,
                                       honorific=prev in HONORIFICS, alone=alone)
            if person is not None:
                out.append(Found(h.start, h.end, "person", person_actor(person, day),
                                 person=person))
                continue
        if wanted(h.start):
            out.extend(_non_person(h, tokens, text))
    # Misspelt surnames of people the article has named (`Brinken said`).
    if resolver.introduced:
        covered = name_tokens | used
        tried: dict[str, Person | None] = {}
        texts = tokens.texts
        spans = [(0, len(tokens))] if regions is None else [
            (bisect_left(tokens.starts, a), bisect_left(tokens.starts, b)) for a, b in regions]
        for i in (i for lo, hi in spans for i in range(lo, hi)):  # tokens in the regions
            word = texts[i]
            if (len(word) < 5 or not word[:1].isupper() or i in covered or not word.isalpha()
                    or word in _NOT_NAMES or word.isupper()):
                continue
            if word not in tried:
                tried[word] = resolver.fuzzy(word, None)
            person = tried[word]
            if person is not None:
                out.append(Found(tokens.starts[i], tokens.ends[i], "person",
                                 person_actor(person, day), person=person))
    for h in hits:
        if h.layer == ISSUES and wanted(h.start):
            for tag in h.payloads("issue"):
                out.append(Found(h.start, h.end, "issue", issue=tag))
    out.sort(key=lambda f: (f.start, f.end, f.kind))
    return DocEntities(out, [f.start for f in out])


_VENUE_PREPOSITIONS = frozenset({"in", "at"})
_DEMONYM_NEXT = re.compile(r"^[A-Z]")  # `in China Daily`, `in China Southern`: a name


_LOCATIVE_BEFORE = re.compile(r"\b(\w+)\W*$")


def _non_person(h: Hit, tokens: Tokens, text: str) -> list[Found]:
    """Countries, capitals, institutions and places of one hit."""
    prev = tokens.folded[h.first - 1] if h.first > 0 else ""
    if prev == "the" and h.first > 1:
        prev2 = tokens.folded[h.first - 2]
        prev = prev2 if prev2 in LOCATIVES else prev
    locative = prev in LOCATIVES or (
        prev == "of" and h.first > 1 and tokens.folded[h.first - 2] in PLACE_NOUNS)
    # `to Beijing` is a destination (of a visit), not where something happened:
    # `tensions related to Taiwan`.
    destination = prev in _DESTINATIONS
    nxt = tokens.texts[h.last] if h.last < len(tokens) else ""
    out: list[Found] = []
    groups = h.by_kind()
    places: tuple[Place, ...] = groups.get("place", ())
    countries: tuple[Country, ...] = groups.get("country", ())
    capitals: tuple[Country, ...] = groups.get("capital", ())
    adjectives: tuple[Country, ...] = groups.get("adjective", ())
    institutions: tuple[Institution, ...] = groups.get("institution", ())
    if h.last - h.first == 1 and h.first > 0 and tokens.texts[h.first - 1][:1].isupper() and \
            tokens.texts[h.first - 1] not in _CALENDAR and \
            tokens.texts[h.first - 1] not in _CAPITAL_PREPOSITIONS and \
            (institutions or places) and not (countries or capitals or adjectives) and \
            text[tokens.ends[h.first - 1]:h.start] == " ":
        return out  # `Lancaster House` is not the House of Representatives
    if institutions:
        inst = institutions[0]
        out.append(Found(h.start, h.end, "organization",
                         Actor(inst.name, inst.country, None, "organization")))
        return out
    # A region, sea or island is where an event happened only after a preposition
    # (`in California`, `over the South China Sea`); `the matter of Taiwan` is a topic.
    settled = places and (locative or places[0].kind in ("city", "venue"))
    if settled and not (capitals and not locative):
        out.append(Found(h.start, h.end, "place", place=places[0].name,
                         qualifier=destination))
        if capitals and locative:
            return out
    if countries:
        if prev in _VENUE_PREPOSITIONS and \
                not _DEMONYM_NEXT.match(nxt):
            # `met … in Cambodia`: where it happened, not who took part
            out.append(Found(h.start, h.end, "place", place=countries[0].name))
            return out
        out.append(Found(h.start, h.end, "country", _country_actor(countries[0])))
        if locative:
            out.append(Found(h.start, h.end, "place", place=countries[0].name,
                             qualifier=True))
    elif capitals and not locative:
        out.append(Found(h.start, h.end, "country", _country_actor(capitals[0])))
    elif adjectives:
        qualifies = bool(nxt[:1].isupper())
        out.append(Found(h.start, h.end, "country", _country_actor(adjectives[0]),
                         qualifier=qualifies))
    return out
