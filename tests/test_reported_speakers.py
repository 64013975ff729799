"""The speaker of a trailing attribution (`..., a rights group said on Monday`) is the
reporting verb's own subject (extract/speakers.py, lexicon/data/speakers.toml): people
named in what was said are its topic. Sentences written for these tests, with near
misses where the person named does speak."""

from __future__ import annotations

import pytest

from usc_timeline.extract import extract_mentions
from usc_timeline.extract.speakers import read_speaker_words
from usc_timeline.lexicon import LexiconError
from usc_timeline.model import Document, Mention, Published

_SAYING = ("statement", "announcement")


def sayings(text: str, published: str = "2024-03-12") -> list[Mention]:
    doc = Document("case.txt", text, published=Published(published, "test"))
    return [m for m in extract_mentions(doc) if m.kind in _SAYING]


def speakers(text: str) -> set[str]:
    return {a.name for m in sayings(text) for a in m.actors if a.kind == "person"}


@pytest.mark.parametrize("text, topic", [
    ("North Korea's leadership, including Kim Jong Un, bears responsibility for the abuses, "
     "a rights group said on Monday.", "Kim Jong Un"),
    ("The ruling party, led by Prime Minister Narendra Modi, won 240 seats, the election "
     "commission announced on Tuesday.", "Narendra Modi"),
    ("Vladimir Putin is ready to end the war, Chinese state television said on Sunday, and "
     "Xi Jinping is ready to help.", "Xi Jinping"),
])
def test_a_person_said_about_is_no_speaker(text: str, topic: str) -> None:
    assert topic not in speakers(text)


def test_the_speaker_after_the_verb_stays_alone() -> None:
    found = speakers('"Kim Jong Un must return to the table," said Antony Blinken on Monday.')
    assert found == {"Antony Blinken"}


@pytest.mark.parametrize("text, speaker", [
    ("Japan must stop its provocations, Wang Yi said on Monday.", "Wang Yi"),
    ("Wang Yi, the foreign minister, said on Monday that Japan must stop its provocations.",
     "Wang Yi"),
    ("Emmanuel Macron urged Xi Jinping to act and said Europe must be firm, the Elysee said "
     "on Monday.", "Emmanuel Macron"),
])
def test_a_speaker_named_before_the_verb_or_in_a_saying_of_his_own_stays(
        text: str, speaker: str) -> None:
    assert speaker in speakers(text)


def test_a_malformed_file_names_the_file_and_key() -> None:
    with pytest.raises(LexiconError, match=r"s\.toml.*adjuncts"):
        read_speaker_words('max_subject_words = 8\nopeners = []\nno_speaker = []\n'
                           'pronouns = []\n', "s.toml")
