"""An undated report whose own article dates nothing it could be evidence for joins
another article's event of the days just before it was published, when they share both
sides of a meeting (or a traveller and where he went) and exactly one such event fits.
Our own people and sentences throughout."""

from __future__ import annotations

from dataclasses import replace

from merge_builders import CN, US, day, mention, month, published, sources, year

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, Event, Highlight, Mention

OSEI = Actor("Kwame Osei", "US", "President")
LIN = Actor("Lin Haoran", "CN", "Vice Premier")
BRANDT = Actor("Ilse Brandt", "DE", "Foreign Minister")
TAN = Actor("Tan Meiling", "CN", "Foreign Minister")


def holding(events: list[Event], doc: str, at: int) -> list[Event]:
    return [e for e in events if (doc, at) in sources(e)]


def test_an_undated_report_of_yesterdays_meeting_joins_it() -> None:
    # `Osei received Lin in the Oval Office`, written the day after, its day told in
    # another sentence / another article's `Osei met Lin at the White House on Friday`
    dated = mention("dated.txt", 0, "meeting", day(2028, 3, 10), OSEI, LIN,
                    places=("White House",))
    undated = mention("undated.txt", 5, "meeting", None, OSEI, LIN, places=("Oval Office",),
                      trigger="received")
    docs = [published("dated.txt", "2028-03-10"), published("undated.txt", "2028-03-11")]
    (event,) = merge_mentions([dated, undated], documents=docs)
    assert sources(event) == {("dated.txt", 0), ("undated.txt", 5)}


def test_a_visit_ties_through_its_traveller_and_place() -> None:
    # `Brandt also toured the port of Qingdao` / `Brandt visited Qingdao on Sunday`
    dated = mention("dated.txt", 0, "visit", day(2028, 4, 2), BRANDT, places=("Qingdao",),
                    trigger="visited")
    undated = mention("undated.txt", 9, "visit", None, BRANDT, places=("Qingdao",),
                      trigger="toured")
    docs = [published("dated.txt", "2028-04-03"), published("undated.txt", "2028-04-02")]
    (event,) = merge_mentions([dated, undated], documents=docs)
    assert ("undated.txt", 9) in sources(event)


def test_one_side_and_a_city_do_not_make_a_meeting_the_same() -> None:
    # `Tan held talks in Berlin` names Tan alone: it may be anyone's meeting with him
    dated = mention("dated.txt", 0, "meeting", day(2028, 3, 10), BRANDT, TAN,
                    places=("Berlin",))
    undated = mention("undated.txt", 5, "meeting", None, TAN, places=("Berlin",))
    docs = [published("dated.txt", "2028-03-10"), published("undated.txt", "2028-03-11")]
    events = merge_mentions([dated, undated], documents=docs)
    assert not holding(events, "undated.txt", 5)


def test_an_event_weeks_before_the_report_is_not_news_it_need_not_date() -> None:
    # written three weeks later, `Osei received Lin` may be any of their meetings
    dated = mention("dated.txt", 0, "meeting", day(2028, 3, 10), OSEI, LIN)
    undated = mention("undated.txt", 5, "meeting", None, OSEI, LIN, trigger="received")
    docs = [published("dated.txt", "2028-03-10"), published("undated.txt", "2028-03-31")]
    events = merge_mentions([dated, undated], documents=docs)
    assert not holding(events, "undated.txt", 5)


def test_two_fitting_events_leave_the_report_out() -> None:
    # they met on Monday and again on Wednesday: an undated `met` written on Thursday
    # could be either
    monday = mention("a.txt", 0, "meeting", day(2028, 3, 6), OSEI, LIN, places=("Geneva",))
    wednesday = mention("b.txt", 0, "meeting", day(2028, 3, 8), OSEI, LIN,
                        places=("Geneva",))
    undated = mention("c.txt", 5, "meeting", None, OSEI, LIN)
    docs = [published("a.txt", "2028-03-06"), published("b.txt", "2028-03-08"),
            published("c.txt", "2028-03-09")]
    events = merge_mentions([monday, wednesday, undated], documents=docs)
    assert not holding(events, "c.txt", 5)


