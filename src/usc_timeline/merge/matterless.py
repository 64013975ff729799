"""An announcement told with no word of what was announced: `Beijing confirmed it only on
April 1`, `Washington acknowledged it publicly on Jan. 18`, `The zone was declared on
Saturday, Nov. 23`. The pronoun or noun it names stands for a matter its article told
before, so the report names no issue; and what a government announces is tied across
articles only by the matter both name (compat), so it stays apart from another article's
report of the same announcement (`China's Defense Ministry announced an air defense zone
on Nov. 23`). Such a report is the one announcement of its side that day told by an
article of the same story (story.py): the same single side, no person or body on both
sides that differ, a status in common, and exactly one such announcement fits. A country
announces many things a day, so without the shared story nothing ties the two (a country
alone and no matter made 8 joins of 8 wrong on TE3-Silver when merge/announced.py tried
it)."""

from __future__ import annotations

from .announced import days
from .compat import same_day
from .features import Features
from .state import Cluster
from .story import fold_story, same_voice

FAMILY = "announcement"


def matterless(c: Cluster) -> bool:
    """An announcement that names no matter."""
    return c.family == FAMILY and not c.topics


def fits(part: Cluster, whole: Cluster) -> bool:
    """Whether the matterless announcement `part` is `whole` (see the module), among
    the announcements fold_story offers: of its side, told by an article of its story."""
    if whole.family != FAMILY or part.docs & whole.docs or \
            not part.statuses & whole.statuses:
        return False
    if not same_day(part.span, whole.span):
        return False
    places = (part.places - part.country_names, whole.places - whole.country_names)
    if places[0] and places[1] and not places[0] & places[1]:
        return False  # announced in Geneva is not announced in Beijing
    return same_voice(part, whole)


def fold_matterless(clusters: list[Cluster], feats: dict[int, Features]) -> list[Cluster]:
    """Each announcement naming no matter joins the one announcement of its side and day
    that an article of its story tells (see the module)."""
    return fold_story(clusters, feats, part=matterless,
                      whole=lambda c: c.family == FAMILY, buckets=days, fits=fits)
