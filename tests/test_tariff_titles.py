"""Tariffs are filed as sanctions (the kind analysts give them), but a title still names
the act told: `US tariffs`, not `US sanctions`. Invented actors only."""

from __future__ import annotations

from usc_timeline.merge import title_for
from usc_timeline.model import Actor

CA = Actor("Canada", "CA", None, "country")
MX = Actor("Mexico", "MX", None, "country")


def test_a_tariff_filed_as_a_sanction_is_titled_by_its_act() -> None:
    assert title_for("sanction", (CA, MX), (), "raised tariffs") == "Canada and Mexico tariffs"
    assert title_for("sanction", (MX,), (), "duties") == "Mexico tariffs"


def test_sanctions_told_as_sanctions_keep_their_title() -> None:
    assert title_for("sanction", (CA, MX), (), "imposed sanctions") == \
        "Canada and Mexico sanctions"
    assert title_for("sanction", (CA,), (), "blacklisted") == "Canada sanctions"
