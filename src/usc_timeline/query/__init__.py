"""Selecting events: the filters behind `timeline list/filter/export`, their checks, summaries.

Semantics users rely on: repeating one option means any of its values; different
options must all hold; an event is kept when its date interval overlaps
[since, until]; undated events drop out as soon as a date bound is given.

Modules: `keys` (the compared forms of names), `bounds` (typed dates), `aliases`
(other names from the lexicon), `filtering` (EventFilter and filter_events),
`hints` and `checks` (usage errors with suggestions), `summaries` (per-actor,
per-issue and per-place roll-ups). Every public name is re-exported here.
"""

from __future__ import annotations

from usc_timeline.query.aliases import Aliases, aliases_from_lexicon
from usc_timeline.query.bounds import parse_bound
from usc_timeline.query.checks import check_filter
from usc_timeline.query.filtering import EventFilter, filter_events
from usc_timeline.query.hints import suggest
from usc_timeline.query.keys import actor_keys, fold, tag
from usc_timeline.query.summaries import (
    ActorSummary,
    TagSummary,
    summarize_actors,
    summarize_issues,
    summarize_places,
)

__all__ = [
    "ActorSummary",
    "Aliases",
    "EventFilter",
    "TagSummary",
    "actor_keys",
    "aliases_from_lexicon",
    "check_filter",
    "filter_events",
    "fold",
    "parse_bound",
    "suggest",
    "summarize_actors",
    "summarize_issues",
    "summarize_places",
    "tag",
]
