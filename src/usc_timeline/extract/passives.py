"""Acts of announcing told in the passive with the agent left out (`The zone was declared
on Saturday, Nov. 23`, `The outline of the deal was announced on Oct. 11, when the
president received …`). A reporting word makes an event only with a known actor, and
the passive names none, so without this rule such an act is lost though the article
gives its actor elsewhere: the owner named in the subject (`China's new rules were
unveiled …`), the people of a when-clause right after the date, or the owner or agent
of the subject noun where the article named it before (`China's new air defense zone`,
`the tariffs announced by the president`). No actor found, no mention: what the article
does not say is not guessed. The same reading tells when a passive announces no act at
all (`Li Peng's death was announced`): then the announcing word makes no event. The words
are lexicon/data/passives.toml's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from usc_timeline.lexicon.checks import bundled, check_top_level, parse, top_level, words
from usc_timeline.model import Actor, Mention
from usc_timeline.text import Sentence

from . import dates as dt
from .backrefs import FRONTED_TIME, clause_date, evidence
from .context import Context
from .found import Found, country_actor, person_actor

FILE = "passives.toml"
_WINDOW = 1500  # characters back where the subject noun's owner may have been named
_WHEN_REACH = 60  # characters from the verb to a when-clause that tells the occasion
_WORD = r"[\w'’-]+"
# `China's` (its owner), else a determiner; a few modifiers; the head noun; `of the deal`
_SUBJECT = (r"(?:(?P<owner>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})['’]s|the|these|those|"
            r"this|that|its|their)\s+(?:" + _WORD + r"\s+){0,4}?(?P<noun>{nouns})"
            r"(?:\s+of\s+(?:the|a|an|its|their)\s+(?:" + _WORD + r"\s+){0,3}?" + _WORD + r")?")
_AUX = r"\s+(?:was|were|had\s+been)\s+(?:(?:also|first|formally|officially|quietly)\s+)?"
_BY = re.compile(r"\s+by\b", re.IGNORECASE)
_WHEN = re.compile(r",?\s+when\s+", re.IGNORECASE)
# the owner at the noun's earlier mention: `China's new air defense zone`
_POSSESSOR = re.compile(r"(?P<owner>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})['’]s\s+"
                        r"(?:[\w'’-]+\s+){0,4}$")
# the subject's head noun and the auxiliary right before an announcing verb
_PASSIVE_BEFORE = re.compile(r"(?P<noun>[\w'’-]+)\s+(?:was|were|is|are|(?:had|has|have)"
                             r"\s+been|will\s+be)\s+(?:(?:also|first|formally|officially)"
                             r"\s+)?$", re.IGNORECASE)
_ACTING = frozenset({"person", "country", "organization"})


@dataclass(frozen=True)
class Passives:
    """The sentence pattern, and the agent phrase at a noun's earlier mention."""

    pattern: re.Pattern[str]
    agent: re.Pattern[str]  # `announced by ` right after the noun
    nouns: frozenset[str]
    not_acts: frozenset[str]  # subjects whose announcing is no event (`his death`)


def _alternatives(items: Sequence[str]) -> str:
    return "|".join(re.escape(w.casefold()) for w in sorted(set(items), key=len, reverse=True))


def read_passives(text: str, source: str) -> Passives:
    """The words of a passives.toml text (a LexiconError naming the file and the key if
    a list is missing, malformed or empty)."""
    data = parse(text, source)
    check_top_level(data, ("verbs", "nouns", "not_acts"), source)
    verbs = words(data, "verbs", source, text)
    nouns = words(data, "nouns", source, text)
    for key, found in (("verbs", verbs), ("nouns", nouns)):
        if not found:
            raise top_level(key, source, text).fail("must list at least one word")
    verb = r"(?P<verb>" + _alternatives(verbs) + r")\b"
    pattern = re.compile(r"\W*" + FRONTED_TIME + r"(?P<subject>" + _SUBJECT.replace(
        "{nouns}", _alternatives(nouns)) + r")" + _AUX + verb, re.IGNORECASE)
    agent = re.compile(r"\s+(?:" + _alternatives(verbs) + r"|imposed)\s+by\s+", re.IGNORECASE)
    not_acts = words(data, "not_acts", source, text)
    return Passives(pattern, agent, frozenset(n.casefold() for n in nouns),
                    frozenset(n.casefold() for n in not_acts))


@cache
def _passives() -> Passives:
    return read_passives(*bundled(FILE))


@cache
def _noun_re(noun: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(noun) + r"\b")


def no_act_announced(ctx: Context, start: int) -> bool:
    """Whether the passive before an announcing verb at `start` has for its subject a thing
    whose announcing is no event (`Li Peng's death was announced`, `the final score was
    announced`): then the word makes none, whoever the sentence names."""
    m = _PASSIVE_BEFORE.search(ctx.text, max(0, start - 40), start)
    return m is not None and m.group("noun").casefold() in _passives().not_acts


