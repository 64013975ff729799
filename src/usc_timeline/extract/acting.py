"""Who acts in a fallback act when its subject is not right before the verb: a subject
past an apposition or a relative clause (`Wang Yi, China's top diplomat, departed`,
`The Commerce Department, which oversees licences, barred …`), or the agent of a
passive (`The boat was escorted by Chinese coast guard vessels on Monday`) or the
receiver of one of handing over (`The note was handed to the Chinese side`). fallback.py
reads the plain shape (side_subject) and asks here only when that finds none."""

from __future__ import annotations

import re
from collections.abc import Callable

from usc_timeline.text import Sentence

from .context import Context
from .found import Found

__all__ = ["passive_agent", "past_apposition"]

# an apposition or relative clause between commas: a noun phrase opened by an article or
# an owner (`the agency in charge`, `China's top diplomat`, `his deputy`), or `who`/`which`
# with the rest of its clause; no stop, dash, quote or bracket inside
_APPOSITION = re.compile(
    r",\s*(?:(?:the|a|an|his|her|its|their)\s|[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s\s|"
    r"(?P<rel>who|which)\s)[^,;:()\"“”—]{1,90}?,\s*$")
_APPOSITION_REACH = 120  # characters before the closing comma where the opening may be
# a finite verb or a conjunction inside a noun apposition makes it a clause or a list
# (`the minister who had met Blinken`, `the envoy and his deputy`): not one phrase
_NOT_A_PHRASE = frozenset({"is", "was", "are", "were", "has", "had", "have", "said", "says",
                           "and", "or", "but", "who", "which", "that", "while", "when"})
_RELATIVE_WORDS = 14  # a longer relative clause hides a second subject too easily


def past_apposition(ctx: Context, sent: Sentence, at: int, gap: re.Pattern[str],
                    past: frozenset[str], subject: Callable[[int], Found | None]
                    ) -> Found | None:
    """The subject (from `subject`, read at the apposition's opening comma) of the verb at
    `at` when an apposition or a relative clause, closed by a comma and only the
    auxiliaries and adverbs of `gap`, stands before the verb; a noun apposition holds no
    verb of `past` (the acts) nor a finite or linking word."""
    close = ctx.text.rfind(",", max(sent.start, at - 40), at)
    if close < 0 or gap.fullmatch(ctx.text, close + 1, at) is None:
        return None
    reach = max(sent.start, close - _APPOSITION_REACH)
    found = _APPOSITION.search(ctx.text, reach, close + 1)
    if found is None:
        return None
    inner = ctx.text[found.start() + 1:close].casefold().split()
    if found.group("rel") is not None:
        if len(inner) > _RELATIVE_WORDS:
            return None
    elif any(w.strip(".'’") in _NOT_A_PHRASE or w in past for w in inner):
        return None
    return subject(found.start())


# the passive's auxiliary right before the participle (`was escorted`, `had been quickly
# escorted`) and `by` right after it, with an article before the agent
_PASSIVE = re.compile(r"\b(?:was|were|been)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_BY = re.compile(r"\s+by\s+(?:(?:the|a|an)\s+)?")
# ... or, for an act of handing over, `to` with the receiver (`was handed over to the`)
_TO = re.compile(r"\s+(?:over\s+)?to\s+(?:(?:the|a|an)\s+)?")
# what ends an agent named by its country or body alone (`by China on Monday`)
_AGENT_ENDS = re.compile(r"\s*(?:[,.;]|(?:on|in|at|last|this|early|late|over|during|near|"
                         r"off|after|before)\b)", re.IGNORECASE)


def passive_agent(ctx: Context, sent: Sentence, at: int, end: int,
                  sides: frozenset[str], nouns: re.Pattern[str], handed: bool = False
                  ) -> Found | None:
    """The agent of the past participle at `at`..`end` in a passive, when it is an actor of
    one of `sides` (`was escorted by the Commerce Department`, `by Chinese coast guard
    vessels`: a country or body with one of `nouns` after it or ending the phrase); for an
    act of handing over (`handed`), the receiver if no agent is named (`The note was
    handed to the Chinese side`: an act toward that side)."""
    if not _PASSIVE.search(ctx.text, max(sent.start, at - 30), at):
        return None
    by = _BY.match(ctx.text, end, sent.end) or (
        _TO.match(ctx.text, end, sent.end) if handed else None)
    if by is None:
        return None
    for f in ctx.entities.between(by.end(), min(sent.end, by.end() + 60)):
        if f.start != by.end() or f.actor is None:
            return None
        if f.actor.country not in sides:
            return None
        if f.kind in ("country", "organization") and not (
                nouns.match(ctx.text, f.end) or _AGENT_ENDS.match(ctx.text, f.end)):
            return None
        return f
    return None
