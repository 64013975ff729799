"""An announcement told with no word of what was announced: `Beijing confirmed it only on
April 1`, `Washington acknowledged it publicly on Jan. 18`, `The zone was declared on
Saturday, Nov. 23`. The pronoun or noun it names stands for a matter its article told
before, so the report names no issue; and what a government announces is tied across
articles only by the matter both name (compat), so it stays apart from another article's
report of the same announcement (`China's Defense Ministry announced an air defense zone
on Nov. 23`). Such a report is the one announcement of its side that day told by an
article that tells the same story — one that already shares another event with its own
article: the same single side (the country of whoever speaks first in each report), no
person or body on both sides that differ, a status in common, and exactly one such
announcement fits. A country announces many things a day, so without the shared story
nothing ties the two (a country alone and no matter made 8 joins of 8 wrong on
TE3-Silver when merge/announced.py tried it)."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from .announced import days
from .compat import same_day
from .features import Features
from .fold import RECENT, people_of
from .offices import strangers_in_office
from .state import Cluster

FAMILY = "announcement"
STORY_DOCS = 8  # an event told by more articles than this links them all weakly: skipped


def side(c: Cluster) -> str | None:
    """The one country its reports' first actors (the speakers) are of; None when they
    name none or more than one."""
    found = {m.actors[0].country for m in c.members if m.actors and m.actors[0].country}
    return found.pop() if len(found) == 1 else None


def story_links(clusters: list[Cluster]) -> set[frozenset[str]]:
    """Pairs of articles that already tell one event together: they tell one story."""
    links: set[frozenset[str]] = set()
    for c in clusters:
        if 2 <= len(c.docs) <= STORY_DOCS:
            links.update(frozenset(p) for p in combinations(sorted(c.docs), 2))
    return links


def linked(a: Cluster, b: Cluster, links: set[frozenset[str]]) -> bool:
    """An article of `a` and one of `b` tell another event together."""
    return any(frozenset((x, y)) in links for x in a.docs for y in b.docs)


def same_voice(part: Cluster, whole: Cluster) -> bool:
    """No person or body on both sides that differ: when both name people, one is
    shared; when both name people or bodies, a post or name ties them
    (`strangers_in_office`)."""
    mine, theirs = people_of(part, whole)
    if mine and theirs and not mine & theirs:
        return False
    return not strangers_in_office(mine, part.bodies, part.offices, theirs, whole.bodies,
                                   whole.offices)


def fits(part: Cluster, whole: Cluster, links: set[frozenset[str]]) -> bool:
    """Whether the matterless announcement `part` is `whole` (see the module)."""
    if whole is part or part.docs & whole.docs or not part.statuses & whole.statuses:
        return False
    if not same_day(part.span, whole.span) or side(whole) != side(part):
        return False
    places = (part.places - part.country_names, whole.places - whole.country_names)
    if places[0] and places[1] and not places[0] & places[1]:
        return False  # announced in Geneva is not announced in Beijing
    return same_voice(part, whole) and linked(part, whole, links)


def fold_matterless(clusters: list[Cluster], feats: dict[int, Features]) -> list[Cluster]:
    """Each announcement naming no matter joins the one announcement of its side and day
    that an article of its story tells (see the module); found through (day, side), so
    the fold stays linear in the clusters."""
    index: dict[tuple[str, str], list[Cluster]] = defaultdict(list)
    for c in clusters:
        if c.family == FAMILY and (s := side(c)) is not None:
            for d in days(c.span):
                index[(d, s)].append(c)
    links = story_links(clusters)
    parent: dict[int, Cluster] = {}

    def root(c: Cluster) -> Cluster:
        while c.order in parent:
            c = parent[c.order]
        return c

    for c in clusters:
        s = side(c) if c.family == FAMILY and not c.topics else None
        if s is None:
            continue
        found: dict[int, Cluster] = {}
        crowded = False
        for d in days(c.span):
            bucket = index.get((d, s), [])
            crowded |= len(bucket) > RECENT  # too many to tell which: leave it apart
            found.update((w.order, w) for w in bucket if fits(c, w, links))
        if len(found) == 1 and not crowded:
            a, b = root(c), root(next(iter(found.values())))
            if a is not b:
                first, last = (a, b) if a.order < b.order else (b, a)
                parent[last.order] = first
    if not parent:
        return clusters
    kept: list[Cluster] = []
    for c in clusters:
        target = root(c)
        if target is c:
            kept.append(c)
        else:
            for m in c.members:
                target.add(m, feats[id(m)])
    return kept
