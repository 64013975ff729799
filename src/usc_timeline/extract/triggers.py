"""Event triggers and status cues, loaded from `lexicon/data/triggers.toml` and
`status.toml` (data, so analysts can extend them without touching code), and from a
triggers.toml in each USC_TIMELINE_LEXICON folder, which adds to the bundled one (so
users can extend the triggers without touching the package)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from usc_timeline.lexicon.checks import LexiconError, bundled, check_top_level, parse, tables
from usc_timeline.lexicon.loader import read_user_file, user_dirs
from usc_timeline.model import EVENT_KINDS, EVENT_STATUSES

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
    # trigger forms -> nouns right after them that they only modify (`the tariff
    # commission`): the `[[modifier]]` entries
    modifier: dict[tuple[str, ...], frozenset[str]] = field(
        default_factory=dict, hash=False, compare=False)
    decided: frozenset[str] = frozenset()  # `decided in May 1994 to renew` (status.toml)
    in_force: tuple[tuple[str, ...], ...] = ()  # `the duties take effect` (status.toml)

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

    @cached_property
    def _in_force_by_first(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        return _by_first(self.in_force)

    def in_force_after(self, words: list[str]) -> bool:
        """Whether words saying a measure comes into force (`take effect`) are in `words`."""
        return _any_phrase(words, self._in_force_by_first)

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


FILE = "triggers.toml"
# What a triggers.toml may hold. The `[checks.*]` word lists (read by other_senses.py)
# are bundled only; a user file extends kinds, groups, slots, senses and passives.
_TOP_LEVEL = ("slots", "kinds", "group", "sense", "passive", "modifier")
_BUNDLED_TOP_LEVEL = (*_TOP_LEVEL, "checks")
_KIND_KEYS = ("verbs", "nouns", "remove")
_BUNDLED_KIND_KEYS = (*_KIND_KEYS, "status", "absorbs", "light")
_GROUP_KEYS = ("kind", "verbs", "nouns", "status", "absorbs", "light", "check", "context",
               "exclude")
_ENTRY_KEYS = {"sense": ("forms", "kinds", "words"), "passive": ("forms", "next"),
               "modifier": ("forms", "next")}

Forms = list[tuple[str, str, TriggerForm]]


@dataclass(frozen=True)
class _File:
    """One trigger file, for reading and for messages that name it (and the line of the
    table at fault, when it can be found)."""

    source: str
    text: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    bundled: bool = True

    def fail(self, where: str, problem: str) -> LexiconError:
        line = _line(self.text, where)
        at = f"{self.source}:{line}" if line else self.source
        return LexiconError(f"{at}: {where} {problem}")


_UNNAMED = _File(FILE)  # for the helpers called on bare tables (tests)


def _line(text: str, where: str) -> int | None:
    """The line of the table or key that `where` names (`group #3 context`, `kinds.talks.verbs`,
    `slots.go`, `window`) in the file's text, if it can be found."""
    found: re.Match[str] | None = None
    if entry := re.match(r"(group|sense|passive|modifier) #(\d+)", where):
        heads = list(re.finditer(rf"^[ \t]*\[\[{entry.group(1)}\]\]", text, re.M))
        n = int(entry.group(2))
        found = heads[n - 1] if n <= len(heads) else None
    elif kind := re.match(r"kinds\.(\w+)", where):
        found = re.search(rf"^[ \t]*\[kinds\.{kind.group(1)}\]", text, re.M)
    elif slot := re.match(r"slots\.(\w+)", where):
        table = re.search(r"^[ \t]*\[slots\]", text, re.M)
        if table:
            found = re.compile(rf"^[ \t]*{slot.group(1)}[ \t]*=", re.M).search(text, table.end())
    elif key := re.match(r"(\w+)$", where):
        found = re.search(rf"^[ \t]*{key.group(1)}[ \t]*=", text, re.M)
    return text.count("\n", 0, found.start()) + 1 if found else None


def _bundled(name: str) -> _File:
    text, source = bundled(name)
    return _File(source, text, parse(text, source))  # (a cached parse)


def check_lists(table: str, *keys: str) -> list[frozenset[str]]:
    """The casefolded word lists `keys` of triggers.toml's `[checks.<table>]` (a
    LexiconError naming the file and the key if one is not a list of strings): the
    words other_senses and military check a trigger against."""
    file = _bundled(FILE)
    checks = file.data.get("checks", {})
    out = []
    for key in keys:
        raw = checks.get(table, {}).get(key, [])
        if not isinstance(raw, list) or not all(isinstance(w, str) for w in raw):
            raise LexiconError(f"{file.source}: checks.{table}.{key} must be a list of strings")
        out.append(frozenset(w.casefold() for w in raw))
    return out


