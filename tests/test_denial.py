"""A trigger the sentence denies is no event (extract/denial.py, lexicon/data/denial.toml):
`have not met`, `failed to agree`, `no talks` — but `not his first visit`, `not only met`
and `did not meet until Friday` still report one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Published


def kinds(text: str, published: str = "2024-03-15") -> list[tuple[str, str]]:
    doc = Document("case.txt", text, published=Published(published, "test"))
    return [(m.kind, m.status) for m in extract_mentions(doc)]


@pytest.mark.parametrize(("text", "kind"), [
    ("Defense ministers Lloyd Austin and Dong Jun did not meet in Singapore on Friday.",
     "meeting"),
    ("The two foreign ministers have never visited each other's capitals.", "visit"),
    ("Chinese and US negotiators failed to reach an agreement on tariffs in Geneva on Tuesday.",
     "agreement"),
    ("Washington and Beijing will not reach any agreement on chips this year, Raimondo said.",
     "agreement"),
    ("The talks in Beijing produced no agreement on Taiwan on Monday, officials said.",
     "agreement"),
    ("Secretary of State Antony Blinken didn't meet Wang Yi in Munich on Saturday.", "meeting"),
    ("There will be no talks between Blinken and Wang Yi in Bangkok next week.", "talks"),
])
def test_a_denied_event_is_no_mention(text: str, kind: str) -> None:
    assert kind not in {k for k, _ in kinds(text)}


@pytest.mark.parametrize(("text", "kind"), [
    # a predicate: he did visit
    ("Blinken arrived in Beijing on Sunday; it was not his first visit to China.", "visit"),
    ("Austin not only met Dong Jun in Singapore on Friday but also spoke to reporters.",
     "meeting"),
    # put off, not denied: the meeting happened on Friday
    ("Austin did not meet Dong Jun until Friday, when the two talked in Singapore.", "meeting"),
    # the negation belongs to another clause
    ("Officials would not say why, but Blinken met Wang Yi in Munich on Saturday.", "meeting"),
])
def test_an_event_the_sentence_does_not_deny_is_kept(text: str, kind: str) -> None:
    assert kind in {k for k, _ in kinds(text)}
