"""Event titles a person can read: no empty slot, no rank or numeral for a name, no
appointment that names its appointer as the one appointed."""

from __future__ import annotations

import pytest
from merge_builders import day, mention

from usc_timeline import labels, names
from usc_timeline.merge import merge_mentions, title_for
from usc_timeline.model import Actor

KENYA = Actor("Kenya", "KE", None, "country")
INDIA = Actor("India", "IN", None, "country")
TURKEY = Actor("Turkey", "TR", None, "country")
US = Actor("United States", "US", None, "country")
CN = Actor("China", "CN", None, "country")
UN = Actor("United Nations", None, None, "organization")


@pytest.mark.parametrize(("kind", "actors", "places", "trigger", "topic", "title"), [
    ("other", (), ("Nairobi",), "detained", None, "Detentions in Nairobi"),
    ("other", (), ("Lahore",), "said … arrested", None, "Arrests in Lahore"),
    ("other", (), (), "protesters", None, "Protests"),
    ("agreement", (), ("Geneva",), "agreed", None, "Agreement in Geneva"),
    ("agreement", (), (), "deal", "hong_kong", "Agreement on Hong Kong"),
    ("military_incident", (), ("Hawaii",), "exercises", None, "Military incident in Hawaii"),
    ("announcement", (), ("Singapore",), "announced", None, "Announcement in Singapore"),
    ("visit", (), ("Manila",), "visit", None, "Visit to Manila"),
    ("arrival", (), ("Manila",), "arrived", None, "Arrival in Manila"),
    ("call", (), (), "phone call", None, "Call"),
])
def test_an_event_with_no_actor_is_titled_by_what_is_known(
        kind: str, actors: tuple[Actor, ...], places: tuple[str, ...], trigger: str,
        topic: str | None, title: str) -> None:
    got = title_for(kind, actors, places, trigger, topic)
    assert got == title
    assert not got.startswith(":") and not got.endswith((":", " by", " involving"))


def test_acts_with_actors_read_as_phrases_not_fragments() -> None:
    assert title_for("other", (US,), (), "raised tariffs") == "US tariffs"
    assert title_for("other", (TURKEY,), (), "arrested") == "Arrests involving Turkey"
    assert title_for("agreement", (KENYA,), (), "agreed") == "Kenya agreement"
    assert title_for("agreement", (US, CN), (), "signed", "tibet") == (
        "Agreement on Tibet between US and China")
    assert title_for("agreement", (CN,), (), "established diplomatic relations") == (
        "China establishes diplomatic ties")
    # a bare reporting verb says nothing; a trigger naming what was refused keeps it
    assert title_for("other", (US,), (), "said") == "Event involving US"
    assert title_for("other", (CN, US), (), "turned down … meeting") == (
        "China and US: turned down meeting")
    one = Actor("Pierre Nkurunziza", "BI", "President")
    assert title_for("meeting", (one,), ("China",), "met") == "Meeting with Nkurunziza in China"
    assert title_for("call", (one,), (), "phone call") == "Nkurunziza holds a call"
    # a person meets the other side, not their own country
    wu = Actor("Wu Yi", "CN", "Vice Premier")
    japan = Actor("Japan", "JP", None, "country")
    assert title_for("meeting", (wu, CN, japan), (), "met") == "Wu Yi meets Japan"
    assert title_for("meeting", (wu, CN), ("Beijing",), "met") == "Meeting with Wu Yi in Beijing"
    # a visitor visits somewhere else; a country named alone is where the visit went
    somalia = Actor("Somalia", "SO", None, "country")
    assert title_for("visit", (somalia,), (), "visit") == "Visit to Somalia"
    assert title_for("visit", (Actor("United Kingdom", "GB", None, "country"), somalia), (),
                     "visit") == "UK visits Somalia"


def test_a_country_does_not_visit_a_place_of_its_own() -> None:
    """A country holding the visit's place is its host: the title names the visitor if
    any, else the visit ('Somalia visits Mogadishu' is no title)."""
    somalia = Actor("Somalia", "SO", None, "country")
    uk = Actor("United Kingdom", "GB", None, "country")
    homes = {"Mogadishu": "SO"}
    assert title_for("visit", (somalia,), ("Mogadishu",), "visit", None, homes) == (
        "Visit to Mogadishu")
    assert title_for("visit", (somalia, uk), ("Mogadishu",), "visit", None, homes) == (
        "UK visits Mogadishu")
    # a place of another country leaves the country the visitor
    assert title_for("visit", (somalia,), ("Nairobi",), "visit", None, {"Nairobi": "KE"}) == (
        "Somalia visits Nairobi")


