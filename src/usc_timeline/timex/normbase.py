"""What every normaliser shares: the match wrapper, the registry and small helpers.

Each rule in `data/rules.toml` names a normaliser; the `@norm` functions in the norm_*
modules register themselves here. A normaliser may reject its match (return None) when the
context shows it is not a time expression ("May I", "$2018").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from usc_timeline.timex import dates
from usc_timeline.timex.context import Ctx, Found
from usc_timeline.timex.dates import Point
from usc_timeline.timex.lexicon import lexicon
from usc_timeline.timex.tense import FUTURE, PAST, is_past_word, may_open_infinitive


class M:
    """The groups of one rule match, by the rule's own group names.

    Spans are read from the match on demand: most normalisers ask for one or none."""

    __slots__ = ("_m", "end", "g", "groups", "start", "text")

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m
        self.groups: dict[str, str | None] = m.groupdict()
        # g(name): the group's text, None if the rule has no such group or it took no part.
        # The dict's own bound get: normalisers ask ~100k times over a corpus, and a method
        # of ours would cost a Python call each time.
        self.g: Callable[[str], str | None] = self.groups.get
        self.start, self.end = m.span()
        self.text = m.string[self.start:self.end]

    def s(self, name: str) -> int:
        if self.groups.get(name) is None:
            raise KeyError(name)
        return self._m.start(name)

    def e(self, name: str) -> int:
        if self.groups.get(name) is None:
            raise KeyError(name)
        return self._m.end(name)


Norm = Callable[[M, Ctx], "list[Found] | None"]


NORMS: dict[str, Norm] = {}


_SPACES = re.compile(r"\s+")


def squash(text: str) -> str:
    """Runs of whitespace as one space ("this  past" -> "this past"); a single word as is."""
    return text if text.isalpha() else _SPACES.sub(" ", text)


def norm(fn: Norm) -> Norm:
    """Register a normaliser under its function name, as rules.toml refers to it."""
    NORMS[fn.__name__.lstrip("_")] = fn
    return fn


def position_mod(m: M) -> str | None:
    word = m.g("posw") or m.g("pos")
    return lexicon().position_mods.get(word.split()[0]) if word else None


def quantity_mod(m: M) -> str | None:
    q = m.g("qmod")
    mod = lexicon().quantity_mods.get(squash(q)) if q else None
    if mod is None and "or so" in m.text:
        mod = "APPROX"
    return mod


def month_number(m: M, name: str = "month") -> int:
    word = m.g(name) or ""
    return lexicon().months[word.rstrip(".")]


def month_capitalised(m: M, ctx: Ctx, name: str = "month") -> bool:
    """Months are capitalised in English; lower-case 'may'/'march' are a verb or a noun."""
    return ctx.is_cap(m.s(name))


def number(word: str) -> float | None:
    """A number word or numeral; None for vague quantities ('several')."""
    lex = lexicon()
    w = squash(word.strip())
    if w in lex.vague:
        return None
    if w in lex.cardinals:
        return lex.cardinals[w]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s*(1/2|½))?", w.replace(",", ""))
    if m:
        return float(m.group(1)) + (0.5 if m.group(2) else 0.0)
    parts = re.split(r"[\s-]", w)
    if len(parts) == 2 and all(p in lex.cardinals for p in parts):
        return lex.cardinals[parts[0]] + lex.cardinals[parts[1]]
    return None


def unit_name(word: str) -> str:
    lex = lexicon()
    return lex.plurals.get(word, word)


GRANULARITY = {"day": dates.DAY, "night": dates.DAY, "week": dates.WEEK, "weekend": dates.WEEK,
         "fortnight": dates.WEEK, "month": dates.MONTH, "quarter": dates.QUARTER,
         "season": dates.SEASON, "year": dates.YEAR, "decade": dates.DECADE,
         "century": dates.CENTURY, "half": dates.HALF}


def duration_value(n: float | None, unit: str) -> str:
    """'P3Y', 'PT5H', 'P2Y6M', 'PXD' for n units."""
    designator, timepart, _ = lexicon().units[unit]
    t = "T" if timepart else ""
    if n is None:
        return f"P{t}X{designator[:1] if designator != 'WE' else 'D'}"
    if designator == "E":
        return p_value(n * 10, "Y", "")
    if designator == "C":
        return p_value(n * 100, "Y", "")
    if designator == "L":
        return p_value(n * 1000, "Y", "")
    if designator == "W2":
        return p_value(n * 2, "W", "")
    if designator == "WE":  # TIMEX3 has no weekend unit: a weekend lasts two days
        return p_value(n * 2, "D", "")
    return p_value(n, designator, t)


SMALLER_UNIT = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "M"),
            "Q": (3, "M")}


def p_value(n: float, designator: str, t: str) -> str:
    whole = int(n)
    if n == whole:
        return f"P{t}{whole}{designator}"
    if t and designator == "M":  # minutes, not months
        return f"PT{whole}M{round((n - whole) * 60)}S" if whole else f"PT{round(n * 60)}S"
    if designator in SMALLER_UNIT:
        k, smaller = SMALLER_UNIT[designator]
        rest = round((n - whole) * k)
        if designator in ("D",):
            return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
        t2 = "T" if t or designator == "H" else ""
        head = f"{whole}{designator}" if whole else ""
        return f"P{t2}{head}{rest}{smaller}"
    return f"P{t}{n:g}{designator}"


def word_end(ctx: Ctx, pos: int) -> int:
    """Extend pos over an ordinal suffix ("5th")."""
    while pos < len(ctx.low) and ctx.low[pos].isalpha():
        pos += 1
    return pos


def date_found(m: M, ctx: Ctx, value: str, how: str, mod: str | None = None,
                start: int | None = None, end: int | None = None, typ: str = "DATE",
                span: tuple[date, date, str] | None = None) -> list[Found]:
    s = m.start if start is None else start
    e = m.end if end is None else end
    return [Found(s, e, typ, value, mod, f"'{ctx.text[s:e]}' {how}", span)]


_NOUN_LINKS = frozenset(["on", "of", "for", "set", "slated", "scheduled"])


def _after_event_noun(ctx: Ctx, start: int) -> bool:
    """A day that dates a scheduled event named just before it ('eight days before the
    general election on May 1', 'a launch date of April 12') belongs to that noun, not to
    the clause's past verb ('published', 'warned')."""
    words = re.findall(r"[a-z][a-z-]*", ctx.prev_text(start, 40))[-2:]
    if len(words) != 2 or words[1] not in _NOUN_LINKS:
        return False
    lex = lexicon()
    # any event named as set for a day ('talks set for May 1', 'an agreement for April
    # 17-19'); only a calendar event on or of a day ('the election on May 1': 'held talks
    # on June 20' is past)
    return words[0] in lex.scheduled_nouns or (words[1] in _SET_LINKS
                                               and words[0] in lex.event_nouns)


_SET_LINKS = frozenset(["for", "set", "slated", "scheduled"])


def _before_event_noun(ctx: Ctx, end: int) -> bool:
    """'the December 15 poll', 'after May 1 general elections', 'on April 24 for talks':
    the day names a scheduled event, one word at most between them."""
    words = re.findall(r"[a-z][a-z-]*|[^\sa-z]", ctx.low[end:end + 40])[:2]
    nouns = lexicon().event_nouns
    return bool(words) and (words[0] in nouns or (len(words) == 2 and words[1] in nouns
                                                   and words[0].isalpha()
                                                   and words[0] not in _NOT_BETWEEN))


# words that, between a day and an event noun, make the noun no part of the day's phrase
# ('returned on June 20 after talks', 'on May 1 and talks')
_NOT_BETWEEN = frozenset(["after", "from", "following", "since", "before", "to", "and",
                          "in", "at", "with", "during", "amid", "despite", "or", "but"])


# "the first nine months": a span of months named after the last quarter is the period a
# later "the same period" means, not that quarter
MONTHS_NAMED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})"
                          r"[\s-]+months?\b")

