"""An institution's own statement is its act (`The State Department lodged a protest with
Beijing on Monday`: the State Department is a party); an institution reporting what
others did is not a party of that (`The State Department said the meeting in New York
touched on trade`). Our own sentences."""

from __future__ import annotations

from extract_helpers import mentions_of


def test_an_institution_lodging_a_protest_is_its_party() -> None:
    for text, body in [
        ("The State Department lodged a protest with Beijing on Monday.", "State Department"),
        ("China's Foreign Ministry lodged a protest with Washington on Monday.",
         "Foreign Ministry"),
    ]:
        found = [m for m in mentions_of(text, "2031-05-14") if m.kind == "statement"]
        assert found, text
        assert any(body.casefold() in a.name.casefold() for a in found[0].actors), found


def test_an_institution_reporting_a_meeting_is_no_party_of_it() -> None:
    found = mentions_of("The State Department said the meeting in New York touched on "
                        "trade.", "2031-05-14")
    assert found
    assert all("State Department" not in a.name for m in found for a in m.actors), found
