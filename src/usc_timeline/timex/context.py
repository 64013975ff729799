"""What a normaliser may look at: the text, the publication date, the running anchor.

`Ctx` also answers the small questions most rules ask: the word before or after a span,
whether a word was capitalised, and which past/future occurrence a clause points to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from usc_timeline.timex import dates
from usc_timeline.timex.dates import Dct, Point
from usc_timeline.timex.lexicon import lexicon
from usc_timeline.timex.tense import FUTURE, PAST, clause_tense, title_period

_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'$%.-")
_NEXT_WORD = re.compile(r"[^a-z0-9'$%]*?([a-z0-9'$%-]+)")

_BREAK = re.compile(r"[!?;]|\.(?=\s+[a-z]*[A-Z\"'])")
_HABITUAL = re.compile(r"\b(?:every|each)\s+(?:year|spring|summer|autumn|fall|winter)\b"
                       r"|\bannually\b|\byear after year\b")
_UNRESOLVED = {dates.DAY: "XXXX-XX-XX", dates.WEEK: "XXXX-WXX", dates.MONTH: "XXXX-XX",
               dates.QUARTER: "XXXX-QX", dates.HALF: "XXXX-HX", dates.YEAR: "XXXX",
               dates.DECADE: "XXX", dates.CENTURY: "XX"}


@dataclass(slots=True)
class Found:
    """One normalised expression, before it becomes a public Timex."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    how: str = ""
    span: tuple[date, date, str] | None = None  # explicit interval for ranges
    anchor: bool = True  # may later anaphora anchor to it?


_BACKGROUND = frozenset([dates.YEAR, dates.DECADE])  # granularities of background history
_BACKGROUND_REACH = 1500  # characters from the day named last to that background