# "tariffs that had been due on Jan. 1", "originally due on March 1": the date a plan was set
# for, which the past verb does not place before the publication date (a day: month names
# alone keep the tense reading)
_DUE_ON = re.compile(r"\bdue\s+(?:on|by)\s+$")
# "tariffs that had been set to take effect on March 1", "talks that were scheduled for May":
# a plan told in the past, whose day may lie on either side of the report
_PAST_PLAN = re.compile(r"\b(?P<aux>had\s+been|was|were)\s+"
                        r"(?P<plan>set|scheduled|slated|due|planned|expected|supposed)\s+"
                        r"(?:to|for|on|in)\b(?P<rest>[^,;.]{0,40})$")
_PARTICIPLE_AFTER = frozenset(["be", "been", "being", "get", "have"])


def plan_told_past(ctx: Ctx, start: int, overtaken: bool = False) -> bool:
    """Is the date the one of a plan told in the past ('talks that were scheduled for May',
    'a bail hearing had been set for Friday', 'was supposed to be airlifted on Friday, but
    rebels blocked it')? Such a plan may lie on either side of the report. `overtaken`: only
    a plan the telling has overtaken, in the pluperfect or with 'supposed' (a 'was due to
    arrive on Friday' mostly reports a plan still ahead). Not when a past verb follows the
    plan words ('the plan that was supposed to show progress ran out on Sunday': the running
    out dates it; 'to be airlifted' is a participle, no past verb)."""
    m = _PAST_PLAN.search(ctx.prev_text(start, 60))
    if m is None or (overtaken and not m.group("aux").startswith("had")
                     and m.group("plan") != "supposed"):
        return False
    words = m.group("rest").split()
    return not any(is_past_word(w) and (i == 0 or words[i - 1] not in _PARTICIPLE_AFTER)
                   for i, w in enumerate(words))


