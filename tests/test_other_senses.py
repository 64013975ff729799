"""Triggers real news uses in another sense (extract/other_senses.py and the groups of
triggers.toml that name its checks): sentences written for these tests, each rule with
a case it must drop and a near miss it must keep."""

from __future__ import annotations

import pytest

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Mention, Published


def mentions(text: str, published: str = "2024-03-20") -> list[Mention]:
    return extract_mentions(Document("case.txt", text, published=Published(published, "test")))


def kinds(text: str, published: str = "2024-03-20") -> set[str]:
    return {m.kind for m in mentions(text, published)}


# calling off and putting off


def test_transport_matches_and_classes_called_off_are_no_events() -> None:
    assert "cancellation" not in kinds(
        "Dozens of flights to Denver were cancelled on Tuesday because of a snowstorm, "
        "the airport said.")
    assert "postponement" not in kinds(
        "The league match between the two clubs in Leeds was postponed on Sunday because "
        "of heavy rain.")
    assert "cancellation" not in kinds(
        "Classes at all schools in Manila were suspended on Monday as the typhoon neared.")


def test_a_state_calling_off_flights_or_talks_is_an_event() -> None:
    assert "cancellation" in kinds(
        "Japan suspended flights to Pyongyang on Monday in protest at the missile test.")
    assert "cancellation" in kinds("Germany cancelled talks with Iran on Wednesday.")
    assert "postponement" in kinds(
        "Foreign Minister Wang Yi's visit to Canberra was postponed on Tuesday.")
    assert "postponement" in kinds("Talks between Japan and China in Tokyo were postponed "
                                   "on Tuesday.")


@pytest.mark.parametrize("text", [
    "The rules, issued on Oct. 7, cut off Vietnam's access to advanced chips.",
    "The parliament scrapped the two-term limit on the presidency on Sunday.",
    "Floods cut off villages in the south of the country on Monday.",
])
def test_access_a_limit_or_villages_cut_off_or_scrapped_are_no_cancellation(text: str) -> None:
    assert "cancellation" not in kinds(text)


@pytest.mark.parametrize("text", [
    "Japan cut off talks with Pyongyang on Monday.",
    "The European Union cut off aid to the Palestinian government on Monday.",
])
def test_talks_or_aid_cut_off_are_called_off(text: str) -> None:
    assert "cancellation" in kinds(text)


def test_a_person_suspended_is_no_cancellation() -> None:
    assert "cancellation" not in kinds(
        "The federation suspended the striker Ivan Petrov for three games on Friday.")
    assert "cancellation" not in kinds(
        "Two customs officials in Karachi were suspended on Monday over a bribery case.")
    assert "cancellation" not in kinds(
        "The ruling party suspended Senator Maria Lopez from party functions on Monday.")


def test_a_suspension_asked_for_or_threatened_has_not_happened() -> None:
    assert "cancellation" not in kinds(
        "The council urged Pyongyang on Monday to suspend its missile programme.")
    assert "cancellation" not in kinds(
        "The European Union threatened on Monday to suspend its aid to Niger.")
    decided = mentions("Brazil decided on Monday to suspend trade negotiations with "
                       "Argentina.")
    assert any(m.kind == "cancellation" and m.status == "cancelled" for m in decided)


# `visiting` as a title


def test_visiting_before_a_named_official_is_no_visit() -> None:
    found = mentions("Visiting Indian Prime Minister Narendra Modi said on Tuesday that "
                     "trade with Australia would double.")
    assert "visit" not in {m.kind for m in found}
    assert any(m.kind == "statement" for m in found)
    assert "visit" not in kinds(
        "President Lula told visiting French Defence Minister Jean Dupont that Brazil "
        "wanted more planes, state television reported on Monday.")


def test_visiting_a_place_is_a_visit() -> None:
    assert "visit" in kinds("Foreign Minister Wang Yi is visiting Canberra this week.")
    assert "visit" in kinds(
        "Foreign Minister Wang Yi, visiting Canberra on Monday, said ties were improving.")
    assert "visit" in kinds(
        "Visiting French President Emmanuel Macron in Beijing on Thursday, the European "
        "envoy said trade was on the agenda.")


