"""One event told twice in one sentence, the second time in a when-clause about the
first's time, is one event, whoever each names; a clause with its own date, another
venue or a kind that cannot be part of the first stays apart; and a meeting told as the
visitor's next act in the visit's own clause is part of the visit. Our own sentences."""

from __future__ import annotations

from extract_helpers import mentions_of

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Event

PUBLISHED = "2031-06-20"


def _events(text: str) -> list[Event]:
    return merge_mentions(mentions_of(text, PUBLISHED))


def _kinds(events: list[Event]) -> list[str]:
    return sorted(e.kind for e in events)


def test_what_was_agreed_on_a_visit_in_a_when_clause_is_that_visit() -> None:
    (visit,) = _events("Defence Minister Karin Holm of Norway visited Ottawa in March, when "
                       "the two ministers agreed to share Arctic patrol data.")
    assert visit.kind == "visit"
    assert len(visit.sources) == 1 and visit.date is not None
    assert visit.date.precision == "month"


def test_talks_in_a_when_clause_of_a_meeting_join_it_across_a_title_abbreviation() -> None:
    # the meeting and the talks name no one in common; `Dr.` inside the clause ends nothing
    (event,) = _events("Commerce Secretary Dana Pell met Chinese trade officials for the "
                       "first time on May 4, when Vice Premier He Lifeng held talks with "
                       "Dr. Ana Ruiz of Chile.")
    assert {"Dana Pell", "He Lifeng"} <= {a.name for a in event.actors}


def test_an_agreement_reached_at_another_venue_stays_apart() -> None:
    events = _events("Defence Minister Karin Holm of Norway visited Ottawa in March, when "
                     "the two ministers agreed in Toronto to share Arctic patrol data.")
    assert _kinds(events) == ["agreement", "visit"]


def test_a_clause_with_a_date_of_its_own_stays_apart() -> None:
    events = _events("Commerce Secretary Dana Pell met Chinese trade officials for the "
                     "first time on May 4, when Vice Premier He Lifeng had already held "
                     "talks with Dr. Ana Ruiz of Chile on April 28.")
    assert len(events) == 2


def test_a_measure_told_in_the_clause_is_not_part_of_the_meeting() -> None:
    events = _events("President Joe Biden met Xi Jinping in Bali on Monday, when the "
                     "Treasury imposed sanctions on three Iranian banks.")
    assert _kinds(events) == ["meeting", "sanction"]


# --- a meeting told as the visitor's next act in the visit's own clause ----------------------

def test_a_meeting_coordinated_after_the_trip_is_part_of_the_visit() -> None:
    # `… flew to Jakarta on Monday with a letter from Mr. Biden, and met Widodo`: the
    # visitor is left unsaid, the title's full stop ends nothing
    (visit,) = _events("Secretary of State Antony Blinken flew to Jakarta on Monday with a "
                       "letter from Mr. Biden, and met President Joko Widodo.")
    assert visit.kind == "visit"
    assert "Joko Widodo" in {a.name for a in visit.actors}


def test_a_meeting_after_another_step_of_the_trip_stays_apart() -> None:
    events = _events("Secretary of State Antony Blinken flew to Jakarta on Monday, left for "
                     "Singapore and met Prime Minister Lawrence Wong.")
    assert _kinds(events) == ["meeting", "visit"]


def test_undated_talk_joined_to_the_meeting_does_not_keep_it_from_its_visit() -> None:
    # the meeting is told as the trip's purpose; the undated `talks with China` of a
    # relative clause joined it on its own, and says nothing of how the article tells it
    (visit,) = _events("Secretary of State Antony Blinken is due in Hanoi on Friday to meet "
                       "President Luong Cuong, whose government has said it will seek talks "
                       "with China.")
    assert visit.kind == "visit"


def test_a_meeting_the_article_also_tells_in_a_sentence_of_its_own_stays_apart() -> None:
    events = _events("Secretary of State Antony Blinken is due in Hanoi on Friday to meet "
                     "President Luong Cuong. The two will hold talks with China.")
    assert _kinds(events) == ["meeting", "visit"]
