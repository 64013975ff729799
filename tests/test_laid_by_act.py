"""A measure laid by a dated act takes the act's date (extract/laid.py): `signed an order
imposing tariffs`, `issued a rule adding firms to the entity list`, `signed a law to ban`.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from extract_helpers import mentions_of, one_of_kind


def _day(text: str, published: str, kind: str) -> dt.date | None:
    m = one_of_kind(mentions_of(text, published), kind)
    return None if m.date is None else m.date.start


def test_order_imposing_tariffs_is_dated_by_the_signing() -> None:
    text = ("The president on Thursday signed an executive order imposing duties of 15 percent "
            "on Chinese steel.")
    ms = mentions_of(text, "2024-06-10")
    tariff = one_of_kind(ms, "sanction")
    assert tariff.date is not None and tariff.date.start == dt.date(2024, 6, 6)
    assert tariff.status == "occurred"
    # the signing and the duties it lays are one event
    assert not [m for m in ms if m.kind == "other"]


def test_rule_adding_firms_to_the_entity_list() -> None:
    text = ("The Commerce Department on Wednesday issued a rule adding 36 Chinese firms to "
            "the entity list.")
    assert _day(text, "2024-12-06", "export_control") == dt.date(2024, 12, 4)


def test_date_between_the_act_and_the_measure() -> None:
    text = ("President Biden signed an executive order on Monday imposing tariffs on Chinese "
            "electric vehicles.")
    assert _day(text, "2023-08-11", "sanction") == dt.date(2023, 8, 7)


def test_law_to_ban_is_no_plan_once_signed() -> None:
    text = "On Tuesday, the governor signed a law to ban Chinese drones from state agencies."
    m = one_of_kind(mentions_of(text, "2024-05-10"), "ban")
    assert m.date is not None and m.date.start == dt.date(2024, 5, 7)
    assert m.status == "occurred"


def test_bill_to_ban_stays_a_plan() -> None:
    # near miss: a bill only introduced lays nothing yet
    text = "Senator Jane Placeholder on Tuesday introduced a bill to ban Chinese drones."
    assert one_of_kind(mentions_of(text, "2024-05-10"), "ban").status == "planned"


def test_measure_with_its_own_later_date_keeps_it() -> None:
    # near miss: the duties take effect later than the signing
    text = ("The president on Thursday signed an order imposing duties on Chinese steel that "
            "take effect on July 1.")
    ms = mentions_of(text, "2024-06-10")
    assert one_of_kind(ms, "sanction").date is not None
    assert _day(text, "2024-06-10", "sanction") == dt.date(2024, 7, 1)


def test_date_of_an_aside_is_not_the_act_s() -> None:
    # near miss: `who took office on Jan. 20` dates the taking of office, not the order
    text = ("The president, who took office on Jan. 20, signed an order imposing duties on "
            "Chinese steel.")
    assert _day(text, "2025-02-10", "sanction") != dt.date(2025, 1, 20)


def test_participle_of_a_dated_main_clause_lays_the_measure() -> None:
    text = "Beijing retaliated on Thursday, imposing duties of 15 percent on American farm goods."
    duties = [m for m in mentions_of(text, "2024-06-10") if m.trigger == "duties"]
    assert len(duties) == 1 and duties[0].date is not None
    assert duties[0].date.start == dt.date(2024, 6, 6)


def test_second_participle_takes_the_main_verb_s_date_not_a_named_one() -> None:
    text = ("China hit back on Tuesday at the duties announced last week, saying it would sue "
            "and placing export restrictions on gallium.")
    assert _day(text, "2024-06-14", "export_control") == dt.date(2024, 6, 11)


def test_participle_after_a_relative_clause_takes_not_its_date() -> None:
    # near miss: the date of `which imposed tariffs in 2019` is not the main clause's
    text = ("China, which imposed tariffs in 2019, retaliated again, adding export controls "
            "on gallium.")
    m = one_of_kind(mentions_of(text, "2024-06-14"), "export_control")
    assert m.date is None or m.date.start.year != 2019


def test_participle_measure_with_its_own_date_keeps_it() -> None:
    # near miss: the measure's own date after it comes first
    text = "Beijing retaliated on Thursday, imposing duties that take effect on July 1."
    duties = [m for m in mentions_of(text, "2024-06-10") if m.trigger == "duties"]
    assert len(duties) == 1 and duties[0].date is not None
    assert duties[0].date.start == dt.date(2024, 7, 1)
