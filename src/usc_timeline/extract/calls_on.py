"""The check `called_on_whom` (triggers.toml): `called on` a person named right after it,
with a place, a date or the end of the clause next (`Blinken called on Premier Li Qiang in
Beijing on Friday`), is a courtesy call, a meeting; `called on` someone to do something
(`called on Beijing to release`, `called on Xi to rein in`) stays what was said."""

from __future__ import annotations

import re

from usc_timeline.text import Sentence

from .context import Context
from .phrases import Hit
from .triggers import KindSpec

__all__ = ["called_on_whom"]

_TITLE_WORDS = 4  # capitalised words (a title) allowed between the verb and the person
# what may follow the one called on for a visit: a place, a date, the clause's end
_AFTER = re.compile(r"\s*(?:$|[.;]|,?\s+(?:in|at|on|during|before|after|shortly|late|"
                    r"early|earlier|last|this|yesterday|today)\b)", re.IGNORECASE)


def called_on_whom(ctx: Context, sent: Sentence, hit: Hit) -> bool | KindSpec:
    """A meeting when a person is named right after `called on` and no `to` or `for`
    follows them; else the statement the form is."""
    person = next(iter(ctx.entities.between(hit.end, min(sent.end, hit.end + 80))), None)
    if person is None or person.kind != "person":
        return True
    gap = ctx.text[hit.end:person.start].split()
    if len(gap) > _TITLE_WORDS or not all(w[:1].isupper() for w in gap):
        return True
    if _AFTER.match(ctx.text, person.end, sent.end) is None:
        return True
    meeting = ctx.triggers.kinds.get("meeting")
    return meeting if meeting is not None else True
