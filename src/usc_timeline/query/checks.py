"""Usage errors for filter values that can match nothing, caught before filtering.

Checked against the corpus and the lexicon together: a value the lexicon knows
but this corpus lacks is valid (its answer is just empty), a typo is not.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import date

from usc_timeline.model import EVENT_KINDS, EVENT_STATUSES, Event
from usc_timeline.query.aliases import Aliases
from usc_timeline.query.bounds import parse_bound
from usc_timeline.query.filtering import EventFilter
from usc_timeline.query.hints import did_you_mean, full_names_for, suggest
from usc_timeline.query.keys import actor_keys, fold, last_word, source_keys, tag


def _unknown(what: str, values: Iterable[str], key: Callable[[str], str],
             known: Collection[str], choices: Sequence[str], listing: str) -> list[str]:
    """One error per value whose key is not known, with the closest choices as hints."""
    return [did_you_mean(what, v, suggest(v, choices), listing)
            for v in values if key(v) not in known]


def _actor_errors(values: Iterable[str], events: Sequence[Event], al: Aliases) -> list[str]:
    """Unknown actors; hints name the full actor even when a family name was closest."""
    all_actors = [a for ev in events for a in ev.actors]
    known: set[str] = set(al.actors)
    known.update(fold(n) for n in al.actor_names)
    for a in all_actors:
        known |= actor_keys(a)
    errors: list[str] = []
    for v in values:
        if fold(v) not in known:
            names = [a.name for a in all_actors] + [last_word(a.name) for a in all_actors]
            hints = full_names_for(suggest(v, names + list(al.actor_names)), all_actors)
            errors.append(did_you_mean("actor", v, hints, "see `timeline actors`"))
    return errors


def _date_errors(flt: EventFilter) -> list[str]:
    """Malformed --since/--until, or a range that ends before it starts."""
    errors: list[str] = []
    bounds: dict[str, date] = {}
    for name, value, end in (("since", flt.since, False), ("until", flt.until, True)):
        if value is None:
            continue
        try:
            bounds[name] = parse_bound(value, end=end)
        except ValueError as exc:
            errors.append(f"--{name}: {exc}")
    if "since" in bounds and "until" in bounds and bounds["since"] > bounds["until"]:
        errors.append(f"--since {flt.since} is after --until {flt.until}")
    return errors


def check_filter(
    flt: EventFilter,
    events: Sequence[Event],
    aliases: Aliases | None = None,
    documents: Iterable[str] = (),
) -> list[str]:
    """Usage errors for filter values that match nothing the corpus (or lexicon) knows."""
    al = aliases or Aliases()
    errors = _actor_errors(flt.actors, events, al)

    place_names = [p for ev in events for p in ev.places] + list(al.place_names)
    known_places = {fold(p) for p in place_names} | set(al.places)
    errors += _unknown("place", flt.places, fold, known_places, place_names,
                       "see `timeline places`")

    issue_tags = sorted({i for ev in events for i in ev.issues} | set(al.issue_tags))
    errors += _unknown("issue", flt.issues, tag, issue_tags, issue_tags, "see `timeline issues`")
    errors += _unknown("kind", flt.kinds, tag, EVENT_KINDS, EVENT_KINDS,
                       "kinds: " + ", ".join(EVENT_KINDS))
    errors += _unknown("status", flt.statuses, tag, EVENT_STATUSES, EVENT_STATUSES,
                       "statuses: " + ", ".join(EVENT_STATUSES))

    doc_ids = sorted(set(documents) | {s.document for ev in events for s in ev.sources})
    known_docs: set[str] = set()
    for d in doc_ids:
        known_docs |= source_keys(d)
    errors += _unknown("source document", flt.sources, fold, known_docs, doc_ids,
                       "see `timeline sources`")

    errors += _date_errors(flt)
    if flt.limit is not None and flt.limit < 0:
        errors.append(f"--limit must be 0 or more, not {flt.limit}")
    return errors
