"""Two checks of arrivals (triggers.toml). `arriving_fronted`: the participle `arriving
in` / `landing in` is someone's arrival only where it opens the sentence before its
subject (`Arriving in Manila on Monday, Austin went …`, `After landing in Beijing on
Tuesday, Blinken met …`) or stands in apposition to a person (`Hill, arriving in Japan
for an overnight stop, said …`); elsewhere it tells of buses, money or monitors arriving.
`arrival_of_whom`: `the arrival of …` is an arrival when who arrives is named (a person,
a country, a body, a delegation), not `the arrival of cooler weather`."""

from __future__ import annotations

import re

from usc_timeline.text import Sentence

from .context import Context, words
from .owned import owned_and_dated
from .phrases import Hit

__all__ = ["arrival_of_whom", "arriving_fronted"]

# what may open the sentence before the participle
_OPENING = re.compile(r"\W*(?:(?:shortly|soon|just|moments|hours|minutes)\s+)?"
                      r"(?:after|upon|on)?\s*$", re.IGNORECASE)
_APPOSED = re.compile(r",\s*$")
_SUBJECT_REACH = 160  # characters after the participle where its clause and subject end
_OF_REACH = 8  # words after `of` where who arrives is named
# people named by what they are, or their craft (`the arrival of the delegation`, `of
# Chinese troops`, `of the troop ship Orage`)
_ARRIVERS = words("""delegation delegations delegates envoy envoys team teams troops
    forces soldiers diplomats officials leaders leader president premier minister
    ministers secretary ambassador guests visitors ship ships warship warships vessel
    vessels carrier fleet""")


def arriving_fronted(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """The participle opens the sentence (a person is the subject after its comma) or
    follows a person and a comma."""
    if _APPOSED.search(ctx.text, sent.start, hit.start):
        before = ctx.entities.between(sent.start, hit.start)
        return bool(before) and before[-1].kind == "person" and \
            not ctx.text[before[-1].end:hit.start].strip(", ")
    if _OPENING.fullmatch(ctx.text, sent.start, hit.start) is None:
        # (or someone's dated landing: `Nixon's landing in February 1972`)
        return owned_and_dated(ctx, sent, hit)
    comma = ctx.text.find(",", hit.end, min(sent.end, hit.end + _SUBJECT_REACH))
    if comma < 0:
        return False
    after = ctx.entities.between(comma, sent.end)
    return bool(after) and after[0].kind == "person" and \
        len(ctx.text[comma + 1:after[0].start].split()) <= 3


def arrival_of_whom(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """`the arrival of …` names who arrives within a few words; any other arrival noun
    passes (`Blinken's arrival`, `on arrival in Beijing`)."""
    tokens = ctx.tokens
    k = hit.last
    if k >= len(tokens) or tokens.folded[k] != "of":
        return True
    end_tok = min(len(tokens), k + 1 + _OF_REACH)
    if any(tokens.folded[j] in _ARRIVERS for j in range(k + 1, end_tok)):
        return True
    end = tokens.ends[end_tok - 1]
    return any(f.actor is not None for f in ctx.entities.between(tokens.starts[k], end))
