"""Who an apposition names only as someone's employer is no side of the event:
`X, the Central Military Commission's vice chairman,` or `X, deputy to Y,` tells whose
official X is; the event's sides are the people who act (parties.owner_in_apposition)."""

from __future__ import annotations

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Published


def _actors(text: str, published: str = "2023-05-12") -> list[list[str]]:
    """The actor names of each mention of `text`."""
    doc = Document("case.txt", text, published=Published(published, "test"))
    return [[a.name for a in m.actors] for m in extract_mentions(doc)]


def test_an_organisation_owning_the_title_before_it_is_no_side() -> None:
    got = _actors("Jake Sullivan held talks with Wang Yi, director of the Central Foreign "
                  "Affairs Commission's general office, in Vienna on Wednesday.")
    assert got == [["Jake Sullivan", "Wang Yi"]]


def test_an_organisation_after_the_title_and_of_is_no_side() -> None:
    got = _actors("Senator Chuck Schumer held talks with Liu Jianchao, head of the "
                  "international department of the Communist Party, in Washington on Monday.")
    assert got == [["Chuck Schumer", "Liu Jianchao"]]
    got = _actors("Secretary of State Antony Blinken met Cai Qi, the chief of staff of the "
                  "Communist Party, on Friday.")
    assert got == [["Antony Blinken", "Cai Qi"]]


def test_a_person_whose_deputy_acts_is_no_side() -> None:
    got = _actors("Wendy Sherman, Antony Blinken's deputy, held talks with Xie Feng in "
                  "Tianjin on Tuesday.")
    assert got == [["Wendy Sherman", "Xie Feng"]]


def test_a_list_after_a_person_keeps_every_side() -> None:
    # no `'s` and title words after the institution: a list of sides, not an apposition
    got = _actors("Antony Blinken met Wang Yi, the Pentagon and the Treasury Department on "
                  "Thursday.")
    assert got and {"Pentagon", "Treasury Department"} <= set(got[0])


def test_an_institution_that_acts_in_its_own_clause_stays() -> None:
    got = _actors("Antony Blinken met Wang Yi, and the State Department's envoy held talks "
                  "with Xie Feng on Thursday.")
    assert any("State Department" in g for g in got)


def test_a_country_in_the_apposition_stays_as_the_persons_side() -> None:
    # chosen: a country there names the person's side, as analysts list an event's sides
    got = _actors("Antony Blinken met Qin Gang, China's foreign minister, in Beijing on "
                  "Sunday.")
    assert got and "China" in got[0]
