"""A clause opened by after/before/until/till with a subject and a finite verb of its own
tells another event: its people, bodies, places and dates are not the main event's
(extract/subordinate.py). Clauses with no subject of their own, or a pronoun subject,
leave the event as it was."""

from __future__ import annotations

import pytest

from usc_timeline.extract import extract_mentions
from usc_timeline.extract.subordinate import Clause, clause_at, read_words
from usc_timeline.lexicon.checks import LexiconError
from usc_timeline.model import Document, Mention, Published


def _mentions(text: str, published: str = "2024-06-20") -> list[Mention]:
    return extract_mentions(Document("case.txt", text, published=Published(published, "t")))


def _names(m: Mention) -> list[str]:
    return [a.name for a in m.actors]


def test_a_days_after_clause_keeps_its_own_doer_and_place() -> None:
    got = _mentions("Foreign Minister Wang Yi and Secretary of State Antony Blinken held talks "
                    "in Jakarta on Monday, weeks after the Philippine coast guard had reported "
                    "new incidents near Second Thomas Shoal.")
    (talks,) = [m for m in got if m.kind == "talks"]
    assert _names(talks) == ["Wang Yi", "Antony Blinken"]
    assert list(talks.places) == ["Jakarta"]


def test_a_clause_of_a_named_subject_and_past_verb_is_another_event() -> None:
    got = _mentions("The Commerce Department added six Chinese firms to the entity list on "
                    "Tuesday, two days after President Xi Jinping pressed European leaders "
                    "to reject export curbs.")
    listed = [m for m in got if m.trigger == "entity list"]
    assert listed and "Xi Jinping" not in _names(listed[0])
    assert "Commerce Department" in _names(listed[0])


def test_a_present_tense_clause_of_what_comes_next_is_another_event() -> None:
    got = _mentions("Xi Jinping will meet Joe Biden in San Francisco on Wednesday before "
                    "Congress returns from its recess.")
    (summit,) = [m for m in got if m.kind == "summit"]
    assert sorted(_names(summit)) == ["Joe Biden", "Xi Jinping"]


def test_the_clauses_date_does_not_date_the_main_event() -> None:
    got = _mentions("Wang Yi and Antony Blinken agreed to restore the hotline after the "
                    "Philippine coast guard had reported new incidents last month.")
    (agreed,) = [m for m in got if m.kind == "agreement"]
    assert _names(agreed) == ["Wang Yi", "Antony Blinken"]
    assert agreed.date is None  # (not May 2024, the reports' month)


def test_an_until_clause_of_another_doer_is_cut() -> None:
    got = _mentions("The Pentagon suspended the exercise on Friday, until the Philippine Senate "
                    "had ratified the treaty.")
    (suspended,) = [m for m in got if m.kind == "cancellation"]
    assert _names(suspended) == ["Pentagon"]


def test_a_measure_keeps_the_target_its_until_clause_names() -> None:
    # a measure lasts until its target gives way: the target stays
    got = _mentions("Washington will keep the tariffs on Chinese steel until Beijing cuts "
                    "its own subsidies.")
    (tariffs,) = [m for m in got if m.kind == "sanction"]
    assert "China" in _names(tariffs)


def test_talks_or_a_meal_with_the_counterpart_keep_the_counterpart() -> None:
    got = _mentions("Janet Yellen agreed on Friday to set up two working groups after a long "
                    "dinner with Vice Premier He Lifeng.")
    (agreed,) = [m for m in got if m.kind == "agreement"]
    assert _names(agreed) == ["Janet Yellen", "He Lifeng"]
    got = _mentions("Antony Blinken told reporters on Friday after dinner with Wang Yi that the "
                    "talks had been candid.")
    (told,) = [m for m in got if m.kind == "statement"]
    assert _names(told) == ["Antony Blinken", "Wang Yi"]


def test_a_clause_with_no_subject_or_a_pronoun_subject_is_left_whole() -> None:
    got = _mentions("Antony Blinken met Xi Jinping in Beijing on Monday after meeting "
                    "Japanese officials.")
    met = [m for m in got if m.trigger == "met"]
    assert met and _names(met[0]) == ["Antony Blinken", "Xi Jinping"]
    assert met[0].date is not None and str(met[0].date.start) == "2024-06-17"


def test_who_reports_in_the_clause_is_not_the_main_events_agent() -> None:
    got = _mentions("China protested the sale. It suspended military exchanges on Saturday, "
                    "a day after the Pentagon told Congress of a $2 billion arms package for "
                    "Taiwan.", "2010-07-20")
    (suspended,) = [m for m in got if m.kind == "cancellation"]
    assert _names(suspended) == ["China"]


def test_the_clauses_report_does_not_date_the_main_event() -> None:
    got = _mentions("Wang Yi and Antony Blinken agreed to restore the climate channel after "
                    "Japan and South Korea announced a joint fund last month.")
    (agreed,) = [m for m in got if m.kind == "agreement"]
    assert agreed.date is None  # (not May 2024, the fund's month)


