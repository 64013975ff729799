"""Mentions of one real-world event, in one article or several, become one Event.

Two mentions are the same event when their kinds belong to one family (a meeting
reported as talks), their dates are compatible, and they share a person, a place, or —
when neither names a person — a country; an undated mention adds its evidence to a
dated event of the same article, or is dropped. Deterministic: mentions are put in a
canonical order first, so the output does not depend on the order they come in.

Modules: `kinds` (families, priorities), `features` (what is compared, with the
lexicon in use), `state` (a cluster being built), `compat` (can a mention join a
cluster), `cluster` (the indexed clustering), `dates` (an event's date and conflicts),
`titles` (titles and id parts), `events` (clusters to Events, ids, order).
"""

from .events import merge_mentions
from .kinds import FAMILIES, family
from .titles import title_for

__all__ = ["FAMILIES", "family", "merge_mentions", "title_for"]
