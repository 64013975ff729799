"""A trip one article dates to a month (`Ortiz spent several days in Japan in May,
including Kyoto`) and what another says the traveller was given there that month (`the
hospitality Ortiz received in Japan last May`, a meeting) are one visit; a meeting in
another country, of no one named, or of the hosts alone is not part of it."""

from __future__ import annotations

from merge_builders import mention, month

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, Mention

ORTIZ = Actor("Lena Ortiz", "CL", "President")
SATO = Actor("Ken Sato", "JP", "Prime Minister")
MORI = Actor("Aiko Mori", "JP", "Foreign Minister")


def _trip() -> Mention:
    return mention("a.txt", 0, "visit", month(2031, 5), ORTIZ, places=("Japan", "Kyoto"),
                   trigger="spent several days in")


def _received(*who: Actor, where: str = "Japan") -> Mention:
    return mention("b.txt", 0, "meeting", month(2031, 5), *who, places=(where,),
                   trigger="received")


def test_the_travellers_meeting_in_that_country_that_month_is_part_of_the_trip() -> None:
    for meeting in (_received(ORTIZ), _received(ORTIZ, SATO)):
        (event,) = merge_mentions([_trip(), meeting])
        assert event.kind == "visit"
        assert {s.document for s in event.sources} == {"a.txt", "b.txt"}


def test_a_meeting_elsewhere_of_no_one_or_of_the_hosts_alone_stays_apart() -> None:
    for meeting in (_received(ORTIZ, where="Peru"), _received(), _received(SATO, MORI)):
        assert len(merge_mentions([_trip(), meeting])) == 2, meeting.actors
