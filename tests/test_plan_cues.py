"""Plan cues read through an adverb inside them (`is also expected to`), and a bare verb
joined by `and`/`and then` to a planned verb is part of the plan (`is due to meet X on
Wednesday and then fly to Y`); a past verb so joined is not."""

from __future__ import annotations

from extract_helpers import statuses_of


def test_cue_with_an_adverb_inside_still_plans() -> None:
    found = statuses_of("The Bundestag is also expected to approve the new free trade agreement "
                      "with Japan on Friday.", "2019-02-01")
    assert found.get("agreement") == "planned"


def test_bare_verb_after_and_then_shares_the_plan() -> None:
    found = statuses_of("Mr. Scholz is due to meet President Xi Jinping on Friday and then "
                      "fly to Hanoi.", "2022-11-04")
    assert found.get("visit") == "planned"


def test_past_verb_after_and_is_no_plan() -> None:
    # near miss: the past tense tells what happened
    found = statuses_of("Mr. Scholz was keen to meet President Xi Jinping on Friday and flew "
                      "to Hanoi.", "2022-11-05")
    assert found.get("visit") == "occurred"
