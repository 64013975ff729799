"""`X met Y …, and he is expected to travel to Z`: `he` opening a coordinated clause goes
on with the sentence's subject, X, whose going to Z is a visit (extract/guests.py,
`_subject_person`). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from extract_helpers import mentions_of


def test_and_he_is_the_sentence_s_subject() -> None:
    text = ("Secretary of State Antony Blinken met Foreign Minister Wang Yi in Jakarta in July, "
            "and he is expected to return to Beijing next month.")
    visits = [m for m in mentions_of(text, "2023-08-10") if m.kind == "visit"]
    assert len(visits) == 1
    assert visits[0].date is not None and visits[0].date.start == dt.date(2023, 9, 1)
    assert [a.name for a in visits[0].actors][:1] == ["Antony Blinken"]


def test_he_after_a_clause_not_opened_by_a_name_is_the_last_named() -> None:
    # near miss: no name opens the sentence, so `he` is the last one named, Wang Yi, who
    # going home to Beijing makes no visit
    text = ("The talks with Foreign Minister Wang Yi ended on Monday, and he returned to "
            "Beijing on Tuesday.")
    assert not [m for m in mentions_of(text, "2023-08-10") if m.kind == "visit"]
