"""Articles that tell one story: two articles that already tell one event together (a
cluster holds reports of both) are about the same news, so a report one of them gives in
too few words to tie it (`Beijing confirmed it on April 1`, `China broke its silence on
Tuesday`) may be matched with what the other tells that day. Two articles that share no
event tie such reports through nothing but a country, which announces and acts many
times a day."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from itertools import combinations

from usc_timeline.model import DateSpan

from .features import Features, surname_keys
from .fold import RECENT, people_of
from .offices import strangers_in_office
from .state import Cluster

STORY_DOCS = 8  # an event told by more articles than this links them all weakly: skipped


Links = dict[str, set[str]]  # each article's story neighbours


def story_links(clusters: list[Cluster]) -> Links:
    """Each article's neighbours: the articles it already tells an event together with."""
    links: Links = defaultdict(set)
    for c in clusters:
        if 2 <= len(c.docs) <= STORY_DOCS:
            for x, y in combinations(c.docs, 2):
                links[x].add(y)
                links[y].add(x)
    return links


def same_voice(part: Cluster, whole: Cluster) -> bool:
    """No person or body on both sides that differ: when both name people, one is
    shared; when both name people or bodies, a name or a post ties them
    (`strangers_in_office`: `the Senate` is not `the White House`)."""
    mine, theirs = people_of(part, whole)
    if mine and theirs and not mine & theirs:
        return False
    return not strangers_in_office(mine, part.bodies, part.offices, theirs, whole.bodies,
                                   whole.offices)


def side(c: Cluster) -> str | None:
    """The country most of its reports' first actors with a country are of (the speaker,
    the doer): more than half of those reports must agree, so one report whose actor the
    extractor got wrong (`Biden arrived ..., concerned about the zone China declared`)
    does not take the side from the others; None when no country has that many."""
    found = Counter(country for m in c.members
                    if (country := next((a.country for a in m.actors if a.country), None)))
    if not found:
        return None
    (top, count), = found.most_common(1)
    return top if 2 * count > sum(found.values()) else None


Fits = Callable[[Cluster, Cluster], bool]


def doers(c: Cluster) -> list[str]:
    """The names its people go by alone and its bodies, as `sides` for a fold whose
    every fit needs one of them on both sides."""
    return sorted({f"p:{s}" for p in c.persons
                   for s in surname_keys(p, c.person_country.get(p))}
                  | {f"b:{b}" for b in c.bodies})


def _own(c: Cluster) -> list[str]:
    """The one side a cluster is of, if it has one."""
    s = side(c)
    return [] if s is None else [s]


def fold_story(clusters: list[Cluster], feats: dict[int, Features], *,
               part: Callable[[Cluster], bool], whole: Callable[[Cluster], bool],
               buckets: Callable[[DateSpan | None], list[str]], fits: Fits,
               sides: Callable[[Cluster], list[str]] | None = None) -> list[Cluster]:
    """Each cluster that is a `part` joins the one `whole` that `fits` it, found through
    (time bucket, side, an article of the part's story), so only wholes its own story
    tells are looked at and the fold stays linear however many other articles act that
    month (so `fits` need not ask for the side or the story again; `sides` gives the
    sides a part or a whole may be of, by default its own `side`); more than RECENT
    wholes under one key are too many to tell which, and leave it apart. A part may be
    a whole too (two terse reports of one announcement): joins are kept as a union, each
    group gathered into the whole it joined last."""
    index: dict[tuple[str, str, str], list[Cluster]] = defaultdict(list)
    of = sides or _own
    for c in clusters:
        if whole(c):
            for s in of(c):
                for t in buckets(c.span):
                    for d in c.docs:
                        index[(t, s, d)].append(c)
    links = story_links(clusters)
    parent: dict[int, Cluster] = {}

    def root(c: Cluster) -> Cluster:
        while c.order in parent:
            c = parent[c.order]
        return c

    for c in clusters:
        if not part(c):
            continue
        found: dict[int, Cluster] = {}
        crowded = False
        story = sorted({n for x in c.docs for n in links.get(x, ())} - c.docs)
        for s in of(c):
            for t in buckets(c.span):
                for d in story:
                    bucket = index.get((t, s, d), [])
                    crowded |= len(bucket) > RECENT
                    found.update((w.order, w) for w in bucket
                                 if w is not c and fits(c, w))
        if len(found) == 1 and not crowded:
            a, b = root(c), root(next(iter(found.values())))
            if a is not b:
                parent[a.order] = b  # the whole keeps its family (and so its kind)
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
