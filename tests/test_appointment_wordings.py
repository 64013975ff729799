"""Appointments in more wordings: a plan to nominate someone named after words of office
(`former Governor`), a name with an aside before `as` and the post, one person
succeeding another as a title, a post taken up, and becoming a title. Near misses: the
same verbs with no post after them."""

from __future__ import annotations

from extract_helpers import days_of_kind, mentions_of, one_of_kind

DAY = "2031-04-20"  # a Sunday


def _appointments(text: str) -> list[str]:
    return days_of_kind(text, DAY, "appointment")


def test_a_plan_to_nominate_someone_of_a_former_office() -> None:
    m = one_of_kind(mentions_of("President Jane Placeholder intends to nominate former "
                                "Governor John Roe as ambassador to Japan.", DAY), "appointment")
    assert m.status == "planned" and "John Roe" in {a.name for a in m.actors}


def test_an_aside_between_the_name_and_the_post() -> None:
    m = one_of_kind(mentions_of("The State Department tapped John Roe, a veteran trade "
                                "lawyer, as ambassador to India on Monday.", DAY), "appointment")
    assert "John Roe" in {a.name for a in m.actors}


def test_succeeding_someone_as_a_title() -> None:
    m = one_of_kind(mentions_of("Li Qiang succeeded Zhao Placeholder as defense minister on "
                                "Monday.", DAY), "appointment")
    assert m.date is not None and str(m.date.start) == "2031-04-14"


def test_a_post_taken_up_and_a_title_become() -> None:
    assert _appointments("Xie Feng took up his post as ambassador in Washington on "
                         "Monday.") == ["2031-04-14"]
    assert _appointments("Dong Jun became China's defense minister on Friday.") == [
        "2031-04-18"]


def test_no_post_no_appointment() -> None:
    # near misses: the same verbs, no title after them
    assert _appointments("Shanghai became a hub for chip makers in 2029.") == []
    assert _appointments("Beijing replaced Tokyo as the top buyer of American soybeans in "
                         "2029.") == []
    assert _appointments("The committee took up the matter on Monday.") == []
    assert _appointments("Solar panels replaced coal as the main source of power in "
                         "2029.") == []
