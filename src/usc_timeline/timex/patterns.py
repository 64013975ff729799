"""Compile the rules of `data/rules.toml` into one scanning regex plus one regex per rule.

The scan runs a single alternation of every rule over the lower-cased text, anchored at word
starts, so the text is read once; a rule whose normaliser rejects its match is then backed by
trying the other rules, one by one, at the same place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from usc_timeline.timex.lexicon import lexicon, load_toml

_MACRO = re.compile(r"\{([A-Z]+)(?::([a-z0-9_]+))?\}")
_GROUP = re.compile(r"\(\?P<([a-z0-9_]+)>")
_START = r"(?<![a-z0-9])"


@dataclass(frozen=True, slots=True)
class Rule:
    """One extraction rule."""

    index: int
    name: str
    norm: str
    pattern: str  # macros expanded, group names local to the rule
    example: str
    regex: re.Pattern[str]


def expand(pattern: str) -> str:
    """Replace {MACRO} and {MACRO:group} by the lexicon's regex fragments."""
    macros = lexicon().macros

    def sub(m: re.Match[str]) -> str:
        body = macros[m.group(1)]
        if m.group(2):
            first = _GROUP.search(body)
            if first is None:
                raise ValueError(f"macro {m.group(1)} has no group to rename")
            body = body[: first.start()] + f"(?P<{m.group(2)}>" + body[first.end():]
            # the macro's other groups get the same suffix so names stay unique
            body = _GROUP.sub(
                lambda g: g.group(0) if g.group(1) == m.group(2)
                else f"(?P<{g.group(1)}_{m.group(2)}>", body)
        return body

    return _MACRO.sub(sub, pattern)


@cache
def rules() -> tuple[Rule, ...]:
    """Every rule, in priority order."""
    out: list[Rule] = []
    for i, raw in enumerate(load_toml("rules.toml")["rule"]):
        pattern = expand(str(raw["pattern"]))
        out.append(Rule(i, str(raw["name"]), str(raw["norm"]), pattern,
                        str(raw["example"]), re.compile(_START + pattern)))
    return tuple(out)


@cache
def master() -> re.Pattern[str]:
    """All rules as one alternation; group `r<i>` tells which rule matched."""
    parts = []
    for r in rules():
        local = _GROUP.sub(rf"(?P<r{r.index}_\1>", r.pattern)
        parts.append(f"(?P<r{r.index}>{local})")
    return re.compile(_START + "(?:" + "|".join(parts) + ")")