def test_a_plan_is_not_told_as_news_of_the_days_past() -> None:
    dated = mention("dated.txt", 0, "meeting", day(2028, 3, 10), OSEI, LIN)
    plan = mention("plan.txt", 5, "meeting", None, OSEI, LIN, status="planned",
                   trigger="will meet")
    docs = [published("dated.txt", "2028-03-10"), published("plan.txt", "2028-03-11")]
    events = merge_mentions([dated, plan], documents=docs)
    assert not holding(events, "plan.txt", 5)


def test_an_undated_report_takes_the_date_its_sentence_gives_another() -> None:
    # `Osei and Lin agreed on Tuesday to reopen consulates, at the end of four hours of
    # talks` (the talks undated, of no known status) / another article's `Osei and Lin
    # met on Tuesday`, written weeks later
    agreed = mention("agreed.txt", 3, "agreement", day(2028, 5, 9), OSEI, LIN,
                     trigger="agreed")
    talks = mention("agreed.txt", 3, "talks", None, OSEI, LIN, status="unknown",
                    trigger="talks")
    met = mention("met.txt", 0, "summit", day(2028, 5, 9), OSEI, LIN)
    docs = [published("agreed.txt", "2028-06-20"), published("met.txt", "2028-06-01")]
    events = merge_mentions([agreed, talks, met], documents=docs)
    (summit,) = holding(events, "met.txt", 0)
    assert ("agreed.txt", 3) in sources(summit)


def test_the_date_of_its_sentence_must_hold_the_event() -> None:
    # `Osei, who met Lin in Geneva, signed the accord in May`: their meeting in Geneva on
    # 9 April is no meeting of May
    signed = mention("signed.txt", 3, "agreement", day(2028, 5, 20), OSEI, trigger="signed")
    meeting = mention("signed.txt", 3, "meeting", None, OSEI, LIN, places=("Geneva",))
    april = mention("april.txt", 0, "meeting", day(2028, 4, 9), OSEI, LIN, places=("Geneva",))
    docs = [published("signed.txt", "2028-06-20"), published("april.txt", "2028-04-10")]
    events = merge_mentions([signed, meeting, april], documents=docs)
    (held,) = holding(events, "april.txt", 0)
    assert ("signed.txt", 3) not in sources(held)


def test_a_plan_told_beside_a_date_is_not_the_meeting_held_then() -> None:
    # `Osei said on Tuesday he would meet Lin` / `Osei met Lin on Tuesday` elsewhere
    said = mention("said.txt", 3, "statement", day(2028, 5, 9), OSEI, trigger="said")
    plan = mention("said.txt", 3, "meeting", None, OSEI, LIN, status="planned",
                   trigger="would meet")
    met = mention("met.txt", 0, "meeting", day(2028, 5, 9), OSEI, LIN)
    docs = [published("said.txt", "2028-06-20"), published("met.txt", "2028-05-10")]
    events = merge_mentions([said, plan, met], documents=docs)
    (held,) = holding(events, "met.txt", 0)
    assert ("said.txt", 3) not in sources(held)


def test_what_its_sentence_dates_after_the_report_is_a_plan_however_told() -> None:
    # `before Osei travels to Kyoto for the summit in October`, written in July (the trip
    # read as if it happened) / another article's `Osei will visit Kyoto in October`
    summit = mention("july.txt", 3, "summit", month(2028, 10), OSEI, status="planned",
                     trigger="summit")
    trip = mention("july.txt", 3, "visit", None, OSEI, places=("Kyoto",),
                   trigger="travels to")
    plan = mention("plan.txt", 0, "visit", month(2028, 10), OSEI, places=("Kyoto",),
                   status="planned", trigger="will visit")
    docs = [published("july.txt", "2028-07-20"), published("plan.txt", "2028-08-01")]
    events = merge_mentions([summit, trip, plan], documents=docs)
    (visit,) = holding(events, "plan.txt", 0)
    assert ("july.txt", 3) in sources(visit)


