"""`The two leaders` when the article names one head only, and `they` going on with the
plural subject of the sentence before (extract/referents.py, `_head_and_side` and
`_plural_before`). Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import mentions_of

_NEGOTIATORS = ("Negotiators from Washington and Beijing met in Madrid on Monday. Vice "
                "Premier Ding Xuexiang led the Chinese side, and Commerce Secretary Gina "
                "Raimondo attended. President Obama has said he wants a deal. ")


def _actors(text: str, kind: str) -> list[list[str]]:
    return [[a.name for a in m.actors] for m in mentions_of(text, "2016-07-10")
            if m.kind == kind]


def test_two_leaders_are_the_one_head_and_the_other_side() -> None:
    text = _NEGOTIATORS + "The two leaders could meet in Lima in November."
    (planned,) = [m for m in mentions_of(text, "2016-07-10") if m.status == "planned"]
    names = [a.name for a in planned.actors]
    assert "Barack Obama" in names and "China" in names
    assert "Gina Raimondo" not in names and "Ding Xuexiang" not in names


def test_they_goes_on_with_the_two_leaders_of_the_sentence_before() -> None:
    text = (_NEGOTIATORS + "The two leaders could meet in Lima in November. They last spoke "
            "by telephone in early March.")
    (call,) = _actors(text, "call")
    assert "Barack Obama" in call and "China" in call and "Gina Raimondo" not in call


def test_two_heads_named_stay_the_two_heads() -> None:
    # near miss: both heads are named, so the two leaders are they, not a head and a side
    text = ("President Obama has said he wants a deal, and President Xi Jinping agrees. "
            "Commerce Secretary Gina Raimondo met Vice Premier Ding Xuexiang on Monday. "
            "The two leaders could meet in Lima in November.")
    planned = [m for m in mentions_of(text, "2016-07-10") if m.status == "planned"]
    assert len(planned) == 1
    names = [a.name for a in planned[0].actors]
    assert "Barack Obama" in names and "Xi Jinping" in names


def test_they_after_a_named_pair_stays_that_pair() -> None:
    # near miss: the sentence before opens on two names, not a plural; `they` is those two
    text = ("Commerce Secretary Gina Raimondo and Vice Premier Ding Xuexiang met in Madrid "
            "on Monday. They last spoke by telephone in early March.")
    (call,) = _actors(text, "call")
    assert "Gina Raimondo" in call and "Ding Xuexiang" in call
