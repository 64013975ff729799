"""An `if` that asks whether (`asked if`, `would not confirm if`) opens no condition: the
event it tells of may well have happened (extract/conditions.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest

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



def test_a_condition_is_worked_out_once_per_trigger(monkeypatch: pytest.MonkeyPatch) -> None:
    """Status, the report's date and the plans of a saying all ask whether a trigger is
    supposed; the openers before it are searched for once, not once per question."""
    from usc_timeline.extract import conditions

    searched: list[int] = []  # where each search for an opener stopped: a trigger's start
    opener = conditions._OPENER

    class Counting:
        def finditer(self, ctx: object, start: int, end: int) -> object:
            searched.append(end)
            return opener.finditer(ctx, start, end)  # type: ignore[arg-type]

    monkeypatch.setattr(conditions, "_OPENER", Counting())
    text = ("China said on Monday it would impose sanctions if Blinken holds talks with "
            "Tsai Ing-wen in Taipei.")
    doc = Document("case.txt", text, published=Published("2024-03-15", "test"))
    assert extract_mentions(doc)
    assert searched
    assert len(searched) == len(set(searched))
