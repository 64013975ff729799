"""A close encounter of ships or planes is an incident, not a meeting of the two sides;
without craft or forces in the sentence it is not an incident."""

from __future__ import annotations

from extract_helpers import mentions_of


def _kinds(text: str) -> list[str]:
    return [m.kind for m in mentions_of(text, "2021-06-20")]


def test_close_encounter_of_planes_is_an_incident() -> None:
    kinds = _kinds("Canberra protested last week's close encounter between a Chinese "
                   "fighter and an Australian surveillance plane over the South China Sea.")
    assert "military_incident" in kinds
    assert "meeting" not in kinds


def test_close_encounter_without_craft_is_no_incident() -> None:
    # near miss: nothing military in the sentence
    kinds = _kinds("Their close encounter at a Paris gallery last week was reported by "
                   "Le Monde.")
    assert "military_incident" not in kinds
