"""How one article tells two events in one sentence: `X visited Beijing in November, when
he met Y` tells the meeting as part of the visit, in a clause about the visit's time or
place (or as what the trip is for: `flew to Beijing for talks`, or as the visitor's next
act: `flew to Beijing in May and met Deng`), so the article does not report them as two
events."""

from __future__ import annotations

import re

from usc_timeline.model import Mention

from .state import Cluster

# a clause that hangs off the whole's words and tells what happened then or there
_LINK = re.compile(r",\s+(?:when|where|during which)\s")
_BREAKS = frozenset(".;:()\"“”")
_CLAUSE_ENDS = frozenset(";:(")
# the full stop of a title or an initial inside the clause ends nothing (`Mr. Paulson`,
# `the USS William P. Lawrence`, `U.S. officials`)
_ABBREVIATION = re.compile(r"\b(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])+)\.")
# or the purpose right after the whole's trigger (`travelled to Beijing in June for talks`,
# `will visit Washington next week to meet Blinken`)
# after a few words (`Washington next week`), none of them starting another step of the
# trip (`visited Beijing in March and then flew to Tokyo for talks`)
_PURPOSE = re.compile(r"\s*(?:[\w'’.-]+\s+){0,8}?(?:to|for)\s+(?:[\w-]+\s+){0,3}",
                      re.IGNORECASE)
_NEXT_STEP = re.compile(
    r"\b(?:and|then|before|after|later|afterwards|but|while|fl(?:y|ies|ew|own|ying)|"
    r"travel(?:l?ed|l?ing|s)?|go|goes|going|went|gone|head(?:s|ed|ing)?|mov(?:e|es|ed|ing)|"
    r"return(?:s|ed|ing)?|left|leav(?:e|es|ing)|continu(?:e|es|ed|ing)|proceed(?:s|ed|ing)?|"
    r"sail(?:s|ed|ing)?|dr(?:ive|ove|iving)|arriv(?:e|es|ed|ing))\b", re.IGNORECASE)

# or, with the visitor left unsaid, the next verb of the visit's own clause (`flew to
# Peking in May, and met Deng`, `arrived in Tokyo on Sunday and met Kishida`, `visited
# the Pentagon and was received by Hagel`): what the visitor did there
_AND_THEN = re.compile(r",?\s+and\s+(?:was\s+|were\s+|also\s+)?$", re.IGNORECASE)


def _trigger(m: Mention) -> tuple[int, int] | None:
    """Where the mention's trigger lies in its document, if the extractor marked it."""
    for h in m.source.highlights:
        if h.kind == "trigger":
            return h.start, h.end
    return None


def _within(part: Mention, whole: Mention, *, purpose: bool = True) -> bool:
    """`part` is told in a when/where-clause after `whole`'s trigger in one sentence, or
    (with `purpose`) as its purpose (`flew to Beijing for talks`)."""
    src = part.source
    if (src.document, src.char_start) != (whole.source.document, whole.source.char_start):
        return False
    p, w = _trigger(part), _trigger(whole)
    if p is None or w is None or p[0] <= w[1]:
        return False
    gap = src.sentence[w[1] - src.char_start:p[0] - src.char_start]
    if purpose and len(gap) <= 80 and _PURPOSE.fullmatch(gap) and \
            not _NEXT_STEP.search(gap):
        return True
    if purpose and (coord := _AND_THEN.search(gap)) is not None and \
            not _NEXT_STEP.search(gap[:coord.start()]) and \
            not _BREAKS.intersection(_ABBREVIATION.sub("", gap[:coord.start()])):
        return True
    link = _LINK.search(gap)
    # a break before the link ends the whole's clause too (`visited Beijing in March; in
    # May she flew to Tokyo, where she met Abe`)
    return link is not None and \
        not _BREAKS.intersection(_ABBREVIATION.sub("", gap[link.end():])) and \
        not _CLAUSE_ENDS.intersection(gap[:link.start()])


def told_within(part: Cluster, whole: Cluster) -> set[str]:
    """The articles that tell each of `part`'s dated mentions of theirs only in a clause
    of a sentence of `whole` (`..., when he met Y`): those articles do not keep them
    apart."""
    shared = part.docs & whole.docs
    out: set[str] = set()
    for doc in shared:
        wholes = [w for w in whole.members if w.source.document == doc]
        parts = [m for m in part.members if m.source.document == doc]
        # undated evidence joined to a dated report (`will seek talks with China`) is not
        # how the article tells the part
        parts = [m for m in parts if m.date is not None] or parts
        if all(any(_within(m, w) for w in wholes) for m in parts):
            out.add(doc)
    return out


def in_clause_of(part: Mention, whole: Mention) -> bool:
    """`part` is told in a when/where-clause after `whole`'s trigger in one sentence
    (`met for the first time on June 21, when the ministers held a dialogue`)."""
    return _within(part, whole, purpose=False)
