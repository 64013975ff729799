"""Dated back-references: a sentence whose subject names again an event the article told
before, by a pronoun (`Those began on Aug. 4`) or a definite noun (`The measures were
unveiled last Tuesday`, `The increase took effect on Thursday`), and whose clause dates
it. Such a sentence often has no trigger of its own, so without this rule the event's
date (and an article's only report of the event) is lost. The mention takes the earlier
event's kind, actors, places and targets, and this sentence's date, status and evidence.
The words are lexicon/data/backrefs.toml's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from usc_timeline.lexicon.checks import (
    Entry,
    bundled,
    check_keys,
    check_top_level,
    parse,
    tables,
    texts,
    top_level,
    words,
)
from usc_timeline.model import EVENT_KINDS, Actor, Highlight, Mention, Source
from usc_timeline.text import Sentence, same_paragraph
from usc_timeline.timex.norm_relative import ANAPHORIC_HOW
from usc_timeline.timex.record import Timex

from . import dates as dt
from .context import Context, Prev, Trigger, usable_timexes
from .found import country_actor
from .timing import bare_clock

FILE = "backrefs.toml"
_WINDOW = 1500  # characters back from the sentence where a noun's event may be told
# words between the subject and its verb (`The duties finally took effect`)
_ADVERBS = r"(?:(?:only|also|finally|formally|officially|eventually|then|first|duly)\s+)?"
# a time phrase fronted before the subject (`On Monday, the duties took effect`)
FRONTED_TIME = r"(?:(?P<front>(?:on|in|at|by|early|late|later)\b[^,;.]{1,40}),?\s+)?"
# what ends the clause the verb dates: punctuation, or a word opening another clause
_CLAUSE_END = re.compile(r"[,;()\"“”]|:(?!\d)|\b(?:when|after|before|as|since|until|while|and|but|"
                         r"following|amid|because|which|who)\b", re.IGNORECASE)


# what may follow an active verb whose subject is the event (`Those began on Aug. 4`,
# `The duties took effect immediately, on Monday`): a time, an adverb, punctuation. Any
# other word is an object or an infinitive, and the subject one who acts (`They began
# their careers in the 1980s`, `Those started to leave on Friday`).
_INTRANSITIVE = re.compile(r"\s*(?:[,;:.()]|$)|\s+(?:on|in|at|last|this|next|early|late|"
                           r"shortly|soon|just|only|immediately|with|from|around|about|"
                           r"overnight|yesterday|today|tonight|tomorrow|within|during|as|"
                           r"after|before|when|again|quietly|formally|officially)\b",
                           re.IGNORECASE)
_PASSIVE = re.compile(r"(?:was|were|be)\s", re.IGNORECASE)
# a name with `'s` as the determiner (`China's matching steps`): capitalised, whatever
# the pattern's case (the country is looked up in the lexicon when the mention is made)
_POSSESSOR = r"(?P<owner>(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*)){0,2})['’]s"
# an aside between the subject and its verb that names some of what the noun covers
# (`The higher rates, including China's, start on Wednesday`)
_ASIDE = (r"(?:,\s+(?:including|excluding|except|notably|chiefly|mainly|such\s+as)\s+"
          r"[^,;:.()]{1,40},)?")


# `The Senate followed on Sept. 19`, `China did so on Monday`: an actor doing what the
# sentence before told another did (the actor, at most five words, is found among the
# sentence's entities)
_FOLLOWED = re.compile(r"\W*" + FRONTED_TIME + r"(?P<who>(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+)\s+"
                       + _ADVERBS + r"(?P<verb>followed(?:\s+suit)?|did\s+(?:so|likewise|"
                       r"the\s+same))\b", re.IGNORECASE)
_ACTING = frozenset({"person", "country", "organization"})
# what one actor can do after another (not a meeting, a call or talks: those are shared)
_DOABLE = frozenset({"sanction", "export_control", "ban", "other", "visit", "statement",
                     "announcement", "appointment", "cancellation", "postponement"})


@dataclass(frozen=True)
class _Predicate:
    kinds: frozenset[str]
    pronoun: bool  # a pronoun subject may stand for the event


@dataclass(frozen=True)
class BackRefs:
    """The subject-and-verb pattern, and what each of its words means."""

    pattern: re.Pattern[str]
    nouns: dict[str, frozenset[str]]  # head noun -> kinds it may name
    past: dict[str, _Predicate]  # verb phrase (words joined by one space) -> predicate
    base: dict[str, _Predicate]
    present: dict[str, _Predicate]


def _alternatives(items: Sequence[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.casefold().split()))
                    for w in sorted(set(items), key=len, reverse=True))


def read_backrefs(text: str, source: str) -> BackRefs:
    """The back-reference words of a backrefs.toml text (a LexiconError naming the file
    and the key if a list is missing or malformed, or a kind is unknown)."""
    data = parse(text, source)
    check_top_level(data, ("pronouns", "determiners", "nouns", "predicate", "leads"), source)
    pronouns = words(data, "pronouns", source, text)
    determiners = words(data, "determiners", source, text)
    leads = words(data, "leads", source, text)
    table = data.get("nouns")
    if not isinstance(table, dict) or not table:
        raise top_level("nouns", source, text).fail("must be a table of kinds to noun lists")
    nouns: dict[str, set[str]] = {}
    for kind in table:
        ctx = Entry("nouns", kind, "", source, text)
        if kind not in EVENT_KINDS:
            raise ctx.fail(f"unknown kind; kinds are {', '.join(EVENT_KINDS)}")
        for noun in texts(table, kind, ctx, required=True):
            nouns.setdefault(noun.casefold(), set()).add(kind)
    past: dict[str, _Predicate] = {}
    base: dict[str, _Predicate] = {}
    present: dict[str, _Predicate] = {}
    for n, entry in enumerate(tables(data, "predicate", source)):
        ctx = Entry("predicate", str(n + 1), "", source, text)
        check_keys(entry, ("kinds", "past", "base", "present", "pronoun"), ctx)
        kinds = texts(entry, "kinds", ctx, required=True)
        unknown = [k for k in kinds if k not in EVENT_KINDS]
        if unknown:
            raise ctx.fail(f"unknown kind(s) {', '.join(unknown)}")
        pronoun = entry.get("pronoun", False)
        if not isinstance(pronoun, bool):
            raise ctx.fail("'pronoun' must be true or false")
        pred = _Predicate(frozenset(kinds), pronoun)
        for form in texts(entry, "past", ctx, required=True):
            past[" ".join(form.casefold().split())] = pred
        for form in texts(entry, "base", ctx):
            base[" ".join(form.casefold().split())] = pred
        for form in texts(entry, "present", ctx):
            present[" ".join(form.casefold().split())] = pred
    subject = (r"(?:(?P<pron>" + _alternatives(pronouns) + r")|(?:(?:[\w'’-]+\s+){1,4}of\s+)?"
               r"(?:" + _alternatives(determiners) + r"|" + _POSSESSOR + r")\s+"
               r"(?:[\w'’-]+\s+){0,3}?(?P<noun>" + _alternatives(list(nouns)) + r"))" + _ASIDE)
    verb = (r"(?:(?P<lead>" + _alternatives(leads) + r")\s+(?P<base>" + _alternatives(list(base))
            + r")|(?P<past>" + _alternatives(list(past)) + r")|(?P<present>"
            + _alternatives(list(present)) + r"))")
    pattern = re.compile(r"\W*" + FRONTED_TIME + subject + r"\s+" + _ADVERBS + verb + r"\b",
                         re.IGNORECASE)
    return BackRefs(pattern, {k: frozenset(v) for k, v in nouns.items()}, past, base, present)


@cache
def _backrefs() -> BackRefs:
    return read_backrefs(*bundled(FILE))


def names_again(ctx: Context, sent: Sentence) -> bool:
    """Whether the sentence opens with a subject that may name an event again and its verb
    (`The order was handed to the Chinese side on Tuesday`): told_again's to read, so a
    rule that would make a plainer mention of the sentence leaves it alone."""
    return _backrefs().pattern.match(ctx.text, sent.start, sent.end) is not None


def told_again(ctx: Context, prev: Prev, sent: Sentence, triggers: Sequence[Trigger],
               mentions: Sequence[Mention]) -> list[Mention]:
    """The mention a sentence makes by naming again, as its subject, an event told
    before and dating it: none when the subject is not such a back-reference, its clause
    has no date, no compatible event was told before (for a pronoun, in the sentence
    just before), or the sentence's own triggers already tell it."""
    refs = _backrefs()
    m = refs.pattern.match(ctx.text, sent.start, sent.end)
    if m is None:
        return _followed(ctx, prev, sent, mentions)
    which = "pron" if m.group("pron") else "noun"
    subject_start, subject_end = m.span(which)
    if any(t.start < subject_end and t.end > subject_start for t in triggers):
        return []  # (`The tariffs took effect on Monday`: the noun is a trigger itself)
    tense = next(g for g in ("base", "past", "present") if m.group(g))
    form = m.group(tense)
    if not _PASSIVE.match(form) and not _INTRANSITIVE.match(ctx.text, m.end()) and \
            not usable_timexes(ctx, m.end(), m.end() + 2):
        return []
    pred = getattr(refs, tense)[" ".join(form.casefold().split())]
    when = clause_date(ctx, m, sent)
    if when is None:
        return []
    if m.group("pron"):
        if not pred.pronoun:
            return []
        told = _told_just_before(ctx, prev, sent, pred.kinds)
    else:
        kinds = pred.kinds & refs.nouns[m.group("noun").casefold()]
        told = _told_last(ctx, sent, kinds)
    owner = _owner(ctx, m)
    if told is None or not _owner_takes_part(m, owner, told):
        return []
    dated = dt.to_dated(when, ctx.text, f"back-reference to an event told before: "
                                        f"{when.how or when.value}")
    # (a side's own answer to the event is another event, even on its day)
    same = owner is None or owner.country == told.actors[0].country
    if (same and told.date == dated.span) or any(x.kind == told.kind and x.date == dated.span
                                                 for x in mentions):
        return []  # nothing new: the event was dated so already
    subject = m.group(which)
    marks = [(subject_start, subject_end, "trigger"), (m.start(tense), m.end(), "trigger")]
    source = evidence(ctx, sent, dated, marks)
    # (the earlier event's trigger leads: it names the act, which merging reads)
    return [Mention(kind=told.kind, status=_status(ctx, tense, dated), source=source,
                    trigger=f"{told.trigger} … {subject} … {form}", date=dated.span,
                    actors=_owner_first(owner, told.actors), places=told.places,
                    issues=told.issues, targets=_aimed_at(owner, told))]


