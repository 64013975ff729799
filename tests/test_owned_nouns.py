"""Nouns that name an event only when someone's and dated (check `owned_and_dated`,
extract/owned.py): `the envoy's stop in Hanoi on Monday` is a visit, `a stop in Hanoi` is
not; `the release on May 2 of the reporter` is an event, `the release of the figures`
is not."""

from __future__ import annotations

from extract_helpers import days_of_kind, mentions_of, one_of_kind


def test_an_owned_stop_dated_by_a_relative_clause_is_a_visit() -> None:
    # failed before: `stop` named no event
    m = one_of_kind(mentions_of("Secretary of State Antony Blinken's stop in Hanoi, which "
                                "ended on Tuesday, was brief.", "2023-04-20"), "visit")
    assert m.date is not None and str(m.date.start) == "2023-04-18"
    assert "Antony Blinken" in [a.name for a in m.actors]


def test_a_release_of_a_person_dated_after_the_noun() -> None:
    # failed before: no event
    ms = mentions_of("The release on March 3 of Michael Kovrig ended a long dispute.",
                     "2023-05-10")
    m = one_of_kind(ms, "other")
    assert m.date is not None and str(m.date.start) == "2023-03-03"
    assert "Michael Kovrig" in [a.name for a in m.actors]


def test_a_finding_owned_and_dated_is_an_announcement() -> None:
    assert days_of_kind("The sanctions followed Secretary Pompeo's finding in early March "
                        "that the rules had been broken.", "2020-06-10",
                        "announcement") == ["2020-03-01"]


def test_someones_landing_in_a_month_is_an_arrival() -> None:
    m = one_of_kind(mentions_of("Historians still cite Henry Kissinger's landing in July "
                                "1971.", "2021-07-09"), "arrival")
    assert m.date is not None and str(m.date.start) == "1971-07-01"


def test_bare_or_undated_nouns_stay_no_event() -> None:
    # near misses: a bare stop, an owned but undated finding, a release of figures, a
    # dated release with no person released
    for text in ("The convoy made a stop in Hanoi on Monday.",
                 "Secretary Pompeo's finding angered Beijing.",
                 "China's release on Monday of its trade figures lifted markets.",
                 "The release of the report on Monday surprised Beijing.",
                 "Henry Kissinger's landing page was updated."):
        assert not [m for m in mentions_of(text, "2021-07-09")
                    if m.kind in ("visit", "announcement", "other", "arrival")], text
