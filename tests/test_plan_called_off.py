"""A relative clause on a called-off event that tells the plan itself (`cancelled the
forum it was to host next month`, `postponed the talks they were due to hold in May`) is
that plan, called off: not a plan still standing."""

from __future__ import annotations

from extract_helpers import mentions_of


def _statuses(text: str, published: str) -> list[tuple[str, str]]:
    return [(m.kind, m.status) for m in mentions_of(text, published)]


def test_the_plan_in_a_clause_on_the_cancelled_summit_is_cancelled() -> None:
    found = _statuses("Peru on Tuesday cancelled the regional summit it was to host next "
                      "month.", "2023-03-15")
    assert ("meeting", "planned") not in found
    assert ("meeting", "cancelled") in found


def test_a_plan_in_a_clause_of_its_own_stays_planned() -> None:
    # near miss: another plan, joined by `and`, is not the one called off
    found = _statuses("Peru on Tuesday cancelled the regional summit, and Dina Boluarte was "
                      "to meet Xi Jinping next month instead.", "2023-03-15")
    assert ("summit", "planned") in found