def passive_acts(ctx: Context, sent: Sentence, mentions: Sequence[Mention]) -> list[Mention]:
    """The announcement a sentence tells in the passive with no agent and a date of its
    clause, whose actor the article gives: none when no actor is found, the verb has an
    agent (`by …`), or the sentence's mentions already tell the act."""
    low = ctx.lower  # (most sentences have neither word: found at C speed)
    if low.find(" was ", sent.start, sent.end) < 0 and \
            low.find(" were ", sent.start, sent.end) < 0 and \
            low.find(" been ", sent.start, sent.end) < 0:
        return []
    words_of = _passives()
    m = words_of.pattern.match(ctx.text, sent.start, sent.end)
    if m is None or _BY.match(ctx.text, m.end()):
        return []
    subject_start = m.start("subject")
    if any(h.kind == "trigger" and h.start < m.end() and h.end > subject_start
           for x in mentions for h in x.source.highlights):
        return []  # (`The measures were unveiled on Monday`, told again: backrefs.py)
    when = clause_date(ctx, m, sent)
    if when is None:
        return []
    dated = dt.to_dated(when, ctx.text, f"passive act, its actor named elsewhere: "
                                        f"{when.how or when.value}")
    if any(x.kind == "announcement" and x.date == dated.span for x in mentions):
        return []
    day = dated.span.start
    found = _owner(ctx, m.start("owner"), m.end("owner"), day) if m.group("owner") else []
    found = found or _occasion(ctx, m.end(), sent, day) or \
        _named_before(ctx, m.group("noun").casefold(), sent.start, day)
    if not found:
        return []
    actors: list[Actor] = []
    for actor, _ in found:
        if actor.name not in {a.name for a in actors}:
            actors.append(actor)
    places = [f.place for f in ctx.entities.between(subject_start, sent.end)
              if f.place is not None and not f.qualifier]
    marks = [(m.start("noun"), m.end("noun"), "trigger"), (m.start("verb"), m.end("verb"),
                                                            "trigger")]
    marks += [(f.start, f.end, "actor") for _, f in found if f is not None and
              sent.start <= f.start < sent.end]
    return [Mention(kind="announcement", status="occurred",
                    source=evidence(ctx, sent, dated, marks),
                    trigger=f"{m.group('noun')} … {m.group('verb')}", date=dated.span,
                    actors=tuple(actors), places=tuple(dict.fromkeys(places)))]


def _actor_of(f: Found, day: date | None) -> Actor | None:
    """An entity's actor, if it can act and something vouches for it (not a bare name)."""
    if f.kind not in _ACTING or f.actor is None:
        return None
    actor = person_actor(f.person, day) if f.person is not None else f.actor
    if actor.kind == "person" and actor.country is None and actor.role is None:
        return None
    return actor


def _owner(ctx: Context, start: int, end: int,
           day: date | None) -> list[tuple[Actor, Found | None]]:
    """The actor a possessor names (`China's`, `the president's` is not one): an entity
    found there, else a country by its name."""
    for f in ctx.entities.between(start, end):
        actor = _actor_of(f, day)
        if actor is not None and f.end >= end - 1:
            return [(actor, f)]
    country = ctx.lexicon.country_by_word(ctx.text[start:end])
    return [(country_actor(country), None)] if country is not None else []


def _occasion(ctx: Context, end: int, sent: Sentence,
              day: date | None) -> list[tuple[Actor, Found | None]]:
    """The actors of a when-clause right after the verb and its date (`…, when Mr. Trump
    received China's vice premier`): the occasion on which the act was made."""
    w = _WHEN.search(ctx.text, end, min(sent.end, end + _WHEN_REACH))
    if w is None:
        return []
    out: list[tuple[Actor, Found | None]] = []
    for f in ctx.entities.between(w.end(), sent.end):
        actor = _actor_of(f, day)
        if actor is not None:
            out.append((actor, f))
    return out


def _named_before(ctx: Context, noun: str, start: int,
                  day: date | None) -> list[tuple[Actor, Found | None]]:
    """The owner (`China's new air defense zone`) or agent (`the tariffs announced by
    President Trump`) of the noun at its nearest earlier mention that names one, a few
    paragraphs back at most."""
    lo = max(0, start - _WINDOW)
    agent = _passives().agent
    for hit in reversed(list(_noun_re(noun).finditer(ctx.lower, lo, start))):
        before = _POSSESSOR.search(ctx.text, max(0, hit.start() - 80), hit.start())
        if before is not None:
            owner = _owner(ctx, before.start("owner"), before.end("owner"), day)
            if owner:
                return owner
        by = agent.match(ctx.text, hit.end())
        if by is not None:
            for f in ctx.entities.between(by.end(), by.end() + 40):
                actor = _actor_of(f, day)
                if actor is not None:
                    return [(actor, None)]
    return []