def test_a_report_after_the_clause_still_dates_and_names_the_agent() -> None:
    got = _mentions("China imposed sanctions on Lockheed Martin after the State Department "
                    "approved an arms sale to Taiwan, the Foreign Ministry said on Friday.")
    (imposed,) = [m for m in got if m.kind == "sanction"]
    assert imposed.date is not None and str(imposed.date.start) == "2024-06-14"
    got = _mentions("Tariffs on Chinese steel will rise on Monday after the Commerce "
                    "Department finished its review, the White House said.")
    (tariffs,) = [m for m in got if m.kind == "sanction"]
    assert "United States" in _names(tariffs)


def test_an_opening_clause_of_another_doer_is_not_the_main_events() -> None:
    got = _mentions("Hours before Secretary of State Antony Blinken landed in Beijing on "
                    "Sunday, Chinese police detained two activists.")
    (detained,) = [m for m in got if m.trigger == "detained"]
    assert _names(detained) == ["China"]
    got = _mentions("Two days after the Pentagon approved a $400 million arms sale to Taiwan, "
                    "China imposed sanctions on Lockheed Martin on Friday.")
    (imposed,) = [m for m in got if m.kind == "sanction"]
    assert "Pentagon" not in _names(imposed) and "China" in _names(imposed)
    # the opening clause's own event keeps its doer
    assert any(m.trigger == "landed" and _names(m) == ["Antony Blinken"]
               for m in _mentions("Hours before Secretary of State Antony Blinken landed in "
                                  "Beijing on Sunday, Chinese police detained two activists."))


def test_an_opening_clause_whose_doer_goes_on_as_a_pronoun_keeps_him() -> None:
    got = _mentions("After Antony Blinken arrived in Beijing on Sunday, he met Wang Yi.")
    (met,) = [m for m in got if m.trigger == "met"]
    assert _names(met) == ["Antony Blinken", "Wang Yi"]


def test_a_clause_after_a_main_clause_does_not_open_the_sentence() -> None:
    # `Tensions rose after …`: no opening clause, the sentence's names are read as before
    got = _mentions("Tensions rose after Japan bought three of the islands, and on Tuesday "
                    "Chinese coast guard ships sailed near the Senkaku Islands.")
    (sailed,) = [m for m in got if m.kind == "military_incident"]
    assert "Japan" in _names(sailed)


def test_the_clauses_own_verb_takes_no_person_of_the_main_clause() -> None:
    got = _mentions("Antony Blinken postponed his trip to Beijing on Friday, a day before an "
                    "American fighter shot down the balloon off South Carolina.", "2023-02-10")
    (shot,) = [m for m in got if m.kind == "military_incident"]
    assert _names(shot) == ["United States"]


def test_the_clauses_own_verb_keeps_a_country_and_the_sentences_people_named_again() -> None:
    got = _mentions("Police clashed with youths in the French city of Rennes on Saturday "
                    "after authorities banned a rave party.", "2005-12-11")
    (banned,) = [m for m in got if m.kind == "ban"]
    assert _names(banned) == ["France"]
    got = _mentions("Joe Biden and Xi Jinping agreed to resume military talks on Wednesday "
                    "after the two leaders met for four hours in Woodside.", "2023-11-16")
    (met,) = [m for m in got if m.trigger == "met"]
    assert sorted(_names(met)) == ["Joe Biden", "Xi Jinping"]


@pytest.mark.parametrize(("text", "subject", "verb"), [
    ("after Ms. Tsai had returned to Taipei", "Ms.", "had"),
    ("a day after the French president had gone home", "the", "had"),
    ("after Vice Premier He Lifeng invited her", "Vice", "invited"),
    ("after Nancy Pelosi, then the House speaker, visited Taiwan", "Nancy", "visited"),
    ("before the summit opens in Lima", "the", "opens"),
    ("after Beijing objected to the plan", "Beijing", "objected"),
    ("after a U.S. destroyer challenged China's claims", "a", "challenged"),
    ("after the talks also ended", "the", "ended"),
])
def test_a_clause_with_a_subject_and_finite_verb_is_read(text: str, subject: str,
                                                         verb: str) -> None:
    at = text.index("after " if "after " in text else "before ")
    at += len(text[at:].split()[0]) + 1
    clause = clause_at(text, at, len(text))
    assert isinstance(clause, Clause)
    assert text[clause.subject:].split()[0] == subject
    assert text[clause.verb:].split()[0] == verb


@pytest.mark.parametrize("text", [
    "after meeting Xi Jinping",  # no subject
    "after talks with Xi Jinping ended",  # a preposition: no subject of its own
    "before he left for Beijing",  # the main clause's doer goes on
    "after the sanctions imposed by Washington",  # a participle
    "after the talks held in Geneva",  # a participle after a common noun
    "after which China held drills",
    "after the summit in Bali",
    "until the end of May",
])
def test_a_clause_with_no_subject_of_its_own_is_not(text: str) -> None:
    at = text.index(" ") + 1
    assert clause_at(text, at, len(text)) is None


def test_a_broken_word_list_names_the_file_and_key() -> None:
    with pytest.raises(LexiconError, match=r"subordinate\.toml.*no_subject"):
        read_words('same_subject = ["he"]\n', "subordinate.toml")
