"""People who share a surname with someone the lexicon knows, but are someone else.

A full name written with a known surname and another given name is another person, an
actor of its own wherever a person stands; a sentence's capitalised first word before a
known surname is that given name unless it is a word that opens sentences (the word
lists), or one the article writes in lower case elsewhere. Sentences written for these
tests; the people in them are invented.
"""

from __future__ import annotations

import pytest

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Mention, Published


def _mentions(text: str, published: str = "2024-05-10") -> list[Mention]:
    doc = Document("case.txt", text, published=Published(published, "test"))
    return extract_mentions(doc)


def _actors(text: str, kind: str) -> list[str]:
    """The actor names of the one mention of `kind` the text gives."""
    found = [m for m in _mentions(text) if m.kind == kind]
    assert len(found) == 1, [(m.kind, [a.name for a in m.actors]) for m in _mentions(text)]
    return [a.name for a in found[0].actors]


@pytest.mark.parametrize(("text", "kind", "person", "not_person"), [
    # a given name opening the sentence, before a trigger verb
    ("Marcus Blinken met Chinese trade officials in Shanghai on Tuesday.", "meeting",
     "Marcus Blinken", "Antony Blinken"),
    # the same name inside the sentence, where nothing made it an actor before
    ("On Tuesday, Marcus Blinken met Chinese trade officials in Shanghai.", "meeting",
     "Marcus Blinken", "Antony Blinken"),
    # the object of `talks with`, family name first
    ("Secretary of State Antony Blinken held talks with Wang Haoran in Beijing on Friday.",
     "talks", "Wang Haoran", "Wang Yi"),
    # family name first, opening the sentence
    ("Qin Haoyu visited Washington on Monday.", "visit", "Qin Haoyu", "Qin Gang"),
    # both words lexicon surnames (Xu Qiliang, Lin Jian): someone else, the subject
    ("On Monday, Xu Lin met Gary Locke in Beijing.", "meeting", "Xu Lin", "Lin Jian"),
    ("Gary Locke met Xu Lin in Beijing on Monday.", "meeting", "Xu Lin", "Xu Qiliang"),
    # a given name that one lexicon person (C. C. Wei) writes last, after a surname
    ("On Monday, Ding Wei met Gary Locke in Beijing.", "meeting", "Ding Wei",
     "Wei Jingsheng"),
    # the speaker after what was said
    ('"The visit went well," said Mark Blinken, who met Chinese officials on Monday.',
     "meeting", "Mark Blinken", "Antony Blinken"),
])
def test_another_given_name_is_another_person(text: str, kind: str, person: str,
                                              not_person: str) -> None:
    actors = _actors(text, kind)
    assert person in actors
    assert not_person not in actors


def test_the_bare_surname_after_the_full_name_is_that_person() -> None:
    text = ("Marcus Blinken arrived in Beijing on Monday. On Tuesday, Blinken met Chinese "
            "trade officials.")
    actors = _actors(text, "meeting")
    assert "Marcus Blinken" in actors
    assert "Antony Blinken" not in actors


@pytest.mark.parametrize(("text", "person", "not_person"), [
    # family name first, then `Mr.` with the family name alone: the Zhou the article named
    ("Zhou Haoming, the deputy trade minister, met Antony Blinken in Beijing on Friday. "
     "On Saturday, Mr. Zhou visited Shanghai.", "Zhou Haoming", "Zhou Xiaochuan"),
    ("Chief negotiator Wang Lihong met Antony Blinken on Friday. Mr. Wang later visited "
     "Washington.", "Wang Lihong", "Wang Yi"),
    # the lexicon person named in full before the other of his surname: `Mr. Wang` is he
    ("Wang Yi met Antony Blinken on Monday. His wife, Wang Lihong, stayed home. Mr. Wang "
     "later visited Washington.", "Wang Yi", "Wang Lihong"),
    ("Zhou Haoming met Antony Blinken on Friday. Governor Zhou Xiaochuan met Timothy "
     "Geithner on Friday. On Saturday, Mr. Zhou visited Washington.", "Zhou Xiaochuan",
     "Zhou Haoming"),
])
def test_mr_and_a_surname_is_the_one_the_article_named_family_name_first(
        text: str, person: str, not_person: str) -> None:
    actors = _actors(text, "visit")
    assert person in actors
    assert not_person not in actors


def test_mr_and_a_surname_after_a_misspelt_full_name_is_the_lexicon_person() -> None:
    # `Hu Jintoa` is one letter (two swapped) off Hu Jintao: he, not someone else
    text = "President Hu Jintoa met George W. Bush on Thursday. Mr. Hu visited Seattle."
    visits = [m for m in _mentions(text, "2006-04-21") if m.kind == "visit"]
    assert [a.name for m in visits for a in m.actors] == ["Hu Jintao"]


@pytest.mark.parametrize(("text", "kind", "person"), [
    # sentence-opening adverbs, modals and party words are no given names
    ("Meanwhile Blinken met Wang Yi in Beijing on Friday.", "meeting", "Antony Blinken"),
    ("Afterwards Blinken met Wang Yi in Beijing on Friday.", "meeting", "Antony Blinken"),
    ("Republican Trump met Xi Jinping in Beijing on Thursday.", "meeting", "Donald Trump"),
    ("Presidents Biden and Xi met in Woodside on Wednesday.", "summit", "Joe Biden"),
    ("Candidate Trump visited Beijing on Monday.", "visit", "Donald Trump"),
    ("Senior Biden aides met Chinese officials in Geneva on Monday.", "meeting", "Joe Biden"),
    # a word the article writes in lower case elsewhere opens the sentence
    ("The grant was renewed. Grant Blinken met Wang Yi in Shanghai on Tuesday.", "meeting",
     "Antony Blinken"),
])
def test_a_sentence_opener_is_no_given_name(text: str, kind: str, person: str) -> None:
    actors = _actors(text, kind)
    assert person in actors
    assert not any(a.endswith(person.split()[-1]) and a != person for a in actors)


@pytest.mark.parametrize("text", [
    "Li Auto signed an agreement with Ford on Monday.",
    "Tourists crowded Wang Fujing as Blinken visited Beijing on Monday.",
    "Senior officials gathered at Trump Tower on Tuesday before Blinken visited Beijing.",
    "Biden Administration officials met Chinese officials in Geneva on Monday.",
])
def test_a_known_surname_inside_another_name_makes_no_person(text: str) -> None:
    names = {a.name for m in _mentions(text) for a in m.actors}
    assert not {"Li Auto", "Wang Fujing", "Trump Tower", "Biden Administration"} & names
    assert not {"Li Qiang", "Wang Yi", "Donald Trump", "Joe Biden"} & names


@pytest.mark.parametrize(("text", "person", "not_person"), [
    # a middle name between a known person's given name and surname is still them
    ("On Monday, Joseph Robinette Biden met Chinese officials in Beijing.", "Joe Biden",
     "Joseph Robinette Biden"),
    # a given name that is none of theirs, with a middle name, is someone else
    ("On Monday, Ashley Blazer Biden met Chinese officials in Beijing.",
     "Ashley Blazer Biden", "Joe Biden"),
])
def test_a_middle_name_keeps_the_person_the_given_name_says(text: str, person: str,
                                                             not_person: str) -> None:
    actors = _actors(text, "meeting")
    assert person in actors
    assert not_person not in actors