def _status(ctx: Context, tense: str, dated: dt.Dated) -> str:
    """Planned for a verb after `will` or `due to`, occurred for a past one; a present one
    (`The duties take effect on Feb. 10`) is planned when its day is after the publication
    day."""
    if tense == "present":
        later = ctx.published is not None and dated.span.start > ctx.published.end
        return "planned" if later else "occurred"
    return "planned" if tense == "base" else "occurred"


def _owner(ctx: Context, m: re.Match[str]) -> Actor | None:
    """The country whose measure the subject names (`China's matching steps`), if any."""
    owner = m.group("owner")
    country = ctx.lexicon.country_by_word(owner) if owner else None
    return country_actor(country) if country is not None else None


def _owner_takes_part(m: re.Match[str], owner: Actor | None, told: Mention) -> bool:
    """Whether the country whose measure the subject names, if any, is a side of the event
    told before: `Japan's new rules take effect` after a measure between Washington and
    Beijing is Japan's own, not that one (nor is `Acme's steps` of a company)."""
    if not m.group("owner"):
        return True
    return owner is not None and any(a.country == owner.country for a in told.actors)


def _owner_first(owner: Actor | None, actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The event's actors, the country whose measure the subject names first (`China's
    matching steps`: China, then the sides of the event told before)."""
    if owner is None:
        return actors
    return (owner, *(a for a in actors if a.name != owner.name))


def _aimed_at(owner: Actor | None, told: Mention) -> tuple[str, ...]:
    """Whom the measure hits: the earlier event's; for a country's own measure taken in
    answer to it (`China's matching steps`), the other sides of that event, so that the
    two measures are not merged as one."""
    if owner is None:
        return told.targets
    return tuple(dict.fromkeys(a.country for a in told.actors
                               if a.country and a.country != owner.country))


def evidence(ctx: Context, sent: Sentence, dated: dt.Dated,
            marks: list[tuple[int, int, str]]) -> Source:
    """This sentence as the evidence, its date and words marked."""
    if dated.start is not None and dated.end is not None:
        marks.append((dated.start, dated.end, "date"))
    return Source(document=ctx.document.id, sentence=sent.text, char_start=sent.start,
                  char_end=sent.end, date_text=dated.text, date=dated.span,
                  date_how=dated.how,
                  highlights=tuple(Highlight(*mark) for mark in sorted(marks)))


def clause_date(ctx: Context, m: re.Match[str], sent: Sentence) -> Timex | None:
    """The time expression of the verb's clause (`took effect at 12:01 p.m. on Thursday`:
    the day, not the bare clock), else one fronted before the subject; not one resolved
    against the last date mentioned (`came on the same day that …`), which may be another
    event's."""
    end = m.end()
    stop = _CLAUSE_END.search(ctx.text, end, sent.end)
    # (a date itself may hold a comma: `on Saturday, Nov. 23`)
    limit = sent.end if stop is None else stop.start() + 1
    found = usable_timexes(ctx, end, limit)
    if m.group("front"):
        found += usable_timexes(ctx, m.start("front"), m.end("front"))
    for timex in found:
        if not bare_clock(timex) and ANAPHORIC_HOW not in (timex.how or ""):
            return timex
    return None


