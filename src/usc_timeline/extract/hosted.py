"""Whose visit `during her visit` is, after a verb of hosting.

`He Lifeng hosted Janet Yellen, the Treasury secretary, during her visit to China`,
`Li Qiang received Olaf Scholz on Tuesday during his trip to Beijing`: the visit named
as a noun, owned by a pronoun, after `hosted`/`welcomed`/`received`/`greeted` and its
object, is the guest's; the host, the sentence's subject, makes no visit (the meeting
the hosting verb names has both)."""

from __future__ import annotations

import re

from usc_timeline.merge import family
from usc_timeline.text import Sentence

from .context import Context, Trigger
from .entities import Found
from .guarded import Guarded

# the hosting verb, its object (past an aside between commas and a short adjunct at
# most), then `during|on|for` and an owner pronoun right before the visit noun
_HOSTED = Guarded(re.compile(
    r"\b(?:hosted|hosts|hosting|welcomed|welcomes|welcoming|received|receives|receiving|"
    r"greeted|greets|greeting)\s+(?P<guest>[^,;:()\"“”]{3,80}?(?:,[^,;:()\"“”]{1,60},)?)"
    r"(?:\s+(?:on|in|at|last|this)\s+[^,;:()\"“”]{1,30}?)?,?\s+(?:during|on|for|at\s+the\s+"
    r"(?:start|end)\s+of)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE),
    ("host", "welcom", "receiv", "greet"))
# what may stand between the verb and its guest: capitalised words (titles,
# nationalities) and these (`welcomed the visiting Chinese President`), three at most
_BEFORE_GUEST = frozenset({"the", "visiting", "former", "his", "her", "their", "its"})
_GUEST_WORDS = 3


def _object(gap: str) -> bool:
    """Whether the words between a hosting verb and a person make that person its
    object (`received Chancellor Scholz`, not `received a letter from Scholz`)."""
    words = gap.split()
    return len(words) <= _GUEST_WORDS and all(w in _BEFORE_GUEST or w[:1].isupper()
                                               for w in words)


_REACH = 200  # characters before the visit noun where the hosting verb may stand


def guests_of(ctx: Context, sent: Sentence, trig: Trigger) -> tuple[list[Found], int] | None:
    """The guests a hosting verb names before `during his/her visit` (`trig`, a visit
    noun), and where that verb starts (the people before it are the hosts); None when
    the visit is not told so."""
    if trig.verb or family(trig.kind) != "visit":
        return None
    m = _HOSTED.search(ctx, max(sent.start, trig.start - _REACH), trig.start)
    if m is None:
        return None
    verb_end = m.start("guest")
    guests = [f for f in ctx.entities.between(verb_end, m.end("guest"))
              if f.kind == "person" and f.actor is not None and _object(ctx.text[verb_end:f.start])]
    if not guests:
        return None
    return guests, m.start()
