"""What a government says or announces, named only by its country: across articles two
such reports of one day are one act only when they name the same matter (`Japan
announced new rice quotas on Monday` / `Japan announced on Monday it would cut rice
imports`), not one about rice and one about a bridge, nor one that names no matter;
and a place in the speaking country (`Osaka`) does not tie them either. Two copies of
one wire report (a sentence opening with the same dozen words) are one report."""

from __future__ import annotations

from dataclasses import replace

from merge_builders import day, mention

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, Mention

JAPAN = Actor("Japan", "JP", None, "country")


def _announced(doc: str, at: int = 0, *, issues: tuple[str, ...] = (),
               places: tuple[str, ...] = (), kind: str = "announcement") -> Mention:
    return mention(doc, at, kind, day(2031, 6, 2), JAPAN, trigger="announced",
                   issues=issues, places=places)


def test_one_matter_on_one_day_is_one_announcement_across_articles() -> None:
    (event,) = merge_mentions([_announced("a.txt", issues=("trade",)),
                               _announced("b.txt", issues=("trade",))])
    assert {s.document for s in event.sources} == {"a.txt", "b.txt"}


def test_other_matters_or_none_named_stay_apart_across_articles() -> None:
    for kind in ("announcement", "statement"):
        first = _announced("a.txt", issues=("trade",), kind=kind)
        for other in (_announced("b.txt", issues=("climate",), kind=kind),
                      _announced("b.txt", kind=kind)):
            assert len(merge_mentions([first, other])) == 2, (kind, other.issues)
        assert len(merge_mentions([_announced("a.txt", kind=kind),
                                   _announced("b.txt", kind=kind)])) == 2, kind


def test_a_place_in_the_speaking_country_ties_nothing() -> None:
    in_osaka = _announced("a.txt", places=("Osaka",))
    assert len(merge_mentions([in_osaka, _announced("b.txt")])) == 2


def test_one_article_may_tell_its_announcement_twice() -> None:
    (event,) = merge_mentions([_announced("a.txt"), _announced("a.txt", 80)])
    assert len(event.sources) == 2


def _worded(m: Mention, sentence: str) -> Mention:
    return replace(m, source=replace(m.source, sentence=sentence))


WIRE = ("Since the Tokyo organising committee opened a public call for mascot designs on "
        "Monday, entries have poured in from every prefecture")


def test_a_copied_wire_sentence_ties_them_however_each_copy_is_cut() -> None:
    first = _worded(_announced("a.txt"), WIRE + " of the country.")
    copy = _worded(_announced("b.txt"), WIRE)
    (event,) = merge_mentions([first, copy])
    assert {s.document for s in event.sources} == {"a.txt", "b.txt"}
    # a sentence that opens alike for a few words only is another report
    other = _worded(_announced("b.txt"), "Since the Tokyo organising committee met on "
                    "Monday, its members have argued over the budget for the games.")
    assert len(merge_mentions([first, other])) == 2