@dataclass(slots=True)
class Ctx:
    """The document being read and the state carried from one expression to the next."""

    text: str
    low: str
    dct: Dct | None
    anchor: Point | None = None
    last_quarter: tuple[int, Point] | None = None
    last_quarter_end: int = -1  # where that quarter's expression ends (to read its tense)
    last_year: tuple[int, int] | None = None  # (end offset, year) of the last year named
    anchor_end: int = -1  # where the expression that set `anchor` ends
    day_anchor: tuple[int, Point] | None = None  # (end offset, day) of the last day named
    # the last anchor not after the publication date: what a past clause counts from when
    # the last date named is a plan ('will take effect on Sept. 24. A day earlier, X had')
    past_anchor: Point | None = None
    dated_end: int = -1  # where the last calendar expression ends, resolved or not
    _tense: dict[tuple[int, int], str | None] = field(default_factory=dict)
    _dct_text: str | None = None

    # -- publication date -------------------------------------------------------------
    def ref(self, gran: str) -> date | None:
        """The publication date if it is precise enough for a `gran` computation."""
        d = self.dct
        if d is None:
            return None
        if gran in (dates.DAY, dates.WEEK):
            return d.date
        if gran in (dates.MONTH, dates.QUARTER, dates.HALF, dates.SEASON):
            return date(d.year, d.month, d.day or 1) if d.month else None
        return date(d.year, d.month or 1, d.day or 1)

    def counts_from_plan(self, start: int, end: int) -> bool:
        """The last date named lies after the publication date (a plan: `will take effect
        on Sept. 24`) while the clause at [start, end) is past (`A day earlier, Trump had
        announced`), and an earlier date not after publication was named: a past clause
        counts from that one (`past_anchor_ref`)."""
        a, d = self.anchor, self.dct
        return a is not None and self.past_anchor is not None and d is not None and \
            d.date is not None and a.start > d.date and self.tense(start, end) == PAST

    def past_anchor_ref(self, gran: str) -> date | None:
        """`anchor_ref` for the last date named not after the publication date."""
        a = self.past_anchor
        if a is not None and _fine_enough(a.gran, gran):
            return a.start
        return self.ref(gran)

    def anchor_ref(self, gran: str, *, story: bool = False) -> date | None:
        """The last resolved date if fine enough for `gran`, else the publication date.
        `story`: an explicit anaphor ('the same day', 'the next day'), which may look past
        background history to the day the story was at."""
        a = self.anchor
        if a is not None and _fine_enough(a.gran, gran):
            return a.start
        if a is not None and gran == dates.DAY and (day := self._day_before_background(story)):
            return day  # "ruled on July 12 in a case brought in January 2013. ... the same day"
        return self.ref(gran)

    def _day_before_background(self, story: bool) -> date | None:
        """The day named earlier in the sentence of a coarser anchor ('ruled on July 12 in a
        case brought in January 2013'): that month or year is background to the day, which
        stays the one a later 'the same day' means."""
        if self.day_anchor is None or self.anchor is None:
            return None
        end, day = self.day_anchor
        if self._one_sentence(end, self.anchor_end, 150):
            return day.start
        # "Trump spoke to Tsai on Friday. … The last crisis came in 1995. The call came on
        # the same day that …": a year or decade of background history, wholly before the
        # day named last, leaves the story at that day
        if story and self.anchor.gran in _BACKGROUND and \
                self.anchor.start.year < day.start.year and \
                self.anchor_end - end <= _BACKGROUND_REACH:
            return day.start
        return None

    @staticmethod
    def unresolved(gran: str, code: str = "") -> str:
        if gran == dates.SEASON:
            return f"XXXX-{code}"
        return _UNRESOLVED[gran]

    def dct_text(self) -> str:
        """The publication date as people read it ("Tue 20 Jun 2023"), for `how` notes."""
        if self._dct_text is None:
            d = self.dct.date if self.dct is not None else None
            if self.dct is None:
                self._dct_text = "no publication date"
            elif d is not None:
                self._dct_text = dates.day_text(d)
            else:
                self._dct_text = str(self.dct.year) + (
                    f"-{self.dct.month:02d}" if self.dct.month else "")
        return self._dct_text

    # -- tense ------------------------------------------------------------------------
    def tense(self, start: int, end: int) -> str | None:
        key = (start, end)
        if key not in self._tense:
            t = clause_tense(self.low, start, end, self.text)
            if t is None and self.dct is not None and self.dct.date is not None and (
                    (a := self.anchor_in_sentence(start)) is not None and a.gran == dates.DAY
                    and a.start > self.dct.date and _names_weekday(self.low, start, end)):
                t = FUTURE  # "are to hold talks on Friday ... then meet again on Saturday"
            self._tense[key] = t
        return self._tense[key]

    def sentence(self, start: int, end: int) -> str:
        """The lower-cased sentence around a span (bounded, so it stays cheap)."""
        lo = max(0, start - 200)
        hi = min(len(self.low), end + 200)
        left = self.low[lo:start]
        cut = max(left.rfind(". "), left.rfind("\n"), left.rfind("? "), left.rfind("! "))
        right = self.low[end:hi]
        stops = [i for i in (right.find(". "), right.find("\n")) if i >= 0]
        return left[cut + 1:] + self.low[start:end] + (right[: min(stops)] if stops else right)

    def anchor_in_sentence(self, pos: int) -> Point | None:
        """The last resolved date if it was mentioned earlier in the same sentence."""
        if self.anchor is None or self.anchor_end < 0 or self.anchor_end > pos \
                or not self._one_sentence(self.anchor_end, pos, 250):
            return None
        return self.anchor

    def _one_sentence(self, start: int, end: int, reach: int) -> bool:
        """Whether text[start:end], at most `reach` characters on one line, ends no
        sentence: each period in it is that of "Mr. Trump" or "J. Smith"."""
        between = self.low[start:end]
        if "\n" in between or len(between) > reach:
            return False
        return all(b.group(0) == "." and title_period(between, b.start() - start)
                   for b in _BREAK.finditer(self.text, start, end))

    def habitual(self, start: int, end: int) -> bool:
        """Does the clause say the date recurs yearly ("held annually in June", "in June
        every year")? Only a cue a few words away counts: "will begin in June and supply
        a million units annually by 2000" is a single June."""
        sent = self.sentence(start, end)
        at = sent.find(self.low[start:end])
        near = sent[max(0, at - 30):at + (end - start) + 30] if at >= 0 else sent
        return _HABITUAL.search(near) is not None

    # -- neighbouring words -------------------------------------------------------------
    def prev_word(self, pos: int) -> str:
        # the last run of word characters within 40 characters before pos, by hand: a
        # backwards regex search costs a pass per start position
        low, lo, i = self.low, max(0, pos - 40), pos
        while i > lo and low[i - 1] not in _WORD_CHARS:
            i -= 1
        j = i
        while j > lo and low[j - 1] in _WORD_CHARS:
            j -= 1
        return low[j:i].rstrip(".")

    def prev_text(self, pos: int, n: int = 30) -> str:
        return self.low[max(0, pos - n):pos]

    def next_word(self, pos: int) -> str:
        m = _NEXT_WORD.match(self.low, pos, min(len(self.low), pos + 40))
        return m.group(1) if m else ""

    def next_char(self, pos: int) -> str:
        rest = self.low[pos:pos + 3].lstrip(" ")
        return rest[:1]

    def is_cap(self, pos: int) -> bool:
        return self.text[pos:pos + 1].isupper()

    def sentence_start(self, pos: int) -> bool:
        """True when only space/quotes separate pos from a sentence end or text start."""
        i = pos - 1
        while i >= 0 and self.text[i] in " \t\"'“‘(":
            i -= 1
        return i < 0 or self.text[i] in ".!?\n:;"

    def prev_cap_word(self, pos: int) -> bool:
        """Is the word just before pos capitalised mid-sentence (part of a name)?"""
        m = re.search(r"([A-Za-z][\w'.-]*)\s+$", self.text[max(0, pos - 30):pos])
        if not m or not m.group(1)[0].isupper():
            return False
        return not self.sentence_start(pos - len(m.group(0)))


_ORDER = [dates.DAY, dates.WEEK, dates.MONTH, dates.QUARTER, dates.HALF, dates.SEASON,
          dates.YEAR, dates.DECADE, dates.CENTURY]


def _fine_enough(have: str, need: str) -> bool:
    return _ORDER.index(have) <= _ORDER.index(need)


def _names_weekday(low: str, start: int, end: int) -> bool:
    """Does the expression name a weekday ('Saturday', 'Tuesday night')? Only such a day
    follows an earlier future day of its sentence: a month there may be background."""
    weekdays = lexicon().weekdays
    return any(w.rstrip(".") in weekdays for w in low[start:end].split())


