"""Other names users type for actors and places ('China' for CN, 'Blinken' in full).

Built from the lexicon so the filters know every alias the extractor knows,
including names valid for the lexicon but absent from the current corpus.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from usc_timeline.query.keys import fold

if TYPE_CHECKING:
    from usc_timeline.lexicon import Lexicon


@dataclass(frozen=True, slots=True)
class Aliases:
    """Other names users type, mapped to what events carry (folded key -> canonical).

    `actors` maps to an actor's canonical name or to a country code ('China' -> 'CN');
    `places` maps to a place's canonical name. Usually built from the lexicon.
    """

    actors: Mapping[str, str] = field(default_factory=dict)
    places: Mapping[str, str] = field(default_factory=dict)
    # canonical names the lexicon knows, for values valid but absent from this corpus
    actor_names: tuple[str, ...] = ()
    place_names: tuple[str, ...] = ()
    issue_tags: tuple[str, ...] = ()


def aliases_from_lexicon(lex: Lexicon) -> Aliases:
    """Every person, country, institution and place name and alias the lexicon knows."""
    actors: dict[str, str] = {}
    for person in lex.people:
        for form in (person.name, *person.aliases, person.short):
            actors.setdefault(fold(form), person.name)
    for inst in lex.institutions:
        for form in (inst.name, *inst.aliases):
            actors.setdefault(fold(form), inst.name)
    for country in lex.countries:
        for form in (country.name, *country.aliases):
            actors.setdefault(fold(form), country.code)
    places: dict[str, str] = {}
    for place in lex.places:
        for form in (place.name, *place.aliases):
            places.setdefault(fold(form), place.name)
    return Aliases(
        actors=actors,
        places=places,
        actor_names=tuple(p.name for p in lex.people)
        + tuple(i.name for i in lex.institutions)
        + tuple(c.name for c in lex.countries),
        place_names=tuple(p.name for p in lex.places),
        issue_tags=tuple(i.tag for i in lex.issues),
    )
