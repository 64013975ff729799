"""A lone capitalised word right after a firm's noun is that firm (`Australian flag-carrier
Qantas announced`, `oil giant Yukos`), with the nationality written before the noun;
alone, or after another noun, it stays out. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import mentions_of, one_of_kind

from usc_timeline.model import Actor


def _actors(text: str, kind: str) -> list[Actor]:
    return list(one_of_kind(mentions_of(text, "2015-06-10"), kind).actors)


def test_a_word_after_a_firms_noun_is_the_firm() -> None:
    actors = _actors("Chilean flag-carrier Tamarca announced on Tuesday that it would buy "
                     "twenty airliners.", "announcement")
    firm = next(a for a in actors if a.name == "Tamarca")
    assert (firm.kind, firm.country) == ("organization", "CL")


def test_a_firms_noun_with_a_trade_before_it() -> None:
    actors = _actors("Brazilian steel giant Ferrobras agreed on Monday to buy a Chilean "
                     "mill.", "agreement")
    assert any(a.name == "Ferrobras" and a.country == "BR" for a in actors)


def test_a_lone_word_with_no_firms_noun_stays_out() -> None:
    ms = mentions_of("Tamarca announced on Tuesday that it would buy twenty airliners.",
                     "2015-06-10")
    assert all(a.name != "Tamarca" for m in ms for a in m.actors)


def test_a_full_name_after_a_firms_noun_stays_a_person() -> None:
    # a spokesman's name after `the company` is a person, as it was
    ms = mentions_of("A spokesman for the company Pedro Almonte said on Tuesday that the "
                     "airline would buy twenty airliners.", "2015-06-10")
    assert all(not (a.name == "Pedro Almonte" and a.kind == "organization")
               for m in ms for a in m.actors)
