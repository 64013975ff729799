"""From one document to its event mentions: triggers, their stretch of the sentence,
and the actors, places, date and status found there."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from usc_timeline.lexicon import Lexicon, default_lexicon
from usc_timeline.merge import family
from usc_timeline.model import Actor, DateSpan, Document, Highlight, Mention, Source
from usc_timeline.text import Sentence, split_sentences

from . import dates as dt
from .entities import (
    ISSUES,
    NAMES,
    TITLES,
    DocEntities,
    Found,
    entity_index,
    find_entities,
    person_actor,
)
from .phrases import Hit, Tokens, tokenize
from .triggers import LAYER, KindSpec, TriggerForm, TriggerLexicon, trigger_lexicon


def _words(text: str) -> frozenset[str]:
    """A word set written as one string, for readable word lists."""
    return frozenset(text.split())


_BREAK = re.compile(r"[,;:()\u2014]|\b(?:and|but|after|before|when|while|as|because|which|who|"
                    r"that|although|then|whose)\b", re.IGNORECASE)
_PRONOUN_START = re.compile(r"^\W*(?:he|she|they|the pair|the talks|the meeting|during|there|"
                            r"the two (?:men|women|leaders|sides|ministers))\b", re.IGNORECASE)
_NOUN_CUES = _words("""the a an its their his her our of on under new lift lifting these those this
    that any further more""")
_HEAD_ROLES = re.compile(r"^(?:President|Premier|Prime Minister|Chancellor|General Secretary|"
                         r"King|Emperor|Chairman)$")
_WILL = re.compile(r"\b(?:will|shall|'ll|’ll|expected to|scheduled to|set to|plans? to)"
                   r"\s+(?:\w+\s+)?$", re.IGNORECASE)


@dataclass
class _Trigger:
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
    floor: int = 0  # its stretch of the sentence starts no earlier than this

    def __post_init__(self) -> None:
        if self.head_end < 0:
            self.head_end = self.end

    @property
    def kind(self) -> str:
        return self.spec.kind


@dataclass(frozen=True)
class _Context:
    document: Document
    text: str
    tokens: Tokens
    token_starts: list[int]
    entities: DocEntities
    timexes: list[Any]
    timex_starts: list[int]
    triggers: TriggerLexicon
    published: DateSpan | None
    lexicon: Lexicon


def _choose_form(hit: Hit, tokens: Tokens) -> TriggerForm:
    forms: list[TriggerForm] = [e.payload for e in hit.entries]
    if len(forms) == 1:
        return forms[0]
    prev = tokens.texts[hit.first - 1] if hit.first > 0 else ""
    want_noun = prev.casefold() in _NOUN_CUES or prev[:1].isupper() or prev.isupper()
    for form in forms:
        if form.verb != want_noun:
            return form
    return forms[0]


def _sentence_triggers(ctx: _Context, sent: Sentence, hits: list[Hit]) -> list[_Trigger]:
    words: set[str] | None = None
    out: list[_Trigger] = []
    for hit in hits:
        form = _choose_form(hit, ctx.tokens)
        if form.context:
            if words is None:
                lo = bisect_left(ctx.token_starts, sent.start)
                hi = bisect_left(ctx.token_starts, sent.end)
                words = {t.casefold() for t in ctx.tokens.texts[lo:hi]}
            if not words & form.context:
                continue
        if form.spec.kind == "meeting" and _not_a_meeting(ctx.tokens, hit):
            continue
        out.append(_Trigger(hit.start, hit.end, hit.first, hit.last, form.spec, form.verb,
                            ctx.text[hit.start:hit.end]))
    return _combine(ctx, out)


_MEETING_WORDS = _words("met meet meets meeting")
_MET_OK = _words("""with in on at for again twice privately briefly separately face here there
    last this and the his her their its our president premier prime leader leaders
    minister ministers counterpart counterparts officials envoy secretary""")
_DETERMINERS = _words("a an the its their his her our this these those")
_GERUND_BEFORE = _words("for by in of at without after before while when on")


def _not_a_meeting(tokens: Tokens, hit: Hit) -> bool:
    """`the election met international standards`, `for meeting a challenge`: other
    senses of meet. A meeting has someone to meet: a name soon after, or `with` …"""
    word = tokens.texts[hit.first].casefold()
    if hit.last - hit.first != 1 or word not in _MEETING_WORDS or hit.last >= len(tokens):
        return False
    nxt = tokens.texts[hit.last].casefold()
    after = tokens.texts[hit.last + 1] if hit.last + 1 < len(tokens) else ""
    if word == "meeting":
        prev = tokens.texts[hit.first - 1].casefold() if hit.first > 0 else ""
        return prev in _GERUND_BEFORE and nxt in _DETERMINERS and after[:1].islower() \
            and after.casefold() not in _MET_OK
    if nxt in _MET_OK or tokens.starts[hit.last] - tokens.ends[hit.first] > 1:
        return False
    return not any(w[:1].isupper() for w in tokens.texts[hit.last:hit.last + 4])


def _gap_words(ctx: _Context, a: _Trigger, b: _Trigger) -> int:
    return max(0, b.first - a.last)


_GAP_BREAK = re.compile(r"[,;:()\u2014]|\b(?:and|but|which|who|that|while|although)\b",
                        re.IGNORECASE)
_CAUSE = re.compile(r"\b(?:due to|because|after|over|amid|following|since|caused|led to|"
                    r"stemming|in protest|in retaliation|in response|protest)\b", re.IGNORECASE)


def _clean_gap(ctx: _Context, a: _Trigger, b: _Trigger) -> bool:
    """No clause break between two triggers (`of`, `for`, `to` are fine)."""
    return not _GAP_BREAK.search(ctx.text, a.end, b.start)


def _join(a: _Trigger, b: _Trigger, keep: _Trigger, *, widen: bool = True) -> _Trigger:
    """`keep` takes over `other`; a light (reporting) word does not widen its stretch."""
    other = b if keep is a else a
    keep.extra.append((other.start, other.end))
    keep.extra.extend(other.extra)
    sep = " " if b.first == a.last else " … "
    keep.text = f"{a.text}{sep}{b.text}"
    if not widen and other.start < keep.start:
        keep.floor = max(keep.floor, other.end)
        keep.reported = keep.reported or other.kind == "statement"
    if widen:
        keep.verb = keep.verb or other.verb
        if keep is b:
            keep.head_end = max(keep.head_end, keep.end)
        keep.start, keep.end = min(a.start, b.start), max(a.end, b.end)
        keep.first, keep.last = min(a.first, b.first), max(a.last, b.last)
    return keep


def _combine(ctx: _Context, triggers: list[_Trigger]) -> list[_Trigger]:
    """One trigger where several words name one event: `cancellation of his visit`,
    `announced a ban`, `spy balloon was spotted`."""
    changed = True
    while changed:
        changed = False
        for i in range(len(triggers) - 1):
            a, b = triggers[i], triggers[i + 1]
            gap = _gap_words(ctx, a, b)
            merged: _Trigger | None = None
            if not _clean_gap(ctx, a, b):
                continue
            sa, sb = a.spec, b.spec
            causal = _CAUSE.search(ctx.text, a.end, b.start) is not None
            if sa.absorbs and not a.absorbed and not sb.absorbs and not sb.light \
                    and gap <= 12 and not causal:
                merged = _join(a, b, a)
                merged.absorbed, merged.inner = True, b.kind
            elif sb.absorbs and not b.absorbed and not sa.absorbs and not sa.light \
                    and gap <= 4 and not causal:
                merged = _join(a, b, b)
                merged.absorbed, merged.inner = True, a.kind
            elif sa.light and not sb.light and (
                    gap <= 3 or (sa.kind == "announcement" and gap <= 6)):
                merged = _join(a, b, b, widen=False)
            elif sb.light and not sa.light and gap <= 2:
                merged = _join(a, b, a, widen=False)
            elif a.kind == b.kind and gap <= 3:
                merged = _join(a, b, a)
            if merged is not None:
                triggers[i:i + 2] = [merged]
                changed = True
                break
    return triggers


_PREMODIFIER_GAP = re.compile(
    r"(?:['’]s)?\s+(?:(?!(?:at|in|on|to|for|with|from|by|of|a|an|the|and|or|as)\b)[\w-]+\s+){0,3}",
    re.IGNORECASE)


def _segments(ctx: _Context, sent: Sentence, triggers: list[_Trigger]) -> int:
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
            new_start = _clause_start(ctx.text, floor, trig.start)
        elif not trig.verb:
            new_start = _possessor_start(ctx, floor, trig.start)
        if new_start is not None and new_start < trig.seg_start:
            trig.seg_start = new_start
            if i > 0:
                triggers[i - 1].seg_end = min(triggers[i - 1].seg_end, new_start)
    return triggers[0].seg_start if triggers else sent.end


_STRONG_BREAK = re.compile(r"[,;:()\u2014]|\b(?:but|after|before|when|while|because|which|"
                           r"who|that|although|then|whose|since|as)\b", re.IGNORECASE)


def _clause_start(text: str, floor: int, at: int) -> int | None:
    """Where a verb's clause starts: after the last strong break (comma, `since`,
    `when` …) between the previous trigger and the verb, else after the first `and`."""
    strong = list(_STRONG_BREAK.finditer(text, floor, at))
    if strong:
        return strong[-1].end()
    weak = _BREAK.search(text, floor, at)
    return weak.end() if weak is not None else None


def _possessor_start(ctx: _Context, floor: int, at: int) -> int | None:
    """Start of the person or country right before a noun trigger, as possessor or
    modifier (`Xie Feng's arrival`, `US sanctions`, `a Chinese spy balloon`)."""
    start = None
    for f in ctx.entities.between(max(floor, at - 80), at):
        if f.actor is None or f.end > at:
            continue
        gap = _PREMODIFIER_GAP.fullmatch(ctx.text, f.end, at)
        if gap is not None and not _GAP_BREAK.search(ctx.text, f.end, at):
            start = f.start if start is None else min(start, f.start)
    return start


_OPEN_QUOTES = "“\""


def _in_quote(sent: Sentence, at: int) -> bool:
    """Whether a position lies inside quoted speech (curly or straight quotes)."""
    before = sent.text[:max(0, at - sent.start)]
    curly = before.count("“") - before.count("”")
    return curly > 0 or before.count('"') % 2 == 1


def _all_timexes(ctx: _Context, start: int, end: int) -> list[Any]:
    i = bisect_left(ctx.timex_starts, start)
    j = bisect_left(ctx.timex_starts, end)
    return ctx.timexes[i:j]


_BARE_YEAR = re.compile(r"\d{4}")
_YEAR_PREPOSITIONS = _words("""in since by from until till of during between and to before
    after early late mid through throughout""")


def _usable_timexes(ctx: _Context, start: int, end: int) -> list[Any]:
    i = bisect_left(ctx.timex_starts, start)
    out = []
    while i < len(ctx.timexes) and ctx.timexes[i].start < end:
        t = ctx.timexes[i]
        if dt.usable(t) and not _modifier_year(ctx.text, t):
            out.append(t)
        i += 1
    return out


def _modifier_year(text: str, timex: Any) -> bool:
    """`update 1978 defense guidelines`: a bare year naming a thing, not dating an event."""
    if not _BARE_YEAR.fullmatch(str(timex.text)):
        return False
    before = text[max(0, timex.start - 20):timex.start].split()
    return not before or before[-1].lower().strip("(,") not in _YEAR_PREPOSITIONS


_RELATIVE = re.compile(r"\b(?:that|which|who|whose|where)\b", re.IGNORECASE)
_COORDINATED = re.compile(r"\s*(?:and|to|through|until|till|or|-|–|—)\s*(?:on\s+)?$",
                          re.IGNORECASE)


def _own_date(ctx: _Context, trig: _Trigger, subject_end: int, sent: Sentence,
              first_content: bool) -> dt.Dated | None:
    """The date in the trigger's own stretch: the first after it (not inside a relative
    clause about something else), else the last before it; else, for the sentence's
    first event, one opening the sentence (`Last month, …`)."""
    inside = _usable_timexes(ctx, trig.seg_start, trig.seg_end)
    limit = trig.seg_end
    for relative in _RELATIVE.finditer(ctx.text, trig.head_end, trig.seg_end):
        if not any(t.start <= relative.start() < t.end for t in inside):  # not `that month`
            limit = relative.start()
            break
    after = [t for t in inside if trig.head_end <= t.start < limit]
    before = [t for t in inside if t.end <= trig.start]
    lead = _usable_timexes(ctx, sent.start, subject_end) if first_content else []
    if after and lead and "," in ctx.text[trig.head_end:after[0].start]:
        after = []  # `In February X postponed it, originally due on March 1, …`
    chosen = after[0] if after else (before[-1] if before else None)
    if chosen is None:
        # `Wednesday's summit`, `this week's talks`
        ahead = _usable_timexes(ctx, max(sent.start, trig.start - 40), trig.start)
        if ahead and re.fullmatch(r"['’]s\s+(?:[\w-]+\s+)?", ctx.text[ahead[-1].end:trig.start]):
            chosen = ahead[-1]
    if chosen is None and lead:
        chosen = lead[-1]
    if chosen is None:
        # `in April, when Trump raised duties`: the time the when-clause describes.
        when = re.search(r",?\s*when\s*$", ctx.text[max(sent.start, trig.seg_start - 12):
                                                       trig.seg_start])
        if when is not None:
            ahead = _usable_timexes(ctx, max(sent.start, trig.seg_start - 60), trig.seg_start)
            if ahead and ctx.text[ahead[-1].end:trig.seg_start].strip(" ,").lower() == "when":
                chosen = ahead[-1]
    if chosen is None:
        return None
    dated = dt.to_dated(chosen, ctx.text)
    # `on Saturday and Sunday`, `from May 10 to 11`: both ends.
    following = _usable_timexes(ctx, chosen.end, min(sent.end, chosen.end + 12))
    if following and _COORDINATED.fullmatch(ctx.text, chosen.end, following[0].start):
        other = dt.to_dated(following[0], ctx.text)
        if other.span.precision == dated.span.precision and other.span.start > dated.span.end \
                and (other.span.start - dated.span.end).days <= 31:
            span = DateSpan(dated.span.start, other.span.end, dated.span.precision)
            dated = dt.Dated(span, ctx.text[chosen.start:following[0].end],
                             f"{dated.how}; through {other.span.label}", chosen.start,
                             following[0].end)
    return dated


def _status(ctx: _Context, trig: _Trigger, sent: Sentence, dated: dt.Dated | None) -> str:
    if trig.spec.status:
        return trig.spec.status
    if trig.kind == "statement" and (dated is None or ctx.published is None
                                     or dated.span.start <= ctx.published.end):
        return "occurred"  # what was said was said, whatever it promises
    tl = ctx.triggers
    lo = bisect_left(ctx.token_starts, max(sent.start, trig.seg_start - 200))
    in_timex = {i for tx in _all_timexes(ctx, sent.start, trig.start)
                for i in range(bisect_left(ctx.token_starts, tx.start),
                               bisect_left(ctx.token_starts, tx.end))}
    window = [ctx.tokens.texts[i].casefold() for i in range(lo, trig.first)
              if ctx.tokens.starts[i] >= sent.start and i not in in_timex]
    # cut at the clause start
    for k in range(len(window) - 1, -1, -1):
        if window[k] in tl.clause_breaks:
            window = window[k + 1:]
            break
    window = window[-tl.window:]
    between = ctx.text[ctx.tokens.starts[lo] if lo < trig.first else trig.start:trig.start]
    if re.search(r"[,;:]\s*\S*\s*$", between) is None:
        cues = tl.planned_cue_set
        found = {tuple(window[k:k + n]) for n in range(1, tl.longest_cue + 1)
                 for k in range(len(window) - n + 1)} & cues
        past = dated is not None and ctx.published is not None and \
            dated.span.end < ctx.published.start
        # `ahead of Wednesday's summit` places the summit after something else, not
        # after publication: a past date wins.
        if found and not (past and found <= {("ahead", "of"), ("upcoming",), ("next",)}):
            return "planned"
    if trig.verb and window[-1:] == ["to"]:
        return "planned"
    if dated is not None and ctx.published is not None:
        if dated.span.start > ctx.published.end:
            return "planned"
        if dated.span.end < ctx.published.start:
            return "occurred"
    if trig.verb:
        return "occurred"
    return "occurred" if dated is not None else "unknown"


def _actors(found: list[Found], day: date | None) -> tuple[list[Actor], list[Found]]:
    """Actors in text order (the order titles rely on: `US sanctions … from Russia`)."""
    actors: dict[str, Actor] = {}
    used: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        if f.actor is None:
            continue
        actor = person_actor(f.person, day) if f.person is not None else f.actor
        key = actor.name
        if key not in actors:
            actors[key] = actor
        used.append(f)
    return list(actors.values()), used


def _summit(kind: str, actors: list[Actor]) -> str:
    if kind not in ("meeting", "talks"):
        return kind
    heads = {a.country for a in actors
             if a.kind == "person" and a.role and _HEAD_ROLES.match(a.role) and a.country}
    return "summit" if len(heads) >= 2 else kind


@dataclass
class _Prev:
    """Dated mentions of the previous sentence, for dates carried over."""

    end: int = -1
    mentions: list[Mention] = field(default_factory=list)
    sentence: Sentence | None = None  # the sentence just before


def _carry(prev: _Prev, ctx: _Context, sent: Sentence, kind: str,
           actors: list[Actor], places: list[str]) -> Mention | None:
    if not prev.mentions or "\n" in ctx.text[prev.end:sent.start]:
        return None
    names = {a.name for a in actors if a.kind == "person"}
    pronoun = _PRONOUN_START.match(sent.text) is not None
    for m in prev.mentions:
        if m.date is None or family(m.kind) != family(kind):
            continue
        prev_people = {a.name for a in m.actors if a.kind == "person"}
        if places and m.places and not set(places) & set(m.places):
            continue
        if names & prev_people or set(places) & set(m.places) or pronoun or not prev_people:
            return m
    return None


def extract_mentions(document: Document, lexicon: Lexicon | None = None) -> list[Mention]:
    """Every event mention of a document, in text order."""
    from usc_timeline.timex import find_timexes

    lex = lexicon if lexicon is not None else default_lexicon()
    text = document.text
    published = document.published.span if document.published else None
    dct = document.published.value if document.published else None
    day = published.start if published else None
    tokens = tokenize(text)
    index = entity_index(lex)
    hits = index.matcher.find(tokens, (NAMES, TITLES, ISSUES, LAYER))
    trigger_hits = [h for h in hits if h.layer == LAYER]
    sentences = split_sentences(text)
    entities = find_entities(text, tokens, index, day,
                             [h for h in hits if h.layer != LAYER],
                             _regions(sentences, [h.start for h in trigger_hits]))
    tl = trigger_lexicon()
    timexes = sorted(find_timexes(text, dct), key=lambda t: (t.start, t.end))
    ctx = _Context(document, text, tokens, tokens.starts, entities, timexes,
                   [t.start for t in timexes], tl, published, lex)
    hit_starts = [h.start for h in trigger_hits]
    out: list[Mention] = []
    prev = _Prev()
    for sent in sentences:
        lo = bisect_left(hit_starts, sent.start)
        hi = bisect_left(hit_starts, sent.end)
        triggers = _sentence_triggers(ctx, sent, trigger_hits[lo:hi]) if lo < hi else []
        if not triggers:
            prev.sentence = sent
            continue
        subject_end = _segments(ctx, sent, triggers)
        mentions, context = _sentence_mentions(ctx, sent, triggers, subject_end, prev, day)
        out.extend(mentions)
        dated = [m for m in mentions + context if m.date is not None]
        if dated:
            prev = _Prev(sent.end, dated)
        prev.sentence = sent
    return out


def _report_date(ctx: _Context, trig: _Trigger, triggers: list[_Trigger],
                 subject_end: int, sent: Sentence) -> dt.Dated | None:
    """`…, the Pentagon said this week`: the report's date for an undated event."""
    for light in triggers:
        if light.spec.light and light.start > trig.end:
            found = _own_date(ctx, light, subject_end, sent, False)
            if found is not None:
                return dt.Dated(found.span, found.text, f"{found.how}; the date of the report",
                                found.start, found.end, 1)
    return None


