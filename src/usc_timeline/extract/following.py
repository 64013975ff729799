"""Visits told by ellipsis after `following`: `Raimondo is the fourth official to visit
China this summer, following Secretary of State Antony Blinken in June, Treasury Secretary
Janet Yellen in early July and climate envoy John Kerry later that month`. Each person of
the list, with a date of his own item, made the same visit (the place of the sentence's
visit) on that date. News tells a run of visits this way; without the rule the earlier
ones are lost wherever no other sentence tells them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from usc_timeline.model import Mention
from usc_timeline.text import Sentence
from usc_timeline.timex.tense import is_past_word

from . import dates as dt
from .backrefs import evidence
from .context import Context, usable_timexes
from .entities import Found
from .guests import countries_of
from .timing import bare_clock

# `, following` or `, after` right after the clause of the visit, then the first person
# within a title's reach (no clause break before it)
_FOLLOWING = re.compile(r",\s+following\s+(?=[^,;:()]{0,60}?\b[A-Z])")
_TITLE_REACH = 60  # characters from `following` to the first person's name
# what may stand before the first person's name: a title (`Secretary of State`, `former
# Treasury Secretary`, `climate envoy`), no noun of an event (`a call with`)
_TITLE_ONLY = re.compile(r"(?:(?:the|former|then|of|[A-Z][\w.'’-]*|[a-z]+\s+envoy|"
                         r"envoy|minister|secretary|president|premier|senator|"
                         r"representative|ambassador|adviser|advisor|chief)\s+)*")
_BREAK = re.compile(r"[;:()]|\.\s")
_VISIT_NOUN = re.compile(r"\b(?:visit|trip|journey)\b", re.IGNORECASE)
_HISTORY = 12  # mentions back where a visit named again may be told
_WINDOW = 1500  # characters back from the sentence where it may be told


def with_followed_visits(ctx: Context, sent: Sentence,
                         mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions with a visit for each dated person of a `following` list
    after a visit the sentence tells (none for a person of the country visited, or one
    with a visit of his own in the sentence), and those people taken out of that visit's
    actors: they went before, not with its visitor."""
    low = ctx.lower  # (most sentences have no `following`: found at C speed)
    if low.find("following", sent.start, sent.end) < 0:
        return mentions
    found = _followed(ctx, sent, mentions)
    if found is None:
        return mentions
    at, made = found
    went = {x.actors[0].name for x in made}
    return [replace(x, actors=tuple(a for a in x.actors if a.name not in went))
            if x.kind == "visit" and _told_before(x, at) else x for x in mentions] + made


def _told_before(mention: Mention, at: int) -> bool:
    """Whether the mention's trigger lies before `at` (the list's `following`)."""
    return any(h.kind == "trigger" and h.end <= at for h in mention.source.highlights)


def _followed(ctx: Context, sent: Sentence, mentions: Sequence[Mention]
              ) -> tuple[int, list[Mention]] | None:
    """Where the `following` list starts, and the visits of its people."""
    m = _FOLLOWING.search(ctx.text, sent.start, sent.end)
    if m is None:
        return None
    # the visit whose clause the list follows: told (its trigger) before `following`
    visits = [x for x in mentions if x.kind == "visit" and x.places
              and _told_before(x, m.start())]
    if not visits and _VISIT_NOUN.search(ctx.text, sent.start, m.start()):
        # `The visit is the fourth by a senior U.S. official this summer, following …`:
        # the visit (or the arrival) the article told last, named again
        visits = [x for x in ctx.history[-_HISTORY:] if x.kind in ("visit", "arrival")
                  and x.places and sent.start - x.source.char_end <= _WINDOW]
    if not visits:
        return None
    visit = visits[-1]
    end = sent.end
    if (stop := _BREAK.search(ctx.text, m.end(), sent.end)) is not None:
        end = stop.start()
    people = [f for f in ctx.entities.between(m.end(), end)
              if f.kind == "person" and f.actor is not None]
    if not people or people[0].start - m.end() > _TITLE_REACH or \
            not _TITLE_ONLY.fullmatch(ctx.text, m.end(), people[0].start) or \
            _has_verb(ctx.text[m.end():end]):
        # (`…, following a call with Biden in October`, `…, following talks in which Xi
        # met Biden`: an event or a clause, no list of visitors)
        return None
    visited = {c for name in visit.places for c in countries_of(ctx, name)}
    # (the visit's own visitor, and anyone with a visit of his own in the sentence: its
    # first actor; the others may be this list's people, taken in by mistake)
    known = {x.actors[0].name for x in [*mentions, visit]
             if x.kind == "visit" and x.actors}
    out: list[Mention] = []
    for k, person in enumerate(people):
        assert person.actor is not None
        item_end = people[k + 1].start if k + 1 < len(people) else end
        if person.actor.name in known or person.actor.country in visited:
            continue
        when = next((t for t in usable_timexes(ctx, person.end, item_end)
                     if not bare_clock(t)), None)
        if when is None:
            continue
        dated = dt.to_dated(when, ctx.text, f"a visit told by ellipsis after "
                                            f"'{m.group(0).strip(', ')}': "
                                            f"{when.how or when.value}")
        out.append(_mention(ctx, sent, visit, person, dated))
    return (m.start(), out) if out else None


# `, who spent four days in Beijing in early July,`: a relative clause inside an item
_RELATIVE = re.compile(r",\s+(?:who|which)\b[^,;]*,?")
_FINITE = frozenset({"met", "is", "are", "was", "were", "will", "would", "has", "have", "had",
                     "said", "says", "meets", "visits", "visited", "went", "came", "made"})


def _has_verb(items: str) -> bool:
    """Whether the list holds a verb of its own (outside relative clauses): an ellipsis
    has none (`following Blinken in June and Yellen in July`)."""
    bare = _RELATIVE.sub(",", items)
    return any(w in _FINITE or (w.islower() and is_past_word(w))
               for w in re.findall(r"[A-Za-z'’-]+", bare))


def _mention(ctx: Context, sent: Sentence, visit: Mention, person: Found,
             dated: dt.Dated) -> Mention:
    """The person's visit: the sentence's place and issues, this item's date and person."""
    assert person.actor is not None
    source = evidence(ctx, sent, dated, [(person.start, person.end, "actor")])
    published = ctx.published
    status = "planned" if published is not None and dated.span.start > published.end \
        else "occurred"
    return Mention(kind="visit", status=status, source=source,
                   trigger=f"{visit.trigger} … following", date=dated.span,
                   actors=(person.actor,), places=visit.places, issues=visit.issues)
