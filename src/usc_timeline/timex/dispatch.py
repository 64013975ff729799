"""Which rules can start at which word, so the scan only tries rules that might match.

Running one alternation of every rule at every word start costs tens of microseconds per
word. Instead each rule's regex is analysed once (with the standard library's regex
parser) for the tokens it can begin with: a lower-case word, '#' for a digit, or a
punctuation character. The text is then scanned with one trie-shaped regex of those
tokens, and at each hit only the rules listed for that token are tried, in priority order.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

WILD = "*"
DIGIT = "#"
_LIMIT = 20000
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")

# A state is (first token or "" while still reading it, letters of the current token,
# finished?). Only the first two tokens of a match matter.
State = tuple[str, str, bool]


class _TooWide(Exception):
    pass


def _end_token(t1: str, prefix: str) -> State:
    """The current run of letters ends: it becomes token 1, or finishes token 2."""
    if not t1:
        return (prefix, "", False)
    return (t1, prefix, True)


def _feed(states: set[State], chars: set[str]) -> set[State]:
    """Consume one character from `chars` ('#' digit, ' ' boundary, WILD anything)."""
    out: set[State] = set()
    for t1, prefix, done in states:
        if done:
            out.add((t1, prefix, done))
            continue
        for ch in chars:
            if ch == WILD:
                raise _TooWide
            if not t1 and prefix == DIGIT:
                # a run of digits is one token; letters right after it start the second
                if ch == "#":
                    out.add(("", DIGIT, False))
                elif ch in _LETTERS:
                    out.add((DIGIT, ch, False))
                else:
                    out.add((DIGIT, "", False))
            elif ch in _LETTERS:
                out.add((t1, prefix + ch, False))
            elif prefix:
                t1b, p2, d2 = _end_token(t1, prefix)
                if not d2 and ch == "#":
                    out.add((t1b, DIGIT, True))
                else:
                    out.add((t1b, p2, d2))
            elif not t1:
                if ch == "#":
                    out.add(("", DIGIT, False))
                else:
                    out.add((ch, "", True))  # a match starting with a sign: one token
            elif ch == "#":
                out.add((t1, DIGIT, True))
            else:
                out.add((t1, "", False))  # separator between the two tokens
    if len(out) > _LIMIT:
        raise _TooWide
    return out


def _class_chars(items: list[tuple[Any, Any]]) -> set[str]:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(_char(av))
        elif op is _c.RANGE:
            chars.update(_char(c) for c in range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            chars.add("#")
        elif op is _c.CATEGORY and av is _c.CATEGORY_SPACE:
            chars.add(" ")
        else:
            chars.add(WILD)
    return chars


def _char(code: int) -> str:
    ch = chr(code)
    return "#" if ch.isdigit() else ch if ch in _LETTERS else (" " if ch.isspace() else ch)


def _seq(items: Any, states: set[State]) -> set[State]:
    """Run a sequence of regex items; finished states are set aside, not fed again."""
    done = {st for st in states if st[2]}
    active = states - done
    for op, av in items:
        if not active:
            break
        out = _item(op, av, active)
        done |= {st for st in out if st[2]}
        active = {st for st in out if not st[2]}
    return active | done


def _item(op: Any, av: Any, states: set[State]) -> set[State]:
    if op is _c.LITERAL:
        return _feed(states, {_char(av)})
    if op is _c.IN:
        return _feed(states, _class_chars(av))
    if op is _c.AT:
        return states
    if op is _c.ASSERT_NOT:
        # "(?![a-z])" after letters: the token ends here
        ahead = list(av[1])
        if av[0] == 1 and len(ahead) == 1 and ahead[0][0] is _c.IN \
                and _class_chars(ahead[0][1]) >= _LETTERS:
            return {_end_token(t1, p) if p and not d else (t1, p, d) for t1, p, d in states}
        return states
    if op is _c.ASSERT:
        if av[0] != 1:
            return states
        out_a: set[State] = set()
        for t1, p, d in states:
            after = _seq(av[1], {(t1, p, d)})
            ends = not d and bool(p) and all(q != p or e != d or u != t1 for u, q, e in after)
            out_a.add(_end_token(t1, p) if ends and _ends_here(after, t1, p) else (t1, p, d))
        return out_a
    if op is _c.BRANCH:
        out: set[State] = set()
        for alt in av[1]:
            out |= _seq(alt, states)
        return out
    if op is _c.SUBPATTERN:
        return _seq(av[3], states)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        lo, hi, sub = av
        result = set(states) if lo == 0 else set()
        current = _seq(sub, states)
        if lo > 1:
            current = _seq(sub, current)
        result |= current
        if hi > 1:
            bounded = hi < 4
            for _ in range(hi - 1 if bounded else 3):
                again = _seq(sub, current)
                if again <= result:
                    break
                result |= again
                current = again
            else:
                if not bounded:
                    raise _TooWide
        return result
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _seq(av, states)
    raise _TooWide


def _ends_here(after: set[State], t1: str, p: str) -> bool:
    """Does every way through a lookahead end the current token right away?"""
    want = _end_token(t1, p)
    for u, q, e in after:
        if not t1 and u != p:
            return False
        if t1 and not (u == t1 and q == p and e):
            return False
        if not t1 and u == p and q and q != DIGIT and want[2]:
            return False
    return True


def first_tokens(pattern: str) -> frozenset[tuple[str, str]] | None:
    """(first, second) tokens a match can start with; second is '' when unknown or absent.

    None if the pattern could start anywhere. A first token that is a digit or a sign is
    reported with an empty second token.
    """
    try:
        states = _seq(_parser.parse(pattern), {("", "", False)})
    except _TooWide:
        return None
    out: set[tuple[str, str]] = set()
    for t1, prefix, done in states:
        if not t1 and not prefix:
            return None  # the pattern can match without consuming a token
        if not t1:
            out.add((prefix, ""))  # ended inside the first token
        elif done:
            out.add((t1, prefix))
        else:
            out.add((t1, ""))  # ended before or inside the second token: not a usable key
    return frozenset(out)


def trie_regex(words: set[str], tails: dict[str, str] | None = None) -> str:
    """A regex alternation of words shaped as a trie, so sre rejects a word in a few steps.

    `tails` gives, per word, a regex to append where that word ends.
    """
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = w

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if "" in node:
            alts.append((tails or {}).get(node[""], ""))
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return emit(trie)


def second_token_regex(seconds: set[str]) -> str:
    """A lookahead body: separators, then one of the second tokens ('#' is any digit)."""
    words = {w for w in seconds if w != DIGIT}
    alts = []
    if words:
        alts.append("(?:" + trie_regex(words) + ")(?![a-z])")
    if DIGIT in seconds:
        alts.append("[0-9]")
    return r"[^a-z0-9]*(?:" + "|".join(alts) + ")"