# Nouns share the sentence's subject (`Blinken …, after a meeting with Qin`; `Li has been
# under US sanctions`), but an incident named in passing does not (`Blinken, whose trip
# was postponed due to the balloon incident`).
_BYSTANDER_KINDS = frozenset({"military_incident"})


def _regions(sentences: list[Sentence], triggers: list[int]) -> list[tuple[int, int]]:
    """Where entities matter: sentences with a trigger, and the two before each
    (dates carried over, `These relations`, `She met …`)."""
    out: list[tuple[int, int]] = []
    for k, sent in enumerate(sentences):
        i = bisect_left(triggers, sent.start)
        if i < len(triggers) and triggers[i] < sent.end:
            first = sentences[max(0, k - 2)].start
            if out and first <= out[-1][1]:
                out[-1] = (out[-1][0], sent.end)
            else:
                out.append((first, sent.end))
    return out


def _sentence_mentions(ctx: _Context, sent: Sentence, triggers: list[_Trigger],
                       subject_end: int, prev: _Prev, day: date | None
                       ) -> tuple[list[Mention], list[Mention]]:
    """The sentence's mentions, and the dated ones too vague to keep (no actor or place)
    that may still date the next sentence (`The last meeting was in June. X and Y …`)."""
    content = [t for t in triggers if not t.spec.light]
    # The words before the first trigger are everyone's subject, unless that trigger
    # only reports (`Mao Ning said …`): then they are the speaker.
    shared = ctx.entities.between(sent.start, subject_end)
    if content and (triggers[0].kind == "statement" or triggers[0].reported):
        # A speaker is not a participant (`Mao Ning said Washington would lift
        # sanctions`), but a government that speaks usually acts (`China said it would
        # sanction …`): keep countries and institutions, drop people.
        shared = [f for f in shared if f.kind in ("country", "organization", "issue")]
    issues = sorted({f.issue for f in ctx.entities.between(sent.start, sent.end)
                     if f.issue is not None})
    out: list[Mention] = []
    vague: list[Mention] = []
    chosen = content if content else triggers
    for i, trig in enumerate(chosen):
        quoted = _in_quote(sent, trig.start)
        if quoted:
            close = ctx.text.find("”", trig.end, trig.seg_end)
            if close < 0:
                close = ctx.text.find('"', trig.end, trig.seg_end)
            if close >= 0:
                trig.seg_end = close
        dated = _own_date(ctx, trig, subject_end, sent, i == 0 and not quoted)
        if quoted and dated is None:
            continue
        # Only a reported action takes the report's date, not a noun in the background
        # (`… in retaliation for her visit to Taiwan`).
        reported = content and not quoted and (trig.verb or trig.absorbed
                                                or family(trig.kind) == "meeting")
        if dated is None and reported:
            dated = _report_date(ctx, trig, triggers, subject_end, sent)
        if dated is None and reported and triggers[0].spec.light:
            # `China said on Friday it would sanction …`: the date of the report.
            found = _own_date(ctx, triggers[0], subject_end, sent, True)
            if found is not None:
                dated = dt.Dated(found.span, found.text, f"{found.how}; the date of the report",
                                 found.start, found.end, 1)
        seg = ctx.entities.between(trig.seg_start, trig.seg_end)
        participants = trig.verb or trig.kind not in _BYSTANDER_KINDS
        found_here = seg + [f for f in shared if f.end <= trig.seg_start
                            and (participants or f.kind != "person")]
        found_here += _referents(ctx, prev, sent, trig, found_here)
        if _PARTICIPLE.search(ctx.text, max(sent.start, trig.start - 12), trig.start):
            # `Xi said … when meeting with Blinken`: the speaker is the one meeting.
            speakers = [f for f in ctx.entities.between(sent.start, trig.start)
                        if f.kind == "person" and f.end <= trig.floor]
            found_here += speakers[-1:]
        if _FRONTED.match(ctx.text, sent.start, trig.start) and not any(
                f.kind == "person" for f in found_here):
            # `During their meeting in Beijing, Qin told …`: the main clause's people.
            found_here += [f for f in ctx.entities.between(trig.seg_end, sent.end)
                           if f.kind == "person"][:2]
        if dated is not None and dated.span.precision == "day":
            days = dt.duration_before(ctx.text, trig.start)
            if days:
                dated = dt.widen(dated, days, ctx.text, trig.start,
                                 ended="the date of the report" in dated.how)
        status = _status(ctx, trig, sent, dated)
        event_day = dated.span.start if dated else day
        actors, actor_found = _actors(found_here, event_day)
        places = _places(found_here, trig.kind)
        if not actors and not places:
            actors = _attribution(ctx, triggers, trig) or _anaphora(ctx, prev, sent)
        kind = _summit(trig.kind, actors)
        if trig.spec.light and (dated is None or dated.strength < 2 or (not any(
                a.kind == "person" and (a.role or a.country) for a in actors) and not (
                trig.kind == "announcement" and actors))):
            continue
        if not actors and not places:
            if dated is not None and not trig.spec.light:
                vague.append(_mention(ctx, sent, trig, kind, status, dated, [], [], [], [],
                                      issues))
            continue
        if dated is None and trig.inner is not None:
            # `had planned to visit in April, but postponed the trip`
            for m in out + vague:
                if m.date is not None and family(m.kind) == family(trig.inner):
                    dated = dt.Dated(m.date, m.source.date_text,
                                     "the date of the event it concerns", None, None, 1)
        if dated is None:
            carried = _carry(prev, ctx, sent, kind, actors, places)
            if carried is not None and carried.date is not None:
                said = carried.source.date_text
                dated = dt.Dated(carried.date, None,
                                 "carried over from the previous sentence"
                                 + (f" ({said!r})" if said else ""), None, None, 1)
                status = carried.status if status == "unknown" else status
        if dated is None and status == "planned" and ctx.published is not None and \
                family(kind) == "meeting" and trig.verb and len({
                    a.country for a in actors if a.kind == "person" and a.country}) >= 2 and \
                _WILL.search(ctx.text[max(sent.start, trig.start - 40):trig.start]):
            # `X will meet Y in Anchorage`: after publication, though the text gives no day.
            dated = dt.Dated(dt.future_window(ctx.published), None,
                             "future tense with no date: after publication", None, None, 0)
        if status == "unknown" and dated is not None and ctx.published is not None:
            status = "occurred" if dated.span.start <= ctx.published.end else "planned"
        out.append(_mention(ctx, sent, trig, kind, status, dated, actors, actor_found,
                            places, found_here, issues))
    return out, vague


