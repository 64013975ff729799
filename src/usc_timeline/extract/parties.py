"""Who takes part in an event and who only speaks of it or is spoken of: addressees told
to act, a body that says `it` will act, a later speaker's own subject, countries talked
about, a person named only as someone's predecessor."""

from __future__ import annotations

import re

from usc_timeline.merge import family

from .context import NOT_IN_AN_APPOSITION, Context, Trigger
from .entities import Found
from .found import country_actor
from .place_context import body_of_another_event, side_of_another_event

_PREPOSITION = re.compile(r"\b(with|between|by|in|at|from|to|among|over|about|on|"
                          r"concerning|covering|regarding)\b", re.IGNORECASE)
_TOPIC = frozenset({"over", "about", "on", "concerning", "covering", "regarding"})
_KIN = re.compile(r"['’]s\s+(?:predecessor|successor|deputy|wife|husband|son|daughter|"
                  r"spokesman|spokeswoman|spokesperson|aide|envoy|lawyer)\s*,?\s*",
                  re.IGNORECASE)


def another_speaker(ctx: Context, triggers: list[Trigger], trig: Trigger,
                     subject_end: int) -> bool:
    """Whether a later clause's reporting verb, with a subject of its own, reports
    `trig`."""
    light = [t for t in triggers if t.spec.light and t.verb and t.end <= trig.start
             and t.seg_start > subject_end]
    return bool(light) and any(f.actor is not None for f in
                               ctx.entities.between(light[-1].seg_start, light[-1].start))


_IT = re.compile(r"\b(?:it|they|we)\b", re.IGNORECASE)


def speaker_itself(ctx: Context, triggers: list[Trigger], trig: Trigger) -> list[Found]:
    """`…, and the commerce ministry said on July 3 it would restrict exports`: a
    government or body that says `it` will act is the actor."""
    light = [t for t in triggers if t.spec.light and t.verb and t.end <= trig.start]
    if not light or not _IT.search(ctx.text, light[-1].end, trig.start):
        return []
    said = light[-1]
    return [f for f in ctx.entities.between(said.seg_start, said.start)
            if f.actor is not None and f.kind in ("country", "organization")]


_TO_VERB = re.compile(r"\bto\s+$", re.IGNORECASE)


def addressees(ctx: Context, triggers: list[Trigger], trig: Trigger) -> list[Found]:
    """`Washington told China to shut the mission`: whom a report tells to act acts."""
    if not trig.verb or not _TO_VERB.search(ctx.text, max(0, trig.start - 6), trig.start):
        return []
    light = [t for t in triggers if t.spec.light and t.end <= trig.seg_start]
    if not light:
        return []
    return [f for f in ctx.entities.between(light[-1].end, trig.seg_start)
            if f.actor is not None and f.end <= trig.seg_start]


# `talks between Washington and Beijing`: a noun that names both its sides
_BETWEEN = re.compile(r"\s+(?:[\w-]+\s+){0,1}?between\s+([^,;:()]{2,80}?)\s+and\s+"
                      r"([^,;:()]{2,60}?)(?=[,;:.()]|\s+(?:in|on|at|earlier|later|last|"
                      r"this|next|over|about|to|for|that|which|who)\b|$)", re.IGNORECASE)


def both_sides_named(ctx: Context, trig: Trigger) -> int | None:
    """Where the sides named by `between A and B` right after a noun trigger start, when
    each side holds an actor; None otherwise."""
    if trig.verb:
        return None
    m = _BETWEEN.match(ctx.text, trig.end, trig.seg_end)
    if m is None:
        return None
    for a, b in (m.span(1), m.span(2)):
        if not any(f.actor is not None for f in ctx.entities.between(a, b)):
            return None
    return m.start(1)


# `Two of President Bush's most senior advisers held talks`: the owner sends them (the
# advisers are the trigger's own subject, not a reporter: `X's team said the two had met`)
_ENVOYS = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:advisers|advisors|aides|envoys|emissaries|"
                     r"negotiators|representatives|deputies|officials|diplomats|lieutenants|"
                     r"delegation|delegates|team)\s+(?:[a-z]+\s+){0,2}")


def sent_by(ctx: Context, trig: Trigger, f: Found) -> Found | None:
    """A person named only as the one whose advisers or envoys act (`Two of President
    Bush's most senior advisers held talks with Deng`) is not there: their country
    takes part instead. None when `f` is no such owner."""
    if trig.spec.light or trig.reported or f.kind != "person" or f.actor is None or \
            f.end > trig.start or \
            _ENVOYS.fullmatch(ctx.text, f.end, trig.start) is None:
        return None
    code = f.actor.country
    country = ctx.lexicon.country_by_code(code) if code else None
    return None if country is None else Found(f.start, f.end, "country",
                                              country_actor(country))


