"""Evidence in proportion to how vague a date is. A report dated only to a week or a
month (`last week`, `earlier this week`, `this month`, `early April`) spans many acts of
the same countries and people. So when it is joined to a report from another article
by no shared place, forum, distinctive issue or one-off act, and by no shared person
either (or, for what one side says or announces, by a shared person alone: a person is
named in others' statements too), what the two name must fit:

- both that name what it was about name something in common (`China and the EU signed
  a declaration on climate change in September` is not `six-party talks on the Korean
  nuclear issue adopted a joint statement in September`);
- the vague one names no person, country or forum the other lacks, when the other is
  dated to the day: `King Hussein raised the issue during a Washington visit in early
  April` (Jordan, the US) is not Gingrich's visit to Taiwan on 2 April (the US, Taiwan),
  nor `Prodi said earlier this week he had informed Bush` (Italy) Bush's own statement
  of Tuesday; a back reference naming fewer parties (`Beijing cut off military channels
  in August last year`) still joins the event it recalls, and so does one naming both
  sides of an agreement the other tells by one side alone;
- when both are vague, they do not each name a party the other lacks.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from usc_timeline.model import DateSpan

from .kinds import ONE_SIDED, TWO_SIDED


@dataclass(frozen=True, slots=True)
class Side:
    """What one report (or cluster) names as parties and matters, and its date."""

    people: Set[str]
    countries: Set[str]
    forums: Set[str]
    topics: Set[str]
    span: DateSpan | None


def vague(span: DateSpan | None) -> bool:
    """Dated, but to something coarser than a day (a week, a month, a season ...)."""
    return span is not None and span.precision != "day"


def unlike(a: DateSpan | None, b: DateSpan | None) -> bool:
    """Dated to different precisions (a month and a day, a month and a week): not two
    copies of one story, which date it alike (`in March 2003`, both)."""
    return a is not None and b is not None and a.precision != b.precision


def domestic(a: Side, b: Side) -> bool:
    """Both name one country at most, the same, and nothing else in common: no matter,
    no forum. One country's courts, police and cabinet act many times a month, so
    `Li was detained in November` (China) is not `a Beijing court rejected a lawsuit on
    Friday` (China), nor `generals are to be dismissed, he said last month` (Russia) the
    appointment of a minister two weeks ago (Russia)."""
    return len(a.countries | b.countries) <= 1 and not a.topics & b.topics and \
        not a.forums & b.forums


def extra_party(a: Side, b: Side, family: str) -> bool:
    """`a` names a person or a country `b` does not (`Paulson and Bernanke will lead a
    US team next month` is not `the US said on Saturday`), or a forum `b` does not
    (forums count as parties except for meetings, where a forum is where they meet: `the
    ASEAN summit in Malaysia` is the summit where two ministers met). An agreement has
    two sides: when `b` names no person and one country at most, the country `a` adds
    is the side `b` left out (`the beef deal, signed at the Cabinet Office on May 3` is
    `in May Japan and Australia signed a beef deal`), not another party."""
    if a.people - b.people:
        return True
    if a.countries - b.countries and not (
            family in TWO_SIDED and not b.people and len(b.countries) <= 1):
        return True
    return family != "meeting" and bool(a.forums - b.forums)


def too_little(family: str, a: Side, b: Side, *, ground: bool, person: bool) -> bool:
    """Whether two reports from different articles, one of them vaguely dated, share too
    little to be one event: `ground` says they share a place, a forum, a distinctive
    issue or a one-off act, `person` that they name someone in common."""
    loose_a, loose_b = vague(a.span), vague(b.span)
    if not (loose_a or loose_b) or ground or (person and family not in ONE_SIDED):
        return False
    if a.topics and b.topics and not a.topics & b.topics:
        return True
    if not person and domestic(a, b) and unlike(a.span, b.span):
        return True
    if loose_a and loose_b:
        return extra_party(a, b, family) and extra_party(b, a, family)
    return extra_party(a, b, family) if loose_a else extra_party(b, a, family)