def test_a_short_name_is_never_a_numeral_rank_honorific_or_initial() -> None:
    pope = Actor("Pope Benedict XVI", None, "Pope")
    assert title_for("visit", (pope, TURKEY), ("Istanbul",), "visit") == (
        "Benedict XVI visits Istanbul")
    assert title_for("statement", (Actor("Abdullah II", "JO", "Monarch"),), (), "said") == (
        "Statement by Abdullah II")
    assert title_for("statement", (Actor("Lt.-Gen. Dan Halutz", "IL"),), (), "said") == (
        "Statement by Halutz")
    assert title_for("statement", (Actor("Prof. Iajuddin Ahmed", "BD"),), (), "said") == (
        "Statement by Ahmed")
    # an actor whose whole name is a rank or an initial is left out of the title
    bare = (Actor("Lt", None, "Chief of General Staff"), Actor("Dan Halutz", "IL"))
    assert title_for("statement", bare, (), "said") == "Statement by Halutz"
    assert title_for("statement", (Actor("N.", None, "Finance Minister"), KENYA), (),
                     "said") == "Statement by Kenya"
    # two actors with one short name are one name in the title
    bushes = (Actor("George Bush", "US"), Actor("George W. Bush", "US"))
    assert title_for("meeting", bushes, ("Houston",), "met") == "Meeting with Bush in Houston"
    # a last word that is only an abbreviated rank leaves the name whole
    assert title_for("visit", (Actor("Hun Sen", "KH"),), ("Beijing",), "visited") == (
        "Hun Sen visits Beijing")


def test_short_names_keep_surnames_that_look_like_titles() -> None:
    assert names.short_name("John Major") == "Major"
    assert names.short_name("Julie Bishop") == "Bishop"
    assert names.short_name("Osama bin Laden") == "bin Laden"
    assert names.short_name("Queen Elizabeth II") == "Elizabeth II"
    assert names.short_name("Twelve") == "Twelve"  # nothing better is left
    assert not names.has_name("Twelve") and names.has_name("John Major")
    assert labels.short_name(Actor("Pope John Paul II")) == "John Paul II"
    assert labels.short_name(Actor("Gen. Wei Fenghe", "CN")) == "Wei"
    assert labels.short_name(Actor("Joseph R. Biden Jr.", "US")) == "Biden"


def test_an_appointment_does_not_name_its_appointer_as_appointed() -> None:
    annan = Actor("Kofi Annan", None, "UN Secretary-General")
    got = title_for("appointment", (annan, UN), (), "appointed")
    assert got == "Annan appointment"
    assert not got.endswith(("appointed", "elected"))
    assert title_for("appointment", (INDIA,), (), "elected") == "Election in India"
    assert title_for("appointment", (UN,), (), "nomination") == "United Nations nomination"
    assert title_for("appointment", (), ("Shanghai",), "dismissed") == "Dismissal in Shanghai"
    # acts that are the person's own keep the person as subject
    lowry = Actor("Michael Lowry", "IE", "Minister")
    assert title_for("appointment", (lowry,), (), "resigned") == "Lowry resigns"
    assert title_for("appointment", (lowry,), (), "sworn in") == "Lowry takes office"


@pytest.mark.parametrize(("trigger", "title"), [
    ("removed from office", "Aziz dismissal"),
    ("left office", "Aziz resigns"),
    ("took office", "Aziz takes office"),
])
def test_leaving_office_is_not_taking_it(trigger: str, title: str) -> None:
    aziz = (Actor("Shaukat Aziz", "PK", "Prime Minister", "person"),)
    assert title_for("appointment", aziz, (), trigger) == title


def test_merge_titles_a_visit_to_a_capital_from_its_country() -> None:
    """The lexicon tells where a place lies (Mogadishu is Somalia's capital)."""
    somalia = Actor("Somalia", "SO", None, "country")
    visit = mention("a.txt", 0, "visit", day(2024, 3, 1), somalia, places=("Mogadishu",),
                    trigger="visit")
    event, = merge_mentions([visit])
    assert event.title == "Visit to Mogadishu"


CHILE = Actor("Chile", "CL", None, "country")
WTO = Actor("World Trade Organization", None, None, "organization")
MORALES = Actor("Elena Morales", "CL", "Foreign Minister")


