"""Meetings, calls and called-off trips written in ways the plain triggers miss: talking
by video, a call named after a comma, a trip called off with the trip as subject.
Sentences written for these tests; each group has near misses that must stay as they
were."""

from __future__ import annotations

from datetime import date

from extract_helpers import mentions_of as _mentions
from extract_helpers import one_of_kind as _one

from usc_timeline.model import Mention


def _day(m: Mention) -> str | None:
    return str(m.date.start) if m.date is not None else None


def _kinds(text: str, published: str) -> list[str]:
    return [m.kind for m in _mentions(text, published)]


def test_talking_by_video_or_phone_is_a_call() -> None:
    m = _one(_mentions("Gina Raimondo and Wang Wentao had talked by video on March 9.",
                       "2023-05-02"), "call")
    assert (m.status, _day(m)) == ("occurred", "2023-03-09")
    assert {"Gina Raimondo", "Wang Wentao"} <= {a.name for a in m.actors}
    m = _one(_mentions("Antony Blinken spoke virtually with Qin Gang on Friday.", "2023-02-06"),
             "call")
    assert _day(m) == "2023-02-03"
    m = _one(_mentions("Kurt Campbell and Liu Jianchao talked by phone on Tuesday.",
                       "2023-02-06"), "call")
    assert _day(m) == "2023-01-31"


def test_an_act_done_with_a_person_named_right_before_the_phone_is_a_call() -> None:
    m = _one(_mentions("Gina Raimondo took the matter up with Wang Wentao, China's commerce "
                       "minister, by phone on March 9.", "2023-05-02"), "call")
    assert (m.status, _day(m)) == ("occurred", "2023-03-09")
    assert {"Gina Raimondo", "Wang Wentao"} <= {a.name for a in m.actors}
    m = _one(_mentions("Kurt Campbell raised the issue with Vice Foreign Minister Ma Zhaoxu "
                       "by telephone on Tuesday.", "2023-02-06"), "call")
    assert _day(m) == "2023-01-31"
    # no one named after `with`, or a speaker quoted by phone: no call
    assert "call" not in _kinds("Gina Raimondo shared the news with reporters by phone on "
                                "Tuesday.", "2023-02-06")
    assert "call" not in _kinds("Gina Raimondo, reached by phone on Tuesday, said she had "
                                "met with Wang Wentao.", "2023-02-06")


def test_two_people_of_two_countries_speaking_on_a_day_is_a_call() -> None:
    m = _one(_mentions("Officials said on Monday that President Biden and Xi Jinping would "
                       "speak on Friday to seal the deal.", "2023-05-01"), "call")
    assert (m.status, _day(m)) == ("planned", "2023-05-05")
    assert {"Joe Biden", "Xi Jinping"} <= {a.name for a in m.actors}
    # near misses: one side's two people, a place after the day, a speech after a call
    assert "call" not in _kinds("Joe Biden and Kamala Harris will speak on Friday.",
                                "2023-05-01")
    assert "call" not in _kinds("Joe Biden and Xi Jinping spoke on Monday in Bali.",
                                "2023-05-01")
    text = ("Lloyd Austin and Dong Jun held a video call on April 16. Dong is due to speak "
            "on Sunday.")
    assert [m.date is not None and m.date.start.isoformat() for m in _mentions(
        text, "2023-05-01") if m.kind == "call"] == ["2023-04-16"]


def test_talks_that_began_before_a_planned_call_are_not_that_call() -> None:
    text = ("Negotiators said on Monday that President Biden and Xi Jinping would speak on "
            "Friday to seal the deal. The talks began on Sunday.")
    assert [m.kind for m in _mentions(text, "2023-05-01")] == ["call"]


def test_a_speech_given_by_video_is_no_call() -> None:
    assert "call" not in _kinds("Li Qiang spoke by video to the World Economic Forum on "
                                "Tuesday.", "2023-01-20")
    assert "call" not in _kinds("Kamala Harris spoke virtually at a climate conference in "
                                "Egypt on Monday.", "2022-11-09")


