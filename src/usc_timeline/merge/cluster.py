"""Clustering: each mention, in canonical order, joins the best-fitting compatible cluster
among a bounded number of recent clusters that share an index key with it (family plus a
person, place, country, forum or distinctive issue, within a time bucket; or its
document), so the work grows as n·log n (the sort)."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from usc_timeline.model import DateSpan, Mention, precision_rank

from .acted import fold_acts
from .announced import fold_announced
from .calledoff import fold_called_off
from .clauses import fold_clauses
from .coarse import fold_coarse
from .compat import CONFLICT_DAYS, PLAN_REACH, meeting_during_visit, same_event, score
from .disclosed import fold_disclosed
from .echo import echo_fits, echo_keys, sentence_times
from .features import Features, strength, surname_keys
from .fold import RECENT, fold_into
from .kindless import fold_kindless
from .kinds import INCIDENTS, family
from .matterless import fold_matterless
from .nameless import fold_nameless
from .oneday import fold_one_day
from .outcomes import fold_agreements, fold_venue_agreements
from .said import fold_announcements, fold_statements
from .state import Cluster, Key
from .stray import fresh_keys, fresh_span, sentence_fits, stray_fits

_PERIODS: dict[tuple[object, object, int], tuple[str, ...]] = {}


def periods(span: DateSpan | None, margin: int = 0) -> list[str]:
    """Time buckets a date falls in: its months (with a margin in days), or its years
    when it is long; every cluster is filed under both, so a month finds the days."""
    if span is None:
        return [""]
    return list(_periods(span, margin))


def _periods(span: DateSpan, margin: int = 0) -> tuple[str, ...]:
    """`periods`, worked out once per (start, end, margin): dates repeat a lot."""
    k = (span.start, span.end, margin)
    got = _PERIODS.get(k)
    if got is not None:
        return got
    start = span.start - timedelta(days=margin)
    end = span.end + timedelta(days=margin)
    if (end.year - start.year) * 12 + end.month - start.month > 4:
        out = [f"Y{y}" for y in range(start.year, min(end.year, start.year + 20) + 1)]
    else:
        out = []
        y, mo = start.year, start.month
        while (y, mo) <= (end.year, end.month):
            out.append(f"{y:04d}-{mo:02d}")
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    got = _PERIODS[k] = tuple(out)
    return got


def _values(m: Mention, f: Features) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """A mention's (kind, value) index entries: those bucketed by its own months, and
    the distinctive issues (bucketed with the conflict margin when looking up)."""
    surnames = {s for p in f.persons for s in surname_keys(p, f.person_country.get(p))}
    plain = [("p", v) for v in f.persons] + [("s", v) for v in surnames]
    if f.once:
        plain.append(("x", f"{f.once[0]}:{'-'.join(sorted(f.once[1]))}"))
    plain += [("l", v) for v in f.places]
    plain += [("c", v) for v in f.countries]
    plain += [("o", v) for v in f.forums]
    plain += [("h", v) for v in f.hosts | f.named]
    if m.kind in INCIDENTS:
        plain += [("t", v) for v in f.theatres]
    return plain, [("i", v) for v in f.specific]


def mention_keys(m: Mention, f: Features, *, lookup: bool) -> list[Key]:
    """Index keys: family + a person, place, country or distinctive issue + a time
    bucket; and the document (undated evidence only looks there). Their order does not
    matter: lookups gather clusters by order and filing skips keys already filed."""
    fam = family(m.kind)
    doc: Key = (fam, "d", m.source.document, "")
    if m.date is None:
        return [doc]
    when: tuple[str, ...] = _periods(m.date)
    if not lookup:
        years = tuple(p for y in range(m.date.start.year,
                                       min(m.date.end.year, m.date.start.year + 20) + 1)
                      if (p := f"Y{y}") not in when)
        when += years
    wide = _periods(m.date, CONFLICT_DAYS) if lookup else when
    plain, issues = _values(m, f)
    keys: list[Key] = [(fam, kind, v, t) for kind, v in plain for t in when]
    keys += [(fam, kind, v, t) for kind, v in issues for t in wide]
    keys.append(doc)
    return keys


def cluster_mentions(mentions: list[Mention], feats: dict[int, Features]) -> list[Cluster]:
    """Clusters of mentions given in canonical order (their index breaks every tie);
    `feats` holds each mention's features by id()."""
    rank = {id(m): i for i, m in enumerate(mentions)}
    dated = sorted((m for m in mentions if m.date is not None),
                   key=lambda m: (family(m.kind), -strength(m),
                                  precision_rank(m.date.precision) if m.date else 9,
                                  m.date.start if m.date else None, rank[id(m)]))
    undated = [m for m in mentions if m.date is None]
    # the dated mentions of each sentence: the time an undated one of it is told at
    dated_in: dict[tuple[str, int], list[Mention]] = defaultdict(list)
    for m in dated:
        dated_in[(m.source.document, m.source.char_start)].append(m)
    clusters: list[Cluster] = []
    index: dict[Key, list[Cluster]] = defaultdict(list)

    def best(m: Mention, *, dated_mention: bool) -> Cluster | None:
        f = feats[id(m)]
        seen: dict[int, Cluster] = {}
        for key in mention_keys(m, f, lookup=True):
            for c in index.get(key, ())[-RECENT:]:
                seen[c.order] = c
        scored = sorted(((s, c.order, c) for c in seen.values()
                         if (s := score(m, f, c, dated=dated_mention)) is not None),
                        key=lambda x: (-x[0], x[1]))
        if not scored:
            return None
        if not dated_mention and len(scored) > 1 and scored[0][0] == scored[1][0]:
            return None  # ambiguous: evidence for two events
        return scored[0][2]

    def place(m: Mention, c: Cluster) -> None:
        f = feats[id(m)]
        c.add(m, f)
        for key in mention_keys(m, f, lookup=False):
            if key not in c.keys:
                c.keys.add(key)
                index[key].append(c)

    for m in dated:
        target = best(m, dated_mention=True)
        if target is None:
            target = Cluster(len(clusters), family(m.kind))
            clusters.append(target)
        place(m, target)
    def by_sentence(m: Mention) -> list[Cluster]:
        """Events of other articles that an undated mention tells, placed by the time
        its sentence gives its other reports (`stray.sentence_fits`), when the sentence
        tells of one time (`toured China in April and was received by Zhou`); one
        telling of two (`agreed in June last year, and is expected in November`) does
        not say which is the mention's."""
        f = feats[id(m)]
        told = dated_in.get((m.source.document, m.source.char_start), [])
        if not one_time(told):
            return []
        found: dict[int, Cluster] = {}
        for o in told:
            assert o.date is not None
            for key in fresh_keys(m, f, periods(o.date)):
                for c in index.get(key, ())[-RECENT:]:
                    if sentence_fits(m, f, c, o.date):
                        found[c.order] = c
        return [c for _, c in sorted(found.items())]

    def echoed(m: Mention) -> list[Cluster]:
        """Events of other articles dated within a time its sentence gives but did not
        tie to it (`echo`)."""
        f = feats[id(m)]
        found: dict[int, Cluster] = {}
        for when in sentence_times(
                m, f, dated_in.get((m.source.document, m.source.char_start), [])):
            for key in echo_keys(m, f, periods(when)):
                for c in index.get(key, ())[-RECENT:]:
                    if echo_fits(m, f, c, when):
                        found[c.order] = c
        return [c for _, c in sorted(found.items())]

    strays = []
    for m in undated:
        target = best(m, dated_mention=False)
        before = told_before(m, dated_in.get((m.source.document, m.source.char_start), []))
        if target is not None and before and elsewhen(before, target):
            # its clause goes on from a time far from the event of its own article it
            # fits (`toured China in April and was received by Zhou`, not the July talks
            # Zhou held): another article's event of that time takes it, if one fits
            moved = by_sentence(m)
            if len(moved) == 1:
                target = moved[0]
        if target is not None:
            place(m, target)
        else:
            strays.append(m)
    for m in strays:
        f = feats[id(m)]
        span = fresh_span(f)
        fits: list[Cluster] = []
        if span is not None:
            found: dict[int, Cluster] = {}
            for key in fresh_keys(m, f, periods(span)):
                for c in index.get(key, ())[-RECENT:]:
                    found[c.order] = c
            fits = [c for _, c in sorted(found.items()) if stray_fits(m, f, c)]
        if not fits:
            fits = by_sentence(m)
        if not fits:
            fits = echoed(m)
        if len(fits) == 1:
            place(m, fits[0])
    clusters = fold_agreements(fold_meetings(join_clusters(clusters, feats), feats), feats)
    clusters = fold_venue_agreements(clusters, feats)
    clusters = fold_called_off(clusters, feats)
    clusters = fold_matterless(clusters, feats)
    clusters = fold_statements(clusters, feats)
    clusters = fold_announcements(clusters, feats)
    clusters = fold_acts(clusters, feats)
    clusters = fold_announced(clusters, feats)
    clusters = fold_kindless(clusters, feats)
    clusters = fold_disclosed(clusters, feats)
    clusters = fold_coarse(clusters, feats)
    clusters = fold_one_day(clusters, feats)
    clusters = fold_nameless(clusters, feats)
    clusters = fold_clauses(clusters, feats)
    for c in clusters:
        c.members.sort(key=lambda m: rank[id(m)])
    return clusters


