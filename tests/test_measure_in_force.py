"""A definite measure noun said to come into force, in a sentence naming no party, is the
measure the article told last (extract/referents.py `measure_told_before`): `The duties
take effect on March 3` is that day's measure of the side that announced it."""

from __future__ import annotations

from datetime import date

from extract_helpers import mentions_of

PUBLISHED = "2031-02-20"  # a Thursday


def _measures_on(text: str, day: date) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.status, tuple(sorted(a.name for a in m.actors)))
            for m in mentions_of(text, PUBLISHED)
            if m.kind == "sanction" and m.date is not None and m.date.start == day]


def test_the_duties_take_effect_on_a_later_day() -> None:
    text = ("China's Commerce Ministry said it would put a 20 percent levy on American "
            "soybeans and pork. The duties take effect on March 3.")
    assert _measures_on(text, date(2031, 3, 3)) == [
        ("planned", ("Ministry of Commerce", "United States"))]


def test_the_new_tariffs_went_into_effect_in_another_paragraph() -> None:
    text = ("Washington on Monday announced tariffs of 15 percent on Chinese steel.\n\n"
            "The new tariffs went into effect at midnight on Wednesday, customs officers "
            "at the ports said.")
    found = _measures_on(text, date(2031, 2, 19))
    assert [status for status, _ in found] == ["occurred"]
    assert "United States" in found[0][1]


def test_a_measure_that_harms_is_not_one_coming_into_force() -> None:
    # near miss: the same noun with another verb and a date is no new measure
    text = ("China's Commerce Ministry said it would put a 20 percent levy on American "
            "soybeans. The duties have hurt farmers since 2019.")
    assert not [m for m in mentions_of(text, PUBLISHED)
                if m.date is not None and m.date.start.year == 2019]


def test_no_measure_told_before_leaves_it_without_parties() -> None:
    # near miss: nothing told before for `the duties` to name again
    text = "Officials met the farmers. The duties take effect on March 3."
    assert not [m for m in mentions_of(text, PUBLISHED) if m.kind == "sanction"]
