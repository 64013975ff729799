"""A plan and the report that it was called off, told apart by kind, folded into one
event: `the tariff rate will rise to 30 percent on Oct. 15` (a planned sanction) and
`Washington dropped a tariff increase that had been due on Oct. 15` (a cancellation) are
one tariff increase, which ends cancelled. What was called off is read from the
cancellation's trigger words (calledoff.toml); the plan must be of that family, only
planned, of the same day, and share a person with it, or a country when neither names a
person both do, without each naming a country the other lacks."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta
from functools import cache
from importlib import resources

from usc_timeline.lexicon import checks
from usc_timeline.lexicon.checks import Entry, check_keys, check_top_level, parse, tables

from .compat import other_people, same_day
from .features import Features
from .fold import people_of
from .state import Cluster

CALLED_OFF = "cancellation"  # the family of cancellations and postponements
LONGEST = 7  # days a plan's day-precise span may cover and still be indexed day by day


def read_plans(text: str, source: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The [[plan]] entries of a calledoff.toml text as (family, pattern), checked as the
    other merge tables are (a LexiconError naming the file, the entry and what is wrong)."""
    data = parse(text, source)
    check_top_level(data, ("plan",), source, "plans must be written as [[plan]] tables")
    out = []
    for number, plan in enumerate(tables(data, "plan", source), start=1):
        family = plan.get("family")
        ctx = Entry("plan", family if isinstance(family, str) else f"#{number}", "family",
                    source, text)
        check_keys(plan, ("family", "patterns"), ctx)
        out.append((str(checks.text(plan, "family", ctx)), checks.pattern(plan, "patterns", ctx)))
    return tuple(out)


@cache
def _plans() -> tuple[tuple[str, re.Pattern[str]], ...]:
    resource = resources.files(__package__).joinpath("calledoff.toml")
    return read_plans(resource.read_text(encoding="utf-8"), str(resource))


def called_off(trigger: str) -> str | None:
    """The family of what a cancellation's trigger says was called off; None when it names
    none, or words of two families."""
    found = {family for family, pattern in _plans() if pattern.search(trigger)}
    return found.pop() if len(found) == 1 else None


def _days(c: Cluster) -> list[date]:
    """The days of a cluster dated to days (a short span), else none."""
    span = c.span
    if span is None or span.precision != "day" or (span.end - span.start).days >= LONGEST:
        return []
    return [span.start + timedelta(days=i) for i in range((span.end - span.start).days + 1)]


def _family(c: Cluster) -> str | None:
    """What a cancellation cluster says was called off: one family all its named agree on."""
    named = {called_off(m.trigger) for m in c.members} - {None}
    return named.pop() if len(named) == 1 else None


def _fits(off: Cluster, plan: Cluster) -> bool:
    """The plan is only planned, of the called-off report's day, and shares its people
    (or, when they name no one in common, a country, neither adding another side)."""
    if plan.statuses != {"planned"} or not same_day(off.span, plan.span):
        return False
    mine, theirs = people_of(off, plan)
    if mine and theirs:
        return bool(mine & theirs)
    return bool(off.countries & plan.countries) and \
        not other_people(off.named, plan.named)


def fold_called_off(clusters: list[Cluster], feats: dict[int, Features]) -> list[Cluster]:
    """Each cancellation cluster joins the one plan it fits (see `_fits`), found through
    the family it names and a day both cover."""
    index: dict[tuple[str, date], list[Cluster]] = defaultdict(list)
    for c in clusters:
        if c.family != CALLED_OFF:
            for d in _days(c):
                index[(c.family, d)].append(c)
    kept: list[Cluster] = []
    for c in clusters:
        family = _family(c) if c.family == CALLED_OFF else None
        found: dict[int, Cluster] = {}
        if family is not None:
            for d in _days(c):
                for plan in index.get((family, d), ()):
                    if _fits(c, plan):
                        found[plan.order] = plan
        if len(found) == 1:
            target = next(iter(found.values()))
            for m in c.members:
                target.add(m, feats[id(m)])
        else:
            kept.append(c)
    return kept
