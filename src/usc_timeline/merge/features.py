"""What merging reads off a mention: people, places, countries, forums and topics, with
place -> country taken from the lexicon in use (so a user's own places count)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from usc_timeline.lexicon import Lexicon
from usc_timeline.lexicon.model import derive_short
from usc_timeline.model import DateBasis, Mention

from .acts import act_of
from .kinds import GENERIC_ISSUES, THEATRES
from .offices import offices_of
from .once import Act, once_act

# Countries whose people are named family name first (`Xi Jinping`, `Moon Jae-in`).
FAMILY_FIRST = frozenset({"CN", "TW", "HK", "KR", "KP", "VN", "SG", "MO"})


class Geo:
    """Lookups of places and country names in one lexicon, cached per merge run."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._place: dict[str, str | None] = {}
        self._country: dict[str, str | None] = {}
        self._name: dict[str, str] = {}
        self._venue: dict[str, bool] = {}
        self._short: dict[str, str | None] = {}

    @property
    def lexicon(self) -> Lexicon:
        return self._lexicon

    def place_name(self, name: str) -> str:
        """The canonical name of a place or country (`Peking` -> `Beijing`, `the States`
        -> `United States`), so that two spellings are one shared place."""
        if name not in self._name:
            place = self._lexicon.place_by_name(name)
            country = None if place is not None else self._lexicon.country_by_word(name)
            self._name[name] = (place.name if place is not None
                                else country.name if country is not None else name)
        return self._name[name]

    def person_short(self, name: str) -> str | None:
        """The name a lexicon gives a known person alone when it is not the one the usual
        rule derives (`Mahathir Mohamad` -> `Mahathir`); None otherwise."""
        if name not in self._short:
            person = self._lexicon.person_by_name(name)
            self._short[name] = (person.short if person is not None and person.short
                                 != derive_short(person.name, person.country) else None)
        return self._short[name]

    def place_country(self, name: str) -> str | None:
        """The country a named place lies in (`Osaka` -> JP); None if unknown."""
        if name not in self._place:
            place = self._lexicon.place_by_name(name)
            self._place[name] = place.country if place is not None else None
        return self._place[name]

    def is_venue(self, name: str) -> bool:
        """Whether a named place is a venue (`Mar-a-Lago`, `Camp David`), not a city or
        a region: where one meeting is held rather than many."""
        if name not in self._venue:
            place = self._lexicon.place_by_name(name)
            self._venue[name] = place is not None and place.kind == "venue"
        return self._venue[name]

    def country_code(self, name: str) -> str | None:
        """The code of a country named as a place (`China` -> CN); None for other places."""
        if name not in self._country:
            code = None
            if self._lexicon.place_by_name(name) is None:
                country = self._lexicon.country_by_word(name)
                code = country.code if country is not None else None
            self._country[name] = code
        return self._country[name]


@dataclass(frozen=True, slots=True)
class Features:
    """The sets a mention is compared by (computed once per mention)."""

    persons: frozenset[str]
    person_country: Mapping[str, str | None]  # each person's country, by name
    places: frozenset[str]
    venues: frozenset[str]  # of those places, the venues (`Mar-a-Lago`, not `Beijing`)
    countries: frozenset[str]  # of the actors, and countries named as places
    country_names: frozenset[str]  # country actors by name (`China`)
    named: frozenset[str]  # country actors by code
    hosts: frozenset[str]  # countries the places lie in
    where: frozenset[str]  # countries the places are (`China`) or lie in (`Beijing`)
    realms: frozenset[str]  # of the places, those that are countries (`in Vietnam`)
    forums: frozenset[str]  # international bodies (`G20`, `ASEAN`)
    bodies: frozenset[str]  # organisations of one country (`Boeing`, `White House`)
    seats: frozenset[str]  # the countries those organisations are of (`White House` -> US)
    offices: frozenset[str]  # bodies its people's posts stand for (`Biden` -> White House)
    specific: frozenset[str]  # issue tags narrow enough to identify an incident
    theatres: frozenset[str]  # issue tags naming an area (`south_china_sea`)
    topics: frozenset[str]  # every issue tag, broad ones included (`climate`, `trade`)
    published: date | None  # the publication day of the mention's document, if known
    once: Act | None  # a one-off act between two countries (`established relations`)
    act: str | None  # which `other` act it reports (`charge`, `post_closure`), if known
    opening: str  # the first words of its sentence (a copied wire story repeats them)