_PARTICIPLE = re.compile(r"\b(?:when|while|before|after)\s+$", re.IGNORECASE)
_FRONTED = re.compile(r"\W*(?:during|at|after|before|following|ahead of)\s+(?:their|his|her|"
                      r"its|the|a|an)?\s*(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_PRONOUN = re.compile(r"^\W*(?:(he|she|his|her)|(they|their|the two (?:leaders|men|women|"
                      r"presidents|sides|ministers|officials)))\b", re.IGNORECASE)
_INNER_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_WHO = re.compile(r"(?:,\s*)?\bwho\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _referents(ctx: _Context, prev: _Prev, sent: Sentence, trig: _Trigger,
               found: list[Found]) -> list[Found]:
    """People a pronoun or `who` stands for: `She met Tsai` after a sentence about
    Pelosi; `Wang Yi, who visited Washington`."""
    out: list[Found] = []
    who = _WHO.search(ctx.text, max(sent.start, trig.seg_start - 20), trig.start)
    if who is not None:
        before = [f for f in ctx.entities.between(max(sent.start, who.start() - 80), who.start())
                  if f.kind == "person" and f.end <= who.start()]
        out += before[-1:]
    inner = _INNER_PRONOUN.search(ctx.text, trig.seg_start, trig.start)
    if inner is not None and not any(f.kind == "person" and f.start < trig.start
                                     for f in found):
        # `Yellen said she hopes to visit China`: the person named before the pronoun.
        before = [f for f in ctx.entities.between(sent.start, inner.start())
                  if f.kind == "person"]
        if before:
            return out + before[-1:]
    pronoun = _PRONOUN.match(ctx.text, trig.seg_start if trig.verb else sent.start, trig.end)
    if pronoun is None and trig.seg_start != sent.start:
        pronoun = _PRONOUN.match(ctx.text, sent.start, trig.end)
        if pronoun is not None and any(f.kind == "person" for f in
                                       ctx.entities.between(sent.start, trig.start)):
            pronoun = None
    if pronoun is not None and prev.sentence is not None and \
            not any(f.kind == "person" and f.start < trig.start for f in found):
        if pronoun.group(2):
            # `They`/`the two leaders`: the last two people named before.
            names: dict[str, Found] = {}
            for f in reversed(ctx.entities.between(max(0, sent.start - 1500), sent.start)):
                if f.kind == "person" and f.actor is not None:
                    names.setdefault(f.actor.name, f)
                if len(names) == 2:
                    break
            out += list(names.values())
        elif "\n\n" not in ctx.text[prev.sentence.end:sent.start]:
            people = [f for f in ctx.entities.between(prev.sentence.start, prev.sentence.end)
                      if f.kind == "person"]
            out += people[:1]
    return out


def _attribution(ctx: _Context, triggers: list[_Trigger], trig: _Trigger) -> list[Actor]:
    """`The levies take effect on Monday, the White House said`: an institution or
    country that reports a measure with no other agent is its agent."""
    for light in triggers:
        if light.spec.light and light.start > trig.end:
            return [f.actor for f in ctx.entities.between(light.seg_start, light.seg_end)
                    if f.actor is not None and f.actor.kind in ("organization", "country")]
    return []


_ANAPHOR = re.compile(r"^\W*(?:these|this|their|its|the|such)\s+(?:\w+\s+)?"
                      r"(?:relations|relationship|ties|countries|nations|sides|two)\b",
                      re.IGNORECASE)


def _anaphora(ctx: _Context, prev: _Prev, sent: Sentence) -> list[Actor]:
    """`These relations …`: the countries of the sentence before, same paragraph."""
    if not _ANAPHOR.match(sent.text) or prev.sentence is None:
        return []
    if "\n" in ctx.text[prev.sentence.end:sent.start]:
        return []
    found = ctx.entities.between(prev.sentence.start, prev.sentence.end)
    actors: dict[str, Actor] = {}
    for f in found:
        if f.actor is not None and f.actor.kind == "country" and f.actor.country:
            actors.setdefault(f.actor.name, f.actor)
        elif f.actor is not None and f.actor.kind == "person" and f.actor.country:
            c = ctx.lexicon.country_by_code(f.actor.country)
            if c is not None:
                actors.setdefault(c.name, Actor(c.name, c.code, None, "country"))
    return list(actors.values())


def _places(found: list[Found], kind: str) -> list[str]:
    places: list[str] = []
    for f in found:
        if f.place is None:
            continue
        if f.qualifier and family(kind) not in ("visit", "cancellation"):
            continue
        if f.place not in places:
            places.append(f.place)
    return places


def _mention(ctx: _Context, sent: Sentence, trig: _Trigger, kind: str, status: str,
             dated: dt.Dated | None, actors: list[Actor], actor_found: list[Found],
             places: list[str], found: list[Found], issues: list[str]) -> Mention:
    marks = [Highlight(trig.start, trig.end, "trigger")]
    if dated is not None and dated.start is not None and dated.end is not None \
            and sent.start <= dated.start < sent.end:
        marks.append(Highlight(dated.start, dated.end, "date"))
    marks += [Highlight(f.start, f.end, "actor") for f in actor_found]
    marks += [Highlight(f.start, f.end, "place") for f in found
              if f.place is not None and f.place in places]
    marks = sorted(set(marks), key=lambda h: (h.start, h.end, h.kind))
    source = Source(
        document=ctx.document.id, sentence=sent.text, char_start=sent.start,
        char_end=sent.end, date_text=dated.text if dated else None,
        date=dated.span if dated else None, date_how=dated.how if dated else None,
        highlights=tuple(marks),
    )
    return Mention(kind=kind, status=status, source=source, trigger=trig.text,
                   date=dated.span if dated else None, actors=tuple(actors),
                   places=tuple(places), issues=tuple(issues))
