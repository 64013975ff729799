"""Fallback mentions: an event of kind `other` for a dated clause whose US- or
China-side subject takes a plain action verb that no trigger names (`The Chinese
diplomats there left on Friday afternoon`, `a Chinese navy lifeboat had found a device
on Dec. 15`). The trigger lexicon covers the phrasings it was written for; fresh text
words the same events otherwise, and the scorer needs no kind, only a date and a side.

The verbs come from lexicon/data/fallback.toml as trigger forms with the check
`fallback` (`clause_acts`); the checks that need the whole sentence (no other trigger
took it; the date is the clause's own) are `drop_if_taken` and `dated_enough`."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from usc_timeline.lexicon.checks import bundled, check_top_level, parse, words
from usc_timeline.text import Sentence
from usc_timeline.timex.record import Timex

from .acting import passive_agent, past_apposition
from .backrefs import names_again
from .context import Context, Trigger, usable_timexes
from .dates import Dated
from .determiners import determiner_that
from .found import Found
from .phrases import Hit
from .triggers import KindSpec, TriggerForm

__all__ = ["CHECK", "both_sides", "clause_acts", "dated_enough", "document_names_both",
           "drop_if_taken", "fallback_forms", "fallback_instead", "for_both_sides", "fronted",
           "no_third_country", "read_words", "side_subject"]

CHECK = "fallback"
FILE = "fallback.toml"
SIDES = frozenset({"US", "CN"})
_PRECISE = frozenset({"day", "week", "month"})
# a word right before the subject that makes it an object (`talks with China ended`)
_GOVERNED = frozenset({"with", "of", "to", "from", "by", "for", "in", "on", "at", "against",
                       "between", "than", "about", "over", "into", "toward", "towards"})


@dataclass(frozen=True)
class _Words:
    """The word lists of fallback.toml, as the checks use them."""

    past: frozenset[str]
    planned: frozenset[str]
    gap: re.Pattern[str]  # what may stand between subject and a past verb
    plan_gap: re.Pattern[str]  # ... and before a planned one
    subjects: re.Pattern[str]  # `Chinese vessels`, `China's envoy`: the noun after it
    handed_over: frozenset[str]  # `was handed to the Chinese side`: the receiver acts


_LISTS = ("verbs", "planned", "between", "plan_cues", "subjects", "handed_over")


def read_words(text: str, source: str) -> _Words:
    """The word lists of a fallback.toml text (a LexiconError naming the file and the key
    if one is missing or not a list of words)."""
    data = parse(text, source)
    check_top_level(data, _LISTS, source)

    def listed(key: str) -> list[str]:
        return [w.casefold() for w in words(data, key, source, text)]

    def alternatives(key: str) -> str:
        return "|".join(r"\s+".join(map(re.escape, w.split()))
                        for w in sorted(listed(key), key=len, reverse=True))

    between, cues = alternatives("between"), alternatives("plan_cues")
    return _Words(
        frozenset(listed("verbs")), frozenset(listed("planned")),
        re.compile(rf"\s*(?:(?:{between})\s+)*", re.IGNORECASE),
        re.compile(rf"\s*(?:(?:{between})\s+)*(?:{cues})\s+(?:(?:{between})\s+)*",
                   re.IGNORECASE),
        re.compile(rf"(?:['’]s)?\s+(?:[a-z][a-z-]*\s+){{0,2}}?"
                   rf"(?:{alternatives('subjects')})\b"),
        frozenset(listed("handed_over")))


@cache
def _words() -> _Words:
    return read_words(*bundled(FILE))


def fallback_forms(known: set[tuple[str, ...]], folded: Callable[[str], tuple[str, ...]]
                   ) -> list[tuple[str, str, TriggerForm]]:
    """The fallback verbs as trigger forms of kind `other` with the check `fallback`,
    leaving out any form in `known` (a trigger that holds it with no context or test
    decides; one that holds it only under a context or test leaves the rest to the
    fallback: fallback_instead)."""
    lists = _words()
    spec = KindSpec("other", check=CHECK)
    form = TriggerForm(spec, True)
    return [(w, "other", form) for w in sorted(lists.past | lists.planned)
            if folded(w) not in known]


_COUNTRY_KINDS = frozenset({"country", "adjective", "capital"})
_HAS_COUNTRY = frozenset({"person", "institution", "title"})


def for_both_sides(triggers: list[Hit], hits: list[Hit]) -> list[Hit]:
    """The trigger hits, less the fallback ones (and the fallback entries of a form a
    group holds too) unless the document's lexicon hits (`hits`:
    names and titles; other entries have other kinds) name both sides: a cheap gate
    before any sentence is read, since most news is of neither."""
    if not any(e.payload.spec.check == CHECK for h in triggers for e in h.entries):
        return triggers
    named: set[str] = set()
    for h in hits:
        for e in h.entries:
            if e.kind in _COUNTRY_KINDS:
                named.add(e.payload.code)
            elif e.kind in _HAS_COUNTRY and e.payload.country:
                named.add(e.payload.country)
        if named >= SIDES:
            return triggers
    return [_without_fallback(h) for h in triggers
            if any(e.payload.spec.check != CHECK for e in h.entries)]


def _without_fallback(hit: Hit) -> Hit:
    """The hit with its fallback entries left out (the same hit if it has none)."""
    if all(e.payload.spec.check != CHECK for e in hit.entries):
        return hit
    return Hit(hit.layer, hit.first, hit.last, hit.start, hit.end,
               tuple(e for e in hit.entries if e.payload.spec.check != CHECK))


def fallback_instead(forms: Sequence[TriggerForm], chosen: TriggerForm, ctx: Context,
                     sent: Sentence, hit: Hit) -> KindSpec | None:
    """The fallback's kind for a form whose own group's test turned it down, when the
    form is a fallback verb too and its clause passes the fallback's test (`President
    Trump extended the deadline on Friday`: not the renewal of a trade status its group
    wants, still a dated act of a side), else None."""
    if chosen.spec.check == CHECK:
        return None
    for form in forms:
        if form.spec.check == CHECK:
            return form.spec if clause_acts(ctx, sent, hit) else None
    return None


def clause_acts(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """Whether the verb is a dated act of a US- or China-side subject right before it:
    the verb not one of finding out (`found that`), a subject that is an actor of either
    side with only auxiliaries and adverbs (or a plan cue, for a base form) between, a
    date of day to month precision in the clause (after the verb, or fronted), and no
    third country named unless both sides are (the document names both: for_both_sides)."""
    dates = [t for t in usable_timexes(ctx, sent.start, sent.end)
             if t.span is not None and t.span.precision in _PRECISE]
    if not dates:
        return False
    if _THAT.match(ctx.text, hit.end):
        noun = determiner_that(ctx.text, hit.end)
        if noun is None:
            return False  # `found that …`
        after = noun  # (`upheld that law on Jan. 17`: the clause goes on past it)
    else:
        after = hit.end
    lists = _words()
    planned = ctx.tokens.folded[hit.first] not in lists.past
    subject = acting_subject(ctx, sent, hit.start, planned)
    if subject is None and not planned and not names_again(ctx, sent):
        # (`was escorted by Chinese vessels`; `The order was handed …`: an event told again)
        subject = passive_agent(ctx, sent, hit.start, hit.end, SIDES, lists.subjects,
                                ctx.tokens.folded[hit.first] in lists.handed_over)
    if subject is None and not planned:
        subject = _first_verb_subject(ctx, sent, hit, lists.past)
    if subject is None or not no_third_country(ctx, sent):
        return False
    end = _CLAUSE_END.search(ctx.text, after, sent.end)
    clause_end = end.start() if end else sent.end
    return any(hit.end <= t.start < clause_end or fronted(ctx, sent, t, subject.start)
               for t in dates)


_THAT = re.compile(r"\s+that\b", re.IGNORECASE)
_AND_BEFORE = re.compile(r"\s(?<!,\s)and\s+$", re.IGNORECASE)
_FIRST_VERB_REACH = 12  # tokens back from `and` to the first verb


def _first_verb_subject(ctx: Context, sent: Sentence, hit: Hit, past: frozenset[str]
                        ) -> Found | None:
    """`The ministry began its inquiry on May 3 and published the list on June 15`: a
    past verb after a plain `and` shares the subject of the act verb before it in the
    same clause (no comma, stop or clause word between)."""
    tokens = ctx.tokens
    before = _AND_BEFORE.search(ctx.text, max(sent.start, hit.start - 6), hit.start)
    if before is None:
        return None
    for i in range(hit.first - 2, max(-1, hit.first - 2 - _FIRST_VERB_REACH), -1):
        if tokens.starts[i] < sent.start:
            return None
        if tokens.folded[i] in past:
            if _CLAUSE_END.search(ctx.text, tokens.ends[i], before.start()) is not None:
                return None
            return side_subject(ctx, sent, tokens.starts[i])
    return None
# where the verb's clause ends: a stop, a dash or quote, or a word that starts another
# (`and` only after a comma: `over human rights and the crackdown … on Saturday`)
_CLAUSE_END = re.compile(r"[;:()\"“”—]|\s--\s|,\s*(?:and|or)\b|\b(?:but|while|although|after|"
                         r"before|because|since|when|as|which|who|that|following|than|said|"
                         r"says|told|added)\b", re.IGNORECASE)
# what may open a sentence before a date that dates its main clause (`On Friday,`)
_OPENING = re.compile(r"\s*(?:(?:on|in|by|late|early|earlier|later|last|then)\s+)*",
                      re.IGNORECASE)
# ... past an article, or the capitalized title a name's entity leaves out (`In October,
# President Bush`, `Secretary of State Rice`, `Mr. Bush`)
_TO_SUBJECT = re.compile(r"\s*,?\s*(?:(?:[Tt]he|[Aa]n?)\s+)?"
                         r"(?:[A-Z][A-Za-z.'’-]*\s+(?:of\s+(?:the\s+)?)?){0,4}")


