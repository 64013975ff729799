"""A preview tells the summit as planned (`Scholz will be received at the Élysée on Friday,
followed by talks`); a report after it tells only what the leaders agreed that day (`Scholz
and Macron agreed on Friday to ...`): the agreement is that summit. Not on another day, not
when the preview names someone the agreement does not, not an agreement of one
government's people, not in an article that reports the meeting too. Our own people."""

from __future__ import annotations

from merge_builders import day, mention, sources

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, Mention

SCHOLZ = Actor("Olaf Scholz", "DE", "Chancellor")
MACRON = Actor("Emmanuel Macron", "FR", "President")
LINDNER = Actor("Christian Lindner", "DE", "Finance Minister")
ELYSEE = Actor("Élysée Palace", "FR", None, "organization")


def _preview() -> Mention:
    return mention("a.txt", 0, "talks", day(2031, 6, 6), SCHOLZ, ELYSEE, status="planned",
                   trigger="talks")


def test_the_agreement_of_the_day_is_the_summit_a_preview_planned() -> None:
    deal = mention("b.txt", 0, "agreement", day(2031, 6, 6), SCHOLZ, MACRON,
                   trigger="agreed")
    (event,) = merge_mentions([_preview(), deal])
    assert sources(event) == {("a.txt", 0), ("b.txt", 0)}
    assert event.kind == "talks"
    assert event.status == "occurred"


def test_an_agreement_of_another_day_stays_apart() -> None:
    deal = mention("b.txt", 0, "agreement", day(2031, 6, 7), SCHOLZ, MACRON,
                   trigger="agreed")
    assert len(merge_mentions([_preview(), deal])) == 2


def test_a_preview_naming_someone_the_agreement_does_not_stays_apart() -> None:
    preview = mention("a.txt", 0, "talks", day(2031, 6, 6), SCHOLZ, LINDNER, status="planned",
                      trigger="talks")
    deal = mention("b.txt", 0, "agreement", day(2031, 6, 6), SCHOLZ, MACRON,
                   trigger="agreed")
    assert len(merge_mentions([preview, deal])) == 2


def test_an_agreement_of_one_government_is_no_summit() -> None:
    deal = mention("b.txt", 0, "agreement", day(2031, 6, 6), SCHOLZ, LINDNER,
                   trigger="agreed")
    assert len(merge_mentions([_preview(), deal])) == 2


def test_an_article_that_previews_the_talks_keeps_its_own_agreement_apart() -> None:
    deal = mention("a.txt", 90, "agreement", day(2031, 6, 6), SCHOLZ, MACRON,
                   trigger="agreed")
    assert len(merge_mentions([_preview(), deal])) == 2
