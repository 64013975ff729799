"""Helpers for extraction tests written as sentences: mentions of a text published on a
day, and the one mention of a kind (failing with what was found instead)."""

from __future__ import annotations

from usc_timeline.extract import extract_mentions
from usc_timeline.extract.context import Context
from usc_timeline.extract.found import DocEntities
from usc_timeline.extract.phrases import tokenize
from usc_timeline.extract.triggers import trigger_lexicon
from usc_timeline.lexicon import default_lexicon
from usc_timeline.model import Document, Mention, Published


def mentions_of(text: str, published: str) -> list[Mention]:
    return extract_mentions(Document("case.txt", text, published=Published(published, "test")))


def statuses_of(text: str, published: str) -> dict[str, str]:
    """The status of each kind found (the last mention of a kind wins)."""
    return {m.kind: m.status for m in mentions_of(text, published)}


def days_of_kind(text: str, published: str, kind: str) -> list[str]:
    """The start day of each mention of a kind (`undated` for one with no date)."""
    return [str(m.date.start) if m.date else "undated" for m in mentions_of(text, published)
            if m.kind == kind]


def one_of_kind(ms: list[Mention], kind: str) -> Mention:
    found = [m for m in ms if m.kind == kind]
    assert len(found) == 1, [(m.kind, m.status, m.date) for m in ms]
    return found[0]


def text_context(text: str) -> Context:
    """A real extraction Context of a text alone (no entities or time expressions), for
    tests of the pieces that read its text: a stand-in object would not do for a compiled
    build, which checks the type."""
    tokens = tokenize(text)
    return Context(Document("case.txt", text), text, tokens, tokens.starts, DocEntities(),
                   [], [], trigger_lexicon(()), None, default_lexicon())
