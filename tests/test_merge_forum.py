"""A forum (the EU, the G20) meets in many ways: a report its own sentence does not
date (`a joint declaration at the close of the summit is unlikely, US and EU officials
said Tuesday`) ties through the forum only to reports of its kind, not to `EU finance
ministers, meeting in Brussels on Tuesday`. Invented mentions only."""

from __future__ import annotations

from dataclasses import replace

from merge_builders import US, day, mention

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, Mention

EU = Actor("European Union", None, None, "organization")


def by_report(m: Mention) -> Mention:
    """`m` dated only by its report (`... officials said Tuesday`): its own sentence does
    not date the event."""
    return replace(m, source=replace(m.source, date_basis="report"))


def test_a_forum_ties_a_report_dated_by_its_report_only_to_its_kind() -> None:
    # `a joint declaration at the close of the summit is unlikely, US and EU officials
    # said Tuesday` / `EU finance ministers, meeting in Brussels on Tuesday`
    summit = by_report(mention("a.txt", 0, "summit", day(2031, 12, 6), US, EU,
                               trigger="summit"))
    ministers = mention("b.txt", 0, "meeting", day(2031, 12, 6), EU, places=("Brussels",),
                        trigger="meeting")
    assert len(merge_mentions([summit, ministers])) == 2
    assert len(merge_mentions([ministers, summit])) == 2


def test_a_forum_still_ties_reports_dated_by_their_own_sentences() -> None:
    # `EU leaders, meeting at a summit in Brussels from Thursday` / `EU leaders sit down
    # to dinner Thursday`
    summit = mention("a.txt", 0, "summit", day(2031, 12, 15), EU, places=("Brussels",),
                     trigger="summit")
    dinner = mention("b.txt", 0, "meeting", day(2031, 12, 15), EU, trigger="dinner")
    assert len(merge_mentions([summit, dinner])) == 1
