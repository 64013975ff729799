"""Events a sentence only supposes.

A trigger inside a condition (`if Kishida holds talks with Kim on Friday`, `unless
Beijing lifts the ban`, `to avoid embarrassment should he be denied a meeting`) tells of
something that may happen, not of something that did. The status vocabulary has no
`hypothetical`; `unknown` gives way to the date's side of publication as soon as the
mention is dated, and a condition is read like `may` or `could` (status.toml): planned,
an event that has not (yet) taken place."""

from __future__ import annotations

import re

from usc_timeline.text import Sentence

from .context import Context, Trigger, words
from .guarded import Guarded

# `if`, `unless`, `in case`, `provided/providing that`, `on condition that`; not `as if`
# (a comparison), `in case of` (a noun follows)
_OPENER = Guarded(re.compile(r"\b(?:(?<!\bas )if|unless|in case(?! of)|provided that|"
                             r"providing that|on condition that)\s", re.IGNORECASE),
                  ("if", "unless", "in case", "provided that", "providing that",
                   "on condition that"))
# `should he be denied`, `should the talks fail`, `Should Xi meet Biden`: `should` before
# its subject (the modal follows it: `Xi should meet Biden`)
_INVERTED = Guarded(re.compile(r"\b[Ss]hould\s+(?:he|she|they|it|we|the|[A-Z][\w'’.-]*)\s"),
                    "should")
# what ends a condition before the main clause: a comma, a bracket or a dash, `then`
_CLOSED = re.compile(r"[,;:()\u2014\u2013]|\s-{1,2}\s|\bthen\b")
_REACH = 150  # characters before the trigger where the condition's opener may stand


# `asked if`, `would not say if`, `unclear if`: an `if` after these asks whether, and the
# clause it opens tells of something that may well have happened
_WHETHER_AFTER = words("""ask asked asks asking say said says know knew knows confirm
    confirmed confirms deny denied see saw wonder wondered wonders check checked decide
    decided determine determined tell told sure unclear clear question doubt""")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")


# a condition contrary to fact right before a verb (`If Xi were to visit`, `if they had
# met`, `Were Biden to meet`): nothing that is, was or is planned to be (the inverted
# `were` opens its clause and a name or pronoun follows it: not `were expected to meet`)
_IF_WERE = Guarded(re.compile(r"\b(?:if|even if|as if)\s+[^,;:()]{1,60}?\b(?:were\s+to\s+"
                              r"(?:\w+ly\s+)?|had\s+(?:not\s+|never\s+)?)$", re.IGNORECASE),
                   "if")
_WERE_X_TO = Guarded(re.compile(r"(?:^|[,;:]\s*|\A\W*)[Ww]ere\s+(?:he|she|they|it|we|the\s+two|"
                                r"[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*)?\s+to\s+$"), "were")


def counterfactual(ctx: Context, sent: Sentence, start: int) -> bool:
    """Whether a verb at `start` stands in a condition contrary to fact."""
    lo = max(sent.start, start - 90)
    return _IF_WERE.search(ctx, lo, start) is not None or \
        _WERE_X_TO.search(ctx, max(sent.start, start - 40), start) is not None


def conditional(ctx: Context, trig: Trigger, sent: Sentence) -> bool:
    """Whether the trigger stands in a condition opened before it in its clause (asked
    for status, for a report's date and for plans: worked out once, kept on the trigger;
    a trigger belongs to one sentence)."""
    if trig.supposed is None:
        trig.supposed = _conditional(ctx, trig, sent)
    return trig.supposed


def _conditional(ctx: Context, trig: Trigger, sent: Sentence) -> bool:
    start = max(sent.start, trig.start - _REACH)
    opened = -1
    for pattern in (_OPENER, _INVERTED):
        for m in pattern.finditer(ctx, start, trig.start):
            if pattern is _OPENER and ctx.lower.startswith("if", m.start()) and \
                    _asks_whether(ctx, max(sent.start, m.start() - 30), m.start()):
                continue
            opened = max(opened, m.end())
    return opened >= 0 and _CLOSED.search(ctx.text, opened, trig.start) is None


def _asks_whether(ctx: Context, start: int, at: int) -> bool:
    """Whether the word right before `if` makes it `whether` (`asked if`)."""
    word = _WORD_BEFORE.search(ctx.lower, start, at)
    return word is not None and word.group(1) in _WHETHER_AFTER
