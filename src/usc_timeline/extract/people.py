"""Who a name or title names: people resolved within one document, from the lexicon,
the roles they held on the day, who the article has named before, and (for misspellings)
close matches of a well-kept fuzzy-matching library."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import JaroWinkler

from usc_timeline.lexicon import Country, Institution, Person, Role, Title
from usc_timeline.lexicon.checks import bundled, check_top_level, parse, words
from usc_timeline.timex.lexicon import calendar_names

from .ethnic import names_people
from .index import EntityIndex, RoleTable
from .phrases import Hit, Tokens


def _words(text: str) -> frozenset[str]:
    """A word set written as one string, for readable word lists."""
    return frozenset(text.split())


# Words that end a body's name, never a person's: after a title they are that body's
# (`the National Police General Direction said` is no person `Direction`).
BODY_WORDS = _words("""Assembly Staff Council Accounting Office Hospital League Direction
    Directorate Secretariat Command Headquarters Department Ministry Bureau Agency
    Administration Inspectorate Commission Committee""")
# Capitalised words that are never (parts of) personal names after a title.
NOT_NAMES = _words("""The A An And Of In On At To For With By From As But Or Nor That This These
    Those He She It They We I His Her Their Its Our Who Which What When Where While
    After Before Also Has Had Have Was Were Is Are Will Would Said Says Told
    Motors Electric Dynamics Atomics""") | BODY_WORDS | calendar_names()
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "van", "von", "der", "de", "da", "di",
                            "du", "le", "la", "dos", "das"})
# Surnames that are also everyday words or months: alone, they name a person only after
# a title or honorific, or once the article has named that person in full.
COMMON_SHORTS = _words("""May Sun Rice Power Price Young Love King Bush Brown Green White
    Black Long Lee Li Wang Zhang Chen Liu Yang Wu Zhou Lin Ma He Hu Guo Gao Song Xu Han Lu Kim
    Park Lai Lam Jiang Mao Deng Lord""")
# Surnames that are also pronouns (`He flew to London`): alone they are the pronoun, even
# after the person was named in full; only a title or honorific makes them a name.
_PRONOUN_SHORTS = frozenset({"He"})


def capitalised_name(tokens: Tokens, i: int, text: str, limit: int = 4) -> int:
    """Index after the run of name-like capitalised tokens starting at i (i if none);
    middle initials (`George W. Bush`) belong to the run, and so does the rest of a
    hyphenated word past the limit (`Omer Hassan Ahmed El-Bashir`)."""
    j = i
    while j < len(tokens) and (j - i < limit or
                               text[tokens.ends[j - 1]:tokens.starts[j]] == "-"):
        word = tokens.texts[j]
        if j > i and word in NAME_PARTICLES and j + 1 < len(tokens) and \
                tokens.texts[j + 1][:1].isupper():
            j += 1  # `Nuri al-Maliki`, `Ursula von der Leyen`
            continue
        if not word[:1].isupper() or word in NOT_NAMES or not word.isalpha():
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


def names_a_thing(tokens: Tokens, text: str, after: int) -> bool:
    """Whether the capitalised word right after a name makes it the name of a thing."""
    if after >= len(tokens) or text[tokens.ends[after - 1]:tokens.starts[after]] != " ":
        return False
    return tokens.texts[after] in _NAMED_AFTER


def _start_key(role: Role) -> date:
    return role.start or date.min


def _role_fits(person: Person, title: Title, day: date | None) -> bool:
    role = person.role_on(day)
    return role is not None and _titles_fit(role.title, title.role)


def serves(person: Person, org: Institution, day: date | None) -> bool:
    """The person's role on the day names the organisation (`President of the World
    Bank`)."""
    role = person.role_on(day)
    if role is None:
        return False
    # whole words (`EU` is not in `European Central Bank`, nor `UN` in `counsellor`)
    held = f" {_words_of(role.title)} "
    return any(f" {_words_of(n)} " in held for n in (org.name, *org.aliases))


_NON_WORD = re.compile(r"\W+")


def _words_of(text: str) -> str:
    """The text's words, folded and one space apart (`U.S.` -> `u s`)."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


_FITS: dict[tuple[str, str], bool] = {}


@cache
def _ranks() -> frozenset[str]:
    """The words of title_ranks.toml (folded)."""
    text, source = bundled("title_ranks.toml")
    data = parse(text, source)
    check_top_level(data, ("ranks",), source)
    return frozenset(w.casefold() for w in words(data, "ranks", source, text))


def _ranked(longer: str, shorter: str) -> bool:
    """Whether the folded title `longer` is a lower post of `shorter` it holds: a rank
    word right before it (`deputy secretary of state`, `vice president`)."""
    head = longer[:longer.find(shorter)].replace("-", " ").split()
    return bool(head) and head[-1] in _ranks()


def _titles_fit(have: str, wanted: str) -> bool:
    fits = _FITS.get((have, wanted))
    if fits is None:
        a, b = have.casefold(), wanted.casefold()
        fits = b == a or (b in a and not _ranked(a, b)) or (a in b and not _ranked(b, a))
        if len(_FITS) < 65536:
            _FITS[(have, wanted)] = fits
    return fits


# A future office-holder is news a year or two before taking office (candidate, nominee,
# president-elect), not decades before: `Sanchez` in 1997 is no Spanish PM of 2018.
_BEFORE_OFFICE = timedelta(days=2 * 365)


class Resolver:
    """Resolves person mentions within one document."""

    def __init__(self, index: EntityIndex, day: date | None) -> None:
        self.index = index
        self.day = day
        self.introduced: dict[str, Person] = {}  # short -> person named in full
        self.last_seen: dict[str, int] = {}
        self.first_seen: dict[str, int] = {}
        # surnames the article gives in full to someone the lexicon lacks (`Dr. Miguel
        # Sanchez`): alone, they are that person, no lexicon namesake
        self.others: set[str] = set()

    def named_other(self, short: str) -> None:
        """The article names someone the lexicon lacks, of surname `short`, in full."""
        self.others.add(short)

    def _in_public_life(self, person: Person) -> bool:
        """Whether the person held, holds or is about to take a role on the day."""
        day = self.day
        return day is None or any(r.start is None or r.start <= day + _BEFORE_OFFICE
                                  for r in person.roles)

    def introduce(self, person: Person, at: int) -> None:
        self.introduced.setdefault(person.short, person)
        self.last_seen[person.name] = at
        self.first_seen.setdefault(person.name, at)

    def by_short(self, short: str, people: tuple[Person, ...], *, titled: Title | None,
                 honorific: bool, alone: bool = False) -> Person | None:
        if short in _PRONOUN_SHORTS and titled is None and not honorific:
            return None
        known = [p for p in people if self.introduced.get(p.short) is p]
        if known and titled is None and not honorific and not alone:
            # `Wang Lijun` after `Wang Qishan` was named: a bare surname run on into
            # another capitalised word is someone else's full name, not a second mention
            known = []
        if len(known) == 1:
            return known[0]
        if len(known) > 1:
            return max(known, key=lambda p: self.last_seen.get(p.name, -1))
        if short in self.others and titled is None:
            return None
        pool = list(people)
        if titled is not None:
            fit = [p for p in pool if _role_fits(p, titled, self.day)]
            if fit:
                pool = fit
        active = [p for p in pool if p.role_on(self.day) is not None and (
            self.day is None or any(r.active_on(self.day) for r in p.roles))]
        if len(active) == 1 and (titled or honorific or short not in COMMON_SHORTS):
            return active[0]
        if len(pool) == 1 and self._in_public_life(pool[0]) and (
                titled or honorific or (alone and short not in COMMON_SHORTS)):
            # (`Biden` in 2025: the only Biden, though no longer in office; not `a Ford
            # assembly plant`, `the Kennedy Center`)
            return pool[0]
        return None

    def holder(self, title: Title, country: str | None, at: int,
               org: Institution | None = None) -> Person | None:
        """The one person named in the article who holds `title` then (at `org`, when
        given: `the president of the World Bank`); of several, the one named before
        `at` (`the President` after `President Jimmy Carter`)."""
        fit = [p for p in self.introduced.values() if _role_fits(p, title, self.day)
               and (country is None or p.country == country)
               and (org is None or serves(p, org, self.day))]
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

    def holders_on_day(self, title: Title) -> dict[str, Person]:
        """Surname -> person, of the people whose role on the day fits `title` (memoised
        per role and day)."""
        key = (title.role, self.day)
        fit = self.index.holders.get(key)
        if fit is None:
            fit = {}
            day = self.day
            for person, roles in self._roles_latest_first(title):
                for start, end, fits in roles:
                    # the first role held that day is the one `role_on` gives
                    if day is None or ((start is None or day >= start)
                                       and (end is None or day <= end)):
                        if fits:
                            fit[person.short] = person
                        break
            if len(self.index.holders) > 4096:
                self.index.holders.clear()
            self.index.holders[key] = fit
        return fit

    def _roles_latest_first(self, title: Title) -> RoleTable:
        """Each person who ever held a role fitting `title`, with all their roles, latest
        start first (ties in lexicon order), and whether each fits (memoised per role)."""
        table = self.index.role_tables.get(title.role)
        if table is None:
            table = tuple(
                (p, tuple((r.start, r.end, _titles_fit(r.title, title.role))
                          for r in sorted(p.roles, key=_start_key, reverse=True)))
                for p in self.ever_fitting(title))
            self.index.role_tables[title.role] = table
        return table

    def fuzzy_whole(self, written: str, title: Title) -> Person | None:
        """A misspelt full name after a title: close to the full name of someone who
        holds that title then."""
        fit = [p for p in self.ever_fitting(title) if _role_fits(p, title, self.day)]
        got = process.extractOne(written, [p.name for p in fit], scorer=fuzz.ratio,
                                 score_cutoff=80)
        return fit[got[2]] if got is not None else None

    def fuzzy(self, word: str, title: Title | None, country: str | None = None
              ) -> Person | None:
        """A misspelt surname: close to someone the title and date fit (and the
        country, when the text gives one), or to someone the article has already named.
        An unknown name after a title stays unknown: `Foreign Minister Kono Taro` is not
        Lavrov, though both hold the title."""
        if len(word) < 4:
            return None
        if title is not None:
            fit = self.holders_on_day(title)
            if country is not None:
                fit = {short: p for short, p in fit.items() if p.country == country}
            close = [short for short in fit if _misspelt(word, short)]
            if close:
                return fit[max(close, key=lambda short: JaroWinkler.similarity(word, short))]
        got = process.extractOne(word, list(self.introduced), scorer=fuzz.ratio,
                                 score_cutoff=80)
        return self.introduced[got[0]] if got is not None else None


