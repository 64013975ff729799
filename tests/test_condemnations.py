"""A side condemning the other on a date is a statement (extract/addressed.py), in more
words (slammed, accused, blasted, …), with its date in an aside before the verb, and even
when the event it condemns is named in its object: that event is not dated by the day it
was condemned. A verb's date stands before it when what follows it is what the verb is
about (`criticized X for jailing the activists in 2029`)."""

from __future__ import annotations

from extract_helpers import days_of_kind, mentions_of, one_of_kind

DAY = "2031-04-20"  # a Sunday


def _statements(text: str) -> list[str]:
    return days_of_kind(text, DAY, "statement")


def test_slamming_the_other_side_is_a_statement() -> None:
    m = one_of_kind(mentions_of("Beijing on Tuesday slammed the American decision to sell "
                                "fighter jets to Taiwan as a provocation.", DAY), "statement")
    assert m.date is not None and str(m.date.start) == "2031-04-15"
    assert {"China", "United States"} <= {a.name for a in m.actors}


def test_a_date_in_an_aside_before_the_verb() -> None:
    assert _statements("The Chinese embassy, in a post on Friday, accused the Pentagon of "
                       "spreading lies.") == ["2031-04-18"]


def test_a_measure_condemned_is_not_dated_by_its_condemnation() -> None:
    ms = mentions_of("China's foreign ministry on Tuesday denounced the new American export "
                     "controls as bullying.", DAY)
    assert _statements("China's foreign ministry on Tuesday denounced the new American "
                       "export controls as bullying.") == ["2031-04-15"]
    assert one_of_kind(ms, "export_control").date is None
    ms = mentions_of("Wang Yi on Monday condemned the U.S. sanctions on Chinese firms.", DAY)
    m = one_of_kind(ms, "statement")
    assert m.date is not None and str(m.date.start) == "2031-04-14"
    assert "Wang Yi" not in {a.name for a in one_of_kind(ms, "sanction").actors}


def test_a_third_sides_measure_condemned_stays_as_it_was() -> None:
    # near miss: no side of the other named, so no statement of the two
    assert _statements("Beijing on Monday condemned the sanctions that Brussels imposed on "
                       "Russia.") == []


def test_blasting_off_is_no_statement() -> None:
    # near miss
    assert _statements("Astronaut Jane Placeholder blasted off from Hainan on Saturday.") == []


def test_what_a_stance_is_about_has_its_own_date() -> None:
    assert _statements("On April 3 Senator Jane Placeholder criticized Beijing for jailing "
                       "the activists in 2029.") == ["2031-04-03"]
    # near miss: with no date before the verb, the one after it is still read
    assert _statements("Senator Jane Placeholder criticized Beijing for jailing the "
                       "activists on Tuesday.") == ["2031-04-15"]


def test_dated_right_after_the_other_side_named() -> None:
    assert _statements("The State Department criticized Beijing on Tuesday over its "
                       "treatment of the activists.") == ["2031-04-15"]
    # near miss: a date in what the condemnation is about
    assert _statements("The State Department criticized Beijing over its plans to hold "
                       "drills in June.") == []
