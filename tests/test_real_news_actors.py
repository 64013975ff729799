"""Who takes part, as wire stories write it: the one speaking during a visit is on it.
Sentences written for these tests (other people, other trips); each group has near misses
that must stay as they were."""

from __future__ import annotations

from extract_helpers import mentions_of as _mentions
from extract_helpers import one_of_kind as _one

from usc_timeline.model import Mention


def _names(m: Mention) -> list[str]:
    return [a.name for a in m.actors]


def test_the_speaker_during_a_visit_is_the_visitor() -> None:
    m = _one(_mentions("Janet Yellen said on Friday during a visit to Guangzhou that the "
                       "two economies could not decouple.", "2023-07-10"), "visit")
    assert _names(m)[:1] == ["Janet Yellen"]
    assert str(m.date.start if m.date else None) == "2023-07-07"
    # told someone: the speaker visits, the one told (the host) comes after
    m = _one(_mentions("Antony Blinken told Wang Yi during a visit to Beijing last month "
                       "that the channels had to stay open.", "2023-07-10"), "visit")
    assert _names(m)[:2] == ["Antony Blinken", "Wang Yi"]
    m = _one(_mentions("Kevin Rudd warned on Tuesday during his trip to Tokyo that the "
                       "region was drifting.", "2023-07-10"), "visit")
    assert "Kevin Rudd" in _names(m)


def test_a_visit_someone_else_makes_or_an_unnamed_speaker_stays_as_it_was() -> None:
    # the visit is another's: the speaker only comments on it
    m = _one(_mentions("Mao Ning said on Monday during a visit by the Spanish prime minister "
                       "to Beijing that ties were sound.", "2023-04-03"), "visit")
    assert "Mao Ning" not in _names(m)
    # no speaker named: the one told (the host) is not made the visitor
    m = _one(_mentions("The senator told Chinese Premier Li Qiang during a visit to China "
                       "last week that tariffs would stay.", "2023-10-16"), "visit")
    assert "Li Qiang" not in _names(m)


def test_a_name_opening_the_sentence_is_the_subject_past_its_apposition() -> None:
    # a title-less name, then who the person is, then the verb
    m = _one(_mentions("Tomas Varga, deputy head of the Slovak central bank, met Chinese "
                       "Vice Premier Liu He in Prague on Tuesday.", "2023-07-19"), "meeting")
    assert _names(m)[:1] == ["Tomas Varga"] and "Liu He" in _names(m)
    # a relative clause, and the surname alone for a person named in full before
    m = _one(_mentions("Marta Pires was named envoy in May. Pires, who speaks fluent "
                       "Mandarin, met Vice Premier Liu He on Tuesday.", "2023-07-19"), "meeting")
    assert "Marta Pires" in _names(m)
    # a passive verb after the apposition
    ms = _mentions("Paul Hendry, a 52-year-old British citizen who founded the group, was "
                   "arrested at Heathrow airport on July 2.", "2023-07-19")
    assert any("Paul Hendry" in _names(m) for m in ms), [(m.kind, _names(m)) for m in ms]


def test_no_person_from_a_lone_word_or_past_a_quote() -> None:
    # a lone capitalised word may be a team, a firm or a place: not without a full name
    m = _one(_mentions("Pires, who speaks fluent Mandarin, met Vice Premier Liu He on "
                       "Tuesday.", "2023-07-19"), "meeting")
    assert not any(a.name.endswith("Pires") for a in m.actors)
    # the sentence opens with a quote: the name after it is no apposed subject
    ms = _mentions('"It went well," Tomas Varga, an aide, added, and the envoy met '
                   "Liu He on Tuesday.", "2023-07-19")
    assert not any("Tomas Varga" in _names(m) for m in ms if m.kind == "meeting")


def test_a_date_inside_the_quotation_does_not_date_the_saying() -> None:
    # the quarter is when exports grew, not when she said so: no dated statement
    ms = _mentions('"Exports grew quickly in the second quarter," Janet Yellen said.',
                   "2023-07-19")
    assert "statement" not in [m.kind for m in ms]
    ms = _mentions('Gina Raimondo said, "by the end of next year, the controls will be '
                   'reviewed."', "2023-07-19")
    assert not [m for m in ms if m.kind == "statement" and m.date is not None]


def test_the_saying_keeps_its_own_date_and_a_quoted_today() -> None:
    m = _one(_mentions('"Exports grew quickly in the second quarter," Janet Yellen said on '
                       "Tuesday.", "2023-07-19"), "statement")
    assert str(m.date.start if m.date else None) == "2023-07-18"
    m = _one(_mentions('"Our exports are strong today," Janet Yellen said.', "2023-07-19"),
             "statement")
    assert str(m.date.start if m.date else None) == "2023-07-19"


def test_the_name_after_an_inverted_saying_is_the_speaker() -> None:
    # `..., said X, who X is, ... during his visit`: X speaks, so X is the visitor
    m = _one(_mentions('Ties are "sound and stable", said Tomas Varga, the Slovak envoy, '
                       "on Tuesday during his two-day visit to Shanghai.", "2023-07-19"),
             "visit")
    assert "Tomas Varga" in _names(m)


def test_a_name_after_a_saying_that_is_not_inverted_is_no_speaker() -> None:
    # `said` opening its own clause: the name after it is what was said about
    ms = _mentions("Officials said Tomas Varga, the Slovak envoy, would arrive in Shanghai "
                   "on Tuesday.", "2023-07-19")
    assert not [m for m in ms if m.kind == "statement" and "Tomas Varga" in _names(m)]


def test_who_reacts_to_an_event_takes_no_part_in_it() -> None:
    # welcoming talks between others, condemning an attack: not a party to them
    m = _one(_mentions("Penny Wong welcomed the resumption of talks in Geneva between "
                       "Armenia and Azerbaijan on Tuesday.", "2023-07-19"), "talks")
    assert "Penny Wong" not in _names(m)
    ms = _mentions("Olaf Scholz on Tuesday welcomed the latest agreement.", "2023-07-19")
    assert not [m for m in ms if m.kind == "agreement" and "Olaf Scholz" in _names(m)]


def test_who_welcomes_their_own_talks_or_a_visit_keeps_their_part() -> None:
    # a possessive, or `with`, makes the talks theirs
    m = _one(_mentions("Joe Biden welcomed his talks with Xi Jinping on Monday.",
                       "2023-07-19"), "summit")
    assert "Joe Biden" in _names(m)
    m = _one(_mentions("Joe Biden welcomed the talks with Xi Jinping on Monday.",
                       "2023-07-19"), "summit")
    assert "Joe Biden" in _names(m)
    # who welcomes a visit hosts it
    m = _one(_mentions("Pham Minh Chinh welcomed the first visit to Vietnam by Anthony "
                       "Albanese on Sunday.", "2023-07-19"), "visit")
    assert "Pham Minh Chinh" in _names(m)
