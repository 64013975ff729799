"""Countermeasures in a quarrel over tariffs are a measure laid in return (a sanction:
lexicon/data/triggers.toml); promised or threatened ones are not yet taken."""

from __future__ import annotations

from extract_helpers import mentions_of

PUBLISHED = "2031-02-07"  # a Friday


def _countermeasures(text: str) -> list[tuple[str, str, set[str]]]:
    return [(m.kind, m.date.start.isoformat() if m.date else "", {a.name for a in m.actors})
            for m in mentions_of(text, PUBLISHED) if "countermeasures" in m.trigger]


def test_countermeasures_announced_in_a_tariff_quarrel() -> None:
    text = ("Minutes after the American tariffs took effect on Tuesday, Beijing announced "
            "countermeasures aimed at U.S. farm exports.")
    found = _countermeasures(text)
    assert [(kind, day) for kind, day, _ in found] == [("sanction", "2031-02-04")]
    assert "China" in found[0][2]


def test_countermeasures_promised_or_threatened_are_none() -> None:
    # near misses: a statement promising them, an embassy threatening them
    text = ("Beijing on Tuesday issued a statement promising countermeasures against the "
            "American tariffs. On Wednesday the Chinese embassy threatened countermeasures "
            "over the new duties.")
    assert _countermeasures(text) == []
