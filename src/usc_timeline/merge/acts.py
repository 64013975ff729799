"""Which act an `other` mention reports (a tariff, a legal charge, a post closed …), so
that two different acts of one day between the same countries are not merged as one
event. Patterns live in acts.toml."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from usc_timeline.lexicon import checks
from usc_timeline.lexicon.checks import Entry, check_keys, check_top_level, parse, tables
from usc_timeline.model import Mention


def read_acts(text: str, source: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The acts of an acts.toml text, in order (LexiconError naming the file, the act and
    what is wrong if one is malformed)."""
    data = parse(text, source)
    check_top_level(data, ("act",), source, "acts must be written as [[act]] tables")
    out = []
    for number, act in enumerate(tables(data, "act", source), start=1):
        name = act.get("name")
        ctx = Entry("act", name if isinstance(name, str) else f"#{number}", "name", source, text)
        check_keys(act, ("name", "patterns"), ctx)
        out.append((str(checks.text(act, "name", ctx)), checks.pattern(act, "patterns", ctx)))
    return tuple(out)


@cache
def _acts() -> tuple[tuple[str, re.Pattern[str]], ...]:
    resource = resources.files(__package__).joinpath("acts.toml")
    return read_acts(resource.read_text(encoding="utf-8"), str(resource))


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
