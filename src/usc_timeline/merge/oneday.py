"""What one article tells a person or body did on a day, another article of its story tells
in other words that same day: `Ambassador Cui was summoned to the State Department on
March 13` (an act of no named kind) / `Cui was called to the State Department last Friday
and told ...` (a statement); `The Pentagon made it public on Aug. 22` (an incident) / `The
Pentagon said on Friday that a fighter had carried out a dangerous intercept` (a
statement); `the letter Ambassador Prueher delivered on April 11` (an agreement) / `the
letter was delivered on Wednesday by Mr. Prueher` (a statement). The two reports share no
family, so they never meet mention by mention. Once the clusters exist, such a report joins
the one act of another family of that day told by an article of its story (story.py): a
person or body named on both sides and no one on both sides that differ, no matter on both
sides that differ, a status in common. Meetings and visits keep their own rules."""

from __future__ import annotations

from .coarse import ACTS
from .compat import same_day
from .features import Features
from .fold import people_of
from .outcomes import months
from .state import Cluster
from .story import doers, fold_story, same_voice


def on_a_day(c: Cluster) -> bool:
    """An act (or incident) dated to the day."""
    return (c.family in ACTS or c.family == "military_incident") and c.span is not None \
        and c.span.precision == "day"


def fits(part: Cluster, whole: Cluster) -> bool:
    """Whether the act of a day `part` is the act `whole` of that day (see the module),
    among the events fold_story offers: told by an article of its story."""
    if not on_a_day(whole) or whole.family == part.family or part.docs & whole.docs:
        return False
    if not same_day(part.span, whole.span) or not part.statuses & whole.statuses:
        return False
    if part.topics and whole.topics and not part.topics & whole.topics:
        return False
    if not same_voice(part, whole):
        return False
    mine, theirs = people_of(part, whole)
    return bool(mine & theirs or part.bodies & whole.bodies)


def fold_one_day(clusters: list[Cluster], feats: dict[int, Features]) -> list[Cluster]:
    """Each act of a day joins the one act of another family that day that fits it (see
    the module), found through a person's name or a body and the month."""
    return fold_story(clusters, feats, part=on_a_day, whole=on_a_day, buckets=months,
                      fits=fits, sides=doers)
