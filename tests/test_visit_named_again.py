"""The visit the article is about, named again as a bare definite noun at the end of a
phrase (`what Tokyo wants from the visit, saying …`), is not a visit dated by that
sentence."""

from __future__ import annotations

from extract_helpers import mentions_of

_FIRST = "Fumio Kishida arrives in Canberra on Monday for a three-day state visit. "


def _visit_days(text: str) -> list[str]:
    return [str(m.date.start) for m in mentions_of(_FIRST + text, "2022-10-22")
            if m.kind == "visit" and m.date is not None]


def test_visit_named_again_before_a_participle_takes_no_date() -> None:
    days = _visit_days("On Friday Foreign Minister Yoshimasa Hayashi used a speech in Tokyo "
                       "to set out what Japan wants from the visit, saying ties were at a "
                       "turning point and pressing Australia on trade.")
    assert "2022-10-21" not in days


def test_visit_with_a_time_of_its_own_keeps_it() -> None:
    # near miss: a time told of the visit itself
    days = _visit_days("Hayashi will join the visit on Tuesday, officials said.")
    assert "2022-10-25" in days