def _user_files(extra_dirs: tuple[str, ...]) -> list[_File]:
    """The triggers.toml of each USC_TIMELINE_LEXICON folder and then of `extra_dirs`,
    in order."""
    out = []
    for directory in user_dirs(extra_dirs):
        path = directory / FILE
        text = read_user_file(path)
        if text is None:
            continue
        out.append(_File(str(path), text, parse(text, str(path)), bundled=False))
    return out


# `{det}` in a form stands for any of these (`opened {det} investigation`: an, its, the …),
# so verb + noun phrases do not multiply by hand in the data; the `[slots]` table of
# triggers.toml names more such word lists (`{go} {way} to`).
DETERMINERS = ("a", "an", "the", "its", "their", "his", "her")

_SLOT = re.compile(r"\{(\w+)\}")


def _expanded(forms: list[str], slots: dict[str, tuple[str, ...]] | None = None,
              file: _File = _UNNAMED, where: str = "") -> list[str]:
    """The forms with each `{name}` slot filled by every word of that slot, in order,
    without repeats (a slot may occur more than once in a form)."""
    fill = {"det": DETERMINERS, **(slots or {})}
    out: dict[str, None] = {}  # (an ordered set)
    for form in forms:
        filled = [form]
        while (slot := _SLOT.search(filled[0])) is not None:
            name = slot.group(1)
            if not fill.get(name):
                raise file.fail(where or "form", f"{form!r}: slot {{{name}}} is unknown or has "
                                "no words; add it to [slots] with at least one word")
            filled = [f.replace(f"{{{name}}}", d, 1) for f in filled for d in fill[name]]
        out.update(dict.fromkeys(filled))
    return list(out)


def _strings(raw: Any, where: str, file: _File = _UNNAMED) -> list[str]:
    if not isinstance(raw, list) or not all(isinstance(x, str) and x.strip() for x in raw):
        raise file.fail(where, f"must be a list of non-empty strings, got {raw!r}")
    return list(raw)


def _table(raw: Any, where: str, file: _File) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise file.fail(where, f"must be a table ([{where}]), got {raw!r}")
    return raw


def _keys(raw: dict[str, Any], allowed: tuple[str, ...], where: str, file: _File,
          hint: str = "") -> None:
    """No key but the allowed ones (a misspelt `verb =` would silently add nothing)."""
    unknown = sorted(set(raw) - set(allowed))
    if unknown:
        raise file.fail(where, f"has unknown key(s) {', '.join(unknown)}; allowed keys are "
                        f"{', '.join(allowed)}{hint}")


def _flag(raw: dict[str, Any], key: str, default: bool, where: str, file: _File) -> bool:
    value = raw.get(key, default)
    if not isinstance(value, bool):
        raise file.fail(where, f"'{key}' must be true or false, got {value!r}")
    return value


def _status(raw: dict[str, Any], default: str | None, where: str, file: _File) -> str | None:
    value = raw.get("status", default)
    if value is not None and value not in EVENT_STATUSES:
        raise file.fail(where, f"has unknown status {value!r} (one of {EVENT_STATUSES})")
    return value


def _check(raw: dict[str, Any], where: str, file: _File = _UNNAMED) -> str | None:
    """The group's named test of a hit (`check = "goes_to"`), known to extract/guests.py:
    a misspelt name is an error at load, not only when some text first hits the group."""
    from .guests import CHECKS  # here, not at the top: guests.py imports this module

    name = raw.get("check")
    if name is not None and name not in CHECKS:
        raise file.fail(where, f"has unknown check {name!r} (one of {sorted(CHECKS)})")
    return name


def _folded(form: str) -> tuple[str, ...]:
    return tuple(t.casefold() for t in phrase_key(form))


