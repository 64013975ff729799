"""An act of a day told with no one named: `The order, signed in Washington on Wednesday
afternoon, directs the Treasury to ban some American investments` / `President Biden
signed an executive order on Wednesday`; `The law itself was passed by the Standing
Committee in Beijing and came into force on June 30` / `The law was adopted ... in Beijing
on Tuesday and signed into force by President Xi Jinping the same day`. The extractor finds
no person, body or country in the first of each (a passive, a body it does not know), and
reports from two articles are tied by a person, a place or a country they share, so such a
report never meets the other. Once the clusters exist, it joins the one act of that day
told by an article of its story (story.py): one side's acts (coarse.ACTS), a status in
common, a matter or a place (not a country) both name, and none on both sides that
differ."""

from __future__ import annotations

from .announced import days
from .coarse import ACTS
from .compat import same_day
from .features import Features
from .state import Cluster
from .story import fold_story

ANY = ["*"]  # a nameless act has no side: every act of its day and story is looked at


def nameless(c: Cluster) -> bool:
    """An act of a day that names no one (person, country, organisation or forum)."""
    return c.family in ACTS and c.anonymous() and c.span is not None \
        and c.span.precision == "day"


def act(c: Cluster) -> bool:
    """One side's act."""
    return c.family in ACTS


def fits(part: Cluster, whole: Cluster) -> bool:
    """Whether the nameless act `part` is `whole` (see the module), among the acts
    fold_story offers: of its day, told by an article of its story."""
    if part.docs & whole.docs or whole.anonymous() or not part.statuses & whole.statuses \
            or not same_day(part.span, whole.span):
        return False
    if part.topics and whole.topics and not part.topics & whole.topics:
        return False
    mine, theirs = part.places - part.country_names, whole.places - whole.country_names
    if mine and theirs and not mine & theirs:
        return False
    return bool(part.topics & whole.topics or mine & theirs)


def fold_nameless(clusters: list[Cluster], feats: dict[int, Features]) -> list[Cluster]:
    """Each act of a day naming no one joins the one act of that day that fits it (see
    the module), found through its day."""
    return fold_story(clusters, feats, part=nameless, whole=act, buckets=days, fits=fits,
                      sides=lambda c: ANY)
