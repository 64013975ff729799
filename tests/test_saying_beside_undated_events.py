"""A dated saying whose reported clause names only events it does not date is itself the
sentence's event (`X "firmly opposes" the arms sale, spokesman Y told a briefing on
Monday`); an event the sentence dates keeps the sentence to itself, and a speaker with
no name and role makes no statement, as before."""

from __future__ import annotations

from extract_helpers import days_of_kind

DAY = "2031-04-20"  # a Sunday


def test_a_saying_beside_an_undated_event_is_a_statement() -> None:
    assert days_of_kind('Beijing "resolutely opposes" the arms package, foreign ministry '
                        "spokesman Lin Jian told a regular briefing on Tuesday.", DAY,
                        "statement") == ["2031-04-15"]


def test_a_dated_event_or_an_unnamed_speaker_makes_no_statement() -> None:
    # near misses
    assert days_of_kind("The United States imposed sanctions on two Chinese banks on "
                        "Tuesday, spokesman Lin Jian said on Wednesday.", DAY,
                        "statement") == []
    assert days_of_kind("China opposes the sanctions, a Chinese scholar said on Tuesday.",
                        DAY, "statement") == []