def test_told_after_its_date_a_trip_that_happened_is_not_a_plan() -> None:
    # the same sentence written in November tells a trip that happened: the plan another
    # article told is not evidence enough that it is the one
    summit = mention("nov.txt", 3, "summit", month(2028, 10), OSEI, trigger="summit")
    trip = mention("nov.txt", 3, "visit", None, OSEI, places=("Kyoto",), trigger="travelled to")
    plan = mention("plan.txt", 0, "visit", month(2028, 10), OSEI, places=("Kyoto",),
                   status="planned", trigger="will visit")
    docs = [published("nov.txt", "2028-11-20"), published("plan.txt", "2028-08-01")]
    events = merge_mentions([summit, trip, plan], documents=docs)
    (visit,) = holding(events, "plan.txt", 0)
    assert ("nov.txt", 3) not in sources(visit)


def _at(m: Mention, trigger: int, date_at: int | None = None) -> Mention:
    """`m` with its trigger (and date) highlighted at these offsets of its sentence."""
    marks = [Highlight(trigger, trigger + 5, "trigger")]
    if date_at is not None:
        marks.append(Highlight(date_at, date_at + 5, "date"))
    return replace(m, source=replace(m.source, highlights=tuple(marks)))


CHILE = Actor("Chile", "CL", None, "country")


def test_a_clause_going_on_from_an_earlier_time_tells_that_time() -> None:
    # in a July article: `A Chilean choir toured China in April and was received by Lin
    # at the Great Hall of the People` (the reception undated) beside `Lin held talks in
    # Beijing from July 9 to 11` / an April article's `Lin received the Chilean choir at
    # the Great Hall of the People on April 14`
    toured = _at(mention("july.txt", 50, "visit", month(2028, 4), CHILE, places=("China",),
                         trigger="toured"), 70, 85)
    received = _at(mention("july.txt", 50, "meeting", None, CHILE, LIN,
                           places=("Great Hall of the People",), trigger="received"), 100)
    talks = _at(mention("july.txt", 10, "talks", day(2028, 7, 9), LIN, places=("Beijing",),
                        trigger="talks"), 15, 30)
    april = _at(mention("april.txt", 0, "meeting", day(2028, 4, 14), LIN, CHILE,
                        places=("Great Hall of the People",), trigger="received"), 5, 20)
    docs = [published("july.txt", "2028-07-16"), published("april.txt", "2028-04-15")]
    events = merge_mentions([toured, received, talks, april], documents=docs)
    (reception,) = holding(events, "april.txt", 0)
    assert ("july.txt", 50) in sources(reception)
    (july,) = holding(events, "july.txt", 10)
    assert ("july.txt", 50) not in sources(july)


def test_a_time_its_clause_leads_to_does_not_move_it() -> None:
    # `Osei is the first president to visit Lin's capital since ties were cut in 1979`:
    # the date comes after the visit, in a clause of its own; the visit stays the
    # article's own, though another article tells of a visit of his there in 1979
    visit = _at(mention("a.txt", 0, "visit", day(2028, 4, 2), OSEI, places=("Qingdao",),
                        trigger="visit"), 5, 20)
    again = _at(mention("a.txt", 60, "visit", None, OSEI, places=("Qingdao",),
                        trigger="visit"), 70)
    cut = _at(mention("a.txt", 60, "other", year(1979), CN, US, trigger="cut"), 90, 100)
    young = _at(mention("b.txt", 0, "visit", year(1979), OSEI, places=("Qingdao",),
                        trigger="visited"), 5, 20)
    docs = [published("a.txt", "2028-04-02"), published("b.txt", "2028-01-02")]
    events = merge_mentions([visit, again, cut, young], documents=docs)
    (trip,) = holding(events, "a.txt", 0)
    assert ("a.txt", 60) in sources(trip)
