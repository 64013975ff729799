"""What `signed` and `agree` do not mean (lexicon/data/triggers.toml): a signed letter,
article or petition binds nobody, and an opinion that seems to agree with a view is no
agreement — while signing a memorandum and agreeing to act still are. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Published


def kinds(text: str) -> set[str]:
    doc = Document("case.txt", text, published=Published("2024-03-15", "test"))
    return {m.kind for m in extract_mentions(doc)}


@pytest.mark.parametrize("text", [
    "His signed article was published by the People's Daily on Thursday.",
    "The Chinese ambassador delivered a signed letter from Xi Jinping to Biden on Monday.",
    "About 10,000 residents of Shanghai signed a petition against the plan on Tuesday.",
    "Chicago's futures market seemed to agree Thursday with the Chinese central bank.",
    "Officials in Washington agreed with the assessment of the Chinese economy on Monday.",
])
def test_no_agreement(text: str) -> None:
    assert "agreement" not in kinds(text)


@pytest.mark.parametrize("text", [
    "Blinken and Wang Yi signed a memorandum on student exchanges in Beijing on Monday.",
    "Biden and Xi agreed in Woodside on Wednesday to restore military communications.",
    "China and the United States agreed on Thursday to extend the tariff truce.",
])
def test_still_an_agreement(text: str) -> None:
    assert "agreement" in kinds(text)
