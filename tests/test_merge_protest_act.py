"""A protest a government lodges is one formal act: across articles, two reports of one
side's protest on one day are one event even when neither names the matter (`The
Netherlands protested to Moscow on Monday` / `lodged a formal protest on Monday`), and
whichever of its officials each names; what a government merely says that day still
needs a matter in common, and protests on other days, by other sides or over different
matters stay apart. Titles read only the `other` acts: a crowd's protest keeps its title."""

from __future__ import annotations

from merge_builders import day, mention

from usc_timeline.merge import merge_mentions, title_for
from usc_timeline.merge.acts import act_of
from usc_timeline.model import Actor, Mention

NL = Actor("Netherlands", "NL", None, "country")
BE = Actor("Belgium", "BE", None, "country")
MINISTER = Actor("Pieter van Dam", "NL", "foreign minister", "person")
ENVOY = Actor("Joost Hendriks", "NL", "ambassador", "person")
OTHER = Actor("Luc Peeters", "BE", "foreign minister", "person")


def _protest(doc: str, *actors: Actor, on: int = 7, trigger: str = "protested",
             issues: tuple[str, ...] = ()) -> Mention:
    return mention(doc, 0, "statement", day(2033, 3, on), *(actors or (NL,)),
                   trigger=trigger, issues=issues)


def _docs(events: list) -> list[set[str]]:  # type: ignore[type-arg]
    return [{s.document for s in e.sources} for e in events]


def test_one_sides_protests_of_one_day_are_one_act_across_articles() -> None:
    events = merge_mentions([_protest("a.txt"),
                             _protest("b.txt", trigger="lodged a formal protest"),
                             _protest("c.txt", trigger="protest", issues=("military",))])
    assert _docs(events) == [{"a.txt", "b.txt", "c.txt"}]


def test_its_officials_speak_for_one_government() -> None:
    events = merge_mentions([_protest("a.txt", MINISTER, NL),
                             _protest("b.txt", ENVOY, NL, trigger="protest")])
    assert _docs(events) == [{"a.txt", "b.txt"}]


def test_other_days_sides_or_matters_stay_apart() -> None:
    first = _protest("a.txt", issues=("trade",))
    for other in (_protest("b.txt", on=8), _protest("b.txt", BE),
                  _protest("b.txt", issues=("climate",))):
        assert len(merge_mentions([first, other])) == 2, other
    # officials of two governments lodge two protests
    assert len(merge_mentions([_protest("a.txt", MINISTER, NL),
                               _protest("b.txt", OTHER, BE)])) == 2


def test_what_a_government_merely_says_still_needs_a_matter() -> None:
    said = [mention(doc, 0, "statement", day(2033, 3, 7), NL, trigger="said")
            for doc in ("a.txt", "b.txt")]
    assert len(merge_mentions(said)) == 2
    assert len(merge_mentions([said[0], _protest("b.txt")])) == 2


def test_a_crowds_protest_is_still_titled_as_before() -> None:
    crowd = mention("a.txt", 0, "other", day(2033, 3, 7), NL, trigger="protested")
    assert act_of(crowd) == "protest"
    assert act_of(_protest("a.txt")) == "formal_protest"
    assert title_for("other", (NL,), (), "protested") == "Protests involving Netherlands"
