"""What the extraction of one document shares: the document's tokens, entities and
time expressions, the triggers of a sentence, and what the previous sentence dated."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from usc_timeline.lexicon import Lexicon
from usc_timeline.model import DateSpan, Document, Mention
from usc_timeline.text import Sentence
from usc_timeline.timex.record import Timex

from . import dates as dt
from .entities import DocEntities
from .guarded import word_starts
from .phrases import Tokens
from .triggers import KindSpec, TriggerLexicon


def words(text: str) -> frozenset[str]:
    """A word set written as one string, for readable word lists."""
    return frozenset(text.split())


# A word that ends a title or an apposition (`Kerry, the climate envoy, said`: none
# inside; `Kerry, who was envoy`: one), or a digit.
NOT_IN_AN_APPOSITION = re.compile(r"\b(?:and|or|but|who|whom|which|whose|that|said|says|is|"
                                  r"was|were|are|be|been|has|have|had|will|would|did|does)\b"
                                  r"|\d", re.IGNORECASE)


@dataclass
class Trigger:
    """A word or phrase naming an event in a sentence, and the stretch it owns."""

    start: int
    end: int
    first: int  # token indexes
    last: int
    spec: KindSpec
    verb: bool
    text: str
    seg_start: int = 0
    seg_end: int = 0
    extra: list[tuple[int, int]] = field(default_factory=list)  # absorbed spans
    head_end: int = -1  # end of the word that named the kind (dates come after it)
    absorbed: bool = False  # has taken over the event it is about
    inner: str | None = None  # the kind of the event it took over
    reported: bool = False  # a reporting verb (`said`) came right before it
    outcome: bool = False  # what a meeting told just before agreed: no event of its own
    floor: int = 0  # its stretch of the sentence starts no earlier than this
    # the verb of a clause with a subject of its own where its stretch ends (`…, a day
    # after the administration told Congress`: subordinate.py), or -1
    other_verb: int = -1
    # whether it stands in a condition (conditions.py), worked out once: several steps ask
    supposed: bool | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.head_end < 0:
            self.head_end = self.end

    @property
    def kind(self) -> str:
        return self.spec.kind


@dataclass(frozen=True)
class Context:
    """One document as the extractor sees it: tokens, entities, time expressions."""

    document: Document
    text: str
    tokens: Tokens
    token_starts: list[int]
    entities: DocEntities
    timexes: list[Timex]
    timex_starts: list[int]
    triggers: TriggerLexicon
    published: DateSpan | None
    lexicon: Lexicon
    # the document's mentions so far (`the two men` are the two of the last talks)
    history: list[Mention] = field(default_factory=list)
    # the time expressions that can date an event, and their starts (worked out once)
    usable: list[Timex] = field(default_factory=list, init=False)
    usable_starts: list[int] = field(default_factory=list, init=False)
    # the text lower-cased, position for position (for the pre-checks of `Guarded`)
    lower: str = field(default="", init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lower", lowered(self.text))
        usable = [t for t in self.timexes if dt.usable(t) and not _modifier_year(self.text, t)]
        object.__setattr__(self, "usable", usable)
        object.__setattr__(self, "usable_starts", [t.start for t in usable])


# What a case-insensitive pattern takes for an ASCII letter that `str.lower` does not
# give (`İ` would also become two characters and shift every position after it).
_REGEX_CASE = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def lowered(text: str) -> str:
    """`text` lower-cased with every character kept in place, so that an ASCII word a
    case-insensitive pattern could match in a span is found there by `str.find`."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        text = text.translate(_REGEX_CASE)
    return text.lower()


def word_matches(ctx: Context, pattern: re.Pattern[str], start: int, end: int
                 ) -> list[re.Match[str]]:
    """What a case-insensitive `[…]|\\b(?:word|…)\\b` finds in text[start:end], found
    faster: `pattern` is its lower-case, case-sensitive form with no leading `\\b` and
    every alternative opening on a literal, run over the lowered text, so the engine skips
    to candidates in C; a word match is kept only at a word start (`word_starts`)."""
    return word_starts(ctx.lower, pattern.finditer(ctx.lower, start, end))


def all_timexes(ctx: Context, start: int, end: int) -> list[Timex]:
    i = bisect_left(ctx.timex_starts, start)
    j = bisect_left(ctx.timex_starts, end)
    return ctx.timexes[i:j]


_YEAR_PREPOSITIONS = words("""in since by from until till of during between and to before
    after early late mid through throughout""")


def usable_timexes(ctx: Context, start: int, end: int) -> list[Timex]:
    """The usable time expressions starting in [start, end)."""
    starts = ctx.usable_starts
    return ctx.usable[bisect_left(starts, start):bisect_left(starts, end)]


def _modifier_year(text: str, timex: Timex) -> bool:
    """`update 1978 defense guidelines`: a bare year naming a thing, not dating an event."""
    said = str(timex.text)
    if len(said) != 4 or not said.isdecimal():  # (what `\d{4}` takes)
        return False
    before = text[max(0, timex.start - 20):timex.start].split()
    return not before or before[-1].lower().strip("(,") not in _YEAR_PREPOSITIONS


@dataclass
class Prev:
    """Dated mentions of the previous sentence, for dates carried over."""

    end: int = -1
    mentions: list[Mention] = field(default_factory=list)
    sentence: Sentence | None = None  # the sentence just before
