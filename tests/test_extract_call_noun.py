"""After `in/during a`, a call is a phone call (`In a call on May 3, the chancellor told
him ...`): a call event with the main clause's people; `a call for restraint` or `a call
to arms` is no call."""

from __future__ import annotations

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Published


def _calls(text: str) -> list[tuple[str, str | None, set[str]]]:
    doc = Document("case.txt", text, published=Published("2021-05-10", "test"))
    return [(m.status, m.date.label if m.date else None, {a.name for a in m.actors})
            for m in extract_mentions(doc) if m.kind == "call"]


def test_in_a_call_on_a_date_is_a_call_of_the_main_clause_people() -> None:
    found = _calls("In a call on May 3, Chancellor Greta Lindqvist told Prime Minister "
                   "Ivo Rask that the border would stay open.")
    assert [(s, d) for s, d, _ in found] == [("occurred", "3 May 2021")], found
    assert "Greta Lindqvist" in found[0][2], found


def test_a_call_for_restraint_or_to_arms_is_no_call() -> None:
    assert not _calls("In a call for restraint on May 3, Chancellor Greta Lindqvist urged "
                      "both sides to talk.")
    assert not _calls("In a call to arms on May 3, Chancellor Greta Lindqvist asked "
                      "voters to turn out.")
