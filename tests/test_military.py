"""Military movements and tests: warships and military aircraft that fly or sail through,
within or near somewhere, jets scrambled, a fighter's test flight; and the other senses
of the same verbs (a leader flying to a capital, officials scrambling to respond, an
airliner's maiden flight), which are no incident. Sentences written for these tests."""

from __future__ import annotations

from usc_timeline.extract.core import extract_mentions
from usc_timeline.model import Document, Mention, Published


def mentions(text: str, published: str = "2021-03-12") -> list[Mention]:
    return extract_mentions(Document(id="t", text=text, published=Published(published, "test")))


def military(text: str, published: str = "2021-03-12") -> list[Mention]:
    return [m for m in mentions(text, published) if m.kind == "military_incident"]


def day(m: Mention) -> str:
    assert m.date is not None
    return f"{m.date.start}..{m.date.end}"


def actors(m: Mention) -> set[str]:
    return {a.name for a in m.actors}


def test_bombers_flying_through_a_zone_are_an_incident() -> None:
    found = military("Two Russian bombers flew from their base through Japan's air defense "
                     "zone on Tuesday without notice.")
    assert len(found) == 1
    assert found[0].status == "occurred" and day(found[0]) == "2021-03-09..2021-03-09"
    assert {"Russia", "Japan"} <= actors(found[0])


def test_a_warship_sailed_through_by_a_government_is_that_governments() -> None:
    found = military("Britain answered by sailing a frigate through the strait on March 3.")
    assert len(found) == 1
    assert day(found[0]) == "2021-03-03..2021-03-03"
    assert "United Kingdom" in actors(found[0])


def test_a_named_warship_within_some_miles_of_an_island() -> None:
    # (the initial `P.` ends no sentence: the ship's name and its sailing stay together)
    found = military("Australia said the HMAS John P. Hart sailed within eight nautical miles "
                     "of the island on April 2.", "2021-04-20")
    assert [day(m) for m in found] == ["2021-04-02..2021-04-02"]


def test_jets_scrambled_are_an_incident() -> None:
    found = military("India said on Monday it had scrambled fighter jets to shadow Pakistani "
                     "military aircraft near the border.")
    assert len(found) == 1
    assert {"India", "Pakistan"} <= actors(found[0])


def test_the_test_flight_of_a_fighter_is_an_incident() -> None:
    found = military("Pakistan carried out the first test flight of its new stealth fighter "
                     "on Wednesday.")
    assert len(found) == 1 and day(found[0]) == "2021-03-10..2021-03-10"


def test_other_senses_are_no_incident() -> None:
    for text in (
        "President Lula flew to Beijing on Tuesday for talks with Xi Jinping.",
        "Officials in Tokyo scrambled to respond to the crisis on Monday.",
        "A passenger jet from Japan flew across the Pacific on Monday.",
        "The Chilean airline made the maiden flight of its new route to Lima on Monday.",
        "Japan's navy ships sailing near its islands worry Russia, the minister said on "
        "Sunday.",
        "The bill passed through the Japanese parliament on Friday.",
    ):
        assert military(text) == [], text


def test_a_sailing_and_the_exercises_it_was_for_are_one_incident() -> None:
    found = military("India held talks with France on May 3. Two days later the Indian "
                     "aircraft carrier Vikrant sailed into the Arabian Sea for drills with "
                     "the French navy.",
                     "2021-05-20")
    assert len(found) == 1
    assert day(found[0]) == "2021-05-05..2021-05-05"
    assert {"India", "France"} <= actors(found[0])


def test_the_date_in_a_relative_clause_that_holds_the_drills_is_theirs() -> None:
    found = military("The talks came after the drills that the Russian navy held near "
                     "Japan on July 4.", "2021-07-20")
    assert [day(m) for m in found] == ["2021-07-04..2021-07-04"]
    # (the same for any measure made in such a clause, a few words before its date)
    made = [m for m in mentions("The visit followed the tariffs that Canada imposed on "
                                "American steel in March 2018.", "2021-07-20")
            if m.trigger == "tariffs"]
    assert [day(m) for m in made] == ["2018-03-01..2018-03-31"]


def test_a_date_past_another_clause_word_is_not_the_drills() -> None:
    found = military("The talks came after the drills that the Russian army held after a "
                     "storm on May 2.", "2021-07-20")
    assert all(m.date is None or m.date.start.day != 2 for m in found)


def test_who_stages_days_of_drills_holds_them() -> None:
    found = military("The summit came a week after Russia staged three days of drills near "
                     "Finland.", "2021-07-20")
    assert len(found) == 1 and {"Russia", "Finland"} <= actors(found[0])


def test_the_exercises_named_again_are_the_incident_told_before() -> None:
    text = ("The talks came days after Russia staged three days of drills near Finland. The "
            "exercises, code-named Northern Shield, began on July 2 and drew fighter jets "
            "over the border. Sweden said the exercises were reckless. The drills are due "
            "to end on Sunday.")
    found = military(text, "2021-07-08")
    dated = [m for m in found if m.date is not None]
    assert dated and {day(m) for m in dated} == {"2021-07-02..2021-07-02"}
    assert all({"Russia", "Finland"} <= actors(m) for m in dated)
    # the speaker of `Sweden said the exercises ...` is no side of them, and the end of
    # drills under way is no planned incident
    assert all("Sweden" not in actors(m) for m in found)
    assert all(m.status != "planned" for m in found)


def test_a_definite_incident_with_a_place_of_its_own_is_another() -> None:
    text = ("Russian jets bombed targets near Aleppo on Monday. Officials condemned the "
            "bombing at a market in Idlib.")
    found = military(text, "2021-07-08")
    assert all(set(m.places) != {"Idlib", "Aleppo"} for m in found)
    assert not any("Idlib" in m.places and "Russia" in actors(m) and
                   "Aleppo" in m.places for m in found)


def test_a_day_after_puts_the_incident_before_the_date_told() -> None:
    found = military("The admiral spoke in Manila on Tuesday, two days after a Chinese "
                     "coast guard ship rammed a Philippine supply boat.", "2024-03-28")
    assert [day(m) for m in found] == ["2024-03-24..2024-03-24"]
    # the days-from clause of another event leaves the incident its own date
    found = military("On Tuesday, two days after the vote in the assembly of Manila, a "
                     "Chinese coast guard ship rammed a Philippine supply boat.", "2024-03-28")
    assert [day(m) for m in found] == ["2024-03-26..2024-03-26"]


def test_what_is_done_to_the_craft_named_again_is_its_incident() -> None:
    # `the destroyer` after a destroyer's passage: the reply is part of that incident,
    # and the side that says it acted is one of its sides
    text = ("On Tuesday an American destroyer sailed through the Taiwan Strait. China's "
            "Eastern Theater Command said it had tracked and warned the destroyer away.")
    found = military(text, "2024-05-10")
    reply = [m for m in found if "tracked" in m.trigger]
    assert reply and list(reply[0].places) == ["Taiwan Strait"]
    assert {"United States", "China"} <= actors(reply[0])


def test_a_craft_introduced_by_its_name_is_another_incident() -> None:
    text = ("On Tuesday an American destroyer sailed through the Taiwan Strait. On Wednesday "
            "Chinese fighter jets harassed the survey ship Bowditch.")
    found = military(text, "2024-05-10")
    harassed = [m for m in found if m.trigger == "harassed"]
    assert harassed and actors(harassed[0]) == {"China"} and not harassed[0].places
