"""Each trigger's stretch of its sentence: the words up to the next trigger, a verb's
subject back to the clause break (`… and Tsai met`), a noun's possessor (`Xie Feng's
arrival`), and where a clause starts, an agent is the trigger's own, or a quotation
holds it. Split out of clauses.py, which finds and joins the triggers."""

from __future__ import annotations

import re

from usc_timeline.merge import family
from usc_timeline.model import MEASURE_OR_OTHER
from usc_timeline.text import Sentence

from .clauses import GAP_BREAK
from .context import (
    NOT_IN_AN_APPOSITION,
    Context,
    Trigger,
    all_timexes,
    usable_timexes,
    word_matches,
    words,
)
from .guarded import Guarded
from .premodified import premodifier_date
from .relatives import relative_subject
from .subordinate import other_clause

_BREAK = re.compile(r"[,;:()\u2014]|\b(?:and|but|after|before|when|while|as|because|which|who|"
                    r"that|although|then|whose)\b", re.IGNORECASE)


_PREMODIFIER_GAP = re.compile(
    r"(?:['’]s)?\s+(?:(?!(?:at|in|on|to|for|with|from|by|of|a|an|the|and|or|as|during|after|"
    r"before|since|until|amid|over|his|her|their)\b)[\w-]+\s+){0,3}",
    re.IGNORECASE)


# a verb right before the phrase of a dated event it took place in or at
_HELD_IN = re.compile(r"\s+(?:in|at|during)\s+(?:the|a|an|its|their|his|her)\s+",
                      re.IGNORECASE)


_AT_GATHERING = Guarded(re.compile(r"\b(?:see|meet|meeting|join|joins|joined|attend|attends)\s+"
                                   r"(?:[\w.'’-]+\s+){0,5}at\s+(?:the\s+|a\s+|this\s+|next\s+)?"
                                   r"(?:[\w-]+\s+){0,4}$", re.IGNORECASE),
                        ("see", "meet", "join", "attend"))


def _at_gathering(ctx: Context, floor: int, at: int) -> bool:
    """`to see Xi Jinping at the G20 summit` right before `at`."""
    return _AT_GATHERING.search(ctx, max(floor, at - 60), at) is not None


