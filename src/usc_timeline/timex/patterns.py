"""Compile the rules of `data/rules.toml`, and index them for the scan.

Each rule keeps its own compiled regex; `dispatch.py` works out which rules can start at
which word, so the scan tries only those, in the order of the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from usc_timeline.timex.dispatch import DIGIT, first_tokens, second_token_regex, trie_regex
from usc_timeline.timex.lexicon import lexicon, load_toml

_MACRO = re.compile(r"\{([A-Z]+)(?::([a-z0-9_]+))?\}")
_GROUP = re.compile(r"\(\?P<([a-z0-9_]+)>")
_START = r"(?<![a-z0-9])"
# after a trigger's token: the next word (group 2) or else a digit (group 3), if any
_NEXT_TOKEN = r"(?=[^a-z0-9]*(?:([a-z]+)|([0-9]))|)"


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


class Scan(Protocol):
    """What the engine's scan needs from an index of the rules: `Dispatch`, or a reference
    that tries every rule everywhere (the tests compare the two)."""

    @property
    def trigger(self) -> re.Pattern[str]: ...

    def scan_text(self, low: str) -> str: ...

    def candidates(self, m: re.Match[str]) -> tuple[Rule, ...]: ...


@dataclass(slots=True)
class Dispatch:
    """The trigger scan and the rules worth trying after each pair of first tokens.

    `trigger` is searched in the lower-cased text with one space put in front (`scan_text`)
    and matches the character before a token: a pattern that starts with a character class
    lets the regex engine skip to candidates in C, where a leading lookbehind is tried at
    every position. So a match starts at its token's own offset in the unpadded text.
    Group 1 is the token, group 2 the next word, group 3 a digit coming next instead.
    """

    trigger: re.Pattern[str]
    single: dict[str, tuple[Rule, ...]]  # rules keyed on their first token only
    pairs: dict[tuple[str, str], tuple[Rule, ...]]
    _merged: dict[tuple[str, str], tuple[Rule, ...]]

    @staticmethod
    def scan_text(low: str) -> str:
        """The text `trigger` is searched in: one separator before the first token."""
        return " " + low

    def candidates(self, m: re.Match[str]) -> tuple[Rule, ...]:
        """Rules, in file order, that can start with the token of a trigger match `m`
        followed by its next token."""
        token, word, digit = m.groups()
        key = DIGIT if token.isdigit() else token
        if key != DIGIT and not key.isalpha():
            return self.single.get(key, ())
        both = (key, word or (DIGIT if digit else ""))
        found = self._merged.get(both)
        if found is None:
            # merged by index: hashing a Rule would hash its compiled regex, pattern and all
            merged = {r.index: r for r in (*self.single.get(key, ()), *self.pairs.get(both, ()))}
            found = tuple(merged[i] for i in sorted(merged))
            self._merged[both] = found
        return found


@cache
def dispatch() -> Dispatch:
    """Index the rules by the tokens they can start with; every rule must have some."""
    single: dict[str, list[Rule]] = {}
    pairs: dict[tuple[str, str], list[Rule]] = {}
    for r in rules():
        tokens = first_tokens(r.pattern)
        if tokens is None:
            raise ValueError(f"rule {r.name!r} can start anywhere; anchor it on a word")
        for first, second in tokens:
            if second:
                pairs.setdefault((first, second), []).append(r)
            else:
                single.setdefault(first, []).append(r)
    # the trigger finds a first token only where some rule can go on from it: a word with
    # rules keyed on it alone, or a word followed (after separators) by a listed second word
    tails: dict[str, str] = {}
    seconds: dict[str, set[str]] = {}
    for a, b in pairs:
        seconds.setdefault(a, set()).add(b)
    for a in set(single) | set(seconds):
        if a in single or not a.isalpha():
            tails[a] = r"(?![a-z])"
        else:
            tails[a] = r"(?![a-z])(?=" + second_token_regex(seconds[a]) + ")"
    words = {t for t in tails if t.isalpha()}
    others = "".join(sorted(re.escape(t) for t in tails if not t.isalpha() and t != DIGIT))
    digit = r"[0-9]++"  # the whole run of digits is one token
    if DIGIT not in single:
        digit += r"(?=" + second_token_regex(seconds.get(DIGIT, set())) + ")"
    trigger = re.compile(r"[^a-z0-9](" + trie_regex(words, tails) + r"|" + digit
                         + (f"|[{others}]" if others else "") + r")" + _NEXT_TOKEN)
    return Dispatch(trigger, {k: tuple(v) for k, v in single.items()},
                    {k: tuple(v) for k, v in pairs.items()}, {})
