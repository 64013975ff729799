"""An act one article dates only to a month, or part of one, joins the one act of its person
on a day within it that an article of its story tells in other words (merge/coarse.py);
never without that shared story, for another person, matter or time, for meetings and
visits, or when two acts could be the one. Our own people, bodies and sentences."""

from __future__ import annotations

from datetime import date

from merge_builders import CN, US, day, mention, month

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, DateSpan, Event, Mention

OKAFOR = Actor("Ada Okafor", "US", "President", "person")
BRANDT = Actor("Lena Brandt", "US", "Secretary of Commerce", "person")
LIN = Actor("Lin Qiaoming", "CN", "Foreign Minister", "person")
TRADE = ("trade", "human_rights")


def _docs(events: list[Event]) -> list[set[str]]:
    return sorted(({s.document for s in e.sources} for e in events), key=sorted)


def story(*docs: str) -> list[Mention]:
    # `Okafor and Lin met in Harbin on June 4, 2031`, told by every article of the story
    return [mention(d, 900, "meeting", day(2031, 6, 4), OKAFOR, LIN, places=("Harbin",))
            for d in docs]


def early(y: int, m: int) -> DateSpan:
    # `early March`: the first ten days, a date of month precision
    return DateSpan(date(y, m, 1), date(y, m, 10), "month")


def extended(doc: str = "a.txt", *actors: Actor, when: DateSpan | None = None,
             issues: tuple[str, ...] = TRADE, kind: str = "sanction") -> Mention:
    # `In May, Ms. Okafor extended China's trade privileges for another year`
    return mention(doc, 0, kind, when or month(2031, 5), *(actors or (OKAFOR, CN)),
                   trigger="extended", issues=issues)


def signed(doc: str = "b.txt", *actors: Actor, when: DateSpan | None = None,
           issues: tuple[str, ...] = TRADE, kind: str = "other") -> Mention:
    # `On May 28 she signed an order extending the privileges, tied to rights`
    return mention(doc, 0, kind, when or day(2031, 5, 28), *(actors or (OKAFOR, CN)),
                   trigger="signed", issues=issues)


def test_a_month_measure_joins_the_act_of_its_day_told_in_other_words() -> None:
    events = merge_mentions([extended(), signed(), *story("a.txt", "b.txt")])
    assert _docs(events) == [{"a.txt", "b.txt"}, {"a.txt", "b.txt"}]
    (joined,) = [e for e in events if e.kind != "meeting"]
    assert joined.date is not None and joined.date.start == date(2031, 5, 28)


def test_part_of_a_month_joins_a_day_within_it() -> None:
    # `the duties Ms. Okafor signed in early March` / `the duties she proclaimed on March 8`
    duties = extended(when=early(2031, 3), kind="agreement", issues=("trade",))
    proclaimed = signed(when=day(2031, 3, 8), kind="sanction", issues=("trade",))
    events = merge_mentions([duties, proclaimed, *story("a.txt", "b.txt")])
    assert len(events) == 2


def test_a_day_past_the_part_of_the_month_stays_apart() -> None:
    duties = extended(when=early(2031, 3), kind="agreement", issues=("trade",))
    later = signed(when=day(2031, 3, 22), kind="sanction", issues=("trade",))
    assert len(merge_mentions([duties, later, *story("a.txt", "b.txt")])) == 3


def test_without_a_shared_story_they_stay_apart() -> None:
    assert len(merge_mentions([extended(), signed(), *story("a.txt")])) == 3


def test_another_person_stays_apart() -> None:
    # `Ms. Brandt signed an order on May 28` is not what Ms. Okafor did in May
    events = merge_mentions([extended(), signed("b.txt", BRANDT, CN),
                             *story("a.txt", "b.txt")])
    assert len(events) == 3


