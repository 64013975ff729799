"""One government's statement of one day is told with different speakers: `Secretary
Ortiz rejected the claims in the Spratly Islands on Monday` in one article, `the
administration declared the claims in the Spratly Islands unlawful on Monday` (with
the president picked up from the next clause) in another. Speakers all of one country,
on one day, about one place or matter, make one statement; speakers of different
countries, other days or other matters stay apart. Our own people and sentences."""

from __future__ import annotations

from merge_builders import CN, day, mention, sources

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, Mention

ORTIZ = Actor("Lena Ortiz", "US", "Secretary of State")
DALE = Actor("Owen Dale", "US", "President")
WANG = Actor("Wang Tao", "CN", "Foreign Minister")
REEF = ("Spratly Islands",)


def _say(doc: str, when: int, who: Actor, *, places: tuple[str, ...] = REEF,
         issues: tuple[str, ...] = ()) -> Mention:
    return mention(doc, 0, "announcement", day(2031, 7, when), who, CN, places=places,
                   trigger="declared", issues=issues)


def test_speakers_of_one_country_on_one_day_about_one_place_are_one_statement() -> None:
    events = merge_mentions([_say("a.txt", 13, ORTIZ), _say("b.txt", 13, DALE)])
    assert len(events) == 1
    assert sources(events[0]) == {("a.txt", 0), ("b.txt", 0)}


def test_a_distinctive_matter_ties_them_as_a_place_does() -> None:
    a = _say("a.txt", 13, ORTIZ, places=(), issues=("fentanyl",))
    b = _say("b.txt", 13, DALE, places=(), issues=("fentanyl",))
    assert len(merge_mentions([a, b])) == 1


def test_speakers_of_two_countries_stay_apart() -> None:
    assert len(merge_mentions([_say("a.txt", 13, ORTIZ), _say("b.txt", 13, WANG)])) == 2


def test_other_days_or_nothing_shared_stay_apart() -> None:
    assert len(merge_mentions([_say("a.txt", 13, ORTIZ), _say("b.txt", 14, DALE)])) == 2
    a = _say("a.txt", 13, ORTIZ, places=("Geneva",))
    assert len(merge_mentions([a, _say("b.txt", 13, DALE)])) == 2


def test_meetings_with_different_people_still_stay_apart() -> None:
    a = mention("a.txt", 0, "meeting", day(2031, 7, 13), ORTIZ, CN, places=REEF)
    b = mention("b.txt", 0, "meeting", day(2031, 7, 13), DALE, CN, places=REEF)
    assert len(merge_mentions([a, b])) == 2
