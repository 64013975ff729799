"""Refused meetings: `declined to meet Austin`, `turned down a meeting with Austin`,
`rejected a request for talks`, `would not meet Austin at the forum in June`.

Whoever refuses a meeting or a visit calls it off, so the refusal is told as a
cancellation of that meeting (kind cancellation, status cancelled, the way `cancelled a
meeting` is). The words live in lexicon/data/refusals.toml (and the refusing verbs in
status.toml `refused`).

The convention, checked against every gold set (session 7): the scorer reads a
cancellation that occurred as a cancelled plan, so a refusal or a suspension is either
a cancellation (status cancelled) or an act of kind other that occurred. Gold writers
split: suspending an ongoing relationship (`suspended military exchanges`, `cut off
military channels`, `froze the climate talks`) is a cancellation in nine sets (articles,
1, 2, 4, 5, 6, 9, 12, 13) and other/occurred in three (8, 11, 14); refusing a meeting is
a cancellation in sets 1, 7 and 13 and other (or a statement) that occurred in the seeds
and sets 6, 11 and 14, with the same wording on both sides (`declined to meet Austin at
the Shangri-La Dialogue`). No wording tells the two apart, so the majority stays:
cancellation, status cancelled (a particular planned event reported called off, `the
meeting was cancelled`, is one in every set).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from usc_timeline.lexicon.checks import bundled, check_top_level, parse, words
from usc_timeline.merge import family
from usc_timeline.text import Sentence

from . import dates as dt
from .context import Context, Trigger
from .phrases import Hit
from .triggers import TriggerForm

_REFUSED_KINDS = ("meeting", "visit")  # families whose refusal calls them off


@dataclass(frozen=True, slots=True)
class _Words:
    noun_refusers: tuple[str, ...]
    noun_object: re.Pattern[str]
    reported: frozenset[str]


@cache
def _words() -> _Words:
    return read_words(*bundled("refusals.toml"))


def read_words(text: str, source: str) -> _Words:
    """The word lists of a refusals.toml text (LexiconError naming the file and the key
    if one is missing or not a list of words)."""
    data = parse(text, source)
    check_top_level(data, ("noun_refusers", "requests", "reported"), source)

    def listed(key: str) -> list[str]:
        return [w.casefold() for w in words(data, key, source, text)]

    requests = "|".join(re.escape(w) for w in listed("requests"))
    # the object of the refusing verb, up to the meeting word that ends the trigger: a
    # determiner or possessive, up to three modifiers (no preposition or clause word
    # among them: `rejected criticism of his visit` is no refusal of the visit), and
    # maybe what was asked for first (`a request for talks`, `an invitation to visit`)
    det = r"(?:(?:an?|the|any|another|further|his|her|its|their|our|[\w.-]+['’]s?)\s+)?"
    mod = (r"(?:(?!(?:of|on|about|at|in|to|for|with|from|by|after|over|and|or|as|that|"
           r"which|who|but)\b)[\w.'’-]+\s+){0,3}?")
    noun_object = re.compile(rf"\s+{det}{mod}(?:(?:{requests})\s+(?:for|to)\s+{det}{mod})?"
                             r"[\w-]+$", re.IGNORECASE)
    return _Words(tuple(listed("noun_refusers")), noun_object,
                  frozenset(listed("reported")))


# `declined to meet`, `refused an invitation to visit`: `to` and at most two words
_TO_GAP = re.compile(r"\s+(?:an?\s+(?:invitation|offer|request)\s+)?to\s+(?:[\w-]+\s+){0,2}"
                     r"[\w-]+$")


def refused_meeting(ctx: Context, trig: Trigger) -> bool:
    """Whether a refusing word that took over a meeting or visit refuses that event
    itself: `declined to meet`, `refused to hold bilateral talks`, `turned down a
    meeting`, `rejected Washington's request for talks`; not `declined to give details on
    his meeting` nor `rejected the talks' outcome`."""
    if not trig.absorbed or trig.inner is None or family(trig.inner) not in _REFUSED_KINDS:
        return False
    text = ctx.text[trig.start:trig.end].casefold()
    if ctx.text[trig.end:trig.end + 1] in ("'", "’"):
        return False  # `rejected the talks' outcome`: what the meeting gave
    if trig.first > 0 and ctx.tokens.folded[trig.first - 1] == "be":
        return False  # `should he be refused a visit`: a refusal only supposed
    for word in ctx.triggers.refused:
        if text.startswith(word):
            if _TO_GAP.match(text, len(word)) is not None:
                return True
            return word in _words().noun_refusers and \
                _words().noun_object.match(text, len(word)) is not None
    return False


def modal_refusal(ctx: Context, sent: Sentence, hit: Hit, form: TriggerForm,
                  hits: list[Hit]) -> int | None:
    """`Li would not meet Austin at the forum in June`: a meeting verb right after `would
    not` (`wouldn't`) with someone to meet after it (a capitalised word within four, or
    `with`), in a sentence that reports no one's words (`said he would not meet` is a
    stance or a plan). Returns the token index of `would`, else None."""
    if not form.verb or family(form.spec.kind) != "meeting" or hit.first < 2:
        return None
    tokens, text = ctx.tokens, ctx.text
    k = hit.first
    folded = tokens.folded
    if folded[k - 2] == "would" and folded[k - 1] == "not":
        if text[tokens.ends[k - 2]:tokens.starts[k - 1]].strip() or \
                text[tokens.ends[k - 1]:tokens.starts[k]].strip():
            return None
    elif not (folded[k - 2] == "wouldn" and folded[k - 1] == "t"
              and text[tokens.ends[k - 2]:tokens.starts[k - 1]] in ("'", "’")
              and not text[tokens.ends[k - 1]:tokens.starts[k]].strip()):
        return None
    after = tokens.texts[hit.last:hit.last + 4]
    if not after or not (after[0].casefold() == "with" or any(w[:1].isupper() for w in after)):
        return None
    lo, hi = _sentence_tokens(ctx, sent)
    if _words().reported.intersection(folded[lo:hi]):
        return None
    if any(e.payload.spec.light for h in hits for e in h.entries
           if isinstance(e.payload, TriggerForm)):
        return None
    return k - 2


def _sentence_tokens(ctx: Context, sent: Sentence) -> tuple[int, int]:
    return bisect_left(ctx.token_starts, sent.start), bisect_left(ctx.token_starts, sent.end)


def refusal_trigger(ctx: Context, hit: Hit, form: TriggerForm, first: int) -> Trigger:
    """The cancellation trigger of `would not meet`: from `would` to the meeting verb."""
    start = ctx.tokens.starts[first]
    trig = Trigger(start, hit.end, first, hit.last, ctx.triggers.kinds["cancellation"], True,
                   ctx.text[start:hit.end])
    trig.absorbed, trig.inner = True, form.spec.kind
    return trig


def is_modal_refusal(trig: Trigger) -> bool:
    """A trigger made by `refusal_trigger`."""
    return trig.kind == "cancellation" and trig.text.casefold().startswith(_MODAL_STARTS)


_MODAL_STARTS = ("would ", "wouldn'", "wouldn’")


# a date that says which way it points: a year, `next`, `coming`, `this`, `last`
_DIRECTED = re.compile(r"\d{4}|\b(?:next|coming|this|last|past|previous|following|later|"
                       r"earlier|ago)\b", re.IGNORECASE)


def past_reading(ctx: Context, dated: dt.Dated | None) -> dt.Dated | None:
    """A refusal told with `would not` was done before the report: a date read ahead
    only because of `would` (`in June`, published in July, is not next June) is read
    again by itself, which news English takes to be the last one. A date that names its
    direction (`next June`, `June 2024`) stays."""
    from usc_timeline.timex import find_timexes  # (as core.py: loaded when first needed)

    published = ctx.document.published
    if dated is None or ctx.published is None or published is None or dated.text is None \
            or dated.span.start <= ctx.published.end or _DIRECTED.search(dated.text):
        return dated
    # with the word before it (`in May`: `May` alone may be the verb)
    lo = ctx.text.rfind(" ", 0, dated.start - 1) + 1 if dated.start else 0
    phrase = ctx.text[lo:dated.end] if dated.start and dated.end else dated.text
    found = [t for t in find_timexes(phrase, published.value) if t.text == dated.text]
    if len(found) != 1 or not dt.usable(found[0]) or found[0].span is None or \
            found[0].span.start > ctx.published.end:
        return dated
    return dt.Dated(found[0].span, dated.text, f"{dated.how}; a refusal, so the last one",
                    dated.start, dated.end, dated.strength, dated.basis)
