"""A forum ties reports of what it holds (its summits and meetings, and their
calling-off) within one month; its other acts are many in a month, as a country's are:
`the parliament extended the deployment of soldiers in the alliance's force last month`
is not `an alliance air strike killed 80 civilians on Oct. 24`, nor an alliance's
blacklist its tariff. Invented mentions only."""

from __future__ import annotations

from merge_builders import day, mention, month

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor

ALLIANCE = Actor("Atlantic Accord", None, None, "organization")
NO = Actor("Norway", "NO", None, "country")


def test_a_forums_other_acts_of_one_month_stay_apart() -> None:
    deployed = mention("a.txt", 0, "military_incident", month(2032, 10), ALLIANCE, NO,
                       places=("Greenland",), trigger="deployment")
    strike = mention("b.txt", 0, "military_incident", day(2032, 10, 24), ALLIANCE,
                     places=("Nuuk",), trigger="air strike")
    assert len(merge_mentions([deployed, strike])) == 2
    blacklist = mention("a.txt", 0, "sanction", month(2032, 10), ALLIANCE, trigger="blacklist")
    tariff = mention("b.txt", 0, "sanction", day(2032, 10, 1), ALLIANCE, trigger="tariff")
    assert len(merge_mentions([blacklist, tariff])) == 2


def test_what_a_forum_holds_still_ties_its_reports() -> None:
    talk = mention("a.txt", 0, "summit", month(2032, 10), ALLIANCE, trigger="summit")
    held = mention("b.txt", 0, "summit", day(2032, 10, 24), ALLIANCE, places=("Oslo",),
                   trigger="summit")
    assert len(merge_mentions([talk, held])) == 1
    off = mention("a.txt", 0, "cancellation", month(2032, 10), ALLIANCE,
                  status="cancelled", trigger="called off")
    off2 = mention("b.txt", 0, "cancellation", day(2032, 10, 24), ALLIANCE, places=("Oslo",),
                   status="cancelled", trigger="cancelled")
    assert len(merge_mentions([off, off2])) == 1
