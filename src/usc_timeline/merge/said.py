"""What one article reports as something a person said, another reports as what he
announced: `On May 29, Trump said his administration would begin removing Hong Kong's
special treatment` / `Trump announced in late May that he would start ending the city's
special status`. Extraction keeps the two kinds apart (and within one article they are
often two acts: `announced new tariffs ... said he was not worried`), so the statement
joins the announcement only across articles and only on firm ground; once the clusters
exist, a statement joins the one announcement that fits it. Likewise an announcement
joins the one agreement another article reports its speaker making that day."""

from __future__ import annotations

from collections.abc import Callable

from usc_timeline.model import DateSpan

from .compat import same_day, same_month
from .features import Features
from .fold import fold_into, people_of
from .outcomes import months
from .state import Cluster


def one_speaker(part: Cluster, part_family: str, whole: Cluster, whole_family: str,
                 whole_docs: set[str], close: Callable[[DateSpan | None, DateSpan | None], bool]
                 ) -> bool:
    """What both folds ask first: the two families, told by other articles only, dates
    `close`, a status in common, and a person named on both sides."""
    if part.family != part_family or whole.family != whole_family or part.docs & whole_docs:
        return False
    if not close(part.span, whole.span) or not part.statuses & whole.statuses:
        return False
    mine, theirs = people_of(part, whole)
    return bool(mine & theirs)


def said_as_announced(said: Cluster, told: Cluster, told_docs: set[str]) -> bool:
    """A statement that is the announcement other articles report: the same person
    speaks (named on both sides), with dates that overlap to the month or finer and a
    status in common; and, unless both give the same day, about the same matter or
    place (a distinctive issue, or a place that is not a country). An article that
    reports the announcement too keeps its statement apart."""
    if not one_speaker(said, "statement", told, "announcement", told_docs, same_month):
        return False
    if said.countries and told.countries and not said.countries & told.countries:
        return False  # a statement by one country is not an announcement by another
    places = (said.places - said.country_names) & (told.places - told.country_names)
    return same_day(said.span, told.span) or bool(said.specific & told.specific or places)


def fold_statements(clusters: list[Cluster], feats: dict[int, Features]) -> list[Cluster]:
    """Statements that are an announcement join it when exactly one announcement fits
    (found through the speaker and the month)."""
    return fold_into(clusters, feats, whole="announcement", part="statement", buckets=months,
                     fits=said_as_announced)


def announced_agreement(told: Cluster, deal: Cluster, deal_docs: set[str]) -> bool:
    """An announcement that is the agreement other articles report (`The normalization
    had been announced by Mr. Carter on Dec. 15` / `Carter read out on Dec. 15 a joint
    communique agreed with Beijing`): one article tells the deal by its announcing, the
    other by its making. Only across articles (one that tells both keeps them two), on
    the same day, by a person the agreement names, with a status in common, and about the
    same matter when both name one."""
    if not one_speaker(told, "announcement", deal, "agreement", deal_docs, same_day):
        return False
    return not (told.topics and deal.topics and not told.topics & deal.topics)


def fold_announcements(clusters: list[Cluster], feats: dict[int, Features]) -> list[Cluster]:
    """Announcements that are an agreement join it when exactly one agreement fits
    (found through a person and the month)."""
    return fold_into(clusters, feats, whole="agreement", part="announcement", buckets=months,
                     fits=announced_agreement)
