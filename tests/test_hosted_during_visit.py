"""`X hosted Y during her visit`: the visit is the guest's, not the host's
(extract/hosted.py); and a person before `during`/`after` + owner is no premodifier of
the noun that follows (extract/segments.py, `_PREMODIFIER_GAP`). Sentences written for
these tests."""

from __future__ import annotations

from extract_helpers import mentions_of


def _of_kind(text: str, kind: str) -> list[list[str]]:
    return [[a.name for a in m.actors] for m in mentions_of(text, "2024-05-20")
            if m.kind == kind]


def test_the_guest_of_hosted_makes_the_visit() -> None:
    text = ("Vice Premier He Lifeng hosted Janet Yellen, the Treasury secretary, during her "
            "visit to Guangzhou in early April.")
    (visit,) = _of_kind(text, "visit")
    assert "Janet Yellen" in visit and "He Lifeng" not in visit


def test_the_guest_of_received_makes_the_visit_and_meets_the_host() -> None:
    text = "Premier Li Qiang received Chancellor Olaf Scholz during his visit to Beijing."
    (visit,) = _of_kind(text, "visit")
    assert visit == ["Olaf Scholz"]
    (meeting,) = [names for kind in ("meeting", "summit") for names in _of_kind(text, kind)]
    assert "Olaf Scholz" in meeting and "Li Qiang" in meeting


def test_a_person_not_the_object_of_the_hosting_verb_is_no_guest() -> None:
    # near miss: Scholz is named after `a letter from`, not as the one received
    text = "Premier Li Qiang received a letter from Olaf Scholz during his visit to Berlin."
    (visit,) = _of_kind(text, "visit")
    assert "Li Qiang" in visit


def test_the_one_met_during_a_visit_is_met_not_the_visitor() -> None:
    text = ("Lula is scheduled to meet President Xi Jinping and Premier Li Qiang during his "
            "visit to Beijing.")
    meetings = [names for kind in ("meeting", "summit") for names in _of_kind(text, kind)]
    assert len(meetings) == 1 and "Li Qiang" in meetings[0]
    (visit,) = _of_kind(text, "visit")
    assert "Li Qiang" not in visit


def test_a_possessor_right_before_the_noun_stays() -> None:
    # near miss: `Xie Feng's arrival` keeps its possessor
    (arrival,) = _of_kind("Ambassador Xie Feng's arrival in Washington came on Tuesday.",
                          "arrival")
    assert arrival == ["Xie Feng"]