# launched


def test_weapons_launched_are_no_announcement() -> None:
    assert "announcement" not in kinds(
        "Two people were hurt on Sunday as four Hezbollah rockets, launched from southern "
        "Lebanon, fell near Haifa, Israeli media reported.")
    assert kinds("The inspectors said the missile test launched last month by North Korea "
                 "broke UN resolutions.") == {"military_incident"}


def test_a_project_launched_is_no_announcement() -> None:
    assert "announcement" not in kinds(
        "China launched a volunteer service project in Kenya in May 2022.")


def test_a_plan_launched_is_an_announcement() -> None:
    assert "announcement" in kinds(
        "The European Commission launched a new trade initiative with India on Monday.")


# a pledge to do is not the act


def test_pledged_to_arrest_is_a_planned_arrest() -> None:
    found = [m for m in mentions("Iraqi Interior Minister Ali Hassan pledged on Monday to "
                                 "arrest those behind the bombing.") if m.kind == "other"]
    assert found and all(m.status == "planned" for m in found)


def test_an_arrest_in_a_state_is_no_act() -> None:
    assert "other" not in kinds(
        "The opposition leader, who has been under house arrest in Minsk for years, "
        "wrote to the court.")


# a trigger inside a body's name


def test_a_trigger_in_the_name_of_a_body_is_no_event() -> None:
    assert "talks" not in kinds(
        "Sheikh Omar Hadi, a leader of the Sudanese National Dialogue, urged rebels on "
        "Monday to lay down their arms.")
    assert "agreement" not in kinds(
        "A spokesman for the Southeast Asia Treaty Organization said on Monday that the "
        "bloc would expand.")


def test_a_named_treaty_or_dialogue_is_still_an_event() -> None:
    assert "agreement" in kinds(
        "Japan and Vietnam signed the Treaty of Friendship in Hanoi on Monday.")
    assert "talks" in kinds(
        "The Strategic Dialogue between Washington and Beijing opened in Hawaii on "
        "Monday.")


# entering a union


def test_a_state_entering_a_union_is_no_incursion() -> None:
    assert "military_incident" not in kinds(
        "Croatia entered the EU in 2013, two years after its jets were modernised.",
        "2014-05-01")
    assert "military_incident" in kinds(
        "A Chinese spy balloon entered US airspace on Saturday, the Pentagon said.",
        "2023-02-06")


# road crashes and sports


def test_a_road_crash_is_no_military_incident() -> None:
    assert "military_incident" not in kinds(
        "Twelve people died when two buses collided on a highway in Peru on Monday, "
        "police said.")
    assert "military_incident" in kinds(
        "A Chinese coast guard ship collided with a Philippine supply boat near the shoal "
        "on Sunday, Manila said.", "2024-03-20")


def test_a_tournament_sanctioned_by_tours_is_no_sanction() -> None:
    assert "sanction" not in kinds(
        "The Pacific Masters golf tournament, to be held in Fiji on May 2, has been "
        "sanctioned by the Asian and Australasian Tours.")
    assert "sanction" in kinds(
        "The Treasury sanctioned three Iranian banks on Monday, officials said.")


def test_a_trigger_word_in_a_person_s_name_is_no_event() -> None:
    found = mentions("Foreign Minister Ban Ki-moon arrived in Tokyo on Sunday and held talks "
                     "with Taro Aso.", "2006-11-06")
    assert "ban" not in {m.kind for m in found}
    assert any(m.kind == "talks" and "Ban Ki-moon" in {a.name for a in m.actors}
               for m in found)
    assert "ban" in kinds("Japan said on Monday it would ban imports of US beef.")


def test_bars_that_are_places_or_things_are_no_ban() -> None:
    assert "ban" not in kinds(
        "Karaoke bars in Shanghai will have to pay royalties from January 1, the "
        "association said on Friday.")
    assert "ban" in kinds(
        "A defense bill that bars federal agencies from buying Chinese drones passed on "
        "Monday.")

