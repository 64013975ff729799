"""The trigger data's `[[sense]]`, `[[passive]]` and `[[modifier]]` tables: read by
trigger form, and a form that names no trigger is a data error that says which entry (a
typo there would otherwise switch a rule off without a word)."""

from __future__ import annotations

from itertools import pairwise

import pytest

from usc_timeline.extract.triggers import (
    DETERMINERS,
    KindSpec,
    TriggerForm,
    _check,
    _expanded,
    _modifier,
    _passive,
    _senses,
    trigger_lexicon,
)
from usc_timeline.lexicon import LexiconError

FORMS = [("met", "meeting", TriggerForm(KindSpec("meeting"), True)),
         ("criticized", "statement", TriggerForm(KindSpec("statement", light=True), True))]


def test_sense_words_are_read_by_form_and_by_kind() -> None:
    by_form, by_kind = _senses({"sense": [{"forms": ["Met"], "kinds": ["military_incident"],
                                           "words": ["Semifinal", "cup"]}]}, FORMS)
    assert by_form == {("met",): frozenset({"semifinal", "cup"})}
    assert by_kind == {"military_incident": frozenset({"semifinal", "cup"})}


def test_a_sense_form_that_is_no_trigger_is_an_error_naming_the_entry() -> None:
    with pytest.raises(LexiconError, match=r"sense #2 form 'greeted' is no trigger"):
        _senses({"sense": [{"forms": ["met"], "words": ["cup"]},
                           {"forms": ["greeted"], "words": ["cup"]}]}, FORMS)


def test_an_unknown_kind_in_a_sense_entry_is_an_error() -> None:
    with pytest.raises(LexiconError, match=r"sense #1 has unknown kind 'sports'"):
        _senses({"sense": [{"kinds": ["sports"], "words": ["cup"]}]}, FORMS)


def test_passive_words_are_read_by_form() -> None:
    assert _passive({"passive": [{"forms": ["criticized"], "next": ["for", "By"]}]},
                    FORMS) == {("criticized",): frozenset({"for", "by"})}
    with pytest.raises(LexiconError, match=r"passive #1 form 'praised' is no trigger"):
        _passive({"passive": [{"forms": ["praised"], "next": ["for"]}]}, FORMS)


def test_modifier_nouns_are_read_by_form() -> None:
    forms = [*FORMS, ("tariff", "sanction", TriggerForm(KindSpec("sanction"), False))]
    assert _modifier({"modifier": [{"forms": ["Tariff"], "next": ["Commission"]}]},
                     forms) == {("tariff",): frozenset({"commission"})}
    with pytest.raises(LexiconError, match=r"modifier #1 form 'levy' is no trigger"):
        _modifier({"modifier": [{"forms": ["levy"], "next": ["office"]}]}, forms)


def test_the_shipped_data_has_every_table() -> None:
    lexicon = trigger_lexicon()
    assert lexicon.senses and lexicon.passive and lexicon.modifier


def test_a_determiner_slot_expands_to_every_determiner() -> None:
    forms = _expanded(["opened {det} inquiry", "met"])
    # one form per determiner (`an` or `a` may misfit the noun: no text will match it)
    assert len(forms) == len(DETERMINERS) + 1 and forms[-1] == "met"
    assert {"opened an inquiry", "opened the inquiry", "opened its inquiry",
            "opened their inquiry"} <= set(forms)
    assert len(_expanded(["{det} x {det}"])) == len(DETERMINERS) ** 2


def test_a_group_naming_an_unknown_check_is_an_error_at_load() -> None:
    assert _check({"check": "goes_to"}, "group #3") == "goes_to"
    assert _check({}, "group #3") is None
    with pytest.raises(LexiconError, match=r"group #3 has unknown check 'goes_too'"):
        _check({"check": "goes_too"}, "group #3")


def test_the_shipped_investigation_forms_take_any_determiner() -> None:
    forms = {phrase for phrase, kind, _ in trigger_lexicon().forms if kind == "other"}
    assert {"began its investigation", "opened their inquiry", "launched the probe"} <= forms
    assert not any("{det}" in phrase for phrase, _, _ in trigger_lexicon().forms)


def test_no_shipped_form_is_both_checked_and_unchecked() -> None:
    # which of two specs a form gets would depend on matcher order (`flew out to` as a
    # plain visit and, through {move} {way} to, as a checked one)
    # (a fallback verb beside a group's form is read only where the group turns it
    # down: test_fallback_forms_come_after_their_groups)
    specs: dict[tuple[str, str, bool], set[str | None]] = {}
    for phrase, kind, form in trigger_lexicon().forms:
        if form.spec.check != "fallback":
            specs.setdefault((phrase, kind, form.verb), set()).add(form.spec.check)
    assert not {key for key, checks in specs.items() if len(checks) > 1}


def test_fallback_forms_come_after_their_groups() -> None:
    # `extended` is a renewal only near `favored`; elsewhere the fallback reads it. The
    # group's form must be chosen first, and only verbs a group holds under a context or
    # a test are shared (no noun: `Bush's stop in Beijing` stays a visit)
    forms = trigger_lexicon().forms
    first_fallback: dict[str, int] = {}
    for i, (phrase, _, form) in enumerate(forms):
        if form.spec.check == "fallback":
            first_fallback.setdefault(phrase, i)
    shared = [(i, phrase, form) for i, (phrase, _, form) in enumerate(forms)
              if form.spec.check != "fallback" and phrase in first_fallback]
    assert {"extended", "suspended", "closed"} <= {phrase for _, phrase, _ in shared}
    assert all(i < first_fallback[phrase] for i, phrase, _ in shared)
    assert all(form.verb and (form.context or form.spec.check) for _, _, form in shared)


def test_slot_words_make_no_doubled_words() -> None:
    # `moved on` in {move} made `moved on on to`
    phrases = [phrase.split() for phrase, _, _ in trigger_lexicon().forms]
    assert not [p for p in phrases if any(a == b for a, b in pairwise(p))]


def test_slot_expansion_repeats_no_form_and_names_an_empty_slot() -> None:
    # a slot word listed twice (or two slots filling alike) makes one form, not two
    assert _expanded(["{x} to"], {"x": ("went", "went")}) == ["went to"]
    with pytest.raises(LexiconError, match=r"slot \{x\}.*no words"):
        _expanded(["{x} to"], {"x": ()})
