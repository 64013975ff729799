"""One-off acts between two countries (establishing relations): which mention reports
one, and between whom. Patterns live in once.toml."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from usc_timeline.model import Mention

Act = tuple[str, frozenset[str]]  # (act name, the two countries' codes)


@cache
def _acts() -> tuple[tuple[str, frozenset[str], re.Pattern[str]], ...]:
    text = resources.files(__package__).joinpath("once.toml").read_text(encoding="utf-8")
    out = []
    for act in tomllib.loads(text)["act"]:
        pattern = re.compile("|".join(f"(?:{p})" for p in act["patterns"]), re.IGNORECASE)
        out.append((str(act["name"]), frozenset(act["kinds"]), pattern))
    return tuple(out)


def once_act(m: Mention, countries: frozenset[str]) -> Act | None:
    """The one-off act `m` reports between exactly two countries, if it reports one."""
    if len(countries) != 2:
        return None
    for name, kinds, pattern in _acts():
        if m.kind in kinds and pattern.search(m.trigger):
            return name, countries
    return None
