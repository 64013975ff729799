"""The act a report names ranks the events it may join: a report dated only to a month
(`In May Ottawa expelled two diplomats`) that fits two events of that month between the
same countries joins the one reporting the same act (`the expulsion of two diplomats,
ordered on May 12`), not an earlier one of another act (`designated three outlets as
foreign agents on May 11`). An expulsion is a known act, so it stays apart from another
known act of the same day."""

from __future__ import annotations

from merge_builders import day, mention, month

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor

CA = Actor("Canada", "CA", None, "country")
RU = Actor("Russia", "RU", None, "country")


def test_a_month_report_joins_the_event_of_its_own_act() -> None:
    designated = mention("a.txt", 0, "other", day(2035, 5, 11), CA, RU, trigger="designated")
    expulsion = mention("b.txt", 0, "other", day(2035, 5, 12), CA, RU, trigger="expulsion")
    expelled = mention("c.txt", 0, "other", month(2035, 5), CA, trigger="expelled")
    events = merge_mentions([designated, expulsion, expelled])
    docs = sorted(sorted(s.document for s in e.sources) for e in events)
    assert docs == [["a.txt"], ["b.txt", "c.txt"]]


def test_an_expulsion_and_a_closure_of_one_day_stay_apart() -> None:
    expelled = mention("a.txt", 0, "other", day(2035, 5, 12), CA, RU, trigger="expelled")
    closed = mention("b.txt", 0, "other", day(2035, 5, 12), CA, RU, trigger="ordered closed")
    assert len(merge_mentions([expelled, closed])) == 2
