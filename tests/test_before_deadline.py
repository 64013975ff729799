"""A time ahead that an event is to come before (`will visit Seoul before June`, `a call
could come before the end of the month`) is a limit, not the event's time: any day from
publication up to it, and the event is planned. A time already past stays as it is."""

from __future__ import annotations

from extract_helpers import mentions_of, one_of_kind


def test_visit_before_a_month_ahead_runs_from_publication_to_the_day_before() -> None:
    ms = mentions_of("Prime Minister Fumio Kishida will visit Seoul before June of next year, "
                     "officials said.", "2022-09-14")
    visit = one_of_kind(ms, "visit")
    assert visit.status == "planned"
    assert visit.date is not None
    assert (str(visit.date.start), str(visit.date.end)) == ("2022-09-14", "2023-05-31")


def test_call_before_the_end_of_the_month_runs_to_its_last_day() -> None:
    ms = mentions_of("Aides said a call between Emmanuel Macron and Xi Jinping could take "
                     "place before the end of the month.", "2021-03-09")
    call = one_of_kind(ms, "call")
    assert call.status == "planned"
    assert call.date is not None
    assert (str(call.date.start), str(call.date.end)) == ("2021-03-09", "2021-03-31")


def test_a_past_time_after_before_stays() -> None:
    # near miss: `before May` told of the past is that May
    ms = mentions_of("Olaf Scholz met Li Qiang in Berlin before May.", "2023-09-14")
    meeting = one_of_kind(ms, "summit")
    assert meeting.date is not None and str(meeting.date.start) == "2023-05-01"


def test_a_day_ahead_is_a_limit_too() -> None:
    ms = mentions_of("Antony Blinken will meet Yoon Suk Yeol before Friday.", "2023-05-02")
    meeting = one_of_kind(ms, "meeting")
    assert meeting.date is not None
    assert (str(meeting.date.start), str(meeting.date.end)) == ("2023-05-02", "2023-05-04")
