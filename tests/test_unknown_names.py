"""People no lexicon knows become actors where a person stands: the subject right before a
trigger verb, the object of a meeting or appointment verb, `talks with` someone. Capitalised
words that stand there but name no person (a sentence's first word, a group, a company, a
place after a preposition, a panda) do not. All names here are invented."""

from __future__ import annotations

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Actor, Document, Published


def _mentions(text: str, published: str = "2006-11-20") -> list[tuple[str, list[Actor]]]:
    doc = Document("case.txt", text, published=Published(published, "test"))
    return [(m.kind, list(m.actors)) for m in extract_mentions(doc)]


def _names(text: str, published: str = "2006-11-20") -> set[str]:
    return {a.name for _, actors in _mentions(text, published) for a in actors}


def test_an_unknown_subject_of_a_trigger_verb_is_a_person() -> None:
    got = _mentions("Tomas Velkander arrived in Beijing on Monday for a three-day visit.")
    arrival = [actors for kind, actors in got if kind == "arrival"]
    assert arrival and [(a.name, a.kind) for a in arrival[0]][:1] == [
        ("Tomas Velkander", "person")]


def test_a_name_in_apposition_before_the_verb_is_the_subject() -> None:
    text = ("The presidential candidate of the opposition, Ilona Varkonyi, arrived in Tokyo "
            "on Sunday.")
    assert "Ilona Varkonyi" in _names(text)


def test_the_one_appointed_or_met_is_an_actor() -> None:
    assert "Darel Quintanar" in _names(
        "The UN chief on Wednesday appointed Darel Quintanar as his special envoy.")
    assert "Oskar Lindqvar" in _names(
        "Chinese Foreign Minister Wang Yi held talks with Oskar Lindqvar in Beijing on "
        "Tuesday.")
    assert "Marta Quiroga" in _names(
        "Marta Quiroga, who met Chinese Premier Wen Jiabao in Beijing on Friday, praised "
        "the deal.")


def test_a_surname_alone_is_the_person_the_article_names_in_full() -> None:
    text = ("Egyptian President Hamid Osmani left Cairo on Sunday for a tour of Asia. "
            "Osmani visited Kazakhstan on Nov. 7 as part of his three-nation tour.")
    visits = [actors for kind, actors in _mentions(text) if kind == "visit"
              and any(a.name == "Kazakhstan" for a in actors)]
    people = [a for a in visits[0] if a.kind == "person"]
    assert [(a.name, a.country) for a in people] == [("Hamid Osmani", "EG")]


def test_the_end_of_a_full_name_given_before_is_that_person() -> None:
    text = ("NATO chief Jaap de Vrindt Hollmer opened the summit in Riga on Tuesday. "
            "Later, de Vrindt Hollmer met Latvian leaders in Riga on Wednesday.")
    names = _names(text)
    assert "Vrindt Hollmer" not in names
    assert "Jaap de Vrindt Hollmer" in names


def test_a_title_before_the_name_is_not_part_of_it() -> None:
    names = _names("Minister of Trade and Industry Rachel Omondi signed the deal with "
                   "China on Monday.")
    assert "Rachel Omondi" in names
    assert not any("Industry" in n for n in names)
    assert "Stephen Tolver" in _names(
        "Lance Corporal Stephen Tolver met the families in Baghdad on Monday.")


def test_a_lone_capitalised_word_is_no_person_unless_named_in_full() -> None:
    # (a company, a team, a place: nothing says which)
    assert "Velkorp" not in _names("Velkorp met Chinese officials in Beijing on Monday.")


def test_sentence_openers_groups_and_companies_are_no_people() -> None:
    names = _names("Trade Envoys met in Geneva on Monday to discuss trade with China.")
    assert not any("Envoys" in n for n in names)
    names = _names("Kosovar Albanians met UN envoy Martti Ahtisaari on Monday.")
    assert "Kosovar Albanians" not in names
    names = _names("Kestrel Airlines announced on Tuesday it would fly to Beijing.")
    assert "Kestrel Airlines" not in names


def test_a_preposition_s_object_is_no_subject() -> None:
    names = _names("A delegation from Novi Varnel arrived in Beijing on Monday.")
    assert "Novi Varnel" not in names


def test_a_passive_verb_takes_no_object_and_a_modifier_is_no_object() -> None:
    names = _names("A panda cub born on Friday in Beijing has been named Bei Lun.",
                   "2005-11-14")
    assert "Bei Lun" not in names
    names = _names("The army chief called for talks with Kordofan Highland rebels on "
                   "Monday.")
    assert "Kordofan Highland" not in names


def test_a_name_alone_makes_no_event_but_joins_one_something_else_makes() -> None:
    # nothing but an unknown name: a sports report, no event (real news had many)
    assert _mentions("Tomas Velkander stormed past Oskar Lindqvar 6-3, 6-4 on Friday.") == []
    # a place makes the event; the name is its actor
    assert "Tomas Velkander" in _names("Tomas Velkander arrived in Beijing on Monday.")
    # a known person makes the event; the unknown one met is kept beside him
    assert {"Wang Yi", "Oskar Lindqvar"} <= _names(
        "Chinese Foreign Minister Wang Yi met Oskar Lindqvar on Tuesday.")


def test_a_surname_that_is_a_rank_or_ends_like_a_group_is_still_a_name() -> None:
    assert "Tomas Major" in _names("Tomas Major met Wang Yi in Beijing on Tuesday.")
    assert "Frans Velkermans" in _names("Frans Velkermans arrived in Beijing on Tuesday.")
    assert "Tiger Lindqvar" in _names("Tiger Lindqvar met Wang Yi in Beijing on Tuesday.")
    # a people named by its plural is no person
    assert _names("Germans arrived in Beijing on Tuesday.") == set()
