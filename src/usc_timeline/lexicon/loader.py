"""Load and validate the lexicon TOML files: bundled data plus user extension directories.

User directories (arguments, and the USC_TIMELINE_LEXICON environment variable) may hold any
of the same-named files; their entries are added, and an entry with the same key (person
name, country code, place/institution name, issue tag, title role+country) replaces the
bundled one. Every problem is reported as a LexiconError naming the file, the line when it
can be found, and what to do about it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from .catalog import Lexicon
from .checks import Entry, LexiconError, bundled, check_keys, check_top_level, parse, tables
from .checks import text as _text
from .checks import texts as _texts
from .model import (
    PLACE_KINDS,
    Country,
    Institution,
    Issue,
    Person,
    Place,
    Role,
    Title,
    derive_short,
)

__all__ = ["ENV_VAR", "LexiconError", "default_lexicon", "load_lexicon"]

ENV_VAR = "USC_TIMELINE_LEXICON"

_CODE_RE = re.compile(r"^[A-Z]{2}$")
_TAG_RE = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class _Raw:
    """One parsed entry with where it came from (for error messages)."""

    kind: str
    key: str
    value: Any
    source: str
    text: str


# -- field readers (the shared ones are in checks.py) ----------------------------------------


def _country(entry: Mapping[str, Any], ctx: Entry) -> str | None:
    code = _text(entry, "country", ctx, required=False)
    if code is not None and not _CODE_RE.match(code):
        raise ctx.fail(f"country '{code}' is not an ISO 3166 alpha-2 code such as 'US' or 'CN'")
    return code


def _date(value: Any, key: str, ctx: Entry) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ctx.fail(f"'{key}' must be a date written like 2021-01-20 (no quotes), got {value!r}")


# -- entry builders --------------------------------------------------------------------------


def _person(entry: Mapping[str, Any], ctx: Entry) -> Person:
    check_keys(entry, ("name", "aliases", "country", "short", "role"), ctx)
    name = _text(entry, "name", ctx)
    assert name is not None
    country = _country(entry, ctx)
    raw_roles = entry.get("role", [])
    if not isinstance(raw_roles, list) or not all(isinstance(r, dict) for r in raw_roles):
        raise ctx.fail("'role' must be written as [[person.role]] tables")
    roles = []
    for raw in raw_roles:
        check_keys(raw, ("title", "start", "end"), ctx)
        title = _text(raw, "title", ctx)
        assert title is not None
        start = _date(raw.get("start"), "start", ctx)
        end = _date(raw.get("end"), "end", ctx)
        if start and end and end < start:
            raise ctx.fail(f"role '{title}' ends ({end}) before it starts ({start})")
        roles.append(Role(title, start, end))
    short = _text(entry, "short", ctx, required=False) or derive_short(name, country)
    aliases = tuple(a for a in _texts(entry, "aliases", ctx) if a != name)
    return Person(name, country, aliases, short, tuple(roles))


def _title(entry: Mapping[str, Any], ctx: Entry) -> Title:
    check_keys(entry, ("names", "role", "country", "holders_listed"), ctx)
    names = _texts(entry, "names", ctx, required=True)
    role = _text(entry, "role", ctx)
    assert role is not None
    listed = entry.get("holders_listed", False)
    if not isinstance(listed, bool):
        raise ctx.fail("'holders_listed' must be true or false")
    return Title(names, role, _country(entry, ctx), listed)


def _country_entry(entry: Mapping[str, Any], ctx: Entry) -> Country:
    check_keys(entry, ("code", "name", "aliases", "adjectives", "capital"), ctx)
    code = _text(entry, "code", ctx)
    assert code is not None
    if not _CODE_RE.match(code):
        raise ctx.fail(f"code '{code}' is not an ISO 3166 alpha-2 code (two capital letters)")
    name = _text(entry, "name", ctx)
    assert name is not None
    return Country(
        code,
        name,
        _texts(entry, "aliases", ctx),
        _texts(entry, "adjectives", ctx),
        _text(entry, "capital", ctx, required=False),
    )


def _institution(entry: Mapping[str, Any], ctx: Entry) -> Institution:
    check_keys(entry, ("name", "aliases", "country"), ctx)
    name = _text(entry, "name", ctx)
    assert name is not None
    return Institution(name, _texts(entry, "aliases", ctx), _country(entry, ctx))


def _place(entry: Mapping[str, Any], ctx: Entry) -> Place:
    check_keys(entry, ("name", "aliases", "country", "kind"), ctx)
    name = _text(entry, "name", ctx)
    kind = _text(entry, "kind", ctx)
    assert name is not None and kind is not None
    if kind not in PLACE_KINDS:
        raise ctx.fail(f"kind '{kind}' is not one of {', '.join(sorted(PLACE_KINDS))}")
    return Place(name, _texts(entry, "aliases", ctx), _country(entry, ctx), kind)


def _issue(entry: Mapping[str, Any], ctx: Entry) -> Issue:
    check_keys(entry, ("tag", "keywords"), ctx)
    tag = _text(entry, "tag", ctx)
    assert tag is not None
    if not _TAG_RE.match(tag):
        raise ctx.fail(f"tag '{tag}' must be lowercase letters, digits and underscores")
    return Issue(tag, _texts(entry, "keywords", ctx, required=True))


@dataclass(frozen=True, slots=True)
class _Spec:
    file: str
    table: str  # the [[table]] name in the file
    key_field: str  # the field that identifies an entry (for replacement and errors)
    build: Callable[[Mapping[str, Any], Entry], Any]


_SPECS = (
    _Spec("people.toml", "person", "name", _person),
    _Spec("titles.toml", "title", "role", _title),
    _Spec("countries.toml", "country", "code", _country_entry),
    _Spec("institutions.toml", "institution", "name", _institution),
    _Spec("places.toml", "place", "name", _place),
    _Spec("issues.toml", "issue", "tag", _issue),
)


# -- file reading ----------------------------------------------------------------------------


def _entries(spec: _Spec, text: str, source: str) -> list[_Raw]:
    data = parse(text, source)
    check_top_level(data, (spec.table,), source,
                    f"entries must be written as [[{spec.table}]] tables")
    out: list[_Raw] = []
    seen: set[str] = set()
    for number, entry in enumerate(tables(data, spec.table, source), start=1):
        label = entry.get(spec.key_field) if isinstance(entry.get(spec.key_field), str) else None
        ctx = Entry(spec.table, label or f"#{number}", spec.key_field, source, text)
        value = spec.build(entry, ctx)
        key = _entry_key(value)
        if key in seen:
            raise ctx.fail(
                f"duplicate {spec.key_field} in this file; merge the two entries into one"
            )
        seen.add(key)
        out.append(_Raw(spec.table, key, value, source, text))
    return out


def _entry_key(value: Any) -> str:
    if isinstance(value, Title):
        return f"{value.role.casefold()}|{value.country or ''}"
    if isinstance(value, Country):
        return value.code
    if isinstance(value, Issue):
        return value.tag
    assert isinstance(value, Person | Institution | Place)
    return _name_key(value.name)


def _name_key(name: str) -> str:
    """A name as a key: spaces collapsed, case folded."""
    return " ".join(name.split()).casefold()


def user_dirs(extra_dirs: Sequence[str | Path] = ()) -> list[Path]:
    """The USC_TIMELINE_LEXICON folders, then `extra_dirs` (LexiconError if one is not a
    folder): for lexicon files and the other files read from them (triggers.toml)."""
    env = os.environ.get(ENV_VAR, "")
    dirs = [Path(p) for p in env.split(os.pathsep) if p.strip()]
    dirs.extend(Path(d) for d in extra_dirs)
    for directory in dirs:
        if not directory.is_dir():
            raise LexiconError(
                f"{directory}: lexicon directory does not exist (from {ENV_VAR} or the "
                "command line); create it or remove it from the list"
            )
    return dirs


def read_user_file(path: Path) -> str | None:
    """A user's lexicon file, None if the folder has none (LexiconError if unreadable)."""
    if not path.is_file():
        return None
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read lexicon file ({exc})") from None