def features(m: Mention, geo: Geo, published: date | None = None) -> Features:
    actors = m.actors
    named = frozenset(a.country for a in actors if a.kind == "country" and a.country)
    return Features(
        persons=frozenset(a.name for a in actors if a.kind == "person"),
        person_country={a.name: a.country for a in actors if a.kind == "person"},
        places=frozenset(geo.place_name(p) for p in m.places),
        venues=frozenset(geo.place_name(p) for p in m.places if geo.is_venue(p)),
        countries=frozenset({a.country for a in actors if a.country}
                            | {c for p in m.places if (c := geo.country_code(p))}),
        country_names=frozenset(a.name for a in actors if a.kind == "country"),
        named=named,
        hosts=frozenset(c for p in m.places if (c := geo.place_country(p))),
        where=frozenset(c for p in m.places
                        if (c := geo.place_country(p) or geo.country_code(p))),
        realms=frozenset(geo.place_name(p) for p in m.places if geo.country_code(p)),
        forums=frozenset(a.name for a in actors if a.kind == "organization" and not a.country),
        bodies=frozenset(a.name for a in actors if a.kind == "organization" and a.country),
        seats=frozenset(a.country for a in actors if a.kind == "organization" and a.country),
        offices=offices_of(actors),
        specific=frozenset(set(m.issues) - GENERIC_ISSUES),
        theatres=frozenset(set(m.issues) & THEATRES),
        topics=frozenset(m.issues),
        published=published,
        once=once_act(m, named),
        act=act_of(m),
        opening=opening(m.source.sentence),
    )


OPENING_WORDS = 12  # so many words in a row are one report's, copied, not chance


def opening(sentence: str) -> str:
    """The first OPENING_WORDS words of a sentence, lowercased (empty when it is
    shorter): two articles that open a sentence alike copy one wire report, even when
    each cuts the sentence elsewhere."""
    words = sentence.lower().split()
    return " ".join(words[:OPENING_WORDS]) if len(words) >= OPENING_WORDS else ""


def anonymous(f: Features) -> bool:
    """The mention names no one: no person, country, organisation or forum."""
    return not (f.persons or f.countries or f.bodies or f.forums)


def surname_keys(name: str, country: str | None) -> tuple[str, ...]:
    """The tokens a bare surname of `name` may be: its last; for names written family
    name first (`Xi Jinping`, by the person's country), its first as well."""
    parts = name.split()
    if not parts:
        return ()
    if country in FAMILY_FIRST:
        return tuple(dict.fromkeys((parts[0], parts[-1])))
    return (parts[-1],)


def resolve_people(persons: frozenset[str] | set[str], against: frozenset[str] | set[str],
                   country: Mapping[str, str | None]) -> frozenset[str]:
    """`persons` with each one-word name that is the surname of exactly one full name in
    `against` (of the same country, when both are known) replaced by that full name
    (`Morris` -> `Dana Morris`); `country` gives people's countries by name."""
    if all(" " in p for p in persons):
        return frozenset(persons)
    out = set()
    for p in persons:
        if " " not in p and p not in against:
            mine = country.get(p)
            full = [q for q in against if " " in q and p in surname_keys(q, country.get(q))
                    and (mine is None or country.get(q) in (None, mine))]
            out.add(full[0] if len(full) == 1 else p)
        else:
            out.add(p)
    return frozenset(out)


# How firmly a date's basis (Source.date_basis) ties it to the event: its own sentence
# dates it; it is carried over from the sentence before, or is the date of the report;
# it is inferred from tense alone.
_STRENGTH: dict[DateBasis, int] = {"own": 2, "carried": 1, "report": 1, "tense": 0}


def strength(m: Mention) -> int:
    """2: the sentence dates it; 1: carried over or the report's date; 0: inferred;
    -1: undated. Read from the date's structured basis, never from its wording for
    people (`date_how`)."""
    if m.date is None:
        return -1
    return _STRENGTH[m.source.date_basis]