# ... or a reported clause (`the Pentagon said that last Wednesday a Chinese vessel …`)
_AFTER_THAT = re.compile(r"\bthat\s+(?:(?:on|in|by|late|early|earlier|later|last|then)\s+)*$",
                         re.IGNORECASE)


def fronted(ctx: Context, sent: Sentence, timex: Timex, subject_start: int) -> bool:
    """`In March 2009, Chinese vessels surrounded …`: a date opening the sentence (or a
    reported clause, after its `that`), right before the subject, dates that clause."""
    return timex.end <= subject_start and (
        _OPENING.fullmatch(ctx.text, sent.start, timex.start) is not None or
        _AFTER_THAT.search(ctx.text, max(sent.start, timex.start - 30), timex.start)
        is not None) and _TO_SUBJECT.fullmatch(ctx.text, timex.end, subject_start) is not None


def side_subject(ctx: Context, sent: Sentence, at: int, planned: bool = False
                 ) -> Found | None:
    """The US- or China-side actor right before the verb at `at` that is its subject, if
    any (with only auxiliaries and adverbs between; a plan cue too when `planned`)."""
    lists = _words()
    gap = lists.plan_gap if planned else lists.gap
    for f in reversed(ctx.entities.between(sent.start, at)):
        if f.end > at or f.actor is None:
            continue  # (an issue word inside a name: `Chinese navy`)
        between = ctx.text[f.end:at]
        subject_ends = gap.fullmatch(between) is not None
        if not subject_ends and f.kind in ("country", "organization"):
            noun = lists.subjects.match(between)
            subject_ends = noun is not None and gap.fullmatch(between, noun.end()) is not None
        if subject_ends and f.actor.country in SIDES and not _governed(ctx, f.start):
            return f
        return None
    return None


