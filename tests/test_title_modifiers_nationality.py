"""A title that fixes no country (`legislator`, `envoy`) takes the nationality written
before it past its modifiers (`Chinese senior legislator`, `Polish former envoy`), as a
title that fixes a country already did. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import mentions_of


def _countries(text: str) -> dict[str, str | None]:
    return {a.name: a.country for m in mentions_of(text, "2012-03-07") for a in m.actors
            if a.kind == "person"}


def test_the_nationality_past_a_modifier_is_the_persons() -> None:
    assert _countries("Chinese senior legislator Tan Weiming met a Latvian delegation in "
                      "Beijing on Monday.").get("Tan Weiming") == "CN"
    assert _countries("Polish former envoy Marek Zielak met the Chinese ambassador in "
                      "Warsaw on Monday.").get("Marek Zielak") == "PL"


def test_no_nationality_written_makes_no_country() -> None:
    assert _countries("The senior legislator Tan Weiming met a Latvian delegation in "
                      "Beijing on Monday.").get("Tan Weiming") is None


def test_a_party_before_the_title_gives_no_country() -> None:
    assert _countries("The newly elected Labor Party leader Dov Aharon said on Thursday "
                      "that the party would quit the coalition.").get("Dov Aharon") is None
