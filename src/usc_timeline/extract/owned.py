"""The check `owned_and_dated` (triggers.toml): a noun that names an event only when it is
someone's and dated (`Mr. Pompeo's finding in late May`, `The release on Sept. 24 of
Meng Wanzhou`, `Nixon's landing in February 1972`, `the letter that the ambassador
delivered on April 11`, `Their first conversation, in February`). Background mentions
of an event another article reports in full take this shape; the same nouns bare, or
owned but undated, are no event (`the release of the report`, `a stop sign`,
`the senator's finding`)."""

from __future__ import annotations

import re

from usc_timeline.text import Sentence

from .context import Context, usable_timexes
from .phrases import Hit
from .premodified import premodifier_date

__all__ = ["owned_and_dated", "release_of_whom"]

# an owner before the noun: a name's `'s` or an owning pronoun, then up to two modifiers
# (`President Bush's brief stop`, `Their first conversation`)
_OWNED_BY_NAME = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}$")
_OWNING_PRONOUN = re.compile(r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# an owner after the noun, before or after its date: `of X`, `by X` (an article or up to
# three title words may stand before the name)
_OF_OR_BY = re.compile(r"\s+(of|by)\s+(?:the\s+)?", re.IGNORECASE)
_OF = frozenset({"of"})
_OF_BY = frozenset({"of", "by"})
_TITLE_WORDS = 3
# what may stand between the noun and its own date: a comma, a preposition, a named place
# (`stop in Beijing, which ended on Friday`), a short `of` complement (`letter of regret`),
# a relative clause on the noun up to its date (`that the ambassador delivered on`)
_TO_DATE = re.compile(
    r"(?:\s+(?:in|at|to)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?"
    r"(?:\s+of\s+[a-z][\w-]*)?"
    r"(?:,?\s+(?:which|that)(?:\s+[\w.'’-]+){1,5}?)?"
    r",?\s+(?:(?:on|in|of|during|at)\s+)?$")
_RELATIVE = re.compile(r"\b(?:which|that)\s+")
_REACH = 90  # characters after the noun where its date may start
_VAGUE = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})


def owned_and_dated(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """The noun has an owner (a name's `'s`, his/her/their, or `of`/`by` a named
    actor) and a date of its own (inside its phrase, right after it, or in a relative
    clause on it)."""
    dated = _own_date(ctx, sent, hit)
    return dated is not None and _owned(ctx, sent, hit, *dated)


def release_of_whom(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """`The release on Sept. 24 of Meng Wanzhou`: a release is an event only of a person
    named after `of` (not `China's release on Monday of its trade figures`), and dated."""
    dated = _own_date(ctx, sent, hit)
    return dated is not None and _after_of_or_by(ctx, sent, (hit.end, dated[1]), _OF,
                                                 "person")


def _own_date(ctx: Context, sent: Sentence, hit: Hit) -> tuple[int, int] | None:
    """Where the noun's own date starts and ends (the noun's end, twice, for a date
    inside the phrase)."""
    if premodifier_date(ctx, sent.start, hit.start) is not None:
        return hit.end, hit.end
    for timex in usable_timexes(ctx, hit.end, min(sent.end, hit.end + _REACH)):
        if timex.type == "DATE" and timex.value not in _VAGUE and \
                _TO_DATE.fullmatch(ctx.text, hit.end, timex.start):
            return timex.start, timex.end
        break  # only the first date after the noun may be its own
    return None


def _owned(ctx: Context, sent: Sentence, hit: Hit, date_start: int, date_end: int) -> bool:
    """A named actor owns the noun before it, is the subject of a relative clause on it
    that dates it (`the letter that Ambassador Prueher delivered on April 11`), or
    stands after `of`/`by` right after the noun or its date."""
    relative = _RELATIVE.search(ctx.text, hit.end, date_start)
    if relative is not None and any(f.actor is not None for f in ctx.entities.between(
            relative.end(), date_start)):
        return True
    before = ctx.text[max(sent.start, hit.start - 40):hit.start]
    if _OWNING_PRONOUN.search(before):
        return True
    owned = _OWNED_BY_NAME.search(before)
    if owned is not None:
        at = hit.start - len(before) + owned.start()
        if any(f.actor is not None and f.end == at
               for f in ctx.entities.between(max(sent.start, at - 60), at)):
            return True
    return _after_of_or_by(ctx, sent, (hit.end, date_end), _OF_BY, None)


def _after_of_or_by(ctx: Context, sent: Sentence, ends: tuple[int, int],
                    links: frozenset[str],
                    kind: str | None) -> bool:
    """A named actor (of `kind`, if given) right after `of` or `by` (those `links`
    names) at one of `ends`, with at most a few capitalised title words before it."""
    for end in set(ends):
        link = _OF_OR_BY.match(ctx.text, end)
        if link is None or link.group(1).casefold() not in links:
            continue
        for f in ctx.entities.between(link.end(), min(sent.end, link.end() + 60)):
            gap = ctx.text[link.end():f.start].split()
            if f.actor is not None and (kind is None or f.kind == kind) and \
                    len(gap) <= _TITLE_WORDS and all(w[:1].isupper() for w in gap):
                return True
            break
    return False
