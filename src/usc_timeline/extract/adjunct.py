"""The people of a call, meeting or visit named only as the setting of a statement.

`Xi Jinping warned President Biden about Taiwan in a phone call on Thursday`,
`Scholz said in a call with Li Qiang on Wednesday that …`: the call is where the
statement was made, so the speaker (whom a statement otherwise leaves out: a speaker is
no participant) and the addressee take part in it. So with a trip: `Lula told Xi during
a visit to Beijing that …` — the one speaking during a visit is on it (or hosts it: who
is the visitor the visit's places decide, in sentence.py)."""

from __future__ import annotations

import re

from usc_timeline.merge import family
from usc_timeline.text import Sentence

from .context import Context, Trigger
from .entities import Found
from .segments import clause_start

# between the statement verb and the meeting noun: the addressee and a topic, then the
# adjunct's preposition and determiner (`warned Biden about Taiwan in a phone`); no
# clause break or reported clause
_ADJUNCT_GAP = re.compile(r"(?:\s+(?:(?!that\b)[^,;:()\"“”])*?)?\s+(?:in|during|at|over)\s+"
                          r"(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)
# the same when the trigger holds its preposition itself (`in a call`)
_ADJUNCT_HELD = re.compile(r"(?:\s+(?:(?!that\b)[^,;:()\"“”])*?)?\s+", re.IGNORECASE)
_HOLDS_PREPOSITION = re.compile(r"(?:in|during|at|over)\s", re.IGNORECASE)
# a visit someone else makes: `during a visit by the Chinese premier`, `of Putin`
_VISIT_BY = re.compile(r"\s+(?:by|of)\s", re.IGNORECASE)


def statement_setting(ctx: Context, sent: Sentence, triggers: list[Trigger],
                      trig: Trigger) -> list[Found]:
    """The speaker and addressees of a statement made in the meeting- or visit-family
    noun `trig` (`X told Y … in a call`, `… during a visit to Z`), or nothing when `trig`
    is no such setting (nor a visit another makes: `during a visit by Y`)."""
    kind = family(trig.kind)
    if trig.verb or kind not in ("meeting", "visit"):
        return []
    if kind == "visit" and _VISIT_BY.match(ctx.text, trig.end):
        return []
    said = _saying_end(ctx, triggers, trig)
    if said is None:
        return []
    gap = _ADJUNCT_HELD if _HOLDS_PREPOSITION.match(trig.text) else _ADJUNCT_GAP
    if gap.fullmatch(ctx.text, said, trig.start) is None:
        return []
    verb_start = _word_start(ctx.text, said)
    start = clause_start(ctx, sent.start, verb_start) or sent.start
    speakers = [f for f in ctx.entities.between(start, verb_start) if f.kind == "person"]
    if not speakers and kind == "visit":
        return []  # (the one told is the host: alone, they would pass for the visitor)
    told = [f for f in ctx.entities.between(said, trig.start) if f.kind == "person"]
    return speakers[-1:] + told


def _saying_end(ctx: Context, triggers: list[Trigger], trig: Trigger) -> int | None:
    """End of the statement verb right before `trig`: a trigger of its own, or one that
    `trig` took over (`told … in a call`)."""
    ends = [t.end for t in triggers if t.kind == "statement" and t.verb and t.end <= trig.start]
    if trig.reported:
        ends += [e for s, e in trig.extra if e <= trig.start]
    return max(ends) if ends else None


def _word_start(text: str, end: int) -> int:
    """Start of the word (or phrase's last word) ending at `end`."""
    k = end
    while k > 0 and not text[k - 1].isspace():
        k -= 1
    return k