def _told_just_before(ctx: Context, prev: Prev, sent: Sentence,
                      kinds: frozenset[str]) -> Mention | None:
    """The last event of a kind the verb can tell that the sentence before (same
    paragraph) told: what a pronoun subject stands for."""
    before = prev.sentence
    if before is None or not same_paragraph(ctx.text, before.end, sent.start):
        return None
    for told in reversed(ctx.history):
        if told.source.char_start < before.start:
            return None
        if told.source.char_start == before.start and told.kind in kinds:
            return told
    return None


def _told_last(ctx: Context, sent: Sentence, kinds: frozenset[str]) -> Mention | None:
    """The nearest event of one of `kinds` told before the sentence, a few paragraphs
    back at most: what a definite noun names again."""
    for told in reversed(ctx.history):
        if told.source.char_start >= sent.start:
            continue
        if sent.start - told.source.char_end > _WINDOW:
            return None
        if told.kind in kinds:
            return told
    return None


def _followed(ctx: Context, prev: Prev, sent: Sentence,
              mentions: Sequence[Mention]) -> list[Mention]:
    """`The House approved the bill on May 24. The Senate followed on Sept. 19`: an actor
    who followed (did so, did the same) on a date of its clause did what the event of the
    sentence just before was, of its kind and issues; its own actor, not that event's."""
    low = ctx.lower  # (most sentences have neither word: found at C speed)
    if low.find("followed", sent.start, sent.end) < 0 and \
            low.find("did ", sent.start, sent.end) < 0:
        return []
    m = _FOLLOWED.match(ctx.text, sent.start, sent.end)
    if m is None or (not _INTRANSITIVE.match(ctx.text, m.end()) and
                     not usable_timexes(ctx, m.end(), m.end() + 2)):
        return []
    actor = _actor(ctx, m)
    when = clause_date(ctx, m, sent)
    told = _told_just_before(ctx, prev, sent, _DOABLE)
    if when is None or told is None or actor is None or \
            actor.name in {a.name for a in told.actors}:
        return []
    dated = dt.to_dated(when, ctx.text, f"did what the sentence before told: "
                                        f"{when.how or when.value}")
    if any(x.kind == told.kind and x.date == dated.span for x in mentions):
        return []
    marks = [(m.start("who"), m.end("who"), "actor"), (m.start("verb"), m.end("verb"), "trigger")]
    return [Mention(kind=told.kind, status="occurred", source=evidence(ctx, sent, dated, marks),
                    trigger=f"{told.trigger} … {m.group('verb')}", date=dated.span,
                    actors=(actor,), issues=told.issues, targets=told.targets)]


def _actor(ctx: Context, m: re.Match[str]) -> Actor | None:
    """The actor the whole subject names (`The Senate`, `Japan`; not `Officials in
    Beijing`): an entity found there, else a country named by its name (a sentence with no
    trigger has no entities looked up)."""
    start = m.start("who") + (4 if m.group("who")[:4].casefold() == "the " else 0)
    who = [f for f in ctx.entities.between(m.start("who"), m.end("who"))
           if f.kind in _ACTING and f.actor is not None]
    if who:
        whole = len(who) == 1 and who[0].start == start and who[0].end == m.end("who")
        return who[0].actor if whole else None
    country = ctx.lexicon.country_by_word(ctx.text[start:m.end("who")])
    return country_actor(country) if country is not None else None
