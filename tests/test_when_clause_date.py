"""A verb with no date of its own followed right away by a when-clause (`had been agreed
when Modi met Xi in Wuhan on April 27`, `said when asked on Friday`) happened at the
clause's time, not at a date that opens the sentence for its main verb."""

from __future__ import annotations

from extract_helpers import mentions_of, one_of_kind


def test_agreed_when_a_meeting_happened_takes_the_meeting_day() -> None:
    ms = mentions_of("On Monday, India cancelled a visit to Beijing that had been agreed "
                     "when Narendra Modi met Xi Jinping in Wuhan on April 27.", "2018-06-20")
    agreement = one_of_kind(ms, "agreement")
    assert agreement.date is not None and str(agreement.date.start) == "2018-04-27"


def test_a_when_clause_with_no_date_gives_none() -> None:
    # near miss: the when-clause names no time; the opening date stays the sentence's
    ms = mentions_of("On Monday, India cancelled a visit to Beijing that had been agreed "
                     "when Narendra Modi met Xi Jinping in Wuhan.", "2018-06-20")
    agreement = one_of_kind(ms, "agreement")
    assert agreement.date is None or str(agreement.date.start) != "2018-04-27"
