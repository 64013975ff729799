"""Which triggers of a sentence tell no event of it, before anything is read for them: a
visit a visa is granted for, a meeting whose course what was said judges, a report drawn
from a cited document, `is expected in` said of a place, an answer named right after the
act that gives it, a second verb of one incident, what was left unsaid, an event named as
the time of another (`hours before the meeting`). Split out of sentence.py, which reads
the triggers that stay."""

from __future__ import annotations

import re

from usc_timeline.merge import family
from usc_timeline.text import Sentence

from .context import Context, Trigger
from .guarded import Guarded

# `issued him a visa for a private visit`: a visit a visa (or a permit) is granted for is
# what the grant allows later, not an event of the sentence.
_PERMITTED = Guarded(re.compile(r"\b(?:visas?|permits?|permission|approval)\s+for\s+"
                                r"(?:(?:a|an|the|his|her|their|its)\s+)?"
                                r"(?:(?!to\b)[\w-]+\s+){0,2}$", re.IGNORECASE),
                     ("visa", "permi", "approval"))


def _permitted(ctx: Context, at: int) -> bool:
    """`visa for a private visit` right before `at`."""
    return _PERMITTED.search(ctx, max(0, at - 50), at) is not None


_AWAITED = re.compile(r"\b(?:expected|due)\s+in$", re.IGNORECASE)


def _awaited_elsewhere(ctx: Context, sent: Sentence, t: Trigger) -> bool:
    """`is expected in` with no place right after it (bare or after `the`): no visit."""
    return t.text[-1:] in "nN" and _AWAITED.search(t.text) is not None and not any(
        f.place is not None and ctx.text[t.end:f.start].strip().lower() in ("", "the")
        for f in ctx.entities.between(t.end, min(sent.end, t.end + 40)))


# between an event noun and the `is expected in` it is the subject of: no clause break
_NO_BREAK = re.compile(r"[^,;:()]*")
_BREAKING = re.compile(r"\b(?:that|which|who|but|said|says)\b", re.IGNORECASE)


def _lend_stretch(ctx: Context, triggers: list[Trigger], awaited: Trigger) -> None:
    """`A meeting between Xi and Trump is expected in early April`: an event noun that is
    the subject of an `is expected in` that names no visit takes its stretch, so its
    date (not a verb: `X announced plans and a vote is due in March`)."""
    before = [t for t in triggers if t.end <= awaited.start]
    if before and not before[-1].verb and before[-1].seg_end == awaited.seg_start and \
            _NO_BREAK.fullmatch(ctx.text, before[-1].end, awaited.start) and \
            not _BREAKING.search(ctx.text, before[-1].end, awaited.start):
        before[-1].seg_end = awaited.seg_end


# `in retaliation for …`, `in protest at …`: the answer to something, right after the
# act of its clause that gives it
_IN_ANSWER = re.compile(r"\bin\s+$", re.IGNORECASE)
_ANSWER_NOUNS = frozenset({"retaliation", "reprisal", "protest"})  # (`in protests`: events)


def _answer_to(ctx: Context, trig: Trigger, triggers: list[Trigger]) -> bool:
    """`China announced sanctions on Monday in retaliation for …`: the retaliation is
    the act its clause told just before, not a second event (unless it has taken over
    the measure it names: `in retaliation with tariffs`)."""
    if trig.verb or trig.extra or trig.text.casefold() not in _ANSWER_NOUNS or \
            not _IN_ANSWER.search(ctx.text, max(0, trig.start - 4), trig.start):
        return False
    return any(not t.spec.light and t.end <= trig.start and
               not re.search(r"[.;:]", ctx.text[t.end:trig.start]) for t in triggers)


# `jets crossed the median line … and were tracked by missiles`: a verb joined to the one
# before with no subject of its own
_AND_THEN = re.compile(r"\band\s+(?:then\s+)?(?:(?:was|were)\s+)?$", re.IGNORECASE)


def _same_incident(ctx: Context, trig: Trigger, triggers: list[Trigger]) -> bool:
    """`Chinese jets crossed the median line, the air force said, and were tracked by
    Taiwanese missiles`: a military incident verb sharing the subject of an incident verb
    before it in the sentence tells more of that incident, not another one."""
    if not trig.verb or trig.kind != "military_incident" or \
            not _AND_THEN.search(ctx.text, max(0, trig.start - 16), trig.start):
        return False
    return any(t.verb and t.kind == "military_incident" and t.end <= trig.start
               and not re.search(r"[.;:]", ctx.text[t.end:trig.start]) for t in triggers)


# `did not say what the sanctions involved`, `declined to specify when the talks would be`
_UNSAID = Guarded(re.compile(
    r"\b(?:(?:did|does|do|would|could|will)\s*(?:not|n['’]t)|declined\s+to|refused\s+to)\s+"
    r"(?:say|specify|disclose|detail|explain|reveal|elaborate\s+on)\s+"
    r"(?:what|whether|when|how|which|why|where|if)\s+(?:the|those|these|its|their)\s+"
    r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE), ("not", "n't", "n’t", "declined", "refused"))