@dataclass
class _Merged:
    """The trigger files read so far: each later file adds to what the earlier ones gave."""

    slots: dict[str, tuple[str, ...]] = field(default_factory=dict)
    kinds: dict[str, KindSpec] = field(default_factory=dict)
    forms: Forms = field(default_factory=list)
    known: set[tuple[str, ...]] = field(default_factory=set)  # every form ever added
    senses: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    sense_kinds: dict[str, set[str]] = field(default_factory=dict)
    passive: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    modifier: dict[tuple[str, ...], set[str]] = field(default_factory=dict)

    def add(self, file: _File) -> None:
        data = file.data
        allowed = _BUNDLED_TOP_LEVEL if file.bundled else _TOP_LEVEL
        check_top_level(data, allowed, file.source, f"allowed are {', '.join(allowed)}" + (
            "" if file.bundled else " (the [checks] word lists are bundled only)"))
        for name, words in _table(data.get("slots", {}), "slots", file).items():
            self.slots[name] = tuple(_strings(words, f"slots.{name}", file))
        for kind, raw in _table(data.get("kinds", {}), "kinds", file).items():
            self._kind(kind, _table(raw, f"kinds.{kind}", file), file)
        for i, raw in enumerate(tables(data, "group", file.source)):
            self._group(raw, f"group #{i + 1}", file)
        for table in ("sense", "passive", "modifier"):
            for i, raw in enumerate(tables(data, table, file.source)):
                self._by_form(table, raw, f"{table} #{i + 1}", file)

    def _kind(self, kind: str, raw: dict[str, Any], file: _File) -> None:
        where = f"kinds.{kind}"
        if kind not in EVENT_KINDS:
            raise file.fail(where, f"is no event kind; use one of {', '.join(EVENT_KINDS)}")
        _keys(raw, _BUNDLED_KIND_KEYS if file.bundled else _KIND_KEYS, where, file,
              "" if file.bundled else " (for other flags add a [[group]] of the kind)")
        if file.bundled:
            self.kinds[kind] = KindSpec(kind, _status(raw, None, where, file),
                                        _flag(raw, "absorbs", False, where, file),
                                        _flag(raw, "light", False, where, file))
        self._remove(kind, raw, where, file)
        spec = self.kinds.get(kind, KindSpec(kind))
        self._forms(kind, raw, TriggerForm(spec, True), TriggerForm(spec, False), where, file)

    def _remove(self, kind: str, raw: dict[str, Any], where: str, file: _File) -> None:
        """Take away forms of `kind` that earlier files gave (`remove = ["parley"]`)."""
        if "remove" not in raw:
            return
        gone = {_folded(form): form for form in _expanded(
            _strings(raw.get("remove", []), f"{where}.remove", file), self.slots, file, where)}
        kept = [entry for entry in self.forms
                if entry[1] != kind or _folded(entry[0]) not in gone]
        found = {_folded(phrase) for phrase, k, _ in self.forms if k == kind}
        missing = [form for key, form in gone.items() if key not in found]
        if missing:
            raise file.fail(where, f"removes {missing[0]!r}, which is no {kind} form of the "
                            "files before this one; fix the spelling or drop it")
        self.forms[:] = kept

    def _forms(self, kind: str, raw: dict[str, Any], verb: TriggerForm, noun: TriggerForm,
               where: str, file: _File) -> None:
        for form_spec, key in ((verb, "verbs"), (noun, "nouns")):
            listed = _strings(raw.get(key, []), f"{where}.{key}", file)
            for form in _expanded(listed, self.slots, file, f"{where}.{key}"):
                if not _folded(form):
                    raise file.fail(f"{where}.{key}", f"form {form!r} has no letter or "
                                    "digit, so it could never match; write it in words")
                self.forms.append((form, kind, form_spec))
                self.known.add(_folded(form))

    def _group(self, raw: dict[str, Any], where: str, file: _File) -> None:
        _keys(raw, _GROUP_KEYS, where, file)
        kind = raw.get("kind")
        if kind not in EVENT_KINDS:
            raise file.fail(where, f"has unknown kind {kind!r}; use one of "
                            f"{', '.join(EVENT_KINDS)}")
        base = self.kinds.get(kind, KindSpec(kind))
        spec = KindSpec(kind, _status(raw, base.status, where, file),
                        _flag(raw, "absorbs", base.absorbs, where, file),
                        _flag(raw, "light", base.light, where, file), _check(raw, where, file))
        context = frozenset(w.casefold() for w in _strings(raw.get("context", []),
                                                            f"{where} context", file))
        exclude = frozenset(w.casefold() for w in _strings(raw.get("exclude", []),
                                                            f"{where} exclude", file))
        self._forms(kind, raw, TriggerForm(spec, True, context, exclude),
                    TriggerForm(spec, False, context, exclude), where, file)

    def _by_form(self, table: str, raw: dict[str, Any], where: str, file: _File) -> None:
        """A `[[sense]]`, `[[passive]]` or `[[modifier]]` entry: words by trigger form (and,
        for senses, by kind). A form that is no trigger is a data error: a typo would
        switch a rule off."""
        _keys(raw, _ENTRY_KEYS[table], where, file)
        key = "words" if table == "sense" else "next"
        words = {w.casefold() for w in _strings(raw.get(key, []), f"{where} {key}", file)}
        by_form = self.senses if table == "sense" else \
            self.passive if table == "passive" else self.modifier
        for form in _strings(raw.get("forms", []), f"{where} forms", file):
            if _folded(form) not in self.known:
                raise file.fail(where, f"form {form!r} is no trigger; use a form that a kind "
                                "or group lists")
            by_form.setdefault(_folded(form), set()).update(words)
        for kind in _strings(raw.get("kinds", []), f"{where} kinds", file):
            if kind not in EVENT_KINDS:
                raise file.fail(where, f"has unknown kind {kind!r}; use one of "
                                f"{', '.join(EVENT_KINDS)}")
            self.sense_kinds.setdefault(kind, set()).update(words)