def test_a_call_after_a_comma_is_not_excluded_by_the_words_before_it() -> None:
    # `by` before `in a call` belongs to the clause before the comma
    m = _one(_mentions("Janet Yellen and He Lifeng had met only by video, in a call on "
                       "Oct. 4.", "2023-11-01"), "call")
    assert _day(m) == "2023-10-04"
    # a call *for* something is still no phone call, wherever it stands
    assert "call" not in _kinds("Wang Yi, in a call for restraint on Monday, urged Japan and "
                                "Korea to talk.", "2023-11-01")


def test_a_trip_called_off_with_a_relative_clause_is_one_cancellation() -> None:
    # the plan's date is the only one: it dates the calling off
    ms = _mentions("A visit to Tokyo by Kurt Campbell that was meant to take place in March "
                   "was called off.", "2022-04-18")
    m = _one(ms, "cancellation")
    assert (m.date.start, m.date.end) == (date(2022, 3, 1), date(2022, 3, 31)) if m.date \
        else False
    assert "Kurt Campbell" in {a.name for a in m.actors} and "Tokyo" in m.places
    assert "visit" not in [m.kind for m in ms]
    # reported on a day: called off that day, whatever the trip's own month
    ms = _mentions("A trip that Janet Yellen had been expected to make to Beijing in May "
                   "was called off, Treasury officials said on Thursday.", "2022-04-18")
    assert _day(_one(ms, "cancellation")) == "2022-04-14"
    assert "visit" not in [m.kind for m in ms]
    ms = _mentions("Beijing has called off a visit to Washington by Vice Premier He Lifeng "
                   "that had been planned for next month, two people said on Monday.",
                   "2023-08-23")
    assert _day(_one(ms, "cancellation")) == "2023-08-21"


def test_an_event_called_off_as_the_subject_past_who_it_was_with() -> None:
    # the noun's form ends on `with` (`meeting with`): the rest of that phrase is the gap's
    m = _one(_mentions("A meeting with Gina Raimondo in Shanghai was called off on Monday.",
                       "2023-05-04"), "cancellation")
    assert (m.status, _day(m)) == ("cancelled", "2023-05-01")
    assert "Gina Raimondo" in {a.name for a in m.actors} and "Shanghai" in m.places
    # a relative clause on the event with no `that`: a pronoun or a name and its own verb
    ms = _mentions("A summit she was to have held with Li Qiang in Tokyo was postponed on "
                   "Tuesday.", "2023-05-04")
    m = _one(ms, "postponement")
    assert (m.status, _day(m)) == ("postponed", "2023-05-02") and "Li Qiang" in \
        {a.name for a in m.actors}
    assert "summit" not in [x.kind for x in ms]
    m = _one(_mentions("The trip Janet Yellen had planned to Beijing has been scrapped, "
                       "officials said on Thursday.", "2023-05-06"), "cancellation")
    assert "Janet Yellen" in {a.name for a in m.actors}
    # near miss: a meeting held, then something else suspended, is no calling off
    ms = _mentions("A meeting with Gina Raimondo in Shanghai went ahead on Monday, and the "
                   "dialogue was suspended on Tuesday.", "2023-05-04")
    assert "meeting" in [x.kind for x in ms]


def test_a_definite_event_called_off_in_a_sentence_naming_no_one_is_the_plan_told_before(
) -> None:
    text = ("Janet Yellen had planned to visit Tokyo on Sunday. The trip was postponed on "
            "Friday, officials said.")
    m = _one(_mentions(text, "2023-05-06"), "postponement")
    assert (m.status, _day(m)) == ("postponed", "2023-05-05")
    assert "Janet Yellen" in {a.name for a in m.actors} and "Tokyo" in m.places
    text = ("Kurt Campbell was due to hold talks with Liu Jianchao next week. The talks have "
            "been called off.")
    m = _one(_mentions(text, "2023-05-06"), "cancellation")
    assert {"Kurt Campbell", "Liu Jianchao"} <= {a.name for a in m.actors}
    # near miss: a trip told as made is not the one called off
    text = "Janet Yellen visited Tokyo in April. The trip was postponed on Friday."
    assert "postponement" not in _kinds(text, "2023-05-06")


