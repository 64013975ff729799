"""Legal and trade-status acts told with everyday verbs: `charged X with <crime>` is a
prosecution (not `charged that`, not a fee charged), and renewing a country's
most-favored-nation status is an act (not any renewal)."""

from __future__ import annotations

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Published


def _found(text: str, published: str = "2016-03-09") -> list[tuple[str, str, str | None]]:
    doc = Document("case.txt", text, published=Published(published, "test"))
    return [(m.kind, m.trigger, m.date.label if m.date else None)
            for m in extract_mentions(doc)]


def test_prosecutors_charging_officers_with_a_crime_is_an_event() -> None:
    found = _found("The Justice Department on Monday charged three Iranian hackers with "
                   "hacking into the computers of a dam near New York.")
    assert ("other", "charged", "7 Mar 2016") in found, found


def test_charged_that_or_a_fee_charged_is_no_prosecution() -> None:
    assert not _found("Senator Ada Cole charged on Monday that the Pentagon had hidden the "
                      "cost of the court case from Congress.")
    assert not [k for k, t, _ in _found("The Justice Department on Monday charged a fee "
                                        "for criminal record checks.") if t == "charged"]


def test_renewing_most_favored_nation_status_is_an_event() -> None:
    found = _found("President Carter decided in October 1979 to renew Romania's "
                   "most-favored-nation status.", "1980-01-10")
    assert any(k == "other" and t == "renew" and d == "Oct 1979" for k, t, d in found), found


def test_other_renewals_are_not() -> None:
    found = _found("President Carter renewed his call for restraint in October 1979.",
                   "1980-01-10")
    assert not [t for _, t, _ in found if t.startswith("renew")], found
