"""An incident known only by the day it was made public: `A Chinese navy ship cut across
the path of an American cruiser in the South China Sea, U.S. officials said on Friday`,
`The White House confirmed on Thursday that China had destroyed one of its own
satellites`. The sentence gives no day of the incident itself, so the extractor dates it
by the telling (Source.date_basis `report`); what that day saw is the disclosure, which
another article of the story tells as an announcement or a statement (`The Navy disclosed
it last Friday`, `Washington acknowledged it publicly on Jan. 18`). The two share no family
and never meet mention by mention. Once the clusters exist, such an incident joins the one
announcement or statement of that day told by an article of its story (story.py), made by
a side the incident's reports name (the teller: `U.S. officials`), with a status in
common and no matter on both sides that differ. An incident that any report dates on its
own (`seized the drone on Thursday, the Pentagon said`) is the incident and stays."""

from __future__ import annotations

from .announced import days
from .compat import same_day
from .features import Features
from .state import Cluster
from .story import fold_story

PART = "military_incident"
# families a disclosure is told as
WHOLES = frozenset({"announcement", "statement"})


def told_only(c: Cluster) -> bool:
    """An incident cluster every report of which is dated by its telling alone."""
    return c.family == PART and all(m.source.date_basis == "report" for m in c.members)


def tellers(c: Cluster) -> list[str]:
    """The countries the incident's reports name: one of them made it public."""
    return sorted({a.country for m in c.members for a in m.actors if a.country})


def fits(part: Cluster, whole: Cluster) -> bool:
    """Whether the incident `part` is the disclosure `whole` (see the module), among the
    events fold_story offers: of a side its reports name, told by an article of its
    story."""
    if whole.family not in WHOLES or part.docs & whole.docs or \
            not part.statuses & whole.statuses or not same_day(part.span, whole.span):
        return False
    return not (part.topics and whole.topics and not part.topics & whole.topics)


def fold_disclosed(clusters: list[Cluster], feats: dict[int, Features]) -> list[Cluster]:
    """Each incident dated only by its telling joins the one disclosure of that day (see
    the module), found through its day and the sides its reports name."""
    return fold_story(clusters, feats, part=told_only, whole=lambda c: c.family in WHOLES,
                      buckets=days, fits=fits, sides=tellers)
