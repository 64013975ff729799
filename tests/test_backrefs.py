"""A sentence whose subject names again an event told before (`The increase took effect on
Friday`, `Those began on July 10`) and dates it is a mention of that event
(extract/backrefs.py); a pronoun for people, a date of another clause or no event of the
noun's kind before is none. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import mentions_of

from usc_timeline.extract.backrefs import read_backrefs
from usc_timeline.lexicon.checks import LexiconError, bundled
from usc_timeline.model import Mention


def _told_again(text: str, published: str, subject: str) -> list[Mention]:
    """The mentions a back-reference by `subject` made (their trigger: the earlier
    event's, the subject, the verb)."""
    return [m for m in mentions_of(text, published) if f" … {subject} … " in m.trigger]


def test_noun_for_a_measure_told_before_takes_its_kind_and_sides() -> None:
    text = ("The Commerce Ministry said on Monday that China would raise its tariffs on "
            "American soybeans to 30 percent. The increase took effect on Friday.")
    [m] = _told_again(text, "2024-03-06", "increase")
    assert (m.kind, m.status) == ("sanction", "occurred")
    assert m.date is not None and m.date.start == m.date.end == dt.date(2024, 3, 1)
    assert "China" in [a.name for a in m.actors]
    assert m.source.sentence == "The increase took effect on Friday."


def test_pronoun_for_the_event_of_the_sentence_before() -> None:
    text = ("The Chinese navy held live-fire drills around Taiwan last summer. Those began on "
            "July 10 and lasted a week.")
    [m] = _told_again(text, "2024-03-06", "Those")
    assert m.kind == "military_incident"
    assert m.date is not None and m.date.start == dt.date(2023, 7, 10)
    assert m.places == ("Taiwan",)


def test_plan_to_take_effect() -> None:
    text = ("Beijing said on Tuesday it would raise its tariffs on American cars to 40 percent. "
            "The increase will take effect on June 1.")
    [m] = _told_again(text, "2024-05-09", "increase")
    assert (m.kind, m.status) == ("sanction", "planned")
    assert m.date is not None and m.date.start == dt.date(2024, 6, 1)


def test_passive_with_a_phrase_before_the_date() -> None:
    text = ("The State Department ordered China to close its consulate in Seattle. The order "
            "was delivered to the Chinese embassy on Monday.")
    [m] = _told_again(text, "2024-05-09", "order")
    assert (m.kind, m.status) == ("other", "occurred")
    assert m.date is not None and m.date.start == dt.date(2024, 5, 6)
    assert m.places == ("Seattle",)


def test_fronted_date() -> None:
    text = ("China said it would raise its duties on American pork to 25 percent. On Friday, "
            "the increase took effect.")
    [m] = _told_again(text, "2024-05-09", "increase")
    assert m.date is not None and m.date.start == dt.date(2024, 5, 3)


def test_pronoun_for_people_who_began_something() -> None:
    text = "Kerry met Xie Zhenhua in Beijing on Monday. They began their careers in the 1980s."
    assert _told_again(text, "2024-05-09", "They") == []


def test_date_of_another_clause() -> None:
    text = ("China announced tariffs on American pork. The increase came into force after "
            "Xi Jinping met Joe Biden on Monday.")
    assert _told_again(text, "2024-05-09", "increase") == []


def test_date_anchored_to_another_date() -> None:
    text = ("Beijing raised its tariffs on American soybeans on Friday. Officials met on "
            "Saturday. The increase took effect the same day.")
    assert _told_again(text, "2024-05-09", "increase") == []


def test_no_event_of_the_nouns_kind_told_before() -> None:
    text = "Blinken met Wang Yi in Munich on Saturday. The increase took effect on Monday."
    assert _told_again(text, "2024-05-09", "increase") == []


def test_pronoun_of_a_verb_that_may_tell_a_thing() -> None:
    text = "Biden met Xi in Woodside on Wednesday. It came on Thursday, officials said."
    assert _told_again(text, "2024-05-09", "It") == []


def test_pronoun_in_another_paragraph() -> None:
    text = "China raised its tariffs on American cars on Monday.\n\nIt took effect on Friday."
    assert _told_again(text, "2024-05-09", "It") == []


def test_a_country_answers_with_its_own_steps() -> None:
    text = ("Washington cut its tariffs on Chinese furniture to 5 percent on Tuesday. "
            "Beijing's answering steps also take effect on Tuesday, officials said.")
    [m] = _told_again(text, "2024-05-07", "steps")
    assert (m.kind, m.status) == ("other", "occurred")
    assert m.date is not None and m.date.start == dt.date(2024, 5, 7)
    assert m.actors[0].name == "China"
    assert m.targets == ("US",)  # (aimed back at the side that moved first)


def test_present_tense_after_the_publication_day_is_a_plan() -> None:
    text = ("China said on Monday it would raise its tariffs on American pork to 50 percent. "
            "The increase takes effect on June 1.")
    [m] = _told_again(text, "2024-05-09", "increase")
    assert (m.status, m.date and m.date.start) == ("planned", dt.date(2024, 6, 1))


def test_an_aside_between_the_measure_and_its_verb() -> None:
    text = ("The White House unveiled new tariffs on imports from 40 countries on Monday. "
            "The higher rates, including China's, are due to begin on June 3.")
    [m] = _told_again(text, "2024-05-09", "rates")
    assert (m.kind, m.status) == ("sanction", "planned")
    assert m.date is not None and m.date.start == dt.date(2024, 6, 3)


def test_a_third_countrys_own_measure() -> None:
    text = ("Washington cut its tariffs on Chinese furniture to 5 percent on Tuesday. "
            "Brazil's own steps take effect on Friday.")
    assert _told_again(text, "2024-05-09", "steps") == []


def test_things_that_take_effect_and_are_no_measure() -> None:
    text = ("China raised its tariffs on American cars on Monday. The law takes effect on "
            "Friday. The drug takes effect within hours, on Friday.")
    assert [m.trigger for m in mentions_of(text, "2024-05-09")] == ["tariffs"]


def test_unknown_kind_in_the_data_file() -> None:
    text, source = bundled("backrefs.toml")
    with pytest.raises(LexiconError, match="unknown kind"):
        read_backrefs(text.replace("military_incident = [", "skirmish = [", 1), source)


def _followed(text: str, published: str) -> list[Mention]:
    return [m for m in mentions_of(text, published) if m.trigger.endswith(" … followed")]


def test_another_actor_followed_on_a_date() -> None:
    text = ("Washington added 12 Chinese firms to its entity list on Monday. Japan followed on "
            "Thursday.")
    [m] = _followed(text, "2024-05-10")
    assert m.kind == "export_control"
    assert [a.name for a in m.actors] == ["Japan"]
    assert m.date is not None and m.date.start == dt.date(2024, 5, 9)


def test_followed_by_no_named_actor() -> None:
    text = ("Washington added 12 Chinese firms to its entity list on Monday. Chinese officials "
            "followed on Thursday.")
    assert _followed(text, "2024-05-10") == []


def test_followed_something_else() -> None:
    text = ("Washington added 12 Chinese firms to its entity list on Monday. Japan followed the "
            "American lead on Thursday.")
    assert _followed(text, "2024-05-10") == []


def test_a_meeting_is_not_followed() -> None:
    text = "Blinken met Wang Yi in Vienna on Monday. China followed on Thursday."
    assert _followed(text, "2024-05-10") == []


def test_a_call_names_again_talks_told_before() -> None:
    # talks may be held by phone: the call is those talks, dated by its own sentence
    text = ("The trade chiefs of the United States and China have held their first talks in "
            "months. The call took place on Friday evening.")
    [m] = _told_again(text, "2024-05-13", "call")
    assert m.date is not None and m.date.start == dt.date(2024, 5, 10)
    assert {"United States", "China"} <= {a.name for a in m.actors}
