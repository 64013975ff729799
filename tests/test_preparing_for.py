"""What is being prepared for is still to come (`are making preparations for a summit`,
`met to prepare for the talks`); being `prepared for` something (ready) says nothing."""

from __future__ import annotations

from extract_helpers import statuses_of


def test_preparations_for_a_summit_plan_it() -> None:
    found = statuses_of("Officials in Paris are making preparations for a summit between "
                      "Emmanuel Macron and Xi Jinping.", "2023-03-27")
    assert found.get("summit") == "planned"


def test_being_prepared_for_a_summit_is_no_plan() -> None:
    # near miss: an adjective, and a summit that took place
    found = statuses_of("Emmanuel Macron was well prepared for his summit with Xi Jinping in "
                      "Beijing on Thursday.", "2023-03-27")
    assert found.get("summit") == "occurred"
