"""What one article reports as an act of no named kind, another reports by what it was:
`Clinton extended China's trade status on Thursday` / `Mr. Clinton's announcement of May
26`; `Trump on Saturday signed executive orders imposing tariffs` / `the duties, ordered by
Mr. Trump on Saturday`. The extractor calls the first an `other` act; the second names
the announcement or the measure. Only across articles (one article telling both tells
two acts), on the same day, by a person named on both sides, with a status in common and
about a matter both name; once the clusters exist, the act joins the one such
announcement or measure."""

from __future__ import annotations

from collections.abc import Callable

from .compat import same_day
from .features import Features
from .fold import fold_into
from .outcomes import months
from .said import one_speaker
from .state import Cluster


def _acted_as(whole_family: str) -> Callable[[Cluster, Cluster, set[str]], bool]:
    """The fit of an `other` act to a cluster of `whole_family` (see the module)."""

    def fits(act: Cluster, whole: Cluster, whole_docs: set[str]) -> bool:
        if not one_speaker(act, "other", whole, whole_family, whole_docs, same_day):
            return False
        if act.countries and whole.countries and not act.countries & whole.countries:
            return False
        return bool(act.topics & whole.topics)

    return fits


def fold_acts(clusters: list[Cluster], feats: dict[int, Features]) -> list[Cluster]:
    """`other` acts join the one announcement, then the one measure, that fits them
    (found through a person and the month)."""
    for whole in ("announcement", "restriction"):
        clusters = fold_into(clusters, feats, whole=whole, part="other", buckets=months,
                             fits=_acted_as(whole))
    return clusters
