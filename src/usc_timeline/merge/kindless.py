"""An act of no named kind that another article of the same story names: `The Impeccable
was surrounded by Chinese vessels south of Hainan in March 2009` / `in March 2009, when
Chinese vessels shadowed and harassed the Impeccable`; `the export controls the United
States imposed in October last year` / `on Oct. 7 last year, when the Commerce Department
imposed sweeping export controls`; `China broke its silence on Tuesday` / `Beijing did not
confirm it until Jan. 23`. The extractor tells the first of each as an `other` act (a
verb no trigger names, extract/fallback.py), the second by its kind, so the two share no
family and never meet mention by mention. Once the clusters exist, the act joins the one
measure, calling-off, incident or announcement of its side told by an article of its
story (story.py): dates overlapping to the day when both give a day, else within one
month; a status in common; no person or body on both sides that differ; tied by a person
or a matter both name (or, both naming none, by the day); exactly one such event fits.
An act the acts table names (`opened an investigation`, `arrested`) has a kind of its
own and stays apart. `acted` joins such acts through a person both name on one day."""

from __future__ import annotations

from usc_timeline.model import precision_rank

from .compat import same_day, same_month
from .features import Features
from .fold import people_of
from .outcomes import months
from .state import Cluster
from .story import fold_story, same_voice

PART = "other"
# families an act of no named kind may be told as by another article
WHOLES = frozenset({"restriction", "cancellation", "military_incident", "announcement"})


def kindless(c: Cluster) -> bool:
    """An `other` cluster whose acts the acts table does not name."""
    return c.family == PART and not c.acts


def close(part: Cluster, whole: Cluster) -> bool:
    """Both dated to a month or finer: the same day when both give a day, else dates in
    one month (`in March 2009` / `since March 2009, when …`)."""
    a, b = part.span, whole.span
    if a is None or b is None or precision_rank(a.precision) > 2 or \
            precision_rank(b.precision) > 2:
        return False
    return same_day(a, b) if a.precision == b.precision == "day" else same_month(a, b)


def fits(part: Cluster, whole: Cluster) -> bool:
    """Whether the act of no named kind `part` is `whole` (see the module), among the
    events fold_story offers: of its side, told by an article of its story."""
    if whole.family not in WHOLES or part.docs & whole.docs or \
            not part.statuses & whole.statuses or not close(part, whole):
        return False
    if not same_voice(part, whole):
        return False
    if part.topics and whole.topics and not part.topics & whole.topics:
        return False  # `the investment order` is not `the export controls`
    mine, theirs = people_of(part, whole)
    tied = bool(mine & theirs or part.topics & whole.topics) or (
        not part.topics and not whole.topics and same_day(part.span, whole.span))
    return tied


def fold_kindless(clusters: list[Cluster], feats: dict[int, Features]) -> list[Cluster]:
    """Each act of no named kind joins the one event of a named kind that fits it (see
    the module), found through its side and month."""
    return fold_story(clusters, feats, part=kindless, whole=lambda c: c.family in WHOLES,
                      buckets=months, fits=fits)
