"""An undated report whose own sentence gives a time the extractor did not tie to it:
`The meeting that set off the protests took place on Wednesday in Lisbon`. Its article
dates nothing it could be evidence for, so it would be dropped; but the time expressions
of its sentence say when it may have been. Another article's event of its family, dated
within one of those times and sharing a person or a place (not a country) with nothing
setting them apart, is the one it echoes, when exactly one such event exists. An echo
adds a source to an event and never makes one: a time not tied to the trigger is weak
ground on its own."""

from __future__ import annotations

from usc_timeline.model import DateSpan, Mention, precision_rank
from usc_timeline.timex import find_timexes

from .acts import acts_differ
from .compat import aimed_apart, elsewhere, held_apart, people_clash
from .features import Features, resolve_people
from .kinds import REMOTE, family
from .state import Cluster, Key

# how a time expression says it was resolved from an earlier date of its text: read from
# a sentence on its own it would be anchored to the wrong date (`the next day`)
_ANAPHORIC = "last date mentioned"
# the coarsest precision (a month) of a sentence's time that can place an echo
_COARSEST = precision_rank("month")


def sentence_times(m: Mention, f: Features, told: list[Mention]) -> list[DateSpan]:
    """The days the time expressions of `m`'s sentence stand for, read against its
    report's publication day, when the extractor tied none of them to any report of the
    sentence (`told`: its dated reports): a time it tied to another trigger belongs to
    that one's clause (`The visit follows those of Blinken, who met Xi in June`; `Burns
    traveled to Beijing last month for talks`). None that hang on another date of the
    text, none coarser than a month, and none for a trigger a pronoun possesses (`His
    visit overlaps with that of Kerry`): its doer is not among its sentence's names."""
    at = first_at(m, "trigger")
    if f.published is None or at is None or told or _possessed(m, at):
        return []
    out: list[DateSpan] = []
    for t in find_timexes(m.source.sentence, f.published.isoformat()):
        if t.type not in ("DATE", "TIME") or t.span is None or \
                str(t.value).endswith("_REF") or _ANAPHORIC in (t.how or "") or \
                precision_rank(t.span.precision) > _COARSEST:
            continue
        out.append(t.span)
    return out


_POSSESSIVE = frozenset({"his", "her", "its", "their"})


def _possessed(m: Mention, at: int) -> bool:
    """The trigger follows a possessive pronoun (`His visit`)."""
    before = m.source.sentence[:max(0, at - m.source.char_start)].split()
    return bool(before) and before[-1].lower() in _POSSESSIVE


def first_at(m: Mention, kind: str) -> int | None:
    """Where the first highlight of a kind (`trigger`, `date`) starts in the document."""
    return min((h.start for h in m.source.highlights if h.kind == kind), default=None)


def echo_keys(m: Mention, f: Features, buckets: list[str]) -> list[Key]:
    """Index keys to look the echoed event up by: its family, each of its people and
    places that are not countries, in the time buckets of the sentence's times."""
    fam = family(m.kind)
    values = [("p", p) for p in sorted(f.persons)] + \
        [("l", p) for p in sorted(f.places - f.country_names - f.realms)]
    return [(fam, kind, v, t) for kind, v in values for t in buckets]


def echo_fits(m: Mention, f: Features, c: Cluster, when: DateSpan) -> bool:
    """Whether the undated report `m`, whose sentence names the time `when`, echoes
    the event of cluster `c` of another article: a status they share (or none known),
    a date within `when` (or `when` a day of its month), a person or a place in common
    and nothing that sets them apart."""
    if m.source.document in c.docs or c.span is None or not when.overlaps(c.span):
        return False
    if precision_rank(c.span.precision) > _COARSEST:
        return False
    if m.status != "unknown" and m.status not in c.statuses:
        return False
    country = {**c.person_country, **f.person_country}
    persons = resolve_people(f.persons, c.persons, country)
    c_persons = resolve_people(c.persons, persons, country)
    places = (f.places & c.places) - c.country_names - f.country_names - f.realms
    if not (persons & c_persons or places):
        return False
    if persons and c_persons and not persons & c_persons:
        return False
    if people_clash(persons, c_persons, c.family, country) or elsewhere(f, c) or \
            held_apart(f, c) or aimed_apart(set(m.targets), c.targets):
        return False
    if f.act is not None and acts_differ({f.act}, c.acts):
        return False
    return m.kind == "talks" or (m.kind in REMOTE) == bool(c.kinds & REMOTE)