# A misspelling keeps a name's start and length (`Blincoln`, `Lightizer`): the
# prefix-weighted Jaro-Winkler similarity, same first letter, at most two letters longer
# or shorter. (`Taro` and `Lavrov` are 0.75 alike; `Blincoln` and `Blinken` 0.87.)
_MISSPELT = 0.85


def _misspelt(word: str, name: str) -> bool:
    return word[:1].casefold() == name[:1].casefold() and abs(len(word) - len(name)) <= 2 \
        and JaroWinkler.similarity(word.casefold(), name.casefold()) >= _MISSPELT


# what may stand between the words of one title phrase (`Cyprus' Foreign Minister`)
_JOINED = (" ", "-", "- ", "' ", "’ ")


def qualifier_country(name_end_at: dict[int, Hit], tokens: Tokens, text: str,
                      first: int) -> Country | None:
    """`Chinese`/`China's`/`US` right before a title (not across a sentence end: `... in
    Syria. State Department spokesman`), or before the `counterpart` that the title and
    name stand in apposition to (`his Chinese counterpart, Gen. Cao Gangchuan`)."""
    if first > 1 and tokens.folded[first - 1] in _COUNTERPART and \
            text[tokens.ends[first - 1]:tokens.starts[first]] in (" ", ", "):
        return qualifier_country(name_end_at, tokens, text, first - 1)
    if first == 0 or text[tokens.ends[first - 1]:tokens.starts[first]] not in _JOINED:
        return None
    for end in (first, first - 1):
        hit = name_end_at.get(end)
        if hit is None or (end == first - 1 and tokens.texts[end] != "s"):
            continue
        for kind in ("adjective", "country"):
            found = hit.payloads(kind)
            if found and kind == "adjective" and names_people(hit, tokens, text, name_end_at):
                return None  # `Kosovo Albanian leader`: a people's, no country's
            if found:
                return found[0]  # type: ignore[no-any-return]
    return None


