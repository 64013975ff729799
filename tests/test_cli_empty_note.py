"""Why nothing was shown: an empty corpus, filters that match nothing, or --limit 0.

`--limit 0` on a corpus with events used to say "the corpus has no events", which
sends the user looking for a problem with their articles that is not there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_timeline import EVENTS, run, use_timeline

__all__ = ["use_timeline"]  # the fixture, imported for pytest


@pytest.mark.parametrize("command", [["list"], ["list", "--format", "csv"], ["export"],
                                     ["actors"]])
def test_limit_zero_says_limit_not_empty_corpus(use_timeline: list[tuple[Path, ...]],
                                                command: list[str]) -> None:
    result = run(*command, "--limit", "0")
    assert result.exit_code == 0, result.output
    assert f"--limit 0 ({len(EVENTS)} in the corpus)" in result.stderr
    assert "the corpus has no events" not in result.stderr


def test_filters_matching_nothing_say_so(use_timeline: list[tuple[Path, ...]]) -> None:
    result = run("list", "--since", "2030", "--limit", "0")
    assert result.exit_code == 0, result.output
    assert f"no events match these filters ({len(EVENTS)} in the corpus)" in result.stderr


@pytest.mark.parametrize("command", [["list"], ["filter"], ["export"], ["places"]])
def test_limit_zero_with_matching_filters_says_limit_and_how_many_match(
        use_timeline: list[tuple[Path, ...]], command: list[str]) -> None:
    # the filters match events: blaming them would send the user looking for a fault
    # that is not there
    result = run(*command, "--actor", "Blinken", "--limit", "0")
    assert result.exit_code == 0, result.output
    matched = sum(1 for e in EVENTS if any(a.name == "Antony Blinken" for a in e.actors))
    assert 0 < matched < len(EVENTS)
    assert (f"no events shown: --limit 0 ({matched} match these filters, "
            f"{len(EVENTS)} in the corpus)") in result.stderr
    assert "no events match these filters" not in result.stderr
