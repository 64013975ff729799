"""A sentence that is a date and nothing else (`The date was November 12, 2014.`, `Friday,
March 18.`) sets the time of the sentence after it in its paragraph; a sentence that
tells something else on a date does not, nor a date in another paragraph."""

from __future__ import annotations

from extract_helpers import days_of_kind

DAY = "2031-04-20"  # a Sunday


def test_a_date_alone_dates_the_next_sentence() -> None:
    assert days_of_kind("The date was March 3, 2029. In a villa outside Hanoi, John Kerry and "
                        "Xie Zhenhua sat down for their third round of talks.", DAY,
                        "talks") == ["2029-03-03"]
    assert days_of_kind("Monday, March 5, 2029. Shortly after noon, President Biden and Xi "
                        "Jinping connected by video.", DAY, "call") == ["2029-03-05"]


def test_a_sentence_of_something_else_or_another_paragraph_does_not() -> None:
    # near misses
    assert days_of_kind("It rained in Hanoi on Monday and the roads flooded. John Kerry and "
                        "Xie Zhenhua held talks in Hanoi.", DAY, "talks") in ([], ["undated"])
    assert days_of_kind("March 3, 2029.\n\nJohn Kerry and Xie Zhenhua held talks in Hanoi.",
                        DAY, "talks") in ([], ["undated"])


def test_then_goes_on_in_the_one_day_of_the_sentence_before() -> None:
    # `then` between the subject and the verb: next in a sequence, on that day
    assert days_of_kind("Thursday opened with a welcome ceremony on the South Lawn. John "
                        "Kerry and Xie Zhenhua then sat down with their aides for talks.", DAY,
                        "talks") == ["2031-04-17"]
    # near misses: two dates before, or no `then`, say nothing of this day
    assert days_of_kind("Kerry landed on Monday and the envoys met on Tuesday. John Kerry and "
                        "Xie Zhenhua then held talks in Hanoi.", DAY, "talks") != ["2031-04-14"]
    assert days_of_kind("It rained in Hanoi on Monday. John Kerry and Xie Zhenhua held talks "
                        "in Hanoi.", DAY, "talks") in ([], ["undated"])
