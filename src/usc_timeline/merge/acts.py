"""Which act an `other` mention reports (a tariff, a legal charge, a post closed …), so
that two different acts of one day between the same countries are not merged as one
event, and how a title names it; and which formal act a statement is (a protest lodged),
so that one government's protest of a day told by two articles is one event. The acts
live in acts.toml, the one table all read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from usc_timeline.lexicon import checks
from usc_timeline.lexicon.checks import Entry, check_keys, check_top_level, parse, tables
from usc_timeline.model import Mention

FORMS = ("involving",)
KINDS = ("other", "statement")  # the mention kinds an act may be told as


@dataclass(frozen=True, slots=True)
class Act:
    """One act of acts.toml."""

    noun: str  # how a title names it ('Arrests')
    pattern: re.Pattern[str]  # its trigger words
    name: str | None = None  # its id in merging ('arrest'); None: no known act there
    form: str | None = None  # 'involving': done to its actors, who follow it in a title
    kinds: tuple[str, ...] = ("other",)  # the mention kinds that tell it


def read_acts(text: str, source: str) -> tuple[Act, ...]:
    """The acts of an acts.toml text, in order (LexiconError naming the file, the act and
    what is wrong if one is malformed)."""
    data = parse(text, source)
    check_top_level(data, ("act",), source, "acts must be written as [[act]] tables")
    out = []
    for number, act in enumerate(tables(data, "act", source), start=1):
        noun = act.get("noun")
        ctx = Entry("act", noun if isinstance(noun, str) else f"#{number}", "noun", source, text)
        check_keys(act, ("noun", "name", "form", "kinds", "patterns"), ctx)
        form = checks.text(act, "form", ctx, required=False)
        if form is not None and form not in FORMS:
            raise ctx.fail(f"form '{form}' is not one of {', '.join(FORMS)}; remove or fix it")
        kinds = checks.texts(act, "kinds", ctx) or ("other",)
        if unknown := [k for k in kinds if k not in KINDS]:
            raise ctx.fail(f"kind(s) {', '.join(unknown)} not among {', '.join(KINDS)}")
        out.append(Act(str(checks.text(act, "noun", ctx)), checks.pattern(act, "patterns", ctx),
                       checks.text(act, "name", ctx, required=False), form, kinds))
    return tuple(out)


@cache
def _all() -> tuple[Act, ...]:
    resource = resources.files(__package__).joinpath("acts.toml")
    return read_acts(resource.read_text(encoding="utf-8"), str(resource))


@cache
def acts(kind: str = "other") -> tuple[Act, ...]:
    """The bundled acts told as mentions of `kind`, in order."""
    return tuple(a for a in _all() if kind in a.kinds)


@cache
def _named(kind: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((a.name, a.pattern) for a in acts(kind) if a.name is not None)


def act_of(m: Mention) -> str | None:
    """The act an `other` mention's trigger names (a statement's: the formal act it is),
    if the table knows it."""
    if m.kind not in KINDS:
        return None
    for name, pattern in _named(m.kind):
        if pattern.search(m.trigger):
            return name
    return None


def acts_differ(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> bool:
    """Both name known acts and none is on both sides."""
    return bool(a) and bool(b) and not a & b
