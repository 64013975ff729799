"""Helpers for extraction tests written as sentences: mentions of a text published on a
day, and the one mention of a kind (failing with what was found instead)."""

from __future__ import annotations

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Mention, Published


def mentions_of(text: str, published: str) -> list[Mention]:
    return extract_mentions(Document("case.txt", text, published=Published(published, "test")))


def statuses_of(text: str, published: str) -> dict[str, str]:
    """The status of each kind found (the last mention of a kind wins)."""
    return {m.kind: m.status for m in mentions_of(text, published)}


def one_of_kind(ms: list[Mention], kind: str) -> Mention:
    found = [m for m in ms if m.kind == kind]
    assert len(found) == 1, [(m.kind, m.status, m.date) for m in ms]
    return found[0]
