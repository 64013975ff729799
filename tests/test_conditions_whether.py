"""An `if` that asks whether (`asked if`, `would not confirm if`) opens no condition: the
event it tells of may well have happened (extract/conditions.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from extract_helpers import text_context

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Published


def statuses(text: str) -> dict[str, str]:
    doc = Document("case.txt", text, published=Published("2024-03-15", "test"))
    return {m.kind: m.status for m in extract_mentions(doc)}


@pytest.mark.parametrize("text", [
    "Reporters asked if Blinken had met Wang Yi in Beijing on Monday.",
    "The ministry did not confirm if Wang Yi visited Moscow on Monday.",
])
def test_if_after_asking_is_whether(text: str) -> None:
    assert "planned" not in statuses(text).values()


def test_a_real_condition_still_plans() -> None:
    got = statuses("If Blinken holds talks with Wang Yi in Beijing, the ban may be lifted.")
    assert got.get("talks") == "planned"


def test_a_condition_is_worked_out_once_per_trigger() -> None:
    """Status, the report's date and the plans of a saying all ask whether a trigger is
    supposed; the answer is kept on the trigger and read back, not searched for again."""
    from usc_timeline.extract.conditions import conditional
    from usc_timeline.extract.context import Trigger
    from usc_timeline.extract.triggers import KindSpec
    from usc_timeline.text import Sentence

    text = ("China said on Monday it would impose sanctions if Blinken holds talks with "
            "Tsai Ing-wen in Taipei.")
    ctx = text_context(text)
    at = text.index("holds talks")
    trig = Trigger(at, at + len("holds talks"), 0, 0, KindSpec("talks"), True, "holds talks")
    sent = Sentence(0, len(text), text)
    assert conditional(ctx, trig, sent) is True
    assert trig.supposed is True
    trig.supposed = False  # what is kept is what the next question reads
    assert conditional(ctx, trig, sent) is False