def acting_subject(ctx: Context, sent: Sentence, at: int, planned: bool = False
                   ) -> Found | None:
    """The fallback verb's US- or China-side subject: right before it (side_subject), or
    past an apposition or relative clause (acting.py)."""
    subject = side_subject(ctx, sent, at, planned)
    if subject is not None:
        return subject
    lists = _words()
    return past_apposition(ctx, sent, at, lists.plan_gap if planned else lists.gap,
                           lists.past, lambda start: side_subject(ctx, sent, start))


def _governed(ctx: Context, start: int) -> bool:
    """Whether a preposition comes right before a name (past its article): an object,
    not a subject (`General Motors of the United States sold`)."""
    before = ctx.text[max(0, start - 16):start].split()
    if before and before[-1].casefold() in ("the", "a", "an"):
        before.pop()
    return bool(before) and before[-1].casefold().strip("(,") in _GOVERNED


def no_third_country(ctx: Context, sent: Sentence) -> bool:
    """Whether the sentence names no country besides the two sides: an act of China or
    the US alone is timeline news in an article of both (`Beijing ended the yuan's link
    to the dollar on July 21`), one toward a third country is not (`Chinese vessels
    surrounded a Vietnamese survey ship`) unless the other side is named too."""
    named = {f.actor.country for f in ctx.entities.between(sent.start, sent.end)
             if f.actor is not None and f.actor.country is not None}
    return named <= SIDES or named >= SIDES