def qualifier_past_modifiers(name_end_at: dict[int, Hit], tokens: Tokens, text: str,
                             first: int) -> Country | None:
    """The nationality or country written before a title past its modifiers (`Chinese
    senior legislator`, `Polish former premier`); None when no modifier stands there."""
    k = first
    while k > 1 and tokens.folded[k - 1] in _TITLE_MODIFIERS and \
            text[tokens.ends[k - 1]:tokens.starts[k]] in (" ", "-"):
        k -= 1
    return qualifier_country(name_end_at, tokens, text, k) if k < first else None


_COUNTERPART = _words("counterpart counterparts")
# Words that may stand between a nationality and its title (`Lebanese ex-premier`, `the
# Polish former premier`, `Thailand's ousted premier`).
_TITLE_MODIFIERS = _words("""former ex late then new outgoing incoming acting interim senior
    caretaker ousted deposed exiled current veteran embattled""")
# Words that make a title a sub-national office (`the provincial premier`, `Lower
# Saxony's regional premier`): never the national office a bare title stands for.
_SUBNATIONAL = _words("provincial regional")
# Endings of nationality adjectives (`Albanian`, `Zairean`, `Burundese`, `Kurdish`): such a
# word right before a title, though the lexicon lacks its country, names another country.
DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish)")


