"""Outcomes told as the meeting: an article may report a summit only by what its leaders
agreed there (`X and Y agreed at Camp David in May to ...`) while others report the
meeting itself (`the two met at Camp David in May`), or a preview told it as planned for
that day (`will be welcomed at the White House on Friday, followed by talks`). Such an
agreement is that meeting; so is one told by no one, only by the venue it was reached at
(`the framework agreed to at Camp David in May`), when one meeting was held there then."""

from __future__ import annotations

from collections import defaultdict

from usc_timeline.model import DateSpan, precision_rank

from .compat import same_day, same_month
from .features import Features
from .fold import RECENT, fold_into, people_of
from .state import Cluster


def months(span: DateSpan | None) -> list[str]:
    """The months a date to the month or finer touches (none for coarser dates, which
    never fit): the index buckets, so the fold stays linear in the clusters."""
    if span is None or precision_rank(span.precision) > 2:
        return []
    out: list[str] = []
    y, mo = span.start.year, span.start.month
    while (y, mo) <= (span.end.year, span.end.month) and len(out) < 3:
        out.append(f"{y:04d}-{mo:02d}")
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return out


def agreed_at_meeting(deal: Cluster, meet: Cluster, meet_docs: set[str]) -> bool:
    """An agreement that is the meeting other articles report: the same two or more
    people (no one else), at the same venue (a place that is not a country), in the same
    month or closer, both occurred; or the meeting a preview planned for its day. An
    article that reports the meeting too keeps its agreement apart (`met in Bali and
    agreed to resume talks`: two entries)."""
    if deal.family != "agreement" or meet.family != "meeting" or deal.docs & meet_docs:
        return False
    if "occurred" not in deal.statuses:
        return False
    if meet.statuses == {"planned"}:
        return agreed_at_planned(deal, meet)
    if "occurred" not in meet.statuses:
        return False
    if not same_month(deal.span, meet.span):
        return False
    persons, met = people_of(deal, meet)
    if len(persons) < 2 or not persons <= met:
        return False
    country = {**meet.person_country, **deal.person_country}
    if len({c for p in persons if (c := country.get(p))}) < 2:
        return False  # leaders of two countries, not two officials of one government
    venues = (deal.places - deal.country_names) & (meet.places - meet.country_names)
    return bool(venues)


def fold_agreements(clusters: list[Cluster], feats: dict[int, Features]) -> list[Cluster]:
    """Agreements that are a meeting join it when exactly one meeting fits (found
    through the people and the month)."""
    return fold_into(clusters, feats, whole="meeting", part="agreement", buckets=months,
                     fits=agreed_at_meeting)


def fold_venue_agreements(clusters: list[Cluster], feats: dict[int, Features]) -> list[Cluster]:
    """An agreement told by no one, only by where it was reached (`the structure the two
    presidents agreed to at Camp David in May`): at a venue (a resort, a palace, a base;
    not a city, where many meet) where exactly one meeting or visit that other articles
    report was held that month, it is that meeting's outcome, so it joins it; a country it
    names must be one of the meeting's."""
    index: dict[tuple[str, str], list[Cluster]] = defaultdict(list)
    for c in clusters:
        if c.family in ("meeting", "visit") and "occurred" in c.statuses:
            for venue in sorted(c.venues):
                for t in months(c.span):
                    index[(venue, t)].append(c)
    kept: list[Cluster] = []
    for c in clusters:
        found: dict[int, Cluster] = {}
        if c.family == "agreement" and not c.persons and c.venues and \
                "occurred" in c.statuses:
            for venue in sorted(c.venues):
                for t in months(c.span):
                    for w in index.get((venue, t), ())[-RECENT:]:
                        if reached_at(c, w):
                            found[w.order] = w
        if len(found) != 1:
            kept.append(c)
            continue
        (target,) = found.values()
        for m in c.members:
            target.add(m, feats[id(m)])
    return kept


def reached_at(deal: Cluster, meet: Cluster) -> bool:
    """The meeting (or visit) at the deal's venue is where it was reached: another
    article's, both occurred, in the same month or closer, no other country named."""
    return not deal.docs & meet.docs and "occurred" in meet.statuses and \
        same_month(deal.span, meet.span) and \
        deal.countries <= meet.countries | meet.parties


def agreed_at_planned(deal: Cluster, meet: Cluster) -> bool:
    """`Xi will be welcomed at the White House on Friday, followed by talks` (a preview) /
    `Obama and Xi agreed on Friday that ...` (after it): a meeting told only as planned,
    whose people are all among the agreement's leaders of two countries, on the very day
    the agreement was reached, is the summit it was reached at."""
    if not same_day(deal.span, meet.span):
        return False
    persons, met = people_of(deal, meet)
    if not met or not met <= persons:
        return False
    country = {**meet.person_country, **deal.person_country}
    return len({c for p in persons if (c := country.get(p))}) >= 2