def _check_countries(merged: dict[str, dict[str, _Raw]]) -> None:
    codes = {raw.value.code for raw in merged["country"].values()}
    for table in ("person", "title", "institution", "place"):
        for raw in merged[table].values():
            code = raw.value.country
            if code is not None and code not in codes:
                label = raw.value.role if table == "title" else raw.value.name
                key_field = "role" if table == "title" else "name"
                ctx = Entry(table, label, key_field, raw.source, raw.text)
                raise ctx.fail(
                    f"country '{code}' is not defined in countries.toml; add it there "
                    "(or in countries.toml of your lexicon directory) or fix the code"
                )


def load_lexicon(extra_dirs: Sequence[Path] = ()) -> Lexicon:
    """The bundled lexicon plus the same-named files found in user directories.

    Directories come from USC_TIMELINE_LEXICON (os.pathsep-separated) and then `extra_dirs`;
    later entries with the same key replace earlier ones in place.
    """
    merged: dict[str, dict[str, _Raw]] = {spec.table: {} for spec in _SPECS}
    sources: list[str] = []
    for spec in _SPECS:
        text, source = bundled(spec.file)
        sources.append(source)
        for raw in _entries(spec, text, source):
            merged[spec.table][raw.key] = raw
    for directory in user_dirs(extra_dirs):
        for spec in _SPECS:
            path = directory / spec.file
            user_text = read_user_file(path)
            if user_text is None:
                continue
            sources.append(str(path))
            for raw in _entries(spec, user_text, str(path)):
                merged[spec.table][raw.key] = raw
    _check_countries(merged)

    def values(table: str) -> tuple[Any, ...]:
        return tuple(raw.value for raw in merged[table].values())

    return Lexicon(
        people=values("person"),
        titles=values("title"),
        countries=values("country"),
        institutions=values("institution"),
        places=_with_capitals(values("place"), values("country")),
        issues=values("issue"),
        sources=tuple(sources),
        extra_dirs=tuple(str(d) for d in extra_dirs),
    )


def _with_capitals(places: tuple[Place, ...], countries: tuple[Country, ...]
                   ) -> tuple[Place, ...]:
    """Every country's capital is also a city of that country (`talks in Tunis`), unless
    places.toml already names it: countries.toml gives the capital once, for both uses
    (as a metonym, `Tunis said`, and as where something happened)."""
    named = {_name_key(form) for p in places for form in (p.name, *p.aliases)}
    extra = tuple(Place(c.capital, (), c.code, "city") for c in countries
                  if c.capital and _name_key(c.capital) not in named)
    return places + extra


@cache
def default_lexicon() -> Lexicon:
    """load_lexicon() once per process: the extractor asks for it per document."""
    return load_lexicon()
