"""An agreement an article tells as the whole summit (`X and Y agreed at Camp David in May
to ...`) is the meeting other articles report there; elsewhere, with other people, another
month, or in an article that reports the meeting too, it stays an agreement of its own."""

from __future__ import annotations

from merge_builders import day, mention, month

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, Mention

MODI = Actor("Narendra Modi", "IN", "Prime Minister")
ABE = Actor("Shinzo Abe", "JP", "Prime Minister")
KISHIDA = Actor("Fumio Kishida", "JP", "Prime Minister")
ASO = Actor("Taro Aso", "JP", "Finance Minister")


def _summit() -> Mention:
    return mention("a.txt", 0, "summit", month(2014, 9), MODI, ABE,
                   places=("Kyoto", "Japan"), trigger="met")


def test_an_agreement_at_the_venue_is_the_meeting_another_article_reports() -> None:
    deal = mention("b.txt", 0, "agreement", month(2014, 9), ABE, MODI,
                   places=("Kyoto",), trigger="agreed")
    (event,) = merge_mentions([_summit(), deal])
    assert event.kind == "summit"
    assert {s.document for s in event.sources} == {"a.txt", "b.txt"}


def test_the_same_article_keeps_its_meeting_and_its_agreement_apart() -> None:
    deal = mention("a.txt", 90, "agreement", day(2014, 9, 1), ABE, MODI,
                   places=("Kyoto",), trigger="agreed")
    assert len(merge_mentions([_summit(), deal])) == 2


def test_an_agreement_elsewhere_in_another_month_or_of_one_government_stays_apart() -> None:
    summit = _summit()
    elsewhere = mention("b.txt", 0, "agreement", month(2014, 9), ABE, MODI,
                        places=("Tokyo",), trigger="agreed")
    later = mention("c.txt", 0, "agreement", month(2014, 11), ABE, MODI,
                    places=("Kyoto",), trigger="agreed")
    one_side = mention("d.txt", 0, "agreement", month(2014, 9), ABE, ASO,
                       places=("Kyoto",), trigger="agreed")
    other_people = mention("e.txt", 0, "agreement", month(2014, 9), KISHIDA, MODI,
                           places=("Kyoto",), trigger="agreed")
    for deal in (elsewhere, later, one_side, other_people):
        assert len(merge_mentions([summit, deal])) == 2, deal.source.document
