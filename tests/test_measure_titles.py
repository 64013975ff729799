"""A measure's title names the side that takes it, not the one it is aimed at. Invented
actors only."""

from __future__ import annotations

from dataclasses import replace

from merge_builders import day, mention

from usc_timeline.merge import merge_mentions, title_for
from usc_timeline.model import Actor

CA = Actor("Canada", "CA", None, "country")
MX = Actor("Mexico", "MX", None, "country")
CA_TRADE = Actor("Trade Ministry", "CA", None, "organization")
MX_MINISTER = Actor("Ana Ruiz", "MX", "Economy Minister", "person")


def test_the_country_aimed_at_is_not_the_one_named_in_the_title() -> None:
    # `Ottawa banned steel shipments to Mexico`: Mexico named first, Canada acts
    assert title_for("ban", (MX, CA), (), "banned", targets={"MX"}) == "Canada ban"
    assert title_for("export_control", (MX, CA), (), "export controls", targets={"MX"}) \
        == "Canada export controls"


def test_without_a_target_a_government_body_tells_who_acts() -> None:
    # `curbs announced by the Trade Ministry to block Mexico's access to ...`
    assert title_for("export_control", (MX, CA_TRADE, CA), (), "curbs") == \
        "Canada export controls"
    # an official quoted on it is not read so (often the other side's)
    assert title_for("export_control", (CA, MX_MINISTER, MX), (), "curbs") == \
        "Canada export controls"


def test_merged_mentions_pass_their_targets_to_the_title() -> None:
    banned = mention("a.txt", 0, "ban", day(2031, 5, 3), MX, CA, trigger="banned")
    (event,) = merge_mentions([replace(banned, targets=("MX",))])
    assert event.title == "Canada ban"
