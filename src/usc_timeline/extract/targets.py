"""Whom a measure is taken against: the countries after `on`/`against` (`tariffs of 25
percent on Chinese imports`, `sanctions against Russian banks`), after an export's `to`
(`curbs on chip sales to China`), or the object of a measure verb (`blacklisted Huawei`).

One side's measure and the other side's answer are often told on the same day in the
same words (`U.S. tariffs on Chinese goods took effect on Friday; China hit back with
tariffs on American soybeans`); the actors of both are the same two countries, so only
the side a measure is aimed at keeps the two events apart when merging."""

from __future__ import annotations

import re
from bisect import bisect_left

from usc_timeline.model import MEASURE_OR_OTHER, Mention

from .context import Context, Trigger, words

_ON = words("on against")
# Words that end the phrase a measure is imposed on: a new clause or adjunct
# (`sanctions on Chinese officials over Hong Kong`, `tariffs on Chinese goods after
# talks failed`).
_STOP = words("""over for after because amid as while following since until unless when
    which that who whom whose but by in at during before if than instead said says
    was were is are will would has have had be been""")
# Words between a measure noun and its `on` (`tariffs of 25 percent on`, `a ban last
# week on`): at most so many; a stop word or a clause break between ends the search.
_GAP = 6
_PHRASE = 10  # words of the phrase after `on` that may name whom the measure hits
_OBJECT = 5  # words after a measure verb within which its object is named
# `the duties`, `these new levies`: a measure named again (`_told_before`)
_DEFINITE = words("the these those such")
_MEASURE_ADJECTIVES = words("new latest additional higher retaliatory extra fresh same")
_BACK = 600  # characters back within which the measure told last may be named again
# a clause break between two words: a comma, semicolon, colon, bracket, dash, sentence end
_BREAK = re.compile(r"[,;:()—–.!?]|\s-\s")
_EXPORT = words("export exports exported exporting sale sales sold shipments shipped")


def measure_targets(ctx: Context, trig: Trigger, kind: str) -> tuple[str, ...]:
    """The countries (ISO codes) the measure `trig`, told as a mention of `kind`, is
    aimed at, in order; () when it names none or is no measure."""
    if kind not in MEASURE_OR_OTHER:
        return ()
    folded = ctx.tokens.folded
    end = len(folded)
    # the word after the trigger's last piece (`retaliated … with tariffs`: the noun)
    after = max([trig.end, *(e for _, e in trig.extra)])
    first = bisect_left(ctx.token_starts, after)
    if first >= end or _BREAK.search(ctx.text, after, ctx.tokens.starts[first]):
        # the trigger ends its clause (`… sparked condemnations and sanctions.`)
        return _told_before(ctx, trig)
    exports = kind == "export_control" or any(
        folded[i] in _EXPORT for i in range(trig.first, min(end, first + _GAP)))
    if trig.verb and not trig.extra and folded[first] not in _ON:
        if folded[first] == "by":
            return ()  # passive: `was blacklisted by Commerce` names the doer
        # its object (`blacklisted Huawei`; `banned exports of gallium to the US`)
        last = _phrase_end(ctx, first, exports)
        return _countries(ctx, first, last if exports else min(last, first + _OBJECT))
    return _aimed(ctx, first, end, exports) or _told_before(ctx, trig)


def _aimed(ctx: Context, first: int, end: int, exports: bool) -> tuple[str, ...]:
    """The countries of the `on`/`against` phrase within a few words from token `first`."""
    folded = ctx.tokens.folded
    for i in range(first, min(end, first + _GAP + 1)):
        if i > first and _broken(ctx, i):
            return ()
        word = folded[i]
        if word in _ON:
            return _countries(ctx, i + 1, _phrase_end(ctx, i + 1, exports))
        if word in _STOP:
            return ()
    return ()


def _told_before(ctx: Context, trig: Trigger) -> tuple[str, ...]:
    """`The duties will take effect on Sept. 24`, `the new levies`: a definite measure
    noun naming no target is the dated measure the article told last, a few sentences
    back; its targets."""
    told = measure_told_last(ctx, trig)
    return told.targets if told is not None else ()


def measure_told_last(ctx: Context, trig: Trigger, *, dated: bool = True) -> Mention | None:
    """The measure (a dated one, if `dated`) the article told last, a few sentences
    back, when `trig` is a definite measure noun (`the duties`, `these new levies`) that
    may name it again."""
    last = max([trig.start, *(s for s, _ in trig.extra)])
    if trig.verb and not trig.extra:
        return None
    # `said … duties`: the noun is the last piece
    noun = bisect_left(ctx.token_starts, last)
    folded = ctx.tokens.folded
    before = noun - 1
    if before < 0:
        return None
    if folded[before] in _MEASURE_ADJECTIVES and before > 0:  # `the new duties`
        before -= 1
    if folded[before] not in _DEFINITE:
        return None
    for m in reversed(ctx.history[-8:]):
        if m.kind in MEASURE_OR_OTHER and (m.date is not None or not dated) and \
                trig.start - m.source.char_end <= _BACK:
            return m  # (an undated one is most often a cause: `in response to`)
        if trig.start - m.source.char_end > _BACK:
            break
    return None


def _broken(ctx: Context, i: int) -> bool:
    """A clause break lies between token i - 1 and token i."""
    return _BREAK.search(ctx.text, ctx.tokens.ends[i - 1], ctx.tokens.starts[i]) is not None


def _phrase_end(ctx: Context, start: int, exports: bool) -> int:
    """The token index where the phrase a measure is imposed on ends: at a clause break
    or a stop word (an export's `to` is part of it: `sales of chips to China`)."""
    folded = ctx.tokens.folded
    limit = min(len(folded), start + _PHRASE)
    for i in range(start, limit):
        if i > start and _broken(ctx, i):
            return i
        word = folded[i]
        if word in _STOP or (word == "to" and not exports):
            return i
    return limit


def _countries(ctx: Context, first: int, last: int) -> tuple[str, ...]:
    """The countries of the actors named in tokens [first, last)."""
    if first >= last:
        return ()
    start = ctx.tokens.starts[first]
    end = ctx.tokens.ends[last - 1]
    out: list[str] = []
    for f in ctx.entities.between(start, end):
        country = f.actor.country if f.actor is not None else None
        if country is None:
            continue
        if country not in out:
            out.append(country)
    return tuple(out)
