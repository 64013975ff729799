"""A measure's agent is no one who reports inside the clause it answered: `It suspended
talks, a day after the ministry told parliament of a sale` (extract/referents.py,
`attribution`). Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import mentions_of


def _actors(text: str, kind: str) -> list[list[str]]:
    return [[a.name for a in m.actors] for m in mentions_of(text, "2019-08-20")
            if m.kind == kind]


def test_who_tells_in_an_after_clause_is_no_agent() -> None:
    text = ("Beijing has not hidden its anger with Washington this summer. It suspended "
            "defense talks in July, two days after the White House told Congress of a "
            "fighter sale to Taiwan.")
    (suspended,) = _actors(text, "cancellation")
    assert "China" in suspended
    assert "White House" not in suspended and "Congress" not in suspended


def test_who_reports_the_measure_stays_its_agent() -> None:
    # near miss: the report is the main clause's, not one the measure answered
    (tariffs,) = _actors("New tariffs on steel take effect on Monday, the White House said.",
                         "sanction")
    assert tariffs == ["White House"]