_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|\n")
_PERFECT = frozenset(["has", "have", "'s", "'ve"])
_WORD = re.compile(r"[a-z']+")


def overtaken_in_past(ctx: Ctx, end: int) -> bool:
    """Does the rest of the sentence tell, in the simple past, what became of the plan ('which
    had been set for Tuesday, was postponed'; 'on Friday, but rebels blocked the move')? Then
    its day has gone by. A present perfect ('has been put off') or a reporting verb ('Khairy
    told AFP') leaves the nearest day."""
    rest = ctx.low[end:end + 200]
    if stop := _SENTENCE_END.search(rest):
        rest = rest[: stop.start()]
    words = _WORD.findall(rest)
    neutral = lexicon().neutral_cues
    for i, w in enumerate(words):
        if w in _PERFECT or w in neutral:
            return False
        if is_past_word(w) and not any(x in _PERFECT for x in words[max(0, i - 3):i]):
            return True
    return False


# "officials said the tariffs would take effect on Sept. 1", "which Trump had said would
# take effect on Nov. 1": 'would' (not 'would have') governing the date, no clause break
_WOULD = re.compile(r"(?P<head>[^;:.\"]{0,60})\bwould\s+(?!have\b)(?P<rest>[^,;:.\"]{0,40})$")
_RELATIVE = frozenset(["which", "who"])


def reported_future(ctx: Ctx, start: int) -> bool:
    """Is the date that of a future told from the past ('officials said the tariffs would take
    effect on Sept. 1'; 'the tariffs, which Trump had said would take effect on Nov. 1, were
    delayed')? The saying lies some way back, so the date may lie on either side of the
    report, not only ahead (nor, for the relative clause, only behind as the main clause's
    past): it has gone by when it is much nearer back (Sept. 1 told on Oct. 15), else it is
    ahead, as the saying itself is mostly the news ('said a memorial service would take
    place on August 31', told in December: the next one). 'would' must follow a past
    reporting verb or open a who/which clause ('that would' too), with no past verb after it
    before the date."""
    before = ctx.prev_text(start, 100)
    # (every match holds `would`: most dates have none before them, told without the
    # search, which tries each of the 100 positions)
    m = _WOULD.search(before) if "would" in before else None
    if m is None:
        return False
    words = m.group("rest").split()
    if any(is_past_word(w) and (i == 0 or words[i - 1] not in _PARTICIPLE_AFTER)
           for i, w in enumerate(words)):
        return False
    head = _WORD.findall(m.group("head").rsplit(",", 1)[-1])
    neutral = lexicon().neutral_cues
    return (head[-1:] == ["that"] or any(w in _RELATIVE for w in head[:2])
            or any(w in neutral and (is_past_word(w) or w in ("said", "told", "wrote"))
                   for w in head))