def test_a_side_named_without_a_person_is_no_tie() -> None:
    # `In May, Washington extended the privileges`: a country acts many times a month
    events = merge_mentions([extended("a.txt", US, CN), signed("b.txt", US, CN),
                             *story("a.txt", "b.txt")])
    assert len(events) == 3


def test_another_matter_stays_apart() -> None:
    events = merge_mentions([extended(issues=("climate",)), signed(),
                             *story("a.txt", "b.txt")])
    assert len(events) == 3


def test_two_acts_that_could_be_it_leave_it_apart() -> None:
    # she also lifted a ban on May 12, told by a third article of the story
    lifted = signed("c.txt", when=day(2031, 5, 12), kind="announcement")
    events = merge_mentions([extended(), signed(), lifted,
                             *story("a.txt", "b.txt", "c.txt")])
    assert [d for d in _docs(events) if len(d) == 1] == [{"a.txt"}, {"b.txt"}, {"c.txt"}]


def test_a_visit_of_the_month_is_no_act_of_its_day() -> None:
    # `Ms. Okafor visited Harbin in May` / `On May 28 she signed an order`
    visit = mention("a.txt", 0, "visit", month(2031, 5), OKAFOR, CN, places=("Harbin",),
                    trigger="visited", issues=TRADE)
    assert len(merge_mentions([visit, signed(), *story("a.txt", "b.txt")])) == 3


# --- a body named on both sides ----------------------------------------------------------
BUREAU = Actor("Customs Bureau", "US", None, "organization")
PORTS = Actor("Port Authority", "US", None, "organization")


def late(y: int, m: int) -> DateSpan:
    # `at the end of January`: the last days, a date of month precision
    return DateSpan(date(y, m, 21), date(y, m, 31), "month")


def closed(doc: str = "a.txt", *actors: Actor, kind: str = "other",
           issues: tuple[str, ...] = ()) -> Mention:
    # `The bureau closed the door to most travelers from China at the end of January`
    return mention(doc, 0, kind, late(2031, 1), *(actors or (BUREAU, CN)),
                   trigger="closed", issues=issues)


def barred(doc: str = "b.txt", *actors: Actor, when: DateSpan | None = None,
           kind: str = "ban", issues: tuple[str, ...] = ()) -> Mention:
    # `On Jan. 31 the bureau barred most travelers who had been in China`
    return mention(doc, 0, kind, when or day(2031, 1, 31), *(actors or (BUREAU,)),
                   trigger="barred", issues=issues)


def test_a_body_on_both_sides_ties_a_month_act_to_its_day() -> None:
    events = merge_mentions([closed(), barred(), *story("a.txt", "b.txt")])
    (joined,) = [e for e in events if e.kind != "meeting"]
    assert {s.document for s in joined.sources} == {"a.txt", "b.txt"}
    assert joined.date == day(2031, 1, 31)


def test_the_same_family_told_with_a_party_more_joins() -> None:
    # `the bureau announced at the end of January that it would bar travelers from China`
    # / `The bureau said on Friday that it would bar entry`
    told = closed(kind="announcement")
    said = barred(kind="announcement")
    events = merge_mentions([told, said, *story("a.txt", "b.txt")])
    assert len(events) == 2


def test_another_body_stays_apart() -> None:
    events = merge_mentions([closed(), barred("b.txt", PORTS), *story("a.txt", "b.txt")])
    assert len(events) == 3


def test_a_body_and_another_matter_stay_apart() -> None:
    events = merge_mentions([closed(issues=("trade",)), barred(issues=("health",)),
                             *story("a.txt", "b.txt")])
    assert len(events) == 3


def test_a_body_without_a_shared_story_stays_apart() -> None:
    assert len(merge_mentions([closed(), barred(), *story("a.txt")])) == 3


def test_a_body_and_a_day_outside_the_part_of_the_month_stay_apart() -> None:
    assert len(merge_mentions([closed(), barred(when=day(2031, 1, 12)),
                               *story("a.txt", "b.txt")])) == 3
