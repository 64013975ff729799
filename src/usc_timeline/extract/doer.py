"""The side that takes a measure its sentence names only by whom it hits: `Tariffs on
Chinese semiconductors rise to 50 percent on Jan. 1`, `A 10 percent tariff on Chinese
consumer goods was pushed back on Tuesday` name China, at which the tariff is aimed, and
no one who imposes it. In an article of both sides (the United States and China), a
measure of one of them aimed at the other and at no third country is the other side's:
its actors gain that side, so the event is not taken for China's own (its title, the
merge with the measure's other reports, a reader's filter by actor)."""

from __future__ import annotations

from dataclasses import replace

from usc_timeline.model import MEASURE_OR_OTHER, Actor, Mention
from usc_timeline.text import Sentence

from .context import Context
from .fallback import SIDES, document_names_both, no_third_country

__all__ = ["with_doer"]


def with_doer(ctx: Context, sent: Sentence, m: Mention) -> Mention:
    """`m` with the other side first among its actors when it is a measure whose only
    actors are countries it is aimed at, and that country is one side; else `m`."""
    if m.kind not in MEASURE_OR_OTHER or len(m.targets) != 1 or m.targets[0] not in SIDES:
        return m
    if not m.actors or not all(a.kind == "country" and a.country in m.targets
                               for a in m.actors):
        return m
    if not no_third_country(ctx, sent) or not document_names_both(ctx):
        return m
    doer = next(code for code in sorted(SIDES) if code != m.targets[0])
    country = ctx.lexicon.country_by_code(doer)
    if country is None:
        return m
    return replace(m, actors=(Actor(country.name, country.code, None, "country"), *m.actors))
