"""A suspension lifted or ended is a resumption, not a calling off (triggers.toml: the
noun `suspension` has its own group with an exclude list); one announced still is."""

from __future__ import annotations

from extract_helpers import mentions_of

PUBLISHED = "2031-03-08"  # a Saturday


def _cancellation_days(text: str) -> list[str]:
    return [m.date.start.isoformat() if m.date else "" for m in mentions_of(text, PUBLISHED)
            if m.kind == "cancellation"]


def test_a_suspension_lifted_calls_nothing_off() -> None:
    text = ("Washington suspended military exchanges with China on Monday. The suspension "
            "was lifted on Thursday, the Pentagon said.")
    assert "2031-03-06" not in _cancellation_days(text)


def test_a_suspension_announced_is_a_cancellation() -> None:
    # near miss: the same noun, announced
    text = "On Thursday China announced the suspension of military talks with Washington."
    assert _cancellation_days(text) == ["2031-03-06"]
