"""One measure told as a sanction by one article and as a ban or an export control by
another is one measure; an article that tells a sanction and a ban tells two. Invented
mentions only."""

from __future__ import annotations

from datetime import date

from merge_builders import CN, US, day, mention, month

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, DateSpan

IR = Actor("Iran", "IR", None, "country")
COMMERCE = Actor("Commerce Department", "US", None, "organization")


def late(y: int, m: int) -> DateSpan:
    """`in late <month>`: days 21 to the end, a month's precision."""
    end = month(y, m).end
    return DateSpan(date(y, m, 21), end, "month")


def test_a_sanction_and_a_ban_of_two_articles_are_one_measure() -> None:
    # `In June, Washington imposed sanctions on China for selling drone parts to Iran` /
    # `In late June the administration barred exports of some chips to China after
    # finding that Beijing had sold drone parts to Iran`
    sanction = mention("a.txt", 0, "sanction", month(2031, 6), US, CN, IR,
                       trigger="imposed sanctions")
    ban = mention("b.txt", 0, "ban", late(2031, 6), US, CN, IR, trigger="barred")
    events = merge_mentions([sanction, ban])
    assert len(events) == 1
    assert {s.document for s in events[0].sources} == {"a.txt", "b.txt"}


def test_a_sanction_and_an_export_control_of_one_article_are_two_measures() -> None:
    # `On May 10 Washington raised duties on Chinese goods` / `The Commerce Department
    # put the company on its entity list last month`, one article
    duties = mention("a.txt", 0, "sanction", day(2031, 5, 10), US, CN, trigger="raised duties")
    listed = mention("a.txt", 200, "export_control", month(2031, 5), COMMERCE, CN,
                     trigger="entity list")
    assert len(merge_mentions([duties, listed])) == 2


def test_an_article_s_two_measures_stay_two_when_another_tells_one() -> None:
    # each measure is also told by another article in its own words; the article that
    # tells both keeps them two
    duties = mention("a.txt", 0, "sanction", day(2031, 5, 10), US, CN, trigger="raised duties")
    listed = mention("a.txt", 200, "ban", day(2031, 5, 10), US, CN, trigger="banned sales")
    duties_b = mention("b.txt", 0, "sanction", day(2031, 5, 10), US, CN, trigger="tariffs")
    events = merge_mentions([duties, listed, duties_b])
    assert len(events) == 2
