"""Sentences of an article, as spans of the original text.

The text is never changed: every sentence is a (start, end) span into the
document, so evidence offsets stay exact. Lines that are page furniture
(`- Advertisement -`, `Share This Article`, `Read: …`, `Follow … on Twitter`)
and headings (short lines with no closing punctuation) are not sentences: they
are not evidence of events.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import NamedTuple


class Sentence(NamedTuple):
    """A sentence as a span of the document text (end exclusive); a named tuple, because
    a long article has thousands and they are made on every run."""

    start: int
    end: int
    text: str


def _words(text: str) -> frozenset[str]:
    """A word set written as one string, for readable word lists."""
    return frozenset(text.split())


# Words that end with a period without ending the sentence.
_ABBREVIATIONS = _words("""mr mrs ms dr prof gen lt col maj capt adm sgt sen rep gov pres
    amb st jr sr rev hon cmdr gov't jan feb mar apr jun jul aug sep sept oct nov dec vs etc inc
    corp co ltd bros dept est approx cf al a.m p.m e.g i.e u.s u.k u.n e.u u.s.a
    d.c n.y""")
_SMALL_WORDS = _words("""a an and as at but by for from in into of on or over the to with
    amid after""")
# After a dotted acronym such as `U.S.`, a new sentence starts only with one of these.
_STARTERS = _words("""the a an but and it its he she they we i this that these those in on at after
    before when while however meanwhile still yet so there his her their our as if
    for from with officials""")

_BOILERPLATE = re.compile(
    r"""^\s*(?:
        -?\s*advertisements?\s*-?
      | share\s+this(?:\s+article)?
      | (?:read|read\s+more|also\s+read|see\s+also|related)\s*:.*
      | follow\s+.{0,80}\s+on\s+(?:twitter|x|facebook|instagram)\b.*
      | like\s+it\s+loading.*
      | leave\s+a\s+(?:comment|reply)
      | your\s+email\s+address\s+will\s+not\s+be\s+published.*
      | %d\s+bloggers\s+like\s+this:?
      | (?:sign\s+up|subscribe)\b.{0,80}
      | click\s+here\b.*
      | (?:photo|image|file\s+photo)\s*:.*
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

_LINE = re.compile(r"[^\n]+")
# A candidate sentence end: terminal punctuation, closing quotes/brackets, then space.
# (`[.!?…]` written once before its repeat: a pattern that opens on a character class,
# not on a repeat, lets the regex engine skip to candidates in C.)
_END = re.compile(r"[.!?…][.!?…]*[\"'”’)\]]*(?=\s+|$)")
_CLOSING = frozenset(".!?…:")
_QUOTES = "\"'”’)]"
# Abbreviations only before a number (`No. 5`).
_NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "vol", "fig", "art", "p", "pp"})
_WORD_MARKS = frozenset(".'’-")
_NEXT_WORD = re.compile(r"\s+([\"'“‘(\[]?)(\S+)")
_HAS_LETTER = re.compile(r"[^\W\d_]")
# (the look back for a capital comes after the stop it is about, so the pattern opens on a
# character class and the regex engine skips to candidates in C)
_INNER_END = re.compile(r"[.!?](?<![A-Z][.!?])[\"'”’)]*\s+[\"“‘(]?[A-Z0-9]")
# A wire dateline opening a paragraph: `GENEVA, May 12 (Pacific Wire) --`,
# `BEIJING/WASHINGTON, Sept 22 (Reuters) -`. Its date is the filing date, not an event's.
_DATELINE = re.compile(
    r"[A-Z][A-Z .'/-]{1,40}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?,\s+"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([^)]{1,40}\))?\s*(?:--|[-–—:])\s+")


def _is_heading(line: str) -> bool:
    """A line that titles rather than tells: short, one piece, and no closing punctuation
    or its small words capitalised (`Amid Row Over Sanctions, …`)."""
    stripped = line.strip()
    words = stripped.split(None, 20)  # (only whether there are more than 20 matters)
    if not words or len(words) > 20 or _INNER_END.search(stripped):
        return False
    # Headlines capitalise their small words (`Over`, `And`, `To`); sentences do not.
    small = [w for w in words[1:] if w.lower() in _SMALL_WORDS]
    if small and sum(1 for w in small if w[:1].isupper()) >= 0.5 * len(small):
        return True
    last = stripped.rstrip(_QUOTES)[-1:] if stripped[-1] in _QUOTES else stripped[-1]
    return last not in _CLOSING


