"""Who an object pronoun, a passive's pronoun subject, `the two sides` after an opening
date, a pronoun before `held two days of talks`, and a `which produced` clause stand
for. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import mentions_of as _mentions

from usc_timeline.extract.referents import read_outcome_verbs
from usc_timeline.lexicon import LexiconError
from usc_timeline.model import Mention


def _one(ms: list[Mention], trigger: str) -> Mention:
    found = [m for m in ms if m.trigger == trigger]
    assert len(found) == 1, [(m.trigger, [a.name for a in m.actors]) for m in ms]
    return found[0]


def _names(m: Mention) -> list[str]:
    return [a.name for a in m.actors]


def test_object_pronoun_is_the_last_person_named_who_is_not_the_subject() -> None:
    ms = _mentions("Prime Minister Fumio Kishida spent three days in Washington this week. "
                   "On Wednesday, President Joe Biden hosted him at the White House.",
                   "2024-04-12")
    assert {"Joe Biden", "Fumio Kishida"} <= set(_names(_one(ms, "hosted")))
    ms = _mentions("Treasury Secretary Janet Yellen arrived in Beijing on Thursday. On Friday, "
                   "Vice Premier He Lifeng received her at the Great Hall of the People.",
                   "2023-07-08")
    assert {"He Lifeng", "Janet Yellen"} <= set(_names(_one(ms, "received")))


def test_her_before_a_noun_is_an_owner_not_an_object() -> None:
    ms = _mentions("Chancellor Olaf Scholz was in Tokyo last week. On Monday, Foreign Minister "
                   "Annalena Baerbock met her counterpart Wang Yi in Berlin.", "2023-07-08")
    assert "Olaf Scholz" not in _names(_one(ms, "met"))


def test_object_pronoun_of_a_statement_with_no_speaker_found_adds_no_one() -> None:
    # the addressee of a call by an unnamed group is not the maker of the statement
    ms = _mentions("Premier Li Qiang toured a plant in Hefei. On Monday, a local group "
                   "called on him to raise wages.", "2023-07-08")
    assert all("Li Qiang" not in _names(m) for m in ms if m.trigger.startswith("called"))


def test_pronoun_subject_of_a_passive_is_the_guest_the_sentence_before_took() -> None:
    # `him` in the middle sentence was Schumer (named after it only in a compound): the
    # passive's `he` is that guest, not the middle sentence's subject
    ms = _mentions("The week was a busy one for Senator Chuck Schumer in Shanghai. On Monday, "
                   "Premier Li Qiang received him and praised Schumer-style pragmatism. On "
                   "Sunday he had been received by Foreign Minister Wang Yi.", "2023-05-10")
    sunday = [m for m in ms if m.date is not None and m.date.start.isoformat() == "2023-05-07"]
    assert len(sunday) == 1
    assert set(_names(sunday[0])) >= {"Chuck Schumer", "Wang Yi"}
    assert "Li Qiang" not in _names(sunday[0])


def test_pronoun_subject_of_a_passive_after_a_named_subject_is_that_subject() -> None:
    ms = _mentions("Secretary of State Antony Blinken met Foreign Minister Qin Gang on Monday. "
                   "On Tuesday he was received by President Xi Jinping.", "2023-05-10")
    tuesday = [m for m in ms if m.date is not None and m.date.start.isoformat() == "2023-05-09"]
    assert len(tuesday) == 1
    assert set(_names(tuesday[0])) == {"Antony Blinken", "Xi Jinping"}


def test_the_two_sides_after_an_opening_date() -> None:
    ms = _mentions("Officials from the United States and China met in Geneva in May. In "
                   "August the two sides signed an agreement on fentanyl. On Friday, both "
                   "governments agreed to resume student exchanges.", "2023-09-10")
    august = [m for m in ms if m.kind == "agreement" and m.date is not None
              and m.date.start.isoformat() == "2023-08-01"]
    friday = [m for m in ms if m.kind == "agreement" and m.date is not None
              and m.date.start.isoformat() == "2023-09-08"]
    assert august and friday
    for m in (august[0], friday[0]):
        assert {"United States", "China"} <= set(_names(m))


def test_the_two_sides_after_an_opening_that_is_no_date_are_not_the_subject() -> None:
    ms = _mentions("Officials from the United States and China met in Geneva in May. In a "
                   "letter to the two governments, the UN chief proposed talks in October.",
                   "2023-09-10")
    talks = [m for m in ms if m.kind == "talks"]
    assert all("China" not in _names(m) for m in talks)


def test_pronoun_holds_a_measure_of_talks() -> None:
    ms = _mentions("It was Chancellor Olaf Scholz's second trip this year. In November he held "
                   "two days of talks with Premier Li Qiang in Berlin.", "2023-12-10")
    talks = [m for m in ms if m.kind in ("talks", "summit") and m.date is not None]
    assert len(talks) == 1 and "Olaf Scholz" in _names(talks[0])


def test_pronoun_before_a_summary_of_talks_does_not_hold_them() -> None:
    ms = _mentions("It was Chancellor Olaf Scholz's second trip this year. In November he "
                   "read a summary of the talks with Premier Li Qiang.", "2023-12-10")
    assert all("Olaf Scholz" not in _names(m) for m in ms if m.kind in ("talks", "summit"))


def test_which_produced_hands_the_talks_parties_to_their_outcome() -> None:
    ms = _mentions("Defense Secretary Lloyd Austin held talks with Admiral Dong Jun in "
                   "Singapore on Friday, which yielded an agreement on military hotlines.",
                   "2024-06-10")
    assert {"Lloyd Austin", "Dong Jun"} <= set(_names(_one(ms, "agreement")))
    ms = _mentions("It was the third visit by Senator Chuck Schumer. In May he held talks "
                   "with Foreign Minister Wang Yi, which produced a joint statement on May 3.",
                   "2024-06-10")
    assert {"Chuck Schumer", "Wang Yi"} <= set(_names(_one(ms, "joint statement")))


def test_a_which_clause_that_does_not_produce_hands_nothing_on() -> None:
    ms = _mentions("Defense Secretary Lloyd Austin held talks with Admiral Dong Jun in "
                   "Singapore on Friday, which critics said ignored the 2020 agreement.",
                   "2024-06-10")
    assert all("Dong Jun" not in _names(m) for m in ms if m.kind == "agreement")


def test_outcome_verbs_file_errors_name_the_file_and_key() -> None:
    with pytest.raises(LexiconError, match=r"referents\.toml.*outcome_verbs"):
        read_outcome_verbs("outcome_verbs = 'produced'\n", "referents.toml")
    with pytest.raises(LexiconError, match=r"referents\.toml.*unknown top-level key.*outcome_verb"):
        read_outcome_verbs("outcome_verb = ['produced']\n", "referents.toml")
    pattern = read_outcome_verbs("outcome_verbs = ['gave rise to']\n", "referents.toml")
    assert pattern.search("a summit, which gave rise to a new ") is not None
    assert pattern.search("a summit, which produced a new ") is None


def test_the_agency_as_the_subject_is_the_body_the_sentence_before_opens_on() -> None:
    text = ("In March, the Bureau of Industry and Security added five Chinese firms to the "
            "Entity List. On April 9 the agency imposed export controls on two more.")
    controls = [m for m in _mentions(text, "2024-05-02") if m.kind == "export_control"
                and m.date is not None and m.date.start.isoformat() == "2024-04-09"]
    assert controls and "Bureau of Industry and Security" in {a.name for a in controls[0].actors}
    # near miss: a country that opens the sentence before is no agency
    text = ("China announced new rules for chip exports on Monday. On April 9 the agency "
            "imposed export controls on two firms.")
    assert not any(m.date is not None and m.date.start.isoformat() == "2024-04-09" and
                   "China" in {a.name for a in m.actors} for m in _mentions(text, "2024-05-02"))
