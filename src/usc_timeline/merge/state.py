"""A cluster under construction: its mentions and the union of their features."""

from __future__ import annotations

from dataclasses import dataclass, field

from usc_timeline.model import DateSpan, Mention, precision_rank

from .features import Features, strength
from .once import Act

Key = tuple[str, str, str, str]


@dataclass
class Cluster:
    order: int
    family: str
    members: list[Mention] = field(default_factory=list)
    persons: set[str] = field(default_factory=set)
    person_country: dict[str, str | None] = field(default_factory=dict)
    places: set[str] = field(default_factory=set)
    venues: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    specific: set[str] = field(default_factory=set)
    theatres: set[str] = field(default_factory=set)
    topics: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    span: DateSpan | None = None  # the best date so far
    kinds: set[str] = field(default_factory=set)
    doc_kinds: dict[str, set[str]] = field(default_factory=dict)  # its kinds by article
    statuses: set[str] = field(default_factory=set)
    country_names: set[str] = field(default_factory=set)
    forums: set[str] = field(default_factory=set)
    bodies: set[str] = field(default_factory=set)
    seats: set[str] = field(default_factory=set)  # countries of those bodies
    offices: set[str] = field(default_factory=set)  # bodies its people's posts stand for
    hosts: set[str] = field(default_factory=set)
    where: set[str] = field(default_factory=set)
    named: set[str] = field(default_factory=set)
    parties: set[str] = field(default_factory=set)  # countries of the people in it
    past_plans: bool = False  # has a plan dated before its own report was published
    firm: bool = False  # has a member dated by its own sentence
    once: set[Act] = field(default_factory=set)  # one-off acts between two countries
    acts: set[str] = field(default_factory=set)  # the `other` acts its members report
    targets: set[str] = field(default_factory=set)  # countries its measures are aimed at
    keys: set[Key] = field(default_factory=set)
    sentences: set[tuple[str, int]] = field(default_factory=set)
    openings: set[str] = field(default_factory=set)  # its sentences' first words
    # dated members' (kind, trigger) by sentence: another trigger of the same kind in one
    # sentence is another event
    told: dict[tuple[str, int], set[tuple[str, str]]] = field(default_factory=dict)

    def anonymous(self) -> bool:
        """No member names anyone (person, country, organisation or forum)."""
        return not (self.persons or self.countries or self.bodies or self.forums)

    def add(self, m: Mention, f: Features) -> None:
        self.members.append(m)
        self.persons |= f.persons
        for name, country in f.person_country.items():
            if self.person_country.get(name) is None:
                self.person_country[name] = country
        self.places |= f.places
        self.venues |= f.venues
        self.countries |= f.countries
        self.specific |= f.specific
        self.theatres |= f.theatres
        self.topics |= f.topics
        self.docs.add(m.source.document)
        self.kinds.add(m.kind)
        self.doc_kinds.setdefault(m.source.document, set()).add(m.kind)
        self.statuses.add(m.status)
        self.country_names |= f.country_names
        self.forums |= f.forums
        self.bodies |= f.bodies
        self.seats |= f.seats
        self.offices |= f.offices
        self.hosts |= f.hosts
        self.where |= f.where
        self.named |= f.named
        self.parties |= {a.country for a in m.actors if a.kind == "person" and a.country}
        self.past_plans |= past_plan(m, f)
        self.firm |= strength(m) == 2
        if f.once is not None:
            self.once.add(f.once)
        if f.act is not None:
            self.acts.add(f.act)
        self.targets.update(m.targets)
        self.sentences.add((m.source.document, m.source.char_start))
        if f.opening:
            self.openings.add(f.opening)
        if m.date is not None:
            self.told.setdefault((m.source.document, m.source.char_start), set()).add(
                (m.kind, m.trigger))
        if m.date is not None and strength(m) >= 1:
            if self.span is None or precision_rank(m.date.precision) < precision_rank(
                    self.span.precision):
                self.span = m.date
            elif m.date.precision == self.span.precision and m.date.overlaps(self.span):
                self.span = DateSpan(min(m.date.start, self.span.start),
                                     max(m.date.end, self.span.end), m.date.precision)
        elif self.span is None and m.date is not None:
            self.span = m.date


def past_plan(m: Mention, f: Features) -> bool:
    """A plan its own report dates wholly before the report was published (`Lee was
    allowed to visit Cornell in 1995`, written in 2016): by then it happened or not."""
    return (m.status == "planned" and m.date is not None and f.published is not None
            and m.date.end < f.published)
