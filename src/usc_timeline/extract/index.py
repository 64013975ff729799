"""The phrase matcher of a lexicon: every name, title, issue keyword and event trigger
as one matcher, built once per lexicon, so one pass over a document finds them all."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from usc_timeline.lexicon import Lexicon, Person

from .phrases import PhraseMatcher
from .triggers import LAYER as TRIGGER_LAYER
from .triggers import trigger_lexicon

# people who ever held a role fitting a title: (person, ((start, end, fits), …)) per role
RoleTable = tuple[tuple[Person, tuple[tuple[date | None, date | None, bool], ...]], ...]

NAMES = "names"  # people, shorts, countries, institutions, places
TITLES = "titles"
ISSUES = "issues"
TRIGGERS = TRIGGER_LAYER

HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Professor", "Prof", "Sir", "Madam"})


@dataclass(frozen=True)
class EntityIndex:
    matcher: PhraseMatcher
    lexicon: Lexicon
    person_shorts: tuple[str, ...]
    # role -> people who ever held a fitting role; (role, day) -> surname -> holder (memos)
    fitting: dict[str, tuple[Person, ...]] = field(default_factory=dict)
    holders: dict[tuple[str, date | None], dict[str, Person]] = field(default_factory=dict)
    role_people: dict[str, list[Person]] = field(default_factory=dict)  # role title -> people
    role_tables: dict[str, RoleTable] = field(default_factory=dict)  # see people.Resolver


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
    for phrase, kind, trigger_form in trigger_lexicon(lexicon.extra_dirs).forms:
        m.add(TRIGGERS, phrase, kind, trigger_form, case_sensitive=False)
    index = EntityIndex(m, lexicon, tuple(sorted(shorts)))
    _INDEXES[id(lexicon)] = (lexicon, index)
    return index