def test_a_date_of_the_calling_off_itself_or_of_another_clause_stays() -> None:
    # a date on the verb that calls it off is its own, report or not
    m = _one(_mentions("A trip that Janet Yellen had planned was called off on Tuesday, "
                       "officials said on Thursday.", "2022-04-18"), "cancellation")
    assert _day(m) == "2022-04-12"
    # a relative clause on something else than the called-off event says nothing of it
    m = _one(_mentions("China called off a visit by Wang Yi on Tuesday after the United "
                       "States imposed tariffs that took effect on Monday, officials said on "
                       "Friday.", "2022-04-18"), "cancellation")
    assert _day(m) == "2022-04-12"


def test_two_people_shaking_hands_met() -> None:
    m = _one(_mentions("James Cleverly and Wang Yi shook hands at a reception in Delhi on "
                       "Saturday evening.", "2023-09-11"), "meeting")
    assert (m.status, _day(m)) == ("occurred", "2023-09-09")
    assert {"James Cleverly", "Wang Yi"} <= {a.name for a in m.actors}
    # greeting a crowd is no meeting; a handshake told as part of an arrival is the arrival
    assert "meeting" not in _kinds("Emmanuel Macron shook hands with supporters in Lyon on "
                                   "Sunday.", "2023-09-11")
    ms = _mentions("Olaf Scholz arrived in Beijing on Friday, shaking hands with Li Qiang on "
                   "the tarmac.", "2022-11-06")
    assert [m.kind for m in ms] == ["arrival"]


def test_a_meeting_noun_ending_a_dated_clause_takes_its_date() -> None:
    m = _one(_mentions("Commerce Secretary Gina Raimondo and China's commerce minister, Wang "
                       "Wentao, sparred openly on Thursday, in a meeting that lasted two hours.",
                       "2023-08-31"), "meeting")
    assert (m.status, _day(m)) == ("occurred", "2023-08-31")
    # talks named inside another noun's clause (`a sign that talks …`) are not dated by it
    m = _one(_mentions("Commerce Secretary Gina Raimondo and China's commerce minister, Wang "
                       "Wentao, sparred openly on Thursday, in a sign that talks had stalled.",
                       "2023-08-31"), "talks")
    assert m.date is None


def test_a_meeting_of_the_two_people_one_told_the_other_takes_that_day() -> None:
    text = ("Premier Li Qiang told Treasury Secretary Janet Yellen on Friday that China "
            "wanted stable ties, a pointed message for her hosts.\n\n"
            "Mr. Li received Ms. Yellen at the Great Hall of the People.")
    m = _one(_mentions(text, "2023-07-09"), "meeting")
    assert (m.status, _day(m)) == ("occurred", "2023-07-07")
    # told by phone: the meeting is another occasion
    text = ("Wang Yi told Antony Blinken by phone on Monday that the balloon was a civilian "
            "airship. Wang Yi and Antony Blinken met in Munich.")
    assert _day(_one(_mentions(text, "2023-02-20"), "meeting")) is None
    # told someone else: nothing says when these two met
    text = ("Premier Li Qiang told reporters on Friday that China wanted stable ties.\n\n"
            "Mr. Li received Janet Yellen at the Great Hall of the People.")
    assert _day(_one(_mentions(text, "2023-07-09"), "meeting")) is None


def test_the_two_alone_before_its_verb_are_the_last_two_people() -> None:
    text = ("Kurt Campbell called off a planned meeting with Wang Yi on Monday. The two were "
            "to have met in Bangkok on Wednesday.")
    m = _one(_mentions(text, "2023-03-07"), "meeting")
    assert m.status == "cancelled" and "Bangkok" in m.places
    assert {"Kurt Campbell", "Wang Yi"} <= {a.name for a in m.actors}
    # `the two` before a noun is that noun's (`the two issues`), not the people
    ms = _mentions("Kurt Campbell met Wang Yi in Bangkok on Monday. The two issues were "
                   "discussed again on Tuesday.", "2023-03-08")
    assert not [a for a in _one(ms, "talks").actors if a.kind == "person"]