def told_before(m: Mention, told: list[Mention]) -> list[Mention]:
    """The dated mentions of `m`'s sentence whose trigger and date both come before `m`'s
    trigger: the clause `m` goes on from (`toured China in April and was received by
    Zhou`), not one it leads to (`the first to visit since relations were cut in
    1979`, `talks ... over the July 1 handover`)."""
    at = _first(m, "trigger")
    if at is None:
        return []
    return [o for o in told if (t := _first(o, "trigger")) is not None and t < at
            and (d := _first(o, "date")) is not None and d < at]


def _first(m: Mention, kind: str) -> int | None:
    """Where the first highlight of a kind (`trigger`, `date`) starts in the document."""
    return min((h.start for h in m.source.highlights if h.kind == kind), default=None)


def one_time(told: list[Mention]) -> bool:
    """Dated mentions of one sentence, all of one time (their dates overlap)."""
    return all(a.date is not None and b.date is not None and a.date.overlaps(b.date)
               for a in told for b in told)


def elsewhen(told: list[Mention] | tuple[Mention, ...], c: Cluster) -> bool:
    """An undated mention's sentence dates its other reports (`toured China in April and
    was received by Zhou`) more than a month from the cluster's time, and holds none of
    its members: it tells of that time, not of the cluster's event (Zhou's talks in
    July)."""
    span = c.span
    if span is None or any((o.source.document, o.source.char_start) in c.sentences
                           for o in told[:1]):
        return False
    return all(o.date is not None and max((o.date.start - span.end).days,
                                          (span.start - o.date.end).days) > PLAN_REACH
               for o in told)