@pytest.mark.parametrize(("kind", "actors", "places", "trigger", "title"), [
    # what was called off is unknown: the act's noun, never 'Chile event cancelled'
    ("cancellation", (CHILE,), (), "scrapped", "Cancellation involving Chile"),
    ("cancellation", (MORALES,), ("Lima",), "cancelled", "Cancellation involving Morales in Lima"),
    ("postponement", (), ("Quito",), "put off", "Postponement in Quito"),
    # a known act keeps its words
    ("cancellation", (MORALES,), ("Lima",), "called off … visit",
     "Morales visit to Lima cancelled"),
    # a visitor with nowhere named: no 'visits abroad'
    ("visit", (MORALES,), (), "arrived here … visit", "Visit by Morales"),
    ("visit", (), (), "visit", "Visit"),
    ("visit", (MORALES,), ("Lima",), "visit", "Morales visits Lima"),
    # a country named alone is one side of the talks, not their host
    ("talks", (CHILE,), (), "talks", "Talks with Chile"),
    ("talks", (CHILE,), ("Geneva",), "negotiations", "Talks with Chile in Geneva"),
    ("talks", (WTO,), (), "negotiations", "World Trade Organization holds talks"),
    ("talks", (CHILE, KENYA), (), "talks", "Chile and Kenya hold talks"),
    ("talks", (MORALES, CHILE), (), "talks", "Morales holds talks"),
])
def test_titles_use_no_placeholder_where_the_act_is_nameable(
        kind: str, actors: tuple[Actor, ...], places: tuple[str, ...], trigger: str,
        title: str) -> None:
    got = title_for(kind, actors, places, trigger)
    assert got == title
    assert "abroad" not in got and " event" not in got


PERU = Actor("Peru", "PE", None, "country")
BRAZIL = Actor("Brazil", "BR", None, "country")
GHANA = Actor("Ghana", "GH", None, "country")
OKAFOR = Actor("Ngozi Okafor", "NG", "Foreign Minister")
NIGERIA = Actor("Nigeria", "NG", None, "country")


def test_a_tour_names_its_stops_not_one_of_them() -> None:
    # towns in a country other than the visitor's, not the country that holds them
    homes = {"Cusco": "PE", "Arequipa": "PE", "Peru": "PE"}
    assert title_for("visit", (OKAFOR, PERU), ("Cusco", "Arequipa", "Peru"), "visited",
                     homes=homes) == "Okafor visits Cusco and Arequipa"
    # the visitor's own capital is where the tour ended, no stop
    homes = {"Abuja": "NG", "Lima": "PE"}
    assert title_for("visit", (OKAFOR, NIGERIA, PERU, BRAZIL, CHILE), ("Abuja", "Lima"),
                     "visits", homes=homes) == "Okafor visits Lima, Brazil and Chile"
    # countries named only as actors join when a tour names several
    assert title_for("visit", (OKAFOR, NIGERIA, PERU, BRAZIL, CHILE), ("Peru",), "tour",
                     homes={"Peru": "PE"}) == "Okafor visits Peru, Brazil and Chile"


def test_one_stop_and_lone_extra_countries_keep_the_plain_visit() -> None:
    # one country besides the host is as often the visitor's home or a party met
    assert title_for("visit", (OKAFOR, GHANA, PERU), ("Lima",), "visit",
                     homes={"Lima": "PE"}) == "Okafor visits Lima"
    # a visitor of unknown country: actors' countries may be home
    nobody = Actor("Ana Ruiz", None, None)
    assert title_for("visit", (nobody, PERU, BRAZIL, CHILE), ("Lima",), "visit",
                     homes={"Lima": "PE"}) == "Ruiz visits Lima"
    # a town in the country of the first place is not a second stop
    assert title_for("visit", (OKAFOR, PERU), ("Lima", "Peru"), "visit",
                     homes={"Lima": "PE", "Peru": "PE"}) == "Okafor visits Lima"
    # a place of unknown country is no stop (a region, a strait)
    assert title_for("visit", (OKAFOR,), ("Lima", "the Andes"), "visit",
                     homes={"Lima": "PE"}) == "Okafor visits Lima"


def test_a_body_named_alone_holds_the_meeting() -> None:
    opec = Actor("OPEC", None, None, "organization")
    assert title_for("meeting", (opec,), ("Vienna",), "meeting") == "OPEC meeting in Vienna"
    assert title_for("meeting", (opec,), (), "met") == "OPEC meeting"
    # a country alone, or a body with others, is still met ('Meeting with ...')
    assert title_for("meeting", (CHILE,), (), "met") == "Meeting with Chile"
    assert title_for("meeting", (opec, CHILE), ("Vienna",), "met") == (
        "Meeting in Vienna with OPEC and Chile")
    assert title_for("meeting", (MORALES, opec), (), "met") == "Morales meets OPEC"
