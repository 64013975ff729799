"""`to` after a forward-looking verb is an infinitive only before a verb: `agreed to meet in
April` looks ahead, `agreed to it in April` (a pronoun or a preposition after `to`) tells
the past agreeing."""

from __future__ import annotations

from extract_helpers import mentions_of, one_of_kind


def test_agreed_to_with_an_object_is_no_plan_ahead() -> None:
    # `agreed to it at the summit in April` tells a past agreeing: April of this year
    ms = mentions_of("The two prime ministers agreed to it in Canberra in April.",
                     "2019-07-18")
    agreement = one_of_kind(ms, "agreement")
    assert agreement.status == "occurred"
    assert agreement.date is not None and str(agreement.date.start) == "2019-04-01"


def test_agreed_to_meet_still_looks_ahead() -> None:
    # near miss: an infinitive after `agreed to` is a plan, in the April to come
    ms = mentions_of("The two prime ministers agreed to meet in Canberra in April.",
                     "2019-07-18")
    meeting = one_of_kind(ms, "meeting")
    assert meeting.status == "planned"
    assert meeting.date is not None and str(meeting.date.start) == "2020-04-01"
