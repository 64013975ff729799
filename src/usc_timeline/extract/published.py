"""Publishing a document is an announcement: `The office of the Trade Representative
published the final list of targets on June 15`, `The Treasury is due on April 15 to
publish its twice-yearly report`, `The final decision was published by the office of the
U.S. trade representative on Friday`. The verbs are fallback verbs; with a document
(lexicon/data/published.toml) as what they publish and a US- or China-side publisher
they make the light announcement (an explicit date and a known actor), standing only
where a fallback act would (its clause's own date, no other event told in its
sentence); else they stay the fallback's acts, read by fallback.clause_acts (`China
released the crew on April 11`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from usc_timeline.lexicon.checks import bundled, check_top_level, parse, words
from usc_timeline.text import Sentence

from .context import Context
from .fallback import CHECK as FALLBACK
from .fallback import SIDES, clause_acts
from .phrases import Hit
from .triggers import KindSpec

__all__ = ["acts_or_published", "read_lists"]

FILE = "published.toml"
_OBJECT_WORDS = 4  # at most this many words between an active verb and its document


@dataclass(frozen=True)
class _Lists:
    """published.toml as the check reads it."""

    verbs: frozenset[str]
    after: re.Pattern[str]  # the document a few words after an active verb
    before: re.Pattern[str]  # the document before a passive or a participle


def read_lists(text: str, source: str) -> _Lists:
    """The lists of a published.toml text (a LexiconError naming the file and the key if
    one is missing or not a list of words)."""
    data = parse(text, source)
    check_top_level(data, ("verbs", "documents"), source)
    documents = "|".join(r"\s+".join(map(re.escape, w.casefold().split()))
                         for w in sorted(words(data, "documents", source, text),
                                         key=len, reverse=True))
    # (a hyphenated first part belongs to the document: `counter-list`)
    document = rf"(?:[a-z]+-)?(?:{documents})\b"
    # a word of the noun phrase, not one that starts another phrase or clause
    word = (r"(?!(?:and|or|but|from|to|that|which|who|after|before|as|while|said|says|"
            r"on|in|at|by|with|for)\b)[\w'’-]+")
    return _Lists(
        frozenset(w.casefold() for w in words(data, "verbs", source, text)),
        re.compile(rf"\s+(?:{word}\s+){{0,{_OBJECT_WORDS}}}?{document}", re.IGNORECASE),
        re.compile(rf"\b{document}(?:\s+of(?:\s+{word}){{1,{_OBJECT_WORDS}}})?\s+"
                   rf"(?:(?:was|were|is|are|be|been|being|has|have|had|will|would|to)\s+)"
                   rf"{{0,2}}(?:[a-z]+ly\s+)?$", re.IGNORECASE))


@cache
def _lists() -> _Lists:
    return read_lists(*bundled(FILE))


_REACH_BACK = 60  # characters before the verb where the passive's document may stand


def published_document(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """Whether the publishing verb at the hit publishes a document: named a few words
    after it (`published the final list`), or right before it (a short `of` phrase
    between) as a passive's subject or the noun of a participle (`The final decision was
    published`, `The list of Chinese goods was released`, `a report released`)."""
    lists = _lists()
    if ctx.tokens.folded[hit.first] not in lists.verbs:
        return False
    if lists.after.match(ctx.text, hit.end, sent.end):
        return True
    return lists.before.search(ctx.text, max(sent.start, hit.start - _REACH_BACK),
                               hit.start) is not None


# `was published by the office of the U.S. trade representative`: the agent of a passive
_BY = re.compile(r"[^,;:()]{0,30}?\bby\s+(?:the\s+)?", re.IGNORECASE)
_AGENT_REACH = 60  # characters after `by` where the agent's name may start
# a side named after these is what the document is about, not who publishes it (`a
# World Bank report on China published on Monday`)
_ABOUT = re.compile(r"\b(?:on|about|into|against|over|toward|towards|with|to|from|for|"
                    r"in)\s+(?:the\s+)?$", re.IGNORECASE)


def side_publishes(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """Whether a US- or China-side actor publishes: one named in the sentence before the
    verb (its subject, or the owner of the document: `China's Commerce Ministry
    published`, `The Treasury is due to publish`), or the agent after a passive's `by`
    (`was released on Tuesday by the office of the trade representative, Robert
    Lighthizer`). An OPEC or UN report is no US–China timeline news."""
    if any(f.actor is not None and f.actor.country in SIDES
           and not _ABOUT.search(ctx.text, max(sent.start, f.start - 16), f.start)
           for f in ctx.entities.between(sent.start, hit.start)):
        return True
    by = _BY.match(ctx.text, hit.end, sent.end)
    return by is not None and any(
        f.actor is not None and f.actor.country in SIDES
        for f in ctx.entities.between(by.end(), min(sent.end, by.end() + _AGENT_REACH)))


def acts_or_published(ctx: Context, sent: Sentence, hit: Hit) -> KindSpec | bool:
    """The check of the fallback verbs: an announcement when the verb publishes a
    document, else whether the fallback takes it as a dated act (fallback.clause_acts).
    The publisher must be a side (side_publishes). The announcement keeps the fallback's
    mark, so that it stands only where a fallback act would: with its clause's own date,
    and alone in its sentence (fallback drop_if_taken, dated_enough): `published a list
    of goods it intends to hit with tariffs` is the tariffs' sentence, whose actors and
    date the announcement must not take over."""
    if published_document(ctx, sent, hit) and side_publishes(ctx, sent, hit):
        return replace(ctx.triggers.kinds["announcement"], check=FALLBACK)
    return clause_acts(ctx, sent, hit)