def both_sides(ctx: Context, sent: Sentence) -> bool:
    """Whether the sentence names an actor of each side (`Chinese vessels surrounded the
    American ship`): an act of one side alone is news of its own country."""
    named = {f.actor.country for f in ctx.entities.between(sent.start, sent.end)
             if f.actor is not None}
    return named >= SIDES


def document_names_both(ctx: Context) -> bool:
    """Whether the article names an actor of each side somewhere (in the sentences that
    are read): an act of one side alone is timeline news in an article of both."""
    named = {f.actor.country for f in ctx.entities.between(0, len(ctx.text))
             if f.actor is not None}
    return named >= SIDES


def drop_if_taken(ctx: Context, triggers: Sequence[Trigger]) -> list[Trigger]:
    """The triggers without the fallback ones when any other trigger names the event: one
    of another kind anywhere in the sentence, a reporting noun (`delivered a speech`), or
    a reporting verb in its clause; one that reports the clause (`the Pentagon said that
    …`, `…, officials said`) does not."""
    if all(t.spec.check != CHECK for t in triggers):
        return list(triggers)
    return [t for t in triggers if t.spec.check != CHECK or not _taken(ctx, t, triggers)]


def _taken(ctx: Context, trig: Trigger, triggers: Sequence[Trigger]) -> bool:
    """Whether another trigger names the fallback verb's event (drop_if_taken)."""
    end = _CLAUSE_END.search(ctx.text, trig.end)
    clause_end = end.start() if end else len(ctx.text)
    return any(t.spec.check != CHECK and (
        not t.spec.light or not t.verb or trig.start < t.start < clause_end)
        and not _CONTRASTED.search(ctx.text, min(trig.end, t.end), max(trig.start, t.start))
        for t in triggers)


# a break between two clauses that tell two things, not one (`ordered the firm to sell
# the app in August 2020, but judges blocked the ban`; `…; on Friday China imposed …`)
_CONTRASTED = re.compile(r";|,\s*(?:but|while|whereas|although|though|yet)\b", re.IGNORECASE)


def dated_enough(trig: Trigger, dated: Dated | None, sent: Sentence) -> bool:
    """A fallback mention needs its clause's own date, of day to month precision, from
    its own sentence (not the report's, not one carried over)."""
    if trig.spec.check != CHECK:
        return True
    return dated is not None and dated.basis == "own" and dated.span.precision in _PRECISE \
        and dated.start is not None and sent.start <= dated.start < sent.end
