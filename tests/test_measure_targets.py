"""Whom a measure is aimed at (extract/targets.py), read off our own sentences, and how
merging uses it: one side's measure and the other side's answer told on one day with the
same two countries are two events; two reports of one measure stay one."""

from __future__ import annotations

from dataclasses import replace

import pytest
from extract_helpers import mentions_of
from merge_builders import CN, US, day, mention

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Mention

PUBLISHED = "2031-03-08"  # a Saturday


def measure(text: str) -> Mention:
    found = [m for m in mentions_of(text, PUBLISHED)
             if m.kind in ("sanction", "ban", "export_control")]
    assert len(found) == 1, [(m.kind, m.trigger, m.targets) for m in found]
    return found[0]


@pytest.mark.parametrize(("text", "targets"), [
    # a noun and its `on` phrase, a few words between
    ("Washington's tariffs of 20 percent on $40 billion of Chinese imports took effect "
     "on Friday.", ("CN",)),
    ("Beijing answered on Friday with duties on American pork and wheat.", ("US",)),
    ("The Treasury imposed sanctions on Thursday against three Russian banks.", ("RU",)),
    # a verb and its object; an export's destination
    ("The Commerce Department blacklisted Huawei on Tuesday.", ("CN",)),
    ("Beijing banned exports of graphite to the United States on Monday.", ("US",)),
    # a person's country (Hong Kong's leader: China's, as the lexicon has it)
    ("Washington sanctioned Hong Kong leader Carrie Lam on Friday.", ("CN",)),
])
def test_the_country_a_measure_is_aimed_at(text: str, targets: tuple[str, ...]) -> None:
    assert measure(text).targets == targets


@pytest.mark.parametrize("text", [
    # passive: the `by` phrase names the doer, not the target
    "Huawei was blacklisted by the Commerce Department on Tuesday.",
    # a clause break right after the noun: what follows is not whom it hits
    "The Security Council's vote on Tuesday brought sanctions. On Japan, the envoy was "
    "silent.",
    # an adjunct after the phrase names a cause, not a target
    "Washington imposed sanctions on Friday over the crackdown in Hong Kong.",
])
def test_no_target_where_the_sentence_names_none(text: str) -> None:
    assert measure(text).targets == ()


def aimed(m: Mention, *targets: str) -> Mention:
    return replace(m, targets=targets)


def test_a_measure_and_the_answer_of_one_day_are_two_events() -> None:
    # `U.S. tariffs on Chinese goods took effect on Friday` / `China hit back on Friday
    # with tariffs on American soybeans`, two articles each
    us_a = aimed(mention("a.txt", 0, "sanction", day(2031, 3, 7), US, CN, trigger="tariffs"),
                 "CN")
    cn_a = aimed(mention("a.txt", 90, "sanction", day(2031, 3, 7), CN, US,
                         trigger="hit back … tariffs"), "US")
    us_b = aimed(mention("b.txt", 0, "sanction", day(2031, 3, 7), US, CN, trigger="duties"),
                 "CN")
    cn_b = aimed(mention("b.txt", 90, "sanction", day(2031, 3, 7), CN, US, trigger="levies"),
                 "US")
    events = merge_mentions([us_a, cn_a, us_b, cn_b])
    assert len(events) == 2
    for event in events:
        assert {s.document for s in event.sources} == {"a.txt", "b.txt"}
        assert len({(s.document, s.char_start) for s in event.sources}) == 2


def test_reports_of_one_measure_with_or_without_its_target_stay_one() -> None:
    us_a = aimed(mention("a.txt", 0, "sanction", day(2031, 3, 7), US, CN, trigger="tariffs"),
                 "CN")
    us_b = aimed(mention("b.txt", 0, "sanction", day(2031, 3, 7), US, CN, trigger="duties"),
                 "CN")
    untold = mention("c.txt", 0, "sanction", day(2031, 3, 7), US, CN, trigger="levies")
    assert len(merge_mentions([us_a, us_b, untold])) == 1


def test_what_happened_days_before_the_main_clause_does_not_take_its_day() -> None:
    # `said on Friday …, days after Washington doubled duties`: the doubling was before
    ms = mentions_of("China said on Friday it would raise tariffs on American cars from "
                     "April 1, striking back days after Washington more than doubled duties "
                     "on Chinese steel.", PUBLISHED)
    doubled = [m for m in ms if "duties" in m.trigger]
    assert doubled and all(m.date is None for m in doubled), ms
    # a coarser main-clause date may still hold it (`last month, a week after`)
    ms = mentions_of("The abuse was revealed last month by a union leader, a week after "
                     "Washington sanctioned two Chinese firms.", PUBLISHED)
    sanctioned = [m for m in ms if m.kind == "sanction"]
    assert sanctioned and sanctioned[0].date is not None
    assert sanctioned[0].date.precision == "month"


def test_what_a_measure_answers_does_not_take_the_report_date() -> None:
    # `said on Friday it would impose tariffs ... in response to the latest U.S. levies`:
    # the levies answered came before; the Friday is the answer's report
    ms = mentions_of("Beijing said on Friday it would impose tariffs on American beef in "
                     "response to the latest U.S. levies.", PUBLISHED)
    answered = [m for m in ms if m.trigger == "levies"]
    assert answered and answered[0].date is None, ms
    answer = [m for m in ms if "tariffs" in m.trigger]
    assert answer and answer[0].date is not None and answer[0].date.start.day == 7


def test_a_measure_named_again_is_aimed_where_the_last_one_was() -> None:
    # `The new duties` after the sentence that told whom they hit; a cause answered
    # (undated: `in response to`) is not the measure named again
    text = ("Beijing said on Friday it would impose tariffs on American beef in response "
            "to the latest U.S. levies. The Commerce Ministry said the new duties would "
            "take effect on March 20.")
    again = [m for m in mentions_of(text, PUBLISHED) if "duties" in m.trigger]
    assert again and again[0].targets == ("US",), again
    # near miss: a measure noun with no determiner names a measure of its own
    text = ("Beijing said on Friday it would impose tariffs on American beef. Duties took "
            "effect on March 20 in several countries.")
    other = [m for m in mentions_of(text, PUBLISHED) if m.trigger.casefold() == "duties"]
    assert all(m.targets == () for m in other), other
