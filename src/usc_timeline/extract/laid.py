"""Measures laid by an act: `signed executive orders imposing tariffs`, `issued a rule
adding 140 companies to the entity list`, `signed a law to ban …`. The measure is laid
when the order, law or rule that lays it is signed or issued, so it takes that act's
date (and is no plan for its `to`); a date of its own (`tariffs that take effect on
March 4`) still comes first. The words are lexicon/data/laid.toml's."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from usc_timeline.lexicon.checks import bundled, check_top_level, parse, words
from usc_timeline.model import MEASURE_KINDS, DateSpan, Mention
from usc_timeline.text import Sentence

from .context import Context, Trigger
from .dates import Dated
from .guarded import Guarded

FILE = "laid.toml"
_LISTS = ("acts", "enacting", "instruments", "verbs", "gerunds")
_REACH = 140  # characters back from the measure where its act may start


def _alternatives(items: tuple[str, ...]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.casefold().split()))
                    for w in sorted(items, key=len, reverse=True))


@dataclass(frozen=True)
class _Acts:
    pattern: Guarded
    participle: re.Pattern[str]  # `, imposing …` / `… and placing …` ending with the measure
    enacting: frozenset[str]  # acts that put what they lay in force at once
    doing: re.Pattern[str]  # `was imposing …` ending right before the measure


def read_acts(text: str, source: str) -> _Acts:
    """The act pattern of a laid.toml text (a LexiconError naming the file and the key if
    one is missing or not a list of words). It ends where the measure ends: the act, a
    few words naming what it makes (`a new executive order`) and maybe its date (`on
    Friday`), the verb that lays the measure, then at most nine words up to the measure's
    last (the measure may be the laying verb itself: `banning`)."""
    data = parse(text, source)
    check_top_level(data, _LISTS, source)
    acts, enacting, instruments, verbs, gerunds = (words(data, key, source, text)
                                                   for key in _LISTS)
    word = r"[^\s,;:()]+"
    link = (rf"(?:{_alternatives(gerunds)}|(?:to|(?:that|which)(?:\s+(?:will|would))?)\s+"
            rf"(?:{_alternatives(verbs)})(?:s|es)?)")
    pattern = re.compile(
        rf"\b(?P<act>{_alternatives(acts)})\s+(?:{word}\s+){{0,3}}?"
        rf"(?:{_alternatives(instruments)})\s+(?:(?:on|in|last|this|earlier)\s+(?:{word}\s+){{1,2}})?"
        rf"(?P<link>{link})\b(?:\s+{word}){{0,9}}$", re.IGNORECASE)
    needs = tuple(sorted({a.casefold().split()[0] for a in acts}))
    participle = re.compile(
        rf"(?:,\s+(?:and\s+|while\s+|(?:even\s+)?as\s+)?|\s+and\s+)"
        rf"(?:also\s+|[a-z]+ly\s+)?(?P<link>{_alternatives(gerunds)})"
        rf"(?:\s+{word}){{0,9}}$", re.IGNORECASE)
    doing = re.compile(rf"\b(?:was|were|is|are)\s+(?:now\s+|also\s+)?"
                       rf"(?:{_alternatives(gerunds)})\s+(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE)
    return _Acts(Guarded(pattern, needs), participle,
                 frozenset(a.casefold() for a in enacting), doing)


@cache
def _acts() -> _Acts:
    return read_acts(*bundled(FILE))


def laid_act(ctx: Context, trig: Trigger, sent: Sentence) -> re.Match[str] | None:
    """The act that lays the measure `trig` names, ending with it (groups `act`, the
    act's verb, and `link`, the verb that lays the measure), if any."""
    if trig.kind not in MEASURE_KINDS:
        return None
    return _acts().pattern.search(ctx, max(sent.start, trig.start - _REACH), trig.end)


# a participle clause opened before (`…, saying it would … and placing …`)
_OPENED = re.compile(r",\s+[a-z]+ing\b")


def participle_date(ctx: Context, trig: Trigger, sent: Sentence, out: list[Mention],
                    told: dict[int, Trigger]) -> Dated | None:
    """The date of the main clause whose participle lays the measure `trig` names
    (`China retaliated on Friday, imposing tariffs on …`): that of the sentence's first
    dated verb before the participle's comma (not a date of something it names: `struck
    back on Friday at the tariffs announced this week, … placing export restrictions`)."""
    comma = laid_by_participle(ctx, trig, sent)
    if comma is None:
        return None
    for m in out:
        main = told.get(id(m))
        if main is None or not main.verb or main.end > comma or \
                m.source.char_start != sent.start or \
                _IN_RELATIVE.search(ctx.text, sent.start, main.start):
            continue  # (`China, which imposed tariffs in 2019, retaliated, adding …`)
        if m.date is None:
            return None
        return Dated(m.date, m.source.date_text,
                     "the date of the clause whose participle lays it", None, None, 1)
    return None


_IN_RELATIVE = re.compile(r",\s*(?:who|which|whose)\b[^,;]*$", re.IGNORECASE)


def laid_by_participle(ctx: Context, trig: Trigger, sent: Sentence) -> int | None:
    """Where the main clause ends when the measure `trig` names is laid by a participle
    of it (`China retaliated on Friday, imposing tariffs on …`; `…, saying it would …
    and placing export restrictions on …`; `…, while sharply raising the levy on …`):
    the comma that opens the participle clause."""
    if trig.kind not in MEASURE_KINDS:
        return None
    m = _acts().participle.search(ctx.text, max(sent.start, trig.start - _REACH), trig.end)
    if m is None:
        return None
    if ctx.text.startswith(",", m.start()):
        return m.start()
    opened = list(_OPENED.finditer(ctx.text, sent.start, m.start()))
    return opened[-1].start() if opened else None


def laid_as_said(text: str, said_end: int, measure_start: int) -> bool:
    """Whether a progressive laying verb ends right before the measure, after a saying
    (`said Tuesday the State Department was imposing visa restrictions`): what the
    speaker's side is doing as it speaks, the measure announced by the saying."""
    return _acts().doing.search(text, said_end, measure_start) is not None


def enacted(act: re.Match[str]) -> bool:
    """Whether the act puts the measure in force at once (`signed a law to ban`: no plan),
    not only proposes it (`introduced a bill to ban`)."""
    return act.group("act").casefold() in _acts().enacting


def without_laying_acts(ctx: Context, sent: Sentence, out: list[Mention],
                        told: dict[int, Trigger]) -> list[Mention]:
    """`signed executive orders imposing tariffs`: the signing (an event of kind `other`)
    and the tariffs it lays on the same day are one event, the measure; drop the act."""
    acts: list[tuple[int, int, DateSpan | None]] = []
    for m in out:
        trig = told.get(id(m))
        if trig is None or m.date is None:
            continue
        act = laid_act(ctx, trig, sent)
        if act is not None:
            acts.append((act.start(), act.start("link"), m.date))
    if not acts:
        return out
    return [m for m in out if m.kind != "other" or id(m) not in told or not any(
        lo <= told[id(m)].start < hi and m.date == day for lo, hi, day in acts)]
