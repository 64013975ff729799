"""Relative clauses with no pronoun (`the courtesy President Obama received in Beijing`):
the person right before the verb is its subject, and what was received decides the
event: a thing received in a place is a visit there, one received from a person a
meeting, any other thing no event; people received are a meeting (extract/relatives.py)."""

from __future__ import annotations

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Mention, Published


def _mentions(text: str, published: str = "2010-06-01") -> list[Mention]:
    return extract_mentions(Document("case.txt", text, published=Published(published, "t")))


def test_a_thing_received_in_a_place_is_the_receivers_visit() -> None:
    got = _mentions("Officials said the summit repaid the courtesy President Obama received "
                    "in Beijing last November.")
    received = [m for m in got if m.trigger == "received"]
    assert [(m.kind, [a.name for a in m.actors], list(m.places)) for m in received] == [
        ("visit", ["Barack Obama"], ["Beijing"])]
    assert received[0].date is not None and str(received[0].date.start) == "2009-11-01"
    # the person is the clause's, not the summit's
    assert all("Barack Obama" not in [a.name for a in m.actors] for m in got
               if m.trigger != "received")


def test_a_thing_received_nowhere_is_no_event() -> None:
    got = _mentions("The briefing Prime Minister Naoto Kan received on Monday was classified.")
    assert got == []
    got = _mentions("The hospitality Hu Jintao received on Monday impressed his aides.")
    assert got == []


def test_people_received_are_still_a_meeting() -> None:
    got = _mentions("The delegation Hu Jintao received on Monday came from Ohio.")
    assert [(m.kind, [a.name for a in m.actors]) for m in got] == [("meeting", ["Hu Jintao"])]
    got = _mentions("Hu Jintao received Angela Merkel in Beijing on Monday.")
    assert [m.kind for m in got] == ["summit"]  # (two leaders)


def test_a_thing_received_from_someone_is_a_meeting_with_them() -> None:
    got = _mentions("The gift Wen Jiabao received from Barack Obama on Monday was a book.")
    assert [(m.kind, sorted(a.name for a in m.actors)) for m in got] == [
        ("summit", ["Barack Obama", "Wen Jiabao"])]  # (a meeting of two leaders)


def test_a_title_before_a_name_is_one_phrase_not_a_relative_clause() -> None:
    # `the army spokesman Col. X said`: X is named by the phrase, not the subject of `said`
    got = _mentions("The statement signed by the army spokesman Col. Ali Hassan said troops "
                    "left the town on Monday.")
    signed = [m for m in got if m.kind == "agreement"]
    assert all("Ali Hassan" in [a.name for a in m.actors] for m in signed)


def test_a_name_after_a_preposition_is_no_relative_clauses_subject() -> None:
    # `the region under Prime Minister X`: X ends a prepositional phrase, the talks are
    # the envoy's
    got = _mentions("Lawmakers said the first envoy to visit the region under Prime Minister "
                    "Fumio Kishida held talks with Ferdinand Marcos in Manila on Monday.",
                    "2023-05-12")
    talks = [m for m in got if m.trigger == "held talks"]
    assert talks and all("Fumio Kishida" not in [a.name for a in m.actors] for m in talks)
