"""Movements, armed groups and international bodies that wire news tells as actors
(`Hamas rejected the plan`, `a truce between Lebanon and Hezbollah`, `ISAF troops fired`),
and where such a name is only another event's or body's owner. Sentences written for
these tests."""

from __future__ import annotations

from extract_helpers import mentions_of, one_of_kind


def _actor_names(text: str, kind: str, day: str = "2006-11-15") -> list[str]:
    return [a.name for a in one_of_kind(mentions_of(text, day), kind).actors]


def test_a_movement_named_alone_is_the_actor() -> None:
    assert "Hamas" in _actor_names("Hamas rejected the ceasefire plan on Tuesday.", "other")


def test_a_truce_between_a_state_and_a_movement_has_both_sides() -> None:
    names = _actor_names("A truce between Lebanon and Hezbollah took effect on Monday.",
                         "agreement")
    assert {"Lebanon", "Hezbollah"} <= set(names)


def test_an_international_force_by_its_acronym() -> None:
    names = _actor_names("ISAF troops fired on a truck near the airport on Friday.",
                         "military_incident")
    assert names == ["International Security Assistance Force"]


def test_two_letter_acronym_is_matched_as_written_only() -> None:
    names = _actor_names("The AU mission arrived in Mogadishu on Sunday.", "arrival")
    assert "African Union" in names
    ms = mentions_of("Au pair agencies arrived in Mogadishu on Sunday.", "2006-11-15")
    assert all(a.name != "African Union" for m in ms for a in m.actors)


def test_a_body_before_another_events_noun_is_no_party() -> None:
    # the raid is Hamas's; the talks are not
    text = ("The crisis, which began with the Hamas raid on the border post, will dominate "
            "Friday's talks in Cairo.")
    assert all(a.name != "Hamas" for m in mentions_of(text, "2006-11-15")
               if m.kind == "talks" for a in m.actors)


def test_the_body_stays_a_party_of_its_own_event_noun() -> None:
    assert "Hamas" in _actor_names("Hamas clashes with police erupted in Gaza on Sunday.",
                                   "military_incident")


def test_an_organ_of_a_movement_is_not_the_cpcs() -> None:
    for text in ("The Fatah Central Committee met in Ramallah on Monday.",
                 "The Central Committee of ruling Fatah met in Ramallah on Monday."):
        names = _actor_names(text, "meeting")
        assert "CPC Central Committee" not in names, text
        assert any("Fatah" in n and "Committee" in n for n in names), names


def test_the_central_committee_of_the_communist_party_stays_the_cpcs() -> None:
    names = _actor_names("The Central Committee of the Communist Party met in Beijing on "
                         "Monday.", "meeting")
    assert "CPC Central Committee" in names


def test_a_state_joined_to_a_movement_by_a_hyphen_names_no_new_body() -> None:
    text = "The Israel-Hezbollah war ended with a truce that took effect on Monday."
    names = _actor_names(text, "agreement")
    assert "Israel-Hezbollah" not in names
