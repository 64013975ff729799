"""The holders of a title on a day, worked out from per-role tables, are the people whose
role on that day (`Person.role_on`) fits the title."""

from __future__ import annotations

from datetime import date

from usc_timeline.extract import extract_mentions
from usc_timeline.extract.index import entity_index
from usc_timeline.extract.people import Resolver, _role_fits, serves
from usc_timeline.lexicon import Institution, Person, Role, default_lexicon
from usc_timeline.model import Document, Published

_DAYS = [None, date(1972, 2, 21), date(1999, 5, 8), date(2013, 3, 14), date(2021, 1, 20),
         date(2021, 3, 18), date(2023, 6, 18), date(2025, 5, 12)]


def test_holders_on_day_are_the_people_whose_role_then_fits() -> None:
    lexicon = default_lexicon()
    index = entity_index(lexicon)
    for day in _DAYS:
        resolver = Resolver(index, day)
        for title in lexicon.titles:
            want = {p.short: p for p in resolver.ever_fitting(title)
                    if _role_fits(p, title, day)}
            got = resolver.holders_on_day(title)
            assert list(got.items()) == list(want.items()), (title.role, day)


def test_a_secretary_of_state_on_a_day_is_the_one_in_office() -> None:
    lexicon = default_lexicon()
    title = next(t for t in lexicon.titles if t.role == "Secretary of State")
    holders = Resolver(entity_index(lexicon), date(2023, 6, 18)).holders_on_day(title)
    assert "Blinken" in holders
    assert "Pompeo" not in holders


def test_a_role_serves_an_organisation_named_by_whole_words() -> None:
    # `EU` is inside `European`, `SEC` inside `Secretary`: no organisation's alias
    # may be found inside a word of the title
    eu = Institution("European Union", ("EU",), None)
    sec = Institution("Securities and Exchange Commission", ("SEC",), None)
    bank = Institution("World Bank", (), None)

    def person(title: str) -> Person:
        return Person("A B", None, (), "B", (Role(title),))

    assert not serves(person("President of the European Central Bank"), eu, None)
    assert not serves(person("Secretary of Energy"), sec, None)
    assert serves(person("President of the World Bank"), bank, None)
    assert serves(person("EU foreign policy chief"), eu, None)


def _actor_names(text: str, published: str) -> set[str]:
    doc = Document("case.txt", text, published=Published(published, "test"))
    return {a.name for m in extract_mentions(doc) for a in m.actors}


def test_a_surname_is_no_namesake_who_took_office_decades_later() -> None:
    # Pedro Sanchez is Spanish PM from 2018: a `Sanchez` of 1997 is someone else
    assert "Pedro Sanchez" not in _actor_names(
        "Sanchez met the hostages in Lima on Monday.", "1997-04-14")
    assert "Pedro Sanchez" in _actor_names(
        "Sanchez met Macron in Madrid on Monday.", "2019-04-15")
    # a president-elect is news before taking office
    assert "Donald Trump" in _actor_names(
        "Trump met Taiwan leader Tsai Ing-wen on Friday.", "2016-12-03")


def test_a_surname_the_article_gives_someone_else_in_full_is_that_person() -> None:
    text = ("The hostages are well, Dr. Miguel Sanchez told Spanish radio on Monday. "
            "Sanchez met Macron in Madrid on Monday.")
    assert "Pedro Sanchez" not in _actor_names(text, "2019-04-15")
    text = ("Pedro Sanchez met Macron in Madrid on Monday. Sanchez also met Miguel "
            "Sanchez, a doctor, in Madrid on Tuesday.")
    assert "Pedro Sanchez" in _actor_names(text, "2019-04-15")
