"""What was decided on a past date was then done (`the ministry decided in March to ban
imports of poultry`); a decision with no past date is still a plan."""

from __future__ import annotations

from extract_helpers import statuses_of


def test_decided_on_a_past_date_to_ban_is_a_ban_laid() -> None:
    found = statuses_of("Seoul decided in March to ban imports of Japanese seafood, officials "
                      "said.", "2013-09-20")
    assert found.get("ban") == "occurred"


def test_decided_with_no_date_stays_a_plan() -> None:
    # near miss: nothing says it was done
    found = statuses_of("Emmanuel Macron has decided to visit Beijing.", "2023-03-20")
    assert found.get("visit") == "planned"
