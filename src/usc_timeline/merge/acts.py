"""Which act an `other` mention reports (a tariff, a legal charge, a post closed …), so
that two different acts of one day between the same countries are not merged as one
event. Patterns live in acts.toml."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from usc_timeline.model import Mention


@cache
def _acts() -> tuple[tuple[str, re.Pattern[str]], ...]:
    text = resources.files(__package__).joinpath("acts.toml").read_text(encoding="utf-8")
    return tuple((str(act["name"]),
                  re.compile("|".join(f"(?:{p})" for p in act["patterns"]), re.IGNORECASE))
                 for act in tomllib.loads(text)["act"])


def act_of(m: Mention) -> str | None:
    """The act an `other` mention's trigger names, if the table knows it."""
    if m.kind != "other":
        return None
    for name, pattern in _acts():
        if pattern.search(m.trigger):
            return name
    return None


def acts_differ(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> bool:
    """Both name known acts and none is on both sides."""
    return bool(a) and bool(b) and not a & b
