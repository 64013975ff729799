"""What one article reports as a side's announcement, another reports as the measure it
announced: `Beijing's answer, announced last Tuesday, was a ban on exports of gallium` /
`China on Tuesday banned exports of gallium to the United States`; `the State Department
said on Tuesday it would treat five news outlets as foreign missions` / `the outlets the
State Department designated as foreign missions on Feb. 18`. The extractor names the
first an announcement and the second the measure, so the two share no family and never
meet mention by mention. Only across articles (one article telling both tells the
announcing and the measure apart, or two acts), on the same day, with a status in common,
by the same side (a measure whose report names only the country it hits says nothing
against the announcer; a side does not announce a measure aimed at itself), by the same
person when both name people; tied by a person or body both name, by words of the
announcement that name the measure (`The reciprocal tariffs were unveiled in the Rose
Garden on Wednesday` / `the reciprocal tariffs, announced on April 2`: calledoff.toml's
words for what a measure is), or else by the side's country and a matter both name — a
country alone announces and acts many times a day, and an act of no named kind needs the
person or body. Once the clusters exist, the
announcement joins the one such measure of its day: two measures of that day (`sanctions
on the speaker` and `talks called off`) leave it apart, since it could be either."""

from __future__ import annotations

from datetime import timedelta

from usc_timeline.model import DateSpan

from .calledoff import called_off
from .compat import same_day
from .features import Features, surname_keys
from .fold import fold_into, people_of
from .state import Cluster

# Families of what a side announces and another article tells as the act itself.
MEASURES = frozenset({"restriction", "cancellation", "other"})
DAYS = 3  # a span of so many days at most is indexed day by day (`on Aug. 2 and 3`)
ANY = "*"  # the key of measures that name no acting side (only their target)
CALLED_OFF = frozenset({"cancelled", "postponed"})  # statuses of a calling-off that was made


def days(span: DateSpan | None) -> list[str]:
    """The days a date to the day covers (none for coarser dates, which never fit)."""
    if span is None or span.precision != "day" or (span.end - span.start).days >= DAYS:
        return []
    return [(span.start + timedelta(days=i)).isoformat()
            for i in range((span.end - span.start).days + 1)]


def done(measure: Cluster) -> set[str]:
    """A measure's statuses as its announcement tells them: a calling-off that was made
    (`cancelled`, `postponed`) is an announcement that `occurred`."""
    if measure.family != "cancellation":
        return measure.statuses
    return {"occurred" if s in CALLED_OFF else s for s in measure.statuses}


def announced_measure(told: Cluster, measure: Cluster, measure_docs: set[str]) -> bool:
    """Whether an announcement cluster is the measure other articles report (see the
    module)."""
    if told.family != "announcement" or measure.family not in MEASURES or \
            told.docs & measure_docs:
        return False
    if not same_day(told.span, measure.span) or not told.statuses & done(measure):
        return False
    if told.topics and measure.topics and not told.topics & measure.topics:
        return False
    mine, theirs = people_of(told, measure)
    if mine and theirs and not mine & theirs:
        return False
    acting = measure.countries - measure.targets
    if told.countries and (told.countries <= measure.targets
                           or (acting and not told.countries & acting)):
        return False
    if mine & theirs or told.bodies & measure.bodies:
        return True  # one person or body of the side announced it and acted
    if told.countries and any(called_off(m.trigger) == measure.family for m in told.members):
        return True  # its words name the measure (`The tariffs were unveiled on Monday`)
    # a country alone acts many times a day: only on the matter both name, and never
    # for an act of no named kind
    return measure.family != "other" and bool(told.countries & acting) and \
        bool(told.topics & measure.topics)


def sides(c: Cluster) -> list[str]:
    """The keys an announcement and a measure can meet by (every way `announced_measure`
    ties them needs one): a person's surname, a body, the acting country; a measure that
    names no acting side is under `ANY`, which every announcement looks up. Filing every
    measure of a day under one key let unrelated measures of that day (more than the
    fold looks at) push the one announced out of sight."""
    surnames = {s for p in c.persons for s in surname_keys(p, c.person_country.get(p))}
    if c.family == "announcement":
        countries, extra = c.countries, [ANY]
    else:
        countries = c.countries - c.targets
        extra = [] if countries else [ANY]
    return sorted({f"p:{s}" for s in surnames} | {f"b:{b}" for b in c.bodies}
                  | {f"c:{x}" for x in countries}) + extra


def fold_announced(clusters: list[Cluster], feats: dict[int, Features]) -> list[Cluster]:
    """Announcements that are a measure join it when exactly one measure of their day
    fits."""
    return fold_into(clusters, feats, whole=MEASURES, part="announcement", buckets=days,
                     fits=announced_measure, names=sides)
