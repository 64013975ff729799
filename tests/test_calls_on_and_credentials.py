"""More wordings of diplomacy: calling on a person named is a courtesy call (calling on
someone to do something stays a statement), presenting credentials takes up an
ambassador's post, and goods arriving are no one's arrival."""

from __future__ import annotations

from extract_helpers import days_of_kind

DAY = "2031-04-20"  # a Sunday


def test_calling_on_a_person_is_a_meeting() -> None:
    assert days_of_kind("Antony Blinken called on Premier Li Qiang in Beijing on Friday.", DAY,
                        "meeting") == ["2031-04-18"]
    # near miss: called on to do something
    text = "Antony Blinken called on Beijing on Friday to release the detained Americans."
    assert days_of_kind(text, DAY, "meeting") == []
    assert days_of_kind(text, DAY, "statement") == ["2031-04-18"]


def test_presenting_credentials_is_an_appointment() -> None:
    assert days_of_kind("Xie Feng presented his credentials to President Biden on Thursday.",
                        DAY, "appointment") == ["2031-04-17"]


def test_goods_arriving_are_no_arrival() -> None:
    assert days_of_kind("The package arrived in Beijing on Tuesday.", DAY, "arrival") == []