def planned_in_past(ctx: Ctx, start: int) -> bool:
    """Is the date that of an act a past plan verb governs through a to-infinitive ('agreed
    to meet on April 18', 'committed the two governments to meet in Beijing on April 18',
    'promised to end the privileges at the end of May')? Like a reported future, it may lie
    on either side of the report. (pick_year asks only for a clause read as past or for a
    day: 'agreed to meet in April', told in July, stays next April, while 'pledged to issue
    it by Nov. 21', told on Nov. 24, has gone by.) The word after 'to' must be a lower-case
    word that is no function word, determiner or pronoun ('agreed to a truce'); the plan
    verb must lie in the date's own sentence and clause ('agreed to a truce over dinner. In
    January the Justice Department charged ...'); no past verb may stand between it and the
    date ('agreed to talks that began in May')."""
    text = ctx.prev_text(start, 100)
    breaks = [m.end() for m in _SENTENCE_END.finditer(text)]
    cut = max(text.rfind(","), text.rfind(":"), text.rfind('"'), breaks[-1] - 1 if breaks else -1)
    text = text[cut + 1:]
    to = text.rfind(" to ")
    if to < 0:
        return False
    before = _WORD.findall(text[:to])[-4:]
    after = _WORD.findall(text[to + 4:])
    lex = lexicon()
    if (not after or after[0] in _FUNCTION_WORDS or not may_open_infinitive(after[0])
            or not any(w in lex.plan_verbs for w in before)):
        return False
    first = start - len(text) + to + 4
    if not ctx.text[first:first + 1].islower():
        return False
    return not any(is_past_word(w) for w in after)


def pick_year(ctx: Ctx, month: int, day: int | None, start: int, end: int) -> int | None:
    """Year of an undated month (and day): the clause's tense, else the likelier neighbour.

    Past and future readings are compared by distance from the publication date; news looks
    back more than forward, so the future one must be at most half as far to win. A date
    right after a target word ("to Nov. 16", "the Jan. 14 deadline") ignores past cues.
    """
    ref = ctx.ref(dates.MONTH) if day is None else ctx.ref(dates.DAY) or ctx.ref(dates.MONTH)
    if ref is None:
        return ctx.dct.year if ctx.dct is not None and ctx.dct.month is None else None
    tense = ctx.tense(start, end)
    lex = lexicon()
    if tense == PAST and (ctx.prev_word(start) in lex.target_words
                          or (day is not None and _DUE_ON.search(ctx.prev_text(start, 12)))
                          or (day is not None and _before_event_noun(ctx, end))
                          or (day is not None and _after_event_noun(ctx, start))
                          or plan_told_past(ctx, start)):
        tense = None  # "the Jan. 14 deadline", "vetted candidates for the December 15 poll"
    if tense == FUTURE and ctx.prev_word(start) == "the" and attributive(ctx, end):
        tense = None  # "donate to the victims of the October earthquake": a known event
    if tense == FUTURE:
        earlier = future_seen_from(ctx, start, ref)
        if earlier is not None:
            first = safe_date(earlier.start.year, month, day or 1)
            return earlier.start.year if first > earlier.start else earlier.start.year + 1
    told_ahead = ((tense is not None and reported_future(ctx, start))
                  or ((tense == PAST or day is not None) and planned_in_past(ctx, start)))
    exact = day is not None and ctx.dct is not None and ctx.dct.day is not None
    y = ref.year
    if exact:
        try:
            this = date(y, month, day or 1)
        except ValueError:
            this = date(y, month, 28)
        if this == ref:
            return y
        if this < ref:
            past_gap = (ref - this).days
            fut = safe_date(y + 1, month, day or 1)
            fut_gap = (fut - ref).days
            past_year, fut_year = y, y + 1
        else:
            fut_gap = (this - ref).days
            past = safe_date(y - 1, month, day or 1)
            past_gap = (ref - past).days
            past_year, fut_year = y - 1, y
    else:
        if month == ref.month:
            return y
        if month < ref.month:
            past_gap, fut_gap, past_year, fut_year = ref.month - month, 12 - ref.month + month, \
                y, y + 1
        else:
            fut_gap, past_gap, past_year, fut_year = month - ref.month, 12 - month + ref.month, \
                y - 1, y
    if told_ahead:  # a future told from the past: gone by only if a third as far as ahead
        return past_year if 3 * past_gap <= fut_gap else fut_year
    if tense == PAST:
        return past_year
    if tense == FUTURE:
        return fut_year
    return fut_year if 2 * fut_gap <= past_gap else past_year


_FUTURE_IN_PAST = re.compile(r"\b(?:would(?!\s+have)|(?:was|were)\s+(?:due\s+)?to|[a-z]+ed\s+to)"
                             r"\s+[a-z]|\bahead\s+of\b")
_WILL = re.compile(r"\b(?:will|shall)\b|'ll\b")