Senses = tuple[dict[tuple[str, ...], frozenset[str]], dict[str, frozenset[str]]]


def _merged(files: list[_File], forms: Forms | None = None) -> _Merged:
    """The files read in order (after `forms`, for the helpers called on bare tables)."""
    merged = _Merged(forms=list(forms or ()), known={_folded(f) for f, _, _ in forms or ()})
    for file in files:
        merged.add(file)
    return merged


def _frozen(table: dict[Any, set[str]]) -> dict[Any, frozenset[str]]:
    return {k: frozenset(v) for k, v in table.items()}


def _senses(data: dict[str, Any], forms: Forms) -> Senses:
    """The `[[sense]]` entries: by trigger form and by kind, the words whose presence
    anywhere in the sentence gives the trigger another sense."""
    merged = _merged([_File(FILE, data=data)], forms)
    return _frozen(merged.senses), _frozen(merged.sense_kinds)


def _passive(data: dict[str, Any], forms: Forms) -> dict[tuple[str, ...], frozenset[str]]:
    """The `[[passive]]` entries: by trigger form, the words right after it that make it
    passive, so that the sentence's subject is the one criticised, not the critic."""
    return _frozen(_merged([_File(FILE, data=data)], forms).passive)


def _modifier(data: dict[str, Any], forms: Forms) -> dict[tuple[str, ...], frozenset[str]]:
    """The `[[modifier]]` entries: by trigger form, the nouns right after it that it only
    modifies (`the tariff commission said`: a body, no tariff laid)."""
    return _frozen(_merged([_File(FILE, data=data)], forms).modifier)


@cache
def trigger_lexicon(extra_dirs: tuple[str, ...] = ()) -> TriggerLexicon:
    """The bundled triggers, extended by the triggers.toml of each USC_TIMELINE_LEXICON
    folder and then of `extra_dirs` (a Lexicon's own `extra_dirs`: the folders given to
    load_lexicon), read once per process and folder list, with the bundled status cues."""
    from .fallback import fallback_forms  # here: fallback.py imports this module

    t = _merged([_bundled(FILE), *_user_files(extra_dirs)])
    # (a verb some group holds only under its context or test is the fallback's too
    # where that group turns it down: `extended` with no most-favored-nation status; a
    # noun form stays its group's: `Bush's stop in Beijing`)
    t.forms += fallback_forms({_folded(f) for f, _, form in t.forms if not form.verb or (
        not form.context and not form.spec.check)}, _folded)
    status = _bundled("status.toml")

    def words(key: str) -> list[str]:
        return _strings(status.data.get(key, []), key, status)

    def phrases(key: str) -> list[tuple[str, ...]]:
        return [_folded(c) for c in words(key)]

    def folded(key: str) -> frozenset[str]:
        return frozenset(w.casefold() for w in words(key))

    def longest_first(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted(set(phrases(key)), key=len, reverse=True))

    def number(key: str, default: int) -> int:
        value = status.data.get(key, default)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise status.fail(key, f"must be a whole number, zero or more, got {value!r}")
        return value

    return TriggerLexicon(
        t.kinds, longest_first("planned"), folded("clause_breaks"), number("window", 6),
        tuple(t.forms), frozenset(phrases("averted")), folded("at_risk"),
        longest_first("planned_far"), number("far_window", 12), folded("scheduled"),
        frozenset(words("announced_measures")), folded("purpose"), folded("directive"),
        tuple(w.casefold() for w in words("refused")), tuple(phrases("planned_after")),
        number("after_window", 14), folded("plan_made_public"), _frozen(t.senses),
        _frozen(t.sense_kinds), _frozen(t.passive), _frozen(t.modifier),
        decided=folded("decided"),
        in_force=tuple(phrases("in_force")))
