"""A day that dates a reaction is not the day of what it reacts to: `Tokyo protested on
Tuesday after Russian bombers flew near Hokkaido` dates the protest; the flight, told in
an `after`/`before`/`because` clause with a subject of its own, came before it, most
often another day. A gerund or a pronoun subject (`left on Monday after meeting Xi`,
`after he met Xi`) is the main subject's own next step, most often that same day."""

from __future__ import annotations

from extract_helpers import mentions_of, one_of_kind


def test_call_in_an_after_clause_does_not_take_the_reaction_day() -> None:
    ms = mentions_of("Seoul lodged a formal complaint with Tokyo on Thursday after Prime "
                     "Minister Shinzo Abe spoke by telephone with Taiwan's president.",
                     "2019-03-15")
    assert one_of_kind(ms, "call").date is None


def test_meeting_in_an_after_clause_with_its_own_subject_is_undated() -> None:
    ms = mentions_of("Markets in Seoul fell sharply on Monday after Vladimir Putin met "
                     "Kim Jong Un in Vladivostok.", "2019-04-24")
    assert one_of_kind(ms, "meeting").date is None


def test_gerund_after_the_day_keeps_the_day() -> None:
    # near miss: the main subject's own act, that same day
    ms = mentions_of("Sergey Lavrov left Pyongyang on Monday after meeting Kim Jong Un.",
                     "2019-04-24")
    meeting = one_of_kind(ms, "meeting")
    assert meeting.date is not None and str(meeting.date.start) == "2019-04-22"


def test_pronoun_subject_after_the_day_keeps_the_day() -> None:
    # near miss: `he` is the subject of the main clause going on
    ms = mentions_of("Sergey Lavrov left Pyongyang on Monday after he met Kim Jong Un.",
                     "2019-04-24")
    meeting = one_of_kind(ms, "meeting")
    assert meeting.date is not None and str(meeting.date.start) == "2019-04-22"


def test_noun_after_an_article_keeps_the_day() -> None:
    # near miss: `after a three-day visit` ends on the day of leaving
    ms = mentions_of("The frigate left Manila on Friday after a three-day visit.",
                     "2018-05-20")
    visit = one_of_kind(ms, "visit")
    assert visit.date is not None and str(visit.date.end) == "2018-05-18"
