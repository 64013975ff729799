"""A body of a country names that country as a party: `The Treasury Department
sanctioned two Chinese refineries on Monday for buying Iranian oil` (US through its
Treasury, China, Iran) and `The United States on Monday imposed sanctions on two Chinese
refineries` (US, China) name no party the other lacks but the detail Iran, so they are
one measure; a body of another country, or a third country each names differently, still
makes two."""

from __future__ import annotations

from merge_builders import day, mention

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, Mention

NZ = Actor("New Zealand", "NZ", None, "country")
FJ = Actor("Fiji", "FJ", None, "country")
TO = Actor("Tonga", "TO", None, "country")
WS = Actor("Samoa", "WS", None, "country")
NZ_BODY = Actor("Ministry of Foreign Affairs and Trade", "NZ", None, "organization")
AU_BODY = Actor("Department of Foreign Affairs and Trade", "AU", None, "organization")


def _sanction(doc: str, *actors: Actor) -> Mention:
    return mention(doc, 0, "sanction", day(2036, 2, 4), *actors, trigger="sanctioned")


def test_a_countrys_body_names_that_country() -> None:
    events = merge_mentions([_sanction("a.txt", NZ_BODY, FJ, TO), _sanction("b.txt", NZ, FJ)])
    assert [{s.document for s in e.sources} for e in events] == [{"a.txt", "b.txt"}]


def test_another_countrys_body_or_another_third_country_makes_two() -> None:
    assert len(merge_mentions([_sanction("a.txt", AU_BODY, FJ, TO),
                               _sanction("b.txt", NZ, FJ)])) == 2
    assert len(merge_mentions([_sanction("a.txt", NZ_BODY, FJ, TO),
                               _sanction("b.txt", NZ, FJ, WS)])) == 2