# An apposition right after a person that only says whose official they are: `Wang Yi,
# the Communist Party's top foreign policy official,` (before the owner, after the
# person's comma: `the`, a title or adjective; after it, `'s` and the title words) or
# `Wang Yi, the top foreign policy official of the Communist Party,` (the title, then
# `of`, perhaps twice: `secretary of the Central Committee of the Communist Party`). The
# apposition ends at a comma, stop, bracket or dash.
_OWNER_BEFORE = re.compile(r",\s*(?:the\s+)?(?:[\w.'’-]+\s+){0,3}")
_OWNER_OF_BEFORE = re.compile(r",\s*(?:the\s+)?(?:[\w'’-]+\s+){0,5}?of\s+(?:the\s+)?"
                              r"(?:(?:[\w.'’-]+\s+){1,3}of\s+(?:the\s+)?)?"
                              r"(?:[\w.'’-]+\s+){0,2}")
_OWNER_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,5}?[\w-]+\s*(?=[,;:)\u2014.\n]|$)")
_APPOSITION_REACH = 100  # characters from the person to the owner named in the apposition
_APPOSITION_END = re.compile(r"\s*(?=[,;:)\u2014.\n]|$)")


def owner_in_apposition(ctx: Context, f: Found) -> bool:
    """Whether an organisation or person is named only as the owner of the title in an
    apposition right after another person (`Kerry, President Biden's climate envoy,`;
    `Wang Yi, the top foreign policy official of the Communist Party,`): that person's
    affiliation, not a side of the event. Countries are kept: a country there names the
    person's side, the way an analyst lists the sides of an event."""
    if f.kind not in ("organization", "person") or f.actor is None:
        return False
    text = ctx.text
    people = [g for g in ctx.entities.between(max(0, f.start - _APPOSITION_REACH), f.start)
              if g.kind == "person" and g.end <= f.start and g.actor is not None]
    if not people:
        return False
    g = people[-1]
    if len(people) >= 2 and people[-2].actor == g.actor:
        g = people[-2]  # `Liu, head of the …`: the title names the same person
    gap = text[g.end:f.start]
    if not gap.startswith(",") or NOT_IN_AN_APPOSITION.search(gap):
        return False  # (the nearest person before: the apposition must follow it)
    if _OWNER_BEFORE.fullmatch(gap):
        after = _OWNER_AFTER.match(text, f.end)
        return after is not None and not NOT_IN_AN_APPOSITION.search(after.group())
    if _OWNER_OF_BEFORE.fullmatch(gap):
        return _APPOSITION_END.match(text, f.end) is not None
    return False


def not_a_party(ctx: Context, trig: Trigger, f: Found) -> bool:
    """`talks ranged over the Soviet Union`: a country talked about; `Dong's predecessor,
    Li Shangfu`: Dong only names whose predecessor Li is; `a row that threatened talks
    between Washington and Beijing`: the row's people are not the talks' sides; `Wang Yi,
    the Communist Party's top diplomat,`: the party is only whose official Wang is; `the
    war between Israel and Hamas`: the war's sides, not the trigger's (unless it is an
    agreement: `a truce to end the fighting between A and B` is theirs)."""
    if f.actor is not None and f.start < trig.start and (
            sides := both_sides_named(ctx, trig)) is not None and f.start < sides:
        return True
    if owner_in_apposition(ctx, f):
        return True
    if f.kind in ("country", "organization") and family(trig.kind) != "agreement" and \
            side_of_another_event(f.start, ctx.text, trig.start, trig.end):
        return True  # `the war between Israel and Hamas will take up the talks`
    if f.kind == "organization" and body_of_another_event(f.end, ctx.text, trig.start,
                                                          trig.end):
        return True  # `the war, which began with the Hamas attack, … the talks`
    if f.kind == "person":
        kin = _KIN.match(ctx.text, f.end)
        if kin is not None and any(g.kind == "person" for g in
                                   ctx.entities.between(kin.end(), kin.end() + 3)):
            return True
    if f.kind != "country" or f.start < trig.end or family(trig.kind) != "meeting":
        return False
    found = list(_PREPOSITION.finditer(ctx.text, trig.end, f.start))
    if trig.verb and trig.kind == "talks" and f.start < trig.seg_end:
        # `the two discussed the balloon and Russia's war`: what was discussed
        return not found or found[-1].group(1).lower() not in ("with", "between", "among")
    return bool(found) and found[-1].group(1).lower() in _TOPIC
