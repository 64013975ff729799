"""A host country mistaken for a party: a dateline or a venue (`SEOUL, South Korea --
the two presidents met`) makes the country an event was held in look like one of its
sides. A report naming only the two sides' countries still joins it; reports whose
countries truly differ stay apart. Our own people and sentences throughout."""

from __future__ import annotations

from merge_builders import CN, US, day, mention, sources, week

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor

KR = Actor("South Korea", "KR", None, "country")
JP = Actor("Japan", "JP", None, "country")
VN = Actor("Vietnam", "VN", None, "country")
REYES = Actor("Marta Reyes", "US", "President")
QIAO = Actor("Qiao Wenbo", "CN", "President")


def test_a_countries_only_report_joins_the_summit_its_dateline_gave_a_host() -> None:
    # `INCHEON, South Korea -- Reyes and Qiao met on Friday` / another article's `the
    # summit between the American and Chinese presidents in Incheon last week`
    met = mention("dateline.txt", 0, "summit", day(2027, 5, 14), KR, REYES, CN, QIAO,
                  places=("Incheon",))
    recalled = mention("recap.txt", 0, "summit", week(2027, 5, 10), US, CN,
                       places=("Incheon",), trigger="summit")
    (event,) = merge_mentions([met, recalled])
    assert sources(event) == {("dateline.txt", 0), ("recap.txt", 0)}


def test_talks_of_other_countries_in_one_city_stay_apart() -> None:
    # `US and Japanese officials held talks in Tokyo on Friday` / `US and Chinese
    # officials held talks in Tokyo on Friday`: the host is a party of one of them
    japan = mention("japan.txt", 0, "talks", day(2027, 5, 14), US, JP, places=("Tokyo",),
                    trigger="held talks")
    china = mention("china.txt", 0, "talks", day(2027, 5, 14), US, CN, places=("Tokyo",),
                    trigger="held talks")
    assert len(merge_mentions([japan, china])) == 2


def test_a_host_country_excuses_no_other_party() -> None:
    # the dateline's Korea is excused, but Vietnam, named by the recap and no party of the
    # summit, is another side: `the summit between the US and Vietnam in Incheon`
    met = mention("dateline.txt", 0, "summit", day(2027, 5, 14), KR, REYES, CN, QIAO,
                  places=("Incheon",))
    other = mention("recap.txt", 0, "summit", week(2027, 5, 10), US, VN,
                    places=("Incheon",), trigger="summit")
    assert len(merge_mentions([met, other])) == 2
