"""Plan cues read through an adverb inside them (`is also expected to`)."""

from __future__ import annotations

from extract_helpers import mentions_of


def _statuses(text: str, published: str) -> dict[str, str]:
    return {m.kind: m.status for m in mentions_of(text, published)}


def test_cue_with_an_adverb_inside_still_plans() -> None:
    found = _statuses("The Bundestag is also expected to approve the new free trade agreement "
                      "with Japan on Friday.", "2019-02-01")
    assert found.get("agreement") == "planned"