def segments(ctx: Context, sent: Sentence, triggers: list[Trigger]) -> int:
    """Give each trigger its stretch of the sentence; return where the shared subject
    region (sentence start to the first trigger) ends.

    A trigger owns the words after it up to the next trigger; a verb also owns its
    subject back to the last clause break (`… and Tsai met`), and a noun its possessor
    (`Xie Feng's arrival`)."""
    for i, trig in enumerate(triggers):
        trig.seg_start = trig.start
        trig.seg_end = triggers[i + 1].start if i + 1 < len(triggers) else sent.end
    for i, trig in enumerate(triggers):
        floor = max(triggers[i - 1].end if i > 0 else sent.start, trig.floor)
        new_start = None
        if trig.verb and i > 0:
            new_start = clause_start(ctx, floor, trig.start)
            if new_start is None and trig.kind in _ENCOUNTERS and _reporting(triggers[i - 1]):
                # `Tokyo said Kishida met Yoon`: a reported clause with no `that`, whose
                # subject comes right after the reporting verb
                new_start = _reported_subject(ctx, floor, trig.start)
            if new_start is None:
                # `returned the hospitality Mr. Biden received in China`: the subject of
                # a relative clause whose object is the noun before it
                new_start = _relative_subject(ctx, floor, trig.start)
        elif not trig.verb:
            new_start = _possessor_start(ctx, floor, trig.start)
            named = premodifier_date(ctx, floor, trig.start)
            if named is not None and not (i > 0 and triggers[i - 1].verb and _HELD_IN.fullmatch(
                    ctx.text, triggers[i - 1].end, named.start)):
                # `build on the Oct. 7 export controls`: the date is the noun's, not
                # the stretch of the trigger before it (but a verb done in or at the
                # event shares its day: `agreed in the Aug. 15 accord`); its owner stands
                # before the date (`China's Jan. 11 missile test`)
                owner = _possessor_start(ctx, floor, named.start)
                opens = named.start if owner is None else owner
                new_start = opens if new_start is None else min(opens, new_start)
            verb_at = min((a for a, _ in trig.extra), default=trig.start)
            if i > 0 and verb_at < trig.start and not trig.reported:
                # `After the talks ended, Beijing announced tariffs`: a noun that took over
                # the verb of announcing before it has that verb's subject, back to its
                # clause's start (one that took over `said` does not: the speaker)
                said = clause_start(ctx, triggers[i - 1].end, verb_at)
                if said is not None:
                    new_start = said if new_start is None else min(said, new_start)
            held = _support_start(ctx, floor, trig) if i > 0 else None
            if held is not None:
                # `… warned of consequences if Kishida makes a visit to …`: the noun's
                # event is done by the support verb's subject
                new_start = held if new_start is None else min(held, new_start)
            if family(trig.kind) == "meeting" and _at_gathering(ctx, floor, trig.start):
                # `… expects to see Xi Jinping at the G20 summit`: who is to be seen at a
                # gathering attends it; the clause is its stretch.
                start = clause_start(ctx, floor, trig.start)
                start = floor if start is None else start
                new_start = start if new_start is None else min(start, new_start)
        if new_start is not None and new_start < trig.seg_start:
            trig.seg_start = new_start
            if i > 0:
                triggers[i - 1].seg_end = min(triggers[i - 1].seg_end, new_start)
    for trig in list(triggers):
        if trig.kind in _ENCOUNTERS:
            _split_list(ctx, triggers, trig)
    for trig in triggers:
        if trig.kind in _ENCOUNTERS and (not trig.verb or _TO_BEFORE.search(
                ctx.text, max(0, trig.start - 4), trig.start)):
            # `the first president to visit China since Bush in 1989`, `the first talks
            # since 2019`: the since-clause is another encounter, with its own people and
            # date (but `under sanctions since 2018` is when the measure began)
            since = _SINCE.search(ctx, trig.end, trig.seg_end)
            if since is not None:
                trig.seg_end = since.start()
        if trig.kind in _ENCOUNTERS:
            # `visit the Great Wall before he leaves for Seoul`: where he goes next is
            # no place of the visit
            onward = _ONWARD.search(ctx.text, trig.end, trig.seg_end)
            if onward is not None:
                trig.seg_end = onward.start()
    for trig in triggers:
        # `The drills were announced on April 8, a day after Ms. Tsai had returned to
        # Taipei`: a clause with a subject and verb of its own tells another event
        other = other_clause(ctx, trig, sent.end)
        if other is not None:
            trig.seg_end, trig.other_verb = min(trig.seg_end, other.subject), other.verb
    for trig in triggers:
        close = _aside_close(ctx, sent, trig)
        if close is not None:
            trig.seg_end = min(trig.seg_end, close)
    return triggers[0].seg_start if triggers else sent.end


_ASIDE_OPEN = Guarded(re.compile(r",\s*(?:who|which|whose)\b[^,;()]*$", re.IGNORECASE), "wh")
# `Doha, Qatar,`: a place and its country, whose commas are not the aside's end
_PLACE_PAIR = re.compile(r",\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,")
_CAPITALISED_END = re.compile(r"\b[A-Z][\w.'’-]*$")
_NAME_NEXT = re.compile(r"\s+(?:and\s+|or\s+)?[A-Z]")
# `The document, which officials are calling the Shanghai Communique, was issued`: an
# aside that names the main clause's subject; its trigger is that subject.
_NAMING = re.compile(r"\b(?:call|calls|called|calling|dubbed|named|known as|termed)\b",
                     re.IGNORECASE)


def _aside_close(ctx: Context, sent: Sentence, trig: Trigger) -> int | None:
    """Where the `, who/which …,` aside holding the trigger closes: its dates are the
    aside's own (`X, who arrived on Oct. 26 for a state visit, flies home on Sunday`:
    Sunday is the main clause's, not the visit's). None if the trigger is in no aside
    or the aside runs to the sentence's end."""
    lo = max(sent.start, trig.start - 160)
    aside = _ASIDE_OPEN.search(ctx, lo, trig.start)
    if aside is None or _NAMING.search(ctx.text, aside.start(), trig.start):
        return None
    dates = all_timexes(ctx, trig.end, sent.end)
    at = trig.end
    while True:
        comma = ctx.text.find(",", at, sent.end)
        if comma < 0:
            return None
        inside = [t for t in dates if t.start <= comma < t.end]
        if inside:  # (`Oct. 26, 1997`: the date's own comma)
            at = inside[0].end
            continue
        if _CAPITALISED_END.search(ctx.text, max(at, comma - 30), comma):
            pair = _PLACE_PAIR.match(ctx.text, comma)
            if pair is not None:  # (`in Doha, Qatar, on November 10`)
                at = pair.end()
                continue
        if _NAME_NEXT.match(ctx.text, comma + 1):
            # (`with Mr. Perry, Mr. Christopher`, `with his wife, Zhuo Lin, and Huang Hua`:
            # a list or apposition; the main clause goes on with its verb)
            at = comma + 1
            continue
        return comma