def cluster_keys(c: Cluster) -> list[Key]:
    """What identifies a finished cluster: its people, places (not countries) and
    distinctive issues, within its time buckets."""
    when = periods(c.span)
    values = ([("p", p) for p in sorted(c.persons)]
              + [("l", p) for p in sorted(c.places - c.country_names)]
              + [("o", o) for o in sorted(c.forums)]
              + [("i", i) for i in sorted(c.specific)])
    return [(c.family, kind, v, t) for kind, v in values for t in when]


def join_clusters(clusters: list[Cluster], feats: dict[int, Features]) -> list[Cluster]:
    """A second look, now that undated evidence has added people and places: `their
    meeting in Bali on Nov. 14` (no names) is the Biden–Xi meeting another article
    places in Bali only through an undated sentence."""
    index: dict[Key, list[Cluster]] = defaultdict(list)
    kept: list[Cluster] = []
    for c in clusters:
        target = None
        for key in cluster_keys(c):
            for other in index.get(key, ())[-RECENT:]:
                if same_event(other, c):
                    target = other
                    break
            if target is not None:
                break
        if target is None:
            kept.append(c)
            target = c
        else:
            for m in c.members:
                target.add(m, feats[id(m)])
        for key in cluster_keys(target):
            if not index[key] or index[key][-1] is not target:
                index[key].append(target)
    return kept


def fold_meetings(clusters: list[Cluster], feats: dict[int, Features]) -> list[Cluster]:
    """A meeting that articles report only as a meeting joins the visit other articles
    report it was part of (one visit fits, found through the visitor and the month)."""
    return fold_into(clusters, feats, whole="visit", part="meeting", buckets=periods,
                     fits=meeting_during_visit)
