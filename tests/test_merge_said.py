"""What one article reports as a person's statement another may report as his
announcement (`Trudeau said on June 5 he would impose duties on steel` / `Trudeau
announced in early June that he would retaliate on steel`): one event, across articles,
when the same person speaks on the same day or about the same matter or place. Other
speakers, other months, other matters, and the same article stay apart."""

from __future__ import annotations

from merge_builders import day, mention, month

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, DateSpan, Mention

TRUDEAU = Actor("Justin Trudeau", "CA", "Prime Minister")
FREELAND = Actor("Chrystia Freeland", "CA", "Foreign Minister")
CANADA = Actor("Canada", "CA", None, "country")


def _said(doc: str = "a.txt", when: DateSpan | None = None, *who: Actor,
          issues: tuple[str, ...] = ("steel",), places: tuple[str, ...] = ()) -> Mention:
    return mention(doc, 0, "statement", when or day(2018, 6, 5), *(who or (TRUDEAU,)),
                   trigger="said", issues=issues, places=places)


def _announced(doc: str = "b.txt", when: DateSpan | None = None, *who: Actor,
               issues: tuple[str, ...] = ("steel",), at: int = 0,
               places: tuple[str, ...] = ()) -> Mention:
    return mention(doc, at, "announcement", when or month(2018, 6), *(who or (TRUDEAU,)),
                   trigger="announced", issues=issues, places=places)


def test_a_statement_is_the_announcement_of_the_same_speaker_and_matter() -> None:
    (event,) = merge_mentions([_said(), _announced()])
    assert event.kind == "announcement"
    assert {s.document for s in event.sources} == {"a.txt", "b.txt"}
    assert event.date == day(2018, 6, 5)  # the finer date of the two


def test_on_the_same_day_the_speaker_alone_ties_them() -> None:
    said = _said(issues=())
    announced = _announced(when=day(2018, 6, 5), issues=())
    (event,) = merge_mentions([said, announced])
    assert {s.document for s in event.sources} == {"a.txt", "b.txt"}


def test_a_shared_venue_ties_a_month_dated_announcement() -> None:
    said = _said(issues=(), places=("Charlevoix",))
    announced = _announced(issues=(), places=("Charlevoix",))
    assert len(merge_mentions([said, announced])) == 1


def test_other_speakers_months_matters_or_the_same_article_stay_apart() -> None:
    said = _said()
    for other in (
        _announced("b.txt", month(2018, 6), FREELAND),  # someone else announced
        _announced("b.txt", month(2018, 7)),  # another month
        _announced("b.txt", month(2018, 6), issues=("dairy",)),  # another matter
        _announced("b.txt", month(2018, 6), issues=()),  # no matter named, month only
        _announced("a.txt", day(2018, 6, 5), at=40),  # one article tells two acts
    ):
        assert len(merge_mentions([said, other])) == 2, other


def test_a_country_alone_does_not_tie_a_statement_to_an_announcement() -> None:
    said = _said("a.txt", day(2018, 6, 5), CANADA, issues=())
    announced = _announced("b.txt", day(2018, 6, 5), CANADA, issues=())
    assert len(merge_mentions([said, announced])) == 2

