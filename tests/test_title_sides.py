"""Titles of agreements and cancellations: a country and a body of no country are the two
sides (`Agreement between Lebanon and Hezbollah`), a country's own agency is not; `called
off` names no call. Actors and triggers written for these tests."""

from __future__ import annotations

from usc_timeline.merge import title_for
from usc_timeline.model import Actor

CHILE = Actor("Chile", "CL", None, "country")
PERU = Actor("Peru", "PE", None, "country")
MOVEMENT = Actor("Hezbollah", None, None, "organization")
UNION = Actor("European Union", None, None, "organization")
AGENCY = Actor("State Department", "US", None, "organization")
GENERIC = Actor("parliament", None, None, "organization")


def test_a_country_and_a_body_of_no_country_are_the_sides() -> None:
    assert title_for("agreement", (CHILE, MOVEMENT), (), "truce") == (
        "Agreement between Chile and Hezbollah")
    assert title_for("agreement", (UNION, CHILE), (), "signed an agreement") == (
        "Agreement between Chile and EU")


def test_two_countries_stay_the_sides() -> None:
    assert title_for("agreement", (CHILE, UNION, PERU), (), "signed an agreement") == (
        "Agreement between Chile and Peru")


def test_an_agency_of_a_country_or_a_generic_body_is_no_side() -> None:
    assert title_for("agreement", (CHILE, AGENCY), (), "agreed") == "Chile agreement"
    assert title_for("agreement", (CHILE, GENERIC), (), "agreed") == "Chile agreement"


def test_called_off_names_no_call() -> None:
    assert title_for("cancellation", (CHILE,), (), "called off") == (
        "Cancellation involving Chile")
    assert title_for("cancellation", (), ("Lima",), "were called off") == (
        "Cancellation in Lima")


def test_a_call_that_is_called_off_is_still_a_call() -> None:
    assert title_for("cancellation", (CHILE,), (), "phone call … cancelled") == (
        "Chile call cancelled")


def test_an_incident_named_for_its_place_says_the_place_once() -> None:
    assert title_for("military_incident", (CHILE, PERU), ("Taiwan",), "drill",
                     "taiwan") == "Taiwan incident involving Chile and Peru"
    # another place than the topic's is still said
    assert title_for("military_incident", (CHILE, PERU), ("Xiamen",), "drill",
                     "taiwan") == "Taiwan incident involving Chile and Peru in Xiamen"