_FUNCTION_WORDS = frozenset(["of", "and", "or", "to", "through", "until", "till", "when",
                             "that", "which", "is", "was", "are", "were", "in", "on", "at",
                             "for", "by", "with", "from", "as", "will", "would", "has", "had"])


def attributive(ctx: Ctx, end: int) -> bool:
    """Is the date a modifier of a common noun that is not a scheduled event ('the October
    earthquake')? Such a noun names something that happened, whatever the clause plans."""
    nxt = ctx.next_word(end)
    lex = lexicon()
    return (nxt.isalpha() and nxt not in _FUNCTION_WORDS and nxt not in lex.event_nouns
            and ctx.low.startswith(" " + nxt, end) and ctx.text[end + 1:end + 2].islower())


def safe_date(y: int, month: int, day: int) -> date:
    try:
        return date(y, month, day)
    except ValueError:
        return date(y, month, 28)


def future_seen_from(ctx: Ctx, start: int, ref: date) -> Point | None:
    """A past day or month named earlier in the sentence that a future-in-the-past looks
    from ("announced on Dec. 15 that ties would begin on January 1"): the date then falls
    after it, not after the publication date. 'will' keeps the publication date."""
    earlier = ctx.anchor_in_sentence(start)
    if earlier is None or earlier.start >= ref or earlier.gran not in (dates.DAY, dates.MONTH):
        return None
    if not _FUTURE_IN_PAST.search(ctx.low, ctx.anchor_end, start) or _WILL.search(
            ctx.low, ctx.anchor_end, start):
        return None
    return earlier


def tense_words(ctx: Ctx, start: int, end: int) -> str:
    t = ctx.tense(start, end)
    ref = ctx.ref(dates.DAY) or ctx.ref(dates.MONTH)
    if t == FUTURE and ref is not None and (seen := future_seen_from(ctx, start, ref)):
        return f"future seen from {seen.value()} earlier in the sentence"
    return f"{t} tense" if t else "no tense cue, nearest"


def year_from_words(text: str) -> int | None:
    lex = lexicon()
    w = re.split(r"[\s-]+", text.strip())
    if w[:2] == ["two", "thousand"]:
        rest = [x for x in w[2:] if x != "and"]
        n = sum(int(lex.cardinals[x]) for x in rest if x in lex.cardinals)
        return 2000 + n
    head = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}.get(w[0])
    if head is None:
        return None
    rest = [x for x in w[1:] if x != "oh"]
    if rest == ["hundred"]:
        return head
    n = sum(int(lex.cardinals[x]) for x in rest if x in lex.cardinals)
    return head + n if 0 < n < 100 else None


YEAR_PREPS = frozenset(["in", "since", "by", "until", "till", "of", "from", "during", "before",
                         "after", "between", "and", "to", "through", "early", "late", "mid",
                         "for", "around", "circa", "about", "spring", "summer", "autumn", "fall",
                         "winter", "year", "the", "or", "as", "than", "at", "on", "into",
                         "fiscal", "calendar", "throughout", "over", "beyond", "till", "with"])


QUARTER_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
       "4th": 4, "final": 4, "last": 4}


def relative_year(word: str | None, ctx: Ctx) -> int | None:
    if ctx.dct is None or not word:
        return None
    w = word.split()[0].replace("'s", "")
    return ctx.dct.year + {"this": 0, "last": -1, "next": 1, "the": 0}.get(w, 0)

def yesterday_named(ref: date, wd: int) -> bool:
    """Is ISO weekday wd the day before ref? ('last Tuesday' told on a Wednesday names
    the Tuesday of the week before: a writer calls the day before 'Tuesday'.)"""
    return (ref.isoweekday() - wd) % 7 == 1


def weekday_date(ref: date, wd: int, mode: str) -> date:
    """mode: on_or_before, before, week_before (a week further back), on_or_after, after,
    same_week."""
    delta = (ref.isoweekday() - wd) % 7
    if mode == "week_before":
        return ref - timedelta(days=(delta or 7) + 7)
    if mode == "on_or_before":
        return ref - timedelta(days=delta)
    if mode == "before":
        return ref - timedelta(days=delta or 7)
    ahead = (wd - ref.isoweekday()) % 7
    if mode == "on_or_after":
        return ref + timedelta(days=ahead)
    if mode == "after":
        return ref + timedelta(days=ahead or 7)
    return ref + timedelta(days=wd - ref.isoweekday())