# One encounter told of several times: `met in Vienna in May, in Malta last September
# and in Bangkok in January`; `after Bali in November 2022 and Woodside, California, in
# November last year` (earlier instances of the event named).
_ITEM_LEAD = re.compile(r"\b(in|at|after|since|following)\s+", re.IGNORECASE)
_ITEM_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:in|at)\s+)?", re.IGNORECASE)
_PLACE_DATE = re.compile(r"\s*,?\s*(?:(?:in|on|during)\s+)?", re.IGNORECASE)
_PLACE_PLACE = re.compile(r"\s*,\s*")


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")


class _Span:
    __slots__ = ("end", "start")

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


def _list_items(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each strictly parallel `PLACE DATE` item from `start`: one
    place (or a place and its region) then one date, items joined by commas or `and`."""
    spans = {(f.start, f.end) for f in ctx.entities.between(start, end) if f.place is not None}
    # (`after Bali …`: a region or island not after `in` is no venue to entity finding)
    spans |= {(m.start(), m.end()) for m in _CAPITALISED.finditer(ctx.text, start, end)
              if ctx.lexicon.place_by_name(m.group()) is not None}
    places = [_Span(a, b) for a, b in sorted(spans)]
    dates = usable_timexes(ctx, start, end)
    items: list[tuple[int, int]] = []
    pos, p, d = start, 0, 0
    while p < len(places) and d < len(dates):
        first = places[p]
        gap = ctx.text[pos:first.start]
        if items and not _ITEM_JOIN.fullmatch(gap):
            break
        if not items and gap.strip():
            break
        last = first
        if p + 1 < len(places) and places[p + 1].start < dates[d].start and \
                _PLACE_PLACE.fullmatch(ctx.text, last.end, places[p + 1].start):
            p += 1
            last = places[p]  # `Woodside, California`
        if dates[d].start < last.end or \
                not _PLACE_DATE.fullmatch(ctx.text, last.end, dates[d].start):
            break
        items.append((first.start, dates[d].end))
        pos, p, d = dates[d].end, p + 1, d + 1
    return items


def _split_list(ctx: Context, triggers: list[Trigger], trig: Trigger) -> None:
    """One trigger per item of a parallel list of dated places after it; the trigger
    keeps the first item (`in …`), or none of them (`after …`: earlier instances)."""
    lead = _ITEM_LEAD.search(ctx.text, trig.head_end, trig.seg_end)
    if lead is None:
        return
    at = lead.start(1)
    between = ctx.text[trig.head_end:at]
    if re.search(r"[;:()]", between) or "," in between.rstrip(" ,"):
        return  # the list must follow the trigger's own words (`met Wang in …`)
    items = _list_items(ctx, lead.end(), trig.seg_end)
    if len(items) < 2:
        return
    earlier = lead.group(1).casefold() not in ("in", "at")
    clones = []
    for k, (start, end) in enumerate(items):
        if k == 0 and not earlier:
            trig.seg_end = min(trig.seg_end, end)
            continue
        clone = Trigger(trig.start, trig.end, trig.first, trig.last, trig.spec, trig.verb,
                        trig.text, start, end, list(trig.extra), trig.head_end)
        clones.append(clone)
    if earlier:
        trig.seg_end = min(trig.seg_end, at)
    where = triggers.index(trig) + 1
    triggers[where:where] = clones


_SINCE = Guarded(re.compile(r"\bsince\b", re.IGNORECASE), "since")
# `before he leaves for Seoul`, `before they fly on to Tokyo`, `before flying on to
# Ireland`: the next leg of a journey (not `before he leaves on Saturday`: the stay's end,
# no place)
_ONWARD = re.compile(r"\bbefore\s+(?:(?:he|she|they|we)\s+(?:leaves?|left|flies|fly|flew|heads?|"
                     r"headed|travels?|travell?ed|departs?|departed|goes|go|went|moves?|"
                     r"moved|continues?|continued|returns?|returned)|leaving|flying|heading|"
                     r"travell?ing|departing|going|moving|continuing|returning)\s+"
                     r"(?:on\s+|back\s+)?(?:for|to)\b", re.IGNORECASE)
_ENCOUNTERS = frozenset({"meeting", "talks", "summit", "visit", "call"})
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)


_NO_SUBJECT = re.compile(r"\s*(?:(?:was|were|is|are|has|have|had|been|be|also|then|later|"
                         r"not|just|quickly)\s+)*", re.IGNORECASE)
_AND = re.compile(r"\b(?:and|but)\b", re.IGNORECASE)


# A strong clause break: `[,;:()—]|\b(?:but|after|…|as)\b`, ignoring case, in the form
# `word_matches` runs
_STRONG_BREAK = re.compile(r",|;|:|\(|\)|\u2014|(?:but|after|before|when|while|because|"
                                 r"which|who|whom|that|although|then|whose|since|as)\b")


def clause_start(ctx: Context, floor: int, at: int) -> int | None:
    """Where a verb's clause starts: after the last strong break (comma, `since`,
    `when` …) between the previous trigger and the verb, else after the first `and`."""
    text = ctx.text
    strong = word_matches(ctx, _STRONG_BREAK, floor, at)
    if strong and _NO_SUBJECT.fullmatch(text, strong[-1].end(), at) and len(strong) >= 2:
        # `…, and the firm's chief, Meng Wanzhou, was arrested`: past the apposition,
        # the clause starts at its `and`.
        joins = list(_AND.finditer(text, floor, at))
        if joins:
            return joins[-1].end()
        opening = text.rfind(",", floor, strong[-1].start())
        if strong[-1].group() == "," and opening >= 0 and \
                _appositive(text[opening + 1:strong[-1].start()]):
            # `when Mr. Xi, then vice president, visited`: the subject is before the
            # apposition
            before = [m for m in strong if m.end() <= opening]
            return before[-1].end() if before else floor
    if strong:
        return strong[-1].end()
    weak = _BREAK.search(text, floor, at)
    return weak.end() if weak is not None else None


def _appositive(inner: str) -> bool:
    """Whether the words between two commas are a short apposition (`then vice
    president`, `China's top security official`)."""
    return 0 < len(inner.split()) <= 6 and not NOT_IN_AN_APPOSITION.search(inner)


# Verbs whose object noun names the event their subject takes part in: `makes a visit`,
# `goes ahead with a possible visit`, `held talks` (up to three words between: `a
# possible`, `his first`).
_SUPPORT_VERBS = words("""make makes made making pay pays paid paying hold holds held holding
    began begin begins beginning led lead leads leading stage stages staged staging
    conduct conducts conducted conducting""")
_SUPPORT_WORDS = _SUPPORT_VERBS | {"with"}  # (`went ahead with`)
# (`staged two days of drills`, `held a second round of talks`: a measure of the event,
# then `of`, may come between)
_SUPPORT = re.compile(r"\b(?:(?:go|goes|went|going|gone) ahead with|"
                      + "|".join(sorted(_SUPPORT_VERBS)) +
                      r")\s+(?:(?!(?:at|in|on|to|for|with|from|by|of|upon|"
                      r"and|or|as|that|which)\b)[\w'’-]+\s+){0,3}"
                      r"(?:(?:days?|weeks?|rounds?|series|months?)\s+of\s+(?:[\w-]+\s+)?)?$",
                      re.IGNORECASE)
_SUPPORT_GAP = 8  # tokens before a noun trigger where its support verb may stand (three
# words, of up to three tokens each: `long-awaited`, `Xi's`)


def _reporting(trig: Trigger) -> bool:
    """Whether a trigger is a verb of saying (`said`, `told`), whose object may be a
    clause with a subject of its own."""
    return trig.verb and trig.spec.light and trig.kind == "statement"


# what may stand between a reporting verb and the person its clause is about: a weekday,
# `the`, a title (`said on Monday Prime Minister Fumio Kishida met …`)
_REPORTED_GAP = re.compile(r"\s*(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:the\s+)?"
                           r"(?:[A-Z][\w.'’-]*\s+){0,4}")


def _reported_subject(ctx: Context, floor: int, verb: int) -> int | None:
    """The start of a person named right after a reporting verb (`said Prime Minister
    Kishida met …`), or None."""
    found = ctx.entities.between(floor, verb)
    if not found:
        return None
    first = found[0]  # (only the first named may be the clause's subject)
    if first.end <= verb and first.kind == "person" and \
            _REPORTED_GAP.fullmatch(ctx.text, floor, first.start):
        return first.start
    return None


def _relative_subject(ctx: Context, floor: int, verb: int) -> int | None:
    """The start of the person right before a verb who is the subject of a relative
    clause with no pronoun (`the hospitality Mr. Biden received in China`), or None."""
    found = relative_subject(ctx.text, ctx.entities, floor, verb)
    return found[0].start if found is not None else None


def _support_start(ctx: Context, floor: int, trig: Trigger) -> int | None:
    """Where the subject of a support verb right before a noun trigger starts (`if
    Kishida makes a visit`: at `Kishida`), or None if no support verb governs the noun
    or its clause names no one. (The verb's words are looked up among the tokens first:
    most nouns have none.)"""
    folded = ctx.tokens.folded
    if _SUPPORT_WORDS.isdisjoint(folded[max(0, trig.first - _SUPPORT_GAP):trig.first]):
        return None
    m = _SUPPORT.search(ctx.text, max(floor, trig.start - 60), trig.start)
    if m is None or GAP_BREAK.search(ctx.text, m.start(), trig.start):
        return None
    return _subject_start(ctx, floor, m.start())


def _subject_start(ctx: Context, floor: int, verb: int) -> int | None:
    """The start of the first actor named in the clause before a verb (from its clause
    break, else from `floor`), or None: only who is named, not the words around (`said
    Tuesday it would hold talks`: Tuesday is the saying's)."""
    start = clause_start(ctx, floor, verb)
    for f in ctx.entities.between(floor if start is None else start, verb):
        if f.actor is not None and f.end <= verb:
            return f.start
    return None


# A measure noun with its own possessor or modifier (`Washington's own duties`, `U.S.
# tariffs`) is that side's.
def own_agent(ctx: Context, triggers: list[Trigger], trig: Trigger) -> bool:
    """Whether a measure noun names its own agent before it (`minutes after Washington's
    own duties came into force`) in a sentence that tells another measure, so it is not
    the sentence subject's (China's tariffs of the same sentence)."""
    if trig.verb or trig.kind not in MEASURE_OR_OTHER or trig.seg_start >= trig.start or \
            not any(t is not trig and t.kind in MEASURE_OR_OTHER for t in triggers):
        return False
    return any(f.actor is not None and f.actor.kind in ("country", "organization")
               and f.end <= trig.start
               for f in ctx.entities.between(trig.seg_start, trig.start))


def _possessor_start(ctx: Context, floor: int, at: int) -> int | None:
    """Start of the person or country right before a noun trigger, as possessor or
    modifier (`Xie Feng's arrival`, `US sanctions`, `a Chinese spy balloon`)."""
    start = None
    for f in ctx.entities.between(max(floor, at - 80), at):
        if f.end > at:
            continue
        if f.actor is None:
            # `the Shanghai Communique`, `the Geneva talks`: a place right before a noun
            if f.place is not None and ctx.text[f.end:at].strip() == "":
                start = f.start if start is None else min(start, f.start)
            continue
        gap = _PREMODIFIER_GAP.fullmatch(ctx.text, f.end, at)
        if gap is not None and not GAP_BREAK.search(ctx.text, f.end, at):
            start = f.start if start is None else min(start, f.start)
    return start




def in_quote(sent: Sentence, at: int) -> bool:
    """Whether a position lies inside quoted speech (curly or straight quotes)."""
    before = sent.text[:max(0, at - sent.start)]
    curly = before.count("“") - before.count("”")
    if curly > 0:
        opening = before.rfind("“")
        close = sent.text.find("”", opening + 1)
    elif before.count('"') % 2 == 1:
        opening = before.rfind('"')
        close = sent.text.find('"', opening + 1)
    else:
        return False
    # `a new "senior dialogue"`: a short quoted name, not quoted speech
    return close < 0 or not _scare_quoted(sent.text, opening, close)


_SPEECH_BEFORE = re.compile(r"(?:\b(?:said|says|say|told|added|called|calling|asked|wrote|"
                            r"warned|declared|stated)\s*,?|[:,])\s*$", re.IGNORECASE)
_QUOTED_VERB = re.compile(r"\b(?:is|are|was|were|will|would|be|been|has|have|had|do|does|"
                          r"did|can|could|should|must|may|might|we|i|you)\b", re.IGNORECASE)


def _scare_quoted(text: str, opening: int, close: int) -> bool:
    """Three words or fewer in quotes, with no verb, not brought in by a speech verb or a
    colon: a name or a term (`a new "senior dialogue"`), read as plain text."""
    inner = text[opening + 1:close]
    return 0 < len(inner.split()) <= 3 and not _QUOTED_VERB.search(inner) and \
        not _SPEECH_BEFORE.search(text, 0, opening)
