"""A person the lexicon lacks, set off by commas before `a <office> <title>` (`Brian Roe, a
Pacific Fleet spokesman, said`), holds that title: a speaker with a role, so what he says
on a date is a statement. Not any noun of people (`a Boston lawyer`)."""

from __future__ import annotations

from extract_helpers import days_of_kind, mentions_of, one_of_kind

DAY = "2031-04-20"  # a Sunday


def test_a_spokesman_in_apposition_is_a_speaker() -> None:
    text = "Brian Roe, a Pacific Fleet spokesman, said on Wednesday that the passage was routine."
    m = one_of_kind(mentions_of(text, DAY), "statement")
    roe = {a.name: a for a in m.actors}["Brian Roe"]
    assert roe.role == "spokesman"


def test_a_noun_that_is_no_title_gives_no_speaker() -> None:
    # near miss
    assert days_of_kind("John Smith, a Boston lawyer, said on Wednesday that he was happy.",
                        DAY, "statement") == []
