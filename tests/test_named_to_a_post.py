"""Naming someone to a post is an appointment (the `named_to_a_post` check of
triggers.toml, extract/guests.py): the name right after the verb, then `as`/`to be` and
a title of the lexicon. Sentences written for these tests."""

from __future__ import annotations

import pytest

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Published


def appointments(text: str) -> list[set[str]]:
    doc = Document("case.txt", text, published=Published("2024-03-15", "test"))
    return [{a.name for a in m.actors} for m in extract_mentions(doc) if m.kind == "appointment"]


@pytest.mark.parametrize(("text", "named"), [
    ("Biden named Nicholas Burns as ambassador to China on Wednesday.", "Nicholas Burns"),
    ("The Senate confirmed Nicholas Burns as ambassador to China on Thursday.",
     "Nicholas Burns"),
    ("Xi named Qin Gang as China's foreign minister on Friday.", "Qin Gang"),
    ("Beijing named Xie Feng as its new ambassador to Washington on Tuesday.", "Xie Feng"),
])
def test_named_to_a_post(text: str, named: str) -> None:
    found = appointments(text)
    assert found and named in found[0]


@pytest.mark.parametrize("text", [
    "The couple named their baby Bei Bei in Beijing on Monday.",
    "Officials confirmed Nicholas Burns would travel to Beijing on Monday.",
    "Xi named the new bridge in Shanghai after his father on Friday.",
    "Biden named China as the main challenge to the United States on Wednesday.",
])
def test_no_post_no_appointment(text: str) -> None:
    assert appointments(text) == []
