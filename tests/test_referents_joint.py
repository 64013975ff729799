"""`Their talks` right after a sentence that opens on two people as its joint subject
(`On Saturday Lopez and Okafor signed a pact. Their talks ran late`) are those two's, not
the two of the document's last meeting named paragraphs before. Our own people."""

from __future__ import annotations

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Mention, Published

TEXT = ("President Lopez met Chancellor Anna Berg in Oslo on Monday. On Saturday President "
        "Lopez and Prime Minister Sara Okafor signed a trade pact in Lima. {last}")


def _talks(last: str) -> Mention:
    doc = Document("a.txt", TEXT.format(last=last), published=Published("2031-05-12", "test"))
    (talks,) = [m for m in extract_mentions(doc) if m.trigger == "talks"]
    return talks


def test_their_talks_are_the_two_the_sentence_before_opens_on() -> None:
    talks = _talks("Their talks on Saturday evening ran late into the night.")
    assert {a.name for a in talks.actors} == {"Lopez", "Sara Okafor"}


def test_the_people_their_talks_are_with_join_the_pair() -> None:
    # `their` owns the talks; those named after `with` are the other side
    talks = _talks("Their talks with Chancellor Anna Berg and President Omar Haddad ran late.")
    assert {a.name for a in talks.actors} == {"Lopez", "Sara Okafor", "Anna Berg",
                                               "Omar Haddad"}
