"""An act one article dates only to a month, or part of one, and tells in other words than
the article of its story that gives its day: `In May, Mr. Clinton extended China's trade
privileges` (a measure) / `On May 28 he signed an executive order extending them` (an act
of no named kind); `the steel duties Mr. Trump signed in early March` (an agreement) /
`the tariffs Mr. Trump proclaimed on March 8` (a measure); `In October, Mr. Bush attended
the ceremony for the Dalai Lama` / `On Oct. 17, the president appeared at the Capitol as
the Dalai Lama received the medal`. The two reports share no family, so they never meet
mention by mention, and the coarse date is no firm tie to one day. Once the clusters
exist, such a report joins the one act of its person told on a day within its date by an
article of its story (story.py): another family of one side's acts, a person named on both
sides and no one on both sides that differ, a matter both name, a status in common.
A body named on both sides ties them too (`The administration closed the door to most
foreign travelers coming from China at the end of January` / `On Jan. 31 the
administration barred most foreign nationals who had recently been in China`: the White
House both times), with no matter on both sides that differ; and so does the same family
told with a party more (`the White House announced at the end of January that it would bar
most foreign travelers arriving from China` / `The Trump administration said on Friday that
it would temporarily bar entry`: `China` names what the step is aimed at, which the
mention by mention rule for vague dates reads as a party the day's report lacks).
Meetings, visits and incidents recur between the same people and stay out; so does a report
that gives a day of its own."""

from __future__ import annotations

from usc_timeline.model import precision_rank

from .features import Features
from .fold import people_of
from .outcomes import months
from .state import Cluster
from .story import doers, fold_story, same_voice

# families of what one side does or says: each may be told in the words of another
ACTS = frozenset({"other", "restriction", "agreement", "statement", "announcement",
                  "cancellation"})
COARSE = frozenset({"week", "month"})  # dates that give no day (`in May`, `early March`)


def coarse(c: Cluster) -> bool:
    """An act dated to a week or a month, or part of one, and to no day."""
    return c.family in ACTS and c.span is not None and c.span.precision in COARSE


def on_a_day(c: Cluster) -> bool:
    """An act dated to the day."""
    return c.family in ACTS and c.span is not None and c.span.precision == "day"


def fits(part: Cluster, whole: Cluster) -> bool:
    """Whether the coarsely dated act `part` is the act of a day `whole` (see the
    module), among the events fold_story offers: told by an article of its story."""
    if not on_a_day(whole) or part.docs & whole.docs:
        return False
    if part.span is None or whole.span is None or not part.span.contains(whole.span):
        return False
    if precision_rank(part.span.precision) <= precision_rank(whole.span.precision):
        return False
    if not part.statuses & whole.statuses or not same_voice(part, whole):
        return False
    mine, theirs = people_of(part, whole)
    if mine & theirs:
        return bool(part.topics & whole.topics)
    if not part.bodies & whole.bodies:
        return False  # a country alone acts many times a month
    return not (part.topics and whole.topics and not part.topics & whole.topics)


def fold_coarse(clusters: list[Cluster], feats: dict[int, Features]) -> list[Cluster]:
    """Each act dated only to a week or a month joins the one act of a day within it that
    fits it (see the module), found through a person's name or a body (every fit needs
    one on both sides) and the month."""
    return fold_story(clusters, feats, part=coarse, whole=on_a_day, buckets=months,
                      fits=fits, sides=doers)
