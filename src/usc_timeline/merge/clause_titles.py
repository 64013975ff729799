"""Titles for acts told by a plain verb, made from the act's own clause: `Beijing released
its counter-list the same day` -> `China releases counter-list`, where acts.toml names no
act and the title would be a placeholder (`Event involving China`) that tells a reader
scanning a timeline nothing.

A clause title is headline style, like the project's others (`Blinken visits Beijing`,
`Lowry resigns`): the subject, the verb in the present tense, and its object cut where it
ends (a preposition, a date, a comma, a clause word). It is made only when each part is
sure: the subject is an actor of the event named right before the verb (never one in a
coordination or after a preposition), the verb's base form is known, and the object is
a few plain words that tell something (no pronoun, no markup). Otherwise None: the caller
keeps its placeholder. The words live in clause_titles.toml and the fallback verbs'
lexicon/data/fallback.toml."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from usc_timeline.lexicon import Lexicon
from usc_timeline.lexicon.checks import bundled, check_top_level, parse, top_level, words
from usc_timeline.model import Actor, Highlight, Mention

from .titles import display

_MAX_OBJECT = 5  # words: a title, not the sentence
_MAX_TITLE = 80  # characters
_LISTS = ("particles", "cuts", "times", "empty", "quantities", "honorifics", "dropped",
          "plural_subjects")
# words of `cuts` that open a clause rather than govern a noun: a subject right after one
# is still a subject (`… that Beijing released its list`); after the others it is not
_CLAUSE_WORDS = frozenset({
    "that", "which", "who", "whom", "whose", "where", "when", "while", "because", "if",
    "unless", "whether", "although", "though", "said", "says", "saying", "told", "added",
    "not", "so", "yet", "but", "after", "before", "since", "until", "as"})
_COORDINATORS = frozenset({"and", "or", "nor"})
# a word, an abbreviation (`U.S.`), an amount (`$1.4`, `2.1%`), or one other character
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\$?\d[\d,.]*\d%?|\$?\d%?|[^\W\d_][\w'’-]*|\S")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")
# what may come before a date between subject and verb (`The administration on Friday
# offered`, `China, late on Monday, closed`)
_BEFORE_DATE = re.compile(r"[\s,]*(?:(?:late|early)\s+)?(?:(?:on|in)\s+)?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Words:
    """The word lists a clause title is made with."""

    base: Mapping[str, str]  # a verb form a trigger may have -> its base form
    particles: frozenset[str]
    cuts: frozenset[str]
    governing: frozenset[str]  # cuts that make a name after them an object
    times: frozenset[str]
    empty: frozenset[str]
    quantities: frozenset[str]
    honorifics: frozenset[str]
    dropped: frozenset[str]
    plural: frozenset[str]
    gap: re.Pattern[str]  # what may stand between subject and verb
    subject_noun: re.Pattern[str]  # `customs officials` after `Chinese`


def _alternatives(items: Iterable[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split()))
                    for w in sorted(items, key=len, reverse=True))


def _base_forms(past: Iterable[str], planned: Iterable[str],
                irregular: Mapping[str, str]) -> dict[str, str]:
    """Each verb form -> its base form: the base forms themselves, the past forms a
    regular rule leads to a listed base (`released`, `banned`, `carried`), the irregular
    ones as listed."""
    bases = set(planned)
    out = {b: b for b in bases}
    for form in past:
        stem = form[:-2] if form.endswith("ed") else ""
        candidates = [stem + "e", stem, stem[:-1] if stem[-2:-1] == stem[-1:] else "",
                      stem[:-1] + "y" if stem.endswith("i") else ""]
        found = next((c for c in candidates if c and c in bases), None)
        if found is not None:
            out[form] = found
    out.update(irregular)
    return out


def read_words(text: str, source: str, fallback_text: str, fallback_source: str) -> _Words:
    """The word lists of a clause_titles.toml text and of the fallback.toml it builds on (a
    LexiconError naming the file and the key if one is malformed)."""
    data = parse(text, source)
    check_top_level(data, (*_LISTS, "past"), source)
    lists = {key: frozenset(w.casefold() for w in words(data, key, source, text))
             for key in _LISTS}
    past = data.get("past", {})
    if not isinstance(past, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in past.items()):
        raise top_level("past", source, text).fail(
            "'past' must be a table of past forms and their base forms ('left = \"leave\"')")
    fb = parse(fallback_text, fallback_source)

    def listed(key: str) -> tuple[str, ...]:
        return tuple(w.casefold() for w in words(fb, key, fallback_source, fallback_text))

    gap_words = _alternatives(listed("between") + listed("plan_cues"))
    return _Words(
        _base_forms(listed("verbs"), listed("planned"),
                    {k.casefold(): v.casefold() for k, v in past.items()}),
        lists["particles"], lists["cuts"], lists["cuts"] - _CLAUSE_WORDS, lists["times"],
        lists["empty"], lists["quantities"], lists["honorifics"], lists["dropped"],
        lists["plural_subjects"],
        re.compile(rf"\s*(?:(?:{gap_words})\s+)*", re.IGNORECASE),
        re.compile(rf"\s+((?:[a-z][a-z-]*\s+){{0,2}}?(?:{_alternatives(listed('subjects'))}))"
                   r"\b"))


@cache
def _words() -> _Words:
    resource = resources.files(__package__).joinpath("clause_titles.toml")
    return read_words(resource.read_text(encoding="utf-8"), str(resource),
                      *bundled("fallback.toml"))


@cache
def _publishing() -> frozenset[str]:
    """The verbs of lexicon/data/published.toml: announcements they tell are titled from
    their clause (the other announcements keep `Announcement by ...`)."""
    text, source = bundled("published.toml")
    return frozenset(w.casefold() for w in words(parse(text, source), "verbs", source, text))


def clause_title(members: Sequence[Mention], actors: tuple[Actor, ...], lexicon: Lexicon,
                 shorts: Mapping[str, str] | None = None, kind: str = "other") -> str | None:
    """The title of the first mention of `kind` (in the members' order) whose clause gives
    one, or None. `actors` are the event's (a subject must be one of them); `shorts` the
    lexicon's short names for people, as for other titles. (An announcement told by a
    verb of publishing, a document published, is titled so too: `China publishes
    counter-list`, not `Announcement by China`.)"""
    for m in members:
        if m.kind == kind and (kind == "other" or
                               m.trigger.split()[0].casefold() in _publishing()):
            title = _title(m, actors, lexicon, shorts)
            if title is not None:
                return title
    return None


def _title(m: Mention, actors: tuple[Actor, ...], lexicon: Lexicon,
           shorts: Mapping[str, str] | None) -> str | None:
    lists = _words()
    src = m.source
    text, at = src.sentence, src.char_start
    trig = next((h for h in src.highlights if h.kind == "trigger"), None)
    if trig is None or text[trig.start - at:trig.end - at] != m.trigger:
        return None
    verb_word = m.trigger.split()[0]  # `recalled its ambassador`: the object follows
    base = lists.base.get(verb_word.casefold())
    if base is None:
        return None
    verb_end = trig.start + len(verb_word)
    dates = [h for h in src.highlights if h.kind == "date"]
    subject = _subject(text, at, trig, src.highlights, dates, actors, lexicon, shorts)
    if subject is None:
        return None
    who, plural = subject
    limit = min((h.start - at for h in dates if h.start >= verb_end), default=len(text))
    thing = _object(text[verb_end - at:limit])
    if thing is None:
        return None
    verb = base if plural else _third_person(base)
    title = " ".join(f"{who} {verb} {thing}".split())
    return title[:1].upper() + title[1:] if len(title) <= _MAX_TITLE else None


def _subject(text: str, at: int, trig: Highlight, highlights: tuple[Highlight, ...],
             dates: list[Highlight], actors: tuple[Actor, ...], lexicon: Lexicon,
             shorts: Mapping[str, str] | None) -> tuple[str, bool] | None:
    """How the title names the verb's subject, and whether it is plural: the actor named
    right before the verb (only auxiliaries, adverbs, a plan cue or the clause's date
    between), or a nationality and the body it qualifies (`Chinese vessels`)."""
    lists = _words()
    before = [h for h in highlights if h.kind == "actor" and h.end <= trig.start]
    if not before:
        return None
    name = max(before, key=lambda h: (h.end, -h.start))
    between = text[name.end - at:trig.start - at]
    inside = [h for h in dates if name.end <= h.start and h.end <= trig.start]
    if inside:  # `the administration on Friday offered`
        date = inside[0]
        if not _BEFORE_DATE.fullmatch(text, name.end - at, date.start - at):
            return None
        between = " " + text[date.end - at:trig.start - at].lstrip(" ,")
    said = text[name.start - at:name.end - at]
    if _coordinated_or_governed(text[:name.start - at], lists):
        return None
    noun = lists.subject_noun.match(between)
    if noun is not None and lists.gap.fullmatch(between, noun.end()):
        country = lexicon.country_by_word(said)
        if country is None or not any(a.country == country.code for a in actors):
            return None
        body = " ".join(noun.group(1).split())
        plural = body in lists.plural or (body.endswith("s") and not body.endswith("ss"))
        return f"{_plain(said)} {body}", plural
    if not lists.gap.fullmatch(between):
        return None
    actor = _actor_named(said, actors, lexicon, lists.honorifics)
    return (display(actor, shorts), False) if actor is not None else None


def _coordinated_or_governed(before: str, lists: _Words) -> bool:
    """Whether a name is one of several subjects (`China and President Putin vetoed`) or
    an object (`talks with China ended`): the word before it, past any article, honorific
    and capitalised title word (`and President`, `with Premier`)."""
    tokens = before.split()
    while tokens and (tokens[-1].casefold() in lists.dropped or (tokens[-1][:1].isupper()
                      and tokens[-1].isalpha()) or tokens[-1].casefold() in lists.honorifics):
        tokens.pop()
    return bool(tokens) and (tokens[-1] == "&" or tokens[-1].casefold() in lists.governing)


def _plain(said: str) -> str:
    """A name as a title writes it: no article, `US` for `U.S.`."""
    words_ = said.split()
    if words_ and words_[0].casefold() == "the":
        words_ = words_[1:]
    return " ".join(w.replace(".", "") if _ABBREVIATION.fullmatch(w) else w for w in words_)


def _actor_named(said: str, actors: tuple[Actor, ...], lexicon: Lexicon,
                 honorifics: frozenset[str]) -> Actor | None:
    """The event's actor a subject's words name: a body or country the lexicon knows by
    them (`the administration`, `Beijing`), a person by name or by a word of the name
    (`Treasury Secretary Steven Mnunchin`) when exactly one of the actors has it."""
    institution = lexicon.institution_by_name(said)
    if institution is not None:
        return next((a for a in actors if a.name == institution.name), None)
    country = lexicon.country_by_word(said)
    if country is not None:
        return next((a for a in actors if a.kind == "country" and a.country == country.code),
                    None)
    person = lexicon.person_by_name(said)
    if person is not None:
        return next((a for a in actors if a.name == person.name), None)
    tokens = {w.strip(".,").casefold() for w in said.split()} - honorifics
    people = [a for a in actors if a.kind == "person"
              and tokens & {w.casefold() for w in a.name.split() if len(w) > 2}]
    same = [a for a in actors if a.name.casefold() == _plain(said).casefold()]
    found = same or people
    return found[0] if len(found) == 1 else None


def _object(after: str) -> str | None:
    """The verb's object as a title writes it (`sealed off the city on` -> `off city`), or
    None when there is none, it tells nothing (`it`, `many`), it runs on past a few words,
    or it meets markup or a quote before it ends."""
    lists = _words()
    kept: list[str] = []
    particle = ""
    skip_dot = False
    last = ""  # the word before, kept or not
    for n, token in enumerate(_TOKEN.finditer(after)):
        word = token.group()
        low = word.casefold()
        if skip_dot and word == ".":
            skip_dot = False
            continue
        skip_dot = False
        previous, last = last, low
        if not (word[0].isalnum() or word[0] == "$"):
            break  # punctuation ends it; markup or a quote never enters a title
        if not kept and not particle and low in lists.particles:
            particle = low
            continue
        if low in lists.honorifics:
            skip_dot = True
            continue
        if low == "of" and kept and all(_amount(w, lists.quantities) for w in kept):
            kept.append(word)  # `40 tons of soybeans`
            continue
        if n == 0 and word.islower() and low.endswith("ly"):
            continue  # `clashed openly over …`: an adverb, then perhaps a particle
        if low in _COORDINATORS and not _another_one(after[token.end():], lists):
            return None  # `a long and detailed list`: cut there, an adjective is left
        if low in lists.cuts or low in lists.times or _participle(
                low, previous, kept, after[token.end():], lists):
            break
        if low in lists.dropped:
            continue
        kept.append(word.replace(".", "") if _ABBREVIATION.fullmatch(word) else word)
        if len(kept) > _MAX_OBJECT:
            return None
    while kept and kept[-1].casefold() == "of":
        kept.pop()
    if all(w.casefold() in lists.empty or _amount(w, lists.quantities) for w in kept):
        return None
    return " ".join(([particle] if particle else []) + kept)


def _another_one(rest: str, lists: _Words) -> bool:
    """Whether what follows `and`/`or` starts another noun phrase or clause (`two Canadians
    and a Briton`, `the consulate and expelled …`), so the object ends before it; not so
    after an adjective (`a long and detailed list`), which only a cut would tell."""
    following = _TOKEN.match(rest.lstrip())
    word = following.group().casefold() if following else ""
    return word in lists.dropped or word in lists.base or word[:1].isdigit()


def _amount(word: str, quantities: frozenset[str]) -> bool:
    return word.casefold() in quantities or word[0].isdigit() or word[0] == "$"


def _participle(low: str, previous: str, kept: list[str], rest: str, lists: _Words) -> bool:
    """`a letter wishing the people …`, `the rules announced in March`: an -ed word, or an
    -ing word with an object of its own, after a noun starts a phrase about it; after an
    article it is the noun's modifier (`a training exercise`, `a revised plan`), and an
    -ing word with no object is a noun (`a pointed warning to`)."""
    if not kept or previous in lists.dropped or low in lists.quantities:
        return False
    if low.endswith("ed") and not low.endswith("eed"):
        return True
    if not low.endswith("ing"):
        return False
    following = _TOKEN.match(rest.lstrip())
    word = following.group().casefold() if following else ""
    return bool(word) and word[0].isalnum() and word not in lists.cuts \
        and word not in lists.times


def _third_person(base: str) -> str:
    """`release` -> `releases`, `relax` -> `relaxes`, `carry` -> `carries`."""
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if len(base) > 1 and base.endswith("y") and base[-2] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"
