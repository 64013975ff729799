"""Which act an `other` mention reports (a tariff, a legal charge, a post closed …), so
that two different acts of one day between the same countries are not merged as one
event, and how a title names it. The acts live in acts.toml, the one table both read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from usc_timeline.lexicon import checks
from usc_timeline.lexicon.checks import Entry, check_keys, check_top_level, parse, tables
from usc_timeline.model import Mention

FORMS = ("involving",)


@dataclass(frozen=True, slots=True)
class Act:
    """One act of acts.toml."""

    noun: str  # how a title names it ('Arrests')
    pattern: re.Pattern[str]  # its trigger words
    name: str | None = None  # its id in merging ('arrest'); None: no known act there
    form: str | None = None  # 'involving': done to its actors, who follow it in a title


def read_acts(text: str, source: str) -> tuple[Act, ...]:
    """The acts of an acts.toml text, in order (LexiconError naming the file, the act and
    what is wrong if one is malformed)."""
    data = parse(text, source)
    check_top_level(data, ("act",), source, "acts must be written as [[act]] tables")
    out = []
    for number, act in enumerate(tables(data, "act", source), start=1):
        noun = act.get("noun")
        ctx = Entry("act", noun if isinstance(noun, str) else f"#{number}", "noun", source, text)
        check_keys(act, ("noun", "name", "form", "patterns"), ctx)
        form = checks.text(act, "form", ctx, required=False)
        if form is not None and form not in FORMS:
            raise ctx.fail(f"form '{form}' is not one of {', '.join(FORMS)}; remove or fix it")
        out.append(Act(str(checks.text(act, "noun", ctx)), checks.pattern(act, "patterns", ctx),
                       checks.text(act, "name", ctx, required=False), form))
    return tuple(out)


@cache
def acts() -> tuple[Act, ...]:
    """The bundled acts, in order."""
    resource = resources.files(__package__).joinpath("acts.toml")
    return read_acts(resource.read_text(encoding="utf-8"), str(resource))


@cache
def _named() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((a.name, a.pattern) for a in acts() if a.name is not None)


def act_of(m: Mention) -> str | None:
    """The act an `other` mention's trigger names, if the table knows it."""
    if m.kind != "other":
        return None
    for name, pattern in _named():
        if pattern.search(m.trigger):
            return name
    return None


def acts_differ(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> bool:
    """Both name known acts and none is on both sides."""
    return bool(a) and bool(b) and not a & b