def _left_unsaid(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """`He did not say what the sanctions involved`: a measure or meeting named again in
    what a speaker would not tell is no event of its own (the one told before it)."""
    return not trig.verb and \
        _UNSAID.search(ctx, max(sent.start, trig.start - 80), trig.start) is not None


# `hours before the meeting`, `minutes after the talks`: an event as the time of another
_HOURS_FROM = Guarded(re.compile(r"\b(?:hours|minutes|moments|shortly|just|days)\s+(?:before|after|"
                                 r"ahead\s+of)\s+the\s+$", re.IGNORECASE),
                      ("before", "after", "ahead"))


def _time_reference(ctx: Context, trig: Trigger) -> bool:
    """`On Monday, hours before the meeting, jets crossed …`: a meeting the article told
    of already, named again only to time something else, is no new event (its stretch
    holds the other event's sides)."""
    if trig.verb or not ctx.history or \
            _HOURS_FROM.search(ctx, max(0, trig.start - 30), trig.start) is None:
        return False
    return any(family(m.kind) == family(trig.kind) for m in ctx.history)


# `said on Friday that the talks had been candid`: a reporting verb (its date and the
# words of who it was told to or where it was written between), then the definite meeting
# or visit whose course the words judge, then a copula
_JUDGED_BEFORE = re.compile(r"\b(?:said|says|wrote|writes|tweeted|told\s+(?:[\w.'’-]+\s+){1,3}?|"
                            r"added|stated|noted|insisted|declared)\s+(?:[^,;:()\"“”]{0,40}?\s+that\s+|"
                            r"that\s+)?(?:the|their|his|her|its|this\s+week['’]s)\s+"
                            r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_JUDGED_AFTER = re.compile(r"\s+(?:with\s+[^,;:()]{1,40}?\s+)?(?:had\s+been|has\s+been|"
                           r"have\s+been|was|were|is|are|went|had\s+gone|proved|had\s+proved)"
                           r"\s+(?!held\b|over\b|scheduled\b|planned\b|set\b|due\b|to\b)",
                           re.IGNORECASE)


def _judged(ctx: Context, sent: Sentence, triggers: list[Trigger], trig: Trigger) -> bool:
    """`Trump wrote on Twitter on Friday that the talks had been "candid and
    constructive"`: the meeting the words judge is the subject of what was said, told of
    before; the saying is the sentence's event (a statement), not the meeting again."""
    if trig.verb or trig.absorbed or family(trig.kind) not in ("meeting", "visit") or \
            not any(t.spec.light and t.kind == "statement" and t.end <= trig.start
                    for t in triggers):
        return False
    return _JUDGED_BEFORE.search(ctx.text, max(sent.start, trig.start - 90), trig.start) \
        is not None and _JUDGED_AFTER.match(ctx.text, trig.end) is not None


# `…, according to a notice issued jointly with customs`: the document a report is drawn
# from, named after `according to` at the end of the report (not a fronted `According
# to the regulations issued Wednesday, …`, whose issuing lays what follows), and the
# participle that tells who put it out
_ACCORDING_TO = re.compile(r",\s*according\s+to\s+(?:an?|the|its|their|his|her)\s+"
                           r"(?:[\w-]+\s+){1,3}$", re.IGNORECASE)


def _source_cited(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """`…, according to a notice issued jointly with the customs office`: a reporting
    verb as a participle on the source a report cites is no announcement of its own."""
    return trig.spec.light and trig.verb and not trig.absorbed and \
        _ACCORDING_TO.search(ctx.text, max(sent.start, trig.start - 60), trig.start) is not None


def event_triggers(ctx: Context, sent: Sentence, triggers: list[Trigger]) -> list[Trigger]:
    """The sentence's triggers that may tell an event of it (in order); a trigger
    `is expected in` a place lends its stretch to the event noun it is said of."""
    triggers = [t for t in triggers if (family(t.kind) != "visit"
                or not _permitted(ctx, t.start)) and not _judged(ctx, sent, triggers, t)
                and not _source_cited(ctx, sent, t)]
    # `is expected in Beijing`: awaited in a place, not `a decision is expected in May`
    # (whose words, date included, go to the event noun it is said of, if any)
    unplaced = [t for t in triggers if _awaited_elsewhere(ctx, sent, t)]
    for t in unplaced:
        _lend_stretch(ctx, triggers, t)
    triggers = [t for t in triggers if t not in unplaced]
    return [t for t in triggers if not _answer_to(ctx, t, triggers)
            and not _same_incident(ctx, t, triggers) and not _left_unsaid(ctx, sent, t)
            and not _time_reference(ctx, t)]