@dataclass(frozen=True, slots=True)
class Owner:
    """Whose a title is, as written before it: a country (`Albanian Premier`), an
    organisation (`EU foreign policy chief`: its country, if any) or a sub-national unit
    (`the provincial premier`: no country)."""

    code: str | None
    org: Institution | None = None


def title_owner(name_end_at: dict[int, Hit], tokens: Tokens, text: str,
                first: int) -> Owner | None:
    """The nationality, country or organisation written before a title at token `first`,
    past modifiers such as `former` or `ex-` (None when nothing is written)."""
    k = first
    party = tokens.folded[first] == "party"
    local = False
    while True:
        if k == 0 or text[tokens.ends[k - 1]:tokens.starts[k]] not in _JOINED:
            break
        country = qualifier_country(name_end_at, tokens, text, k)
        if country is not None:
            return Owner(country.code)
        hit = name_end_at.get(k)
        orgs = hit.payloads("institution") if hit is not None else ()
        if orgs:
            if party and "party" not in orgs[0].name.casefold():
                return Owner(None)  # `Congress party chief`: a party named after no body
            return Owner(orgs[0].country, orgs[0])
        places = hit.by_kind().get("place", ()) if hit is not None else ()
        if places and places[0].country:
            return Owner(places[0].country)  # `Shanghai party chief`
        if hit is None and DEMONYM.fullmatch(tokens.texts[k - 1]):
            return Owner(None)
        word = tokens.folded[k - 1]
        if word in _SUBNATIONAL:
            local = True
        elif word not in _TITLE_MODIFIERS:
            break
        k -= 1
    return Owner(None) if local else None
