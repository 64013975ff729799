"""Event triggers and status cues, loaded from `lexicon/data/triggers.toml` and
`status.toml` (data, so analysts can extend them without touching code)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from typing import Any

from usc_timeline.lexicon.parse_cache import loads_cached
from usc_timeline.model import EVENT_KINDS

from .phrases import phrase_key

LAYER = "trigger"


@dataclass(frozen=True, slots=True)
class KindSpec:
    """How triggers of one event kind behave."""

    kind: str
    status: str | None = None
    absorbs: bool = False
    light: bool = False
    check: str | None = None  # a test of the hit's surroundings (extract/guests.py)


@dataclass(frozen=True, slots=True)
class TriggerForm:
    """One matched form: its kind, whether it is a verb, required context words, and
    words that, right next to it, make it something else (`a new round of tariffs`)."""

    spec: KindSpec
    verb: bool
    context: frozenset[str] = frozenset()
    exclude: frozenset[str] = frozenset()


@dataclass(frozen=True)
class TriggerLexicon:
    kinds: dict[str, KindSpec]
    planned_cues: tuple[tuple[str, ...], ...]
    clause_breaks: frozenset[str]
    window: int
    forms: tuple[tuple[str, str, TriggerForm], ...] = ()  # (phrase, kind, form)
    averted: frozenset[tuple[str, ...]] = frozenset()  # `headed off` (status.toml)
    at_risk: frozenset[str] = frozenset()  # `threatened to derail` (status.toml)
    planned_far: tuple[tuple[str, ...], ...] = ()  # `is due to join … at the summit`
    far_window: int = 12
    scheduled: frozenset[str] = frozenset()  # `travels to Moscow this week` (present)
    announced_measures: frozenset[str] = frozenset()  # `said it would sanction`
    purpose: frozenset[str] = frozenset()  # `went on television to announce`
    directive: frozenset[str] = frozenset()  # `ordered China to close`
    refused: tuple[str, ...] = ()  # `declined to meet`
    planned_after: tuple[tuple[str, ...], ...] = ()  # `tariffs … was due to take effect`
    after_window: int = 14
    plan_made_public: frozenset[str] = frozenset()  # `revealed the plan to visit`
    # trigger forms (folded words) -> words anywhere in the sentence that make them
    # another sense (`downed X 2-0 ... at the semifinals`): the `[[sense]]` entries
    senses: dict[tuple[str, ...], frozenset[str]] = field(
        default_factory=dict, hash=False, compare=False)
    sense_kinds: dict[str, frozenset[str]] = field(
        default_factory=dict, hash=False, compare=False)
    # trigger forms -> words right after them that make them passive (`criticized for`):
    # the `[[passive]]` entries
    passive: dict[tuple[str, ...], frozenset[str]] = field(
        default_factory=dict, hash=False, compare=False)

    @cached_property
    def averted_by_last(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        out: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.averted:
            out.setdefault(phrase[-1], []).append(phrase)
        return {last: tuple(p) for last, p in out.items()}

    @cached_property
    def _cues_by_first(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        return _by_first(self.planned_cues)

    @cached_property
    def _far_by_first(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        return _by_first(self.planned_far)

    @cached_property
    def _after_by_first(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        return _by_first(self.planned_after)

    def far_cue_in(self, words: list[str]) -> bool:
        """Whether an infinitive plan cue (`is due to`) comes anywhere in `words`."""
        return _any_phrase(words, self._far_by_first)

    def still_to_come_in(self, words: list[str]) -> bool:
        """Whether words saying a measure is yet to apply (`to take effect`) are in `words`."""
        return _any_phrase(words, self._after_by_first)

    def cues_in(self, words: list[str]) -> set[tuple[str, ...]]:
        """The planned-status cues found anywhere in `words`."""
        by_first = self._cues_by_first
        return {cue for k, word in enumerate(words) for cue in by_first.get(word, ())
                if tuple(words[k:k + len(cue)]) == cue}


def _by_first(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases by their first word, so a scan tries only those that can start at a word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            out.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(group) for first, group in out.items()}


def _any_phrase(words: list[str], by_first: dict[str, tuple[tuple[str, ...], ...]]) -> bool:
    """Whether any of the indexed phrases occurs in `words`."""
    for k, word in enumerate(words):
        for phrase in by_first.get(word, ()):
            if tuple(words[k:k + len(phrase)]) == phrase:
                return True
    return False


def _read(name: str) -> dict[str, Any]:
    path = resources.files("usc_timeline") / "lexicon" / "data" / name
    try:
        return loads_cached(path.read_text(encoding="utf-8"))  # (tomllib is slow)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{name}: {exc}") from exc


# `{det}` in a form stands for any of these (`opened {det} investigation`: an, its, the …),
# so verb + noun phrases do not multiply by hand in the data; the `[slots]` table of
# triggers.toml names more such word lists (`{go} {way} to`).
DETERMINERS = ("a", "an", "the", "its", "their", "his", "her")

_SLOT = re.compile(r"\{(\w+)\}")


def _expanded(forms: list[str], slots: dict[str, tuple[str, ...]] | None = None) -> list[str]:
    """The forms with each `{name}` slot filled by every word of that slot, in order,
    without repeats (a slot may occur more than once in a form)."""
    fill = {"det": DETERMINERS, **(slots or {})}
    out: dict[str, None] = {}  # (an ordered set)
    for form in forms:
        filled = [form]
        while (slot := _SLOT.search(filled[0])) is not None:
            name = slot.group(1)
            if not fill.get(name):
                raise ValueError(f"triggers.toml: slot {{{name}}} in {form!r} is unknown or "
                                 "has no words; add it to [slots] with at least one word")
            filled = [f.replace(f"{{{name}}}", d, 1) for f in filled for d in fill[name]]
        out.update(dict.fromkeys(filled))
    return list(out)


def _strings(raw: Any, where: str) -> list[str]:
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise ValueError(f"triggers.toml: {where} must be a list of strings")
    return list(raw)


def _check(raw: dict[str, Any], where: str) -> str | None:
    """The group's named test of a hit (`check = "goes_to"`), known to extract/guests.py:
    a misspelt name is an error at load, not only when some text first hits the group."""
    from .guests import CHECKS  # here, not at the top: guests.py imports this module

    name = raw.get("check")
    if name is not None and name not in CHECKS:
        raise ValueError(f"triggers.toml: {where} has unknown check {name!r} "
                         f"(one of {sorted(CHECKS)})")
    return name


@cache
def trigger_lexicon() -> TriggerLexicon:
    """The bundled triggers and status cues (read once)."""
    data = _read("triggers.toml")
    slots = {name: tuple(_strings(words, f"slots.{name}"))
             for name, words in data.get("slots", {}).items()}
    kinds: dict[str, KindSpec] = {}
    forms: list[tuple[str, str, TriggerForm]] = []
    for kind, raw in data.get("kinds", {}).items():
        if kind not in EVENT_KINDS:
            raise ValueError(f"triggers.toml: unknown kind {kind!r} (one of {EVENT_KINDS})")
        spec = KindSpec(kind, raw.get("status"), bool(raw.get("absorbs", False)),
                        bool(raw.get("light", False)))
        kinds[kind] = spec
        for verb, key in ((True, "verbs"), (False, "nouns")):
            for form in _expanded(_strings(raw.get(key, []), f"kinds.{kind}.{key}"), slots):
                forms.append((form, kind, TriggerForm(spec, verb)))
    for i, raw in enumerate(data.get("group", [])):
        kind = raw.get("kind")
        where = f"group #{i + 1}"
        if kind not in EVENT_KINDS:
            raise ValueError(f"triggers.toml: {where} has unknown kind {kind!r}")
        base = kinds.get(kind, KindSpec(kind))
        spec = KindSpec(kind, raw.get("status", base.status),
                        bool(raw.get("absorbs", base.absorbs)), bool(raw.get("light", base.light)),
                        _check(raw, where))
        context = frozenset(w.casefold() for w in _strings(raw.get("context", []),
                                                            f"{where} context"))
        exclude = frozenset(w.casefold() for w in _strings(raw.get("exclude", []),
                                                            f"{where} exclude"))
        for verb, key in ((True, "verbs"), (False, "nouns")):
            for form in _expanded(_strings(raw.get(key, []), f"{where} {key}"), slots):
                forms.append((form, kind, TriggerForm(spec, verb, context, exclude)))
    status = _read("status.toml")
    cues = tuple(sorted({tuple(t.casefold() for t in phrase_key(c))
                         for c in _strings(status.get("planned", []), "planned")},
                        key=len, reverse=True))
    breaks = frozenset(w.casefold() for w in _strings(status.get("clause_breaks", []),
                                                       "clause_breaks"))
    averted = frozenset(tuple(t.casefold() for t in phrase_key(c))
                        for c in _strings(status.get("averted", []), "averted"))
    at_risk = frozenset(w.casefold() for w in _strings(status.get("at_risk", []), "at_risk"))
    far = tuple(sorted({tuple(t.casefold() for t in phrase_key(c))
                        for c in _strings(status.get("planned_far", []), "planned_far")},
                       key=len, reverse=True))
    scheduled = frozenset(w.casefold() for w in _strings(status.get("scheduled", []),
                                                          "scheduled"))
    measures = frozenset(_strings(status.get("announced_measures", []), "announced_measures"))
    return TriggerLexicon(kinds, cues, breaks, int(status.get("window", 6)),
                          tuple(forms), averted, at_risk, far,
                          int(status.get("far_window", 12)), scheduled, measures,
                          _words(status, "purpose"), _words(status, "directive"),
                          tuple(w.casefold() for w in _strings(status.get("refused", []),
                                                               "refused")),
                          tuple(tuple(t.casefold() for t in phrase_key(c)) for c in _strings(
                              status.get("planned_after", []), "planned_after")),
                          int(status.get("after_window", 14)),
                          _words(status, "plan_made_public"), *_senses(data, forms),
                          _passive(data, forms))


Senses = tuple[dict[tuple[str, ...], frozenset[str]], dict[str, frozenset[str]]]


def _senses(data: dict[str, Any], forms: list[tuple[str, str, TriggerForm]]) -> Senses:
    """The `[[sense]]` entries: by trigger form and by kind, the words whose presence
    anywhere in the sentence gives the trigger another sense."""
    by_kind: dict[str, set[str]] = {}
    for i, raw in enumerate(data.get("sense", [])):
        where = f"sense #{i + 1}"
        words = {w.casefold() for w in _strings(raw.get("words", []), f"{where} words")}
        for kind in _strings(raw.get("kinds", []), f"{where} kinds"):
            if kind not in EVENT_KINDS:
                raise ValueError(f"triggers.toml: {where} has unknown kind {kind!r}")
            by_kind.setdefault(kind, set()).update(words)
    return (_words_by_form(data, forms, "sense", "words"),
            {k: frozenset(v) for k, v in by_kind.items()})


def _words_by_form(data: dict[str, Any], forms: list[tuple[str, str, TriggerForm]],
                   table: str, key: str) -> dict[tuple[str, ...], frozenset[str]]:
    """Entries of `[[table]]` that give trigger `forms` a set of words (`key`): by the
    form's folded tokens. A form that is no trigger is a data error, named."""
    known = {tuple(t.casefold() for t in phrase_key(form)) for form, _, _ in forms}
    out: dict[tuple[str, ...], set[str]] = {}
    for i, raw in enumerate(data.get(table, [])):
        where = f"{table} #{i + 1}"
        words = {w.casefold() for w in _strings(raw.get(key, []), f"{where} {key}")}
        for form in _strings(raw.get("forms", []), f"{where} forms"):
            folded = tuple(t.casefold() for t in phrase_key(form))
            if folded not in known:
                raise ValueError(f"triggers.toml: {where} form {form!r} is no trigger")
            out.setdefault(folded, set()).update(words)
    return {k: frozenset(v) for k, v in out.items()}


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _strings(data.get(key, []), key))


def _passive(data: dict[str, Any], forms: list[tuple[str, str, TriggerForm]]
             ) -> dict[tuple[str, ...], frozenset[str]]:
    """The `[[passive]]` entries: by trigger form, the words right after it that make it
    passive, so that the sentence's subject is the one criticised, not the critic."""
    return _words_by_form(data, forms, "passive", "next")