_CLOSERS = frozenset(_QUOTES)  # what may close a sentence after its full stop


def _is_boundary(line: str, end: int, stop: int) -> bool:
    """Whether the punctuation ending at `end` (exclusive) closes a sentence."""
    # (by index, not by slicing `line[:end]`: a long line would make that quadratic)
    dot = end
    while dot > 0 and line[dot - 1] in _CLOSERS:
        dot -= 1
    if dot == 0 or line[dot - 1] != ".":
        return True  # ! ? … always end a sentence
    word = _word_before(line, dot - 1).lower()
    nxt = _NEXT_WORD.match(line, end)
    if nxt is None:
        return True
    following = nxt.group(2)
    first = following[0]
    if first.islower():
        return False
    if word in _NUMBER_ABBREVIATIONS and not _initial(line, dot - 1):
        return not first.isdigit()
    if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        if "." in word or word in {"u.s", "u.k", "u.n", "e.u", "d.c"}:
            return following.strip("\"'“‘,").lower() in _STARTERS
        # `Mr. Li`, `Jan. 5`, `Antony J. Blinken`: no break.
        return False
    if "." in word:  # other dotted acronyms: break only before a clear starter
        return following.strip("\"'“‘,").lower() in _STARTERS
    return True


def _initial(line: str, end: int) -> bool:
    """Whether the word ending at `end` is one capital letter, a person's initial (`USS
    William P. Lawrence`), not `p.` for a page before its number."""
    return end > 0 and line[end - 1].isupper() and (end == 1 or not line[end - 2].isalnum())


def _word_before(text: str, end: int) -> str:
    """The run of word characters, dots, apostrophes and hyphens ending at `end` (what
    `[\\w.'’-]+$` finds in a line, scanned backwards instead of tried at every position)."""
    i = end
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_" or text[i - 1] in _WORD_MARKS):
        i -= 1
    return text[i:end]


def same_paragraph(text: str, end: int, start: int) -> bool:
    """Whether text[end:start] (between two sentences) holds no line break. Articles
    come with paragraphs one per line or separated by blank lines, never wrapped inside a
    paragraph, so any line break ends one."""
    return text.find("\n", end, start) < 0


def split_sentences(text: str, near: Iterable[int] | None = None,
                    before: int = 2) -> list[Sentence]:
    """Split `text` into sentences with offsets; skip headings and page furniture.

    With `near` (offsets), only the lines holding one of them are split, and enough lines
    before each to give `before` sentences ahead of it (lines are split independently, so
    those are exactly the sentences a full split gives there, and in the result each
    sentence near an offset keeps its `before` predecessors)."""
    out: list[Sentence] = []
    if near is None:
        for line in _LINE.finditer(text):
            _split_line(out, text, line.start(), line.group())
        return out
    spans = [m.span() for m in _LINE.finditer(text)]
    starts = [a for a, _ in spans]
    wanted: set[int] = set()
    for pos in near:
        k = bisect_right(starts, pos) - 1
        if k >= 0 and pos < spans[k][1]:
            wanted.add(k)
    split: dict[int, list[Sentence]] = {}

    def line_sentences(k: int) -> list[Sentence]:
        got = split.get(k)
        if got is None:
            got = split[k] = []
            a, b = spans[k]
            _split_line(got, text, a, text[a:b])
        return got

    for k in sorted(wanted):
        line_sentences(k)
        count, j = 0, k - 1
        while count < before and j >= 0:
            count += len(line_sentences(j))
            j -= 1
    for k in sorted(split):
        out += split[k]
    return out


def _split_line(out: list[Sentence], text: str, base: int, line: str) -> None:
    """Append the sentences of one line (starting at `base`) to `out`."""
    if not line.strip() or _BOILERPLATE.match(line) or _is_heading(line):
        return
    dateline = _DATELINE.match(line)
    start = dateline.end() if dateline else 0
    for end_match in _END.finditer(line, start):
        end = end_match.end()
        if end < len(line) and not _is_boundary(line, end, len(line)):
            continue
        _emit(out, text, base + start, base + end)
        start = end
    if start < len(line):
        _emit(out, text, base + start, base + len(line))


def _emit(out: list[Sentence], text: str, s: int, e: int) -> None:
    chunk = text[s:e]
    stripped = chunk.strip()
    if stripped and _HAS_LETTER.search(stripped):
        s += len(chunk) - len(chunk.lstrip())
        out.append(Sentence(s, s + len(stripped), stripped))
