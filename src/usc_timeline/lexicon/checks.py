"""What a lexicon-style TOML file may not be, and how that is told: the file, the line
when it can be found, the entry, what is wrong and what to do.

The lexicon loader checks its [[person]], [[title]] … entries with these readers, and so
do the other bundled word lists (titles and acts of merge, short names, denial cues,
unknown-name words), so that a mistake in any of them reads the same and never ends in a
bare KeyError or TypeError.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

from .parse_cache import loads_cached

_TOML_POS_RE = re.compile(r"\(at line (\d+), column (\d+)\)")


class LexiconError(Exception):
    """A lexicon file cannot be used; the message names the file and what to fix."""


class Entry:
    """Error reporting for one entry: finds the entry's line in the file text.

    An entry is a table (`kind` 'person', found by its `key_field` = `label` line) or, with
    no kind, a top-level key of a flat file (`label`, found by its `label = ` line)."""

    def __init__(self, kind: str, label: str, key_field: str, source: str, text: str) -> None:
        self.kind, self.label, self.key_field = kind, label, key_field
        self.source, self.text = source, text

    def fail(self, problem: str) -> LexiconError:
        where = self.source
        line = _find_line(self.text, self.key_field, self.label)
        if line is not None:
            where = f"{where}:{line}"
        what = f"{self.kind} '{self.label}': " if self.kind else ""
        return LexiconError(f"{where}: {what}{problem}")


def top_level(key: str, source: str, text: str) -> Entry:
    """The entry of a flat file's top-level `key` (a word list, a number, a table)."""
    return Entry("", key, "", source, text)


def _find_line(text: str, key_field: str, value: str) -> int | None:
    if not value:
        return None
    if key_field:
        pattern = re.compile(
            rf'^[ \t]*{re.escape(key_field)}\s*=\s*["\']{re.escape(value)}["\']', re.M)
    else:
        pattern = re.compile(rf"^[ \t]*\[?{re.escape(value)}\]?\s*(?:=|$)", re.M)
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def parse(text: str, source: str) -> dict[str, Any]:
    """The file's TOML, or a LexiconError with the line and column of a syntax error."""
    try:
        return loads_cached(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        pos = _TOML_POS_RE.search(message)
        where = f"{source}:{pos.group(1)}:{pos.group(2)}" if pos else source
        detail = _TOML_POS_RE.sub("", message).strip()
        raise LexiconError(
            f"{where}: invalid TOML ({detail}); fix the syntax at that line and column"
        ) from None


def check_top_level(data: Mapping[str, Any], allowed: Iterable[str], source: str,
                    hint: str | None = None) -> None:
    """No top-level key but the allowed ones (a misspelt list would silently be missing)."""
    allowed = set(allowed)
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise LexiconError(
            f"{source}: unknown top-level key(s) {', '.join(unknown)}; "
            f"{hint or 'allowed keys are ' + ', '.join(sorted(allowed))}"
        )


def tables(data: Mapping[str, Any], table: str, source: str) -> list[dict[str, Any]]:
    """The [[table]] entries of a file (none if it has none)."""
    found = data.get(table, [])
    if not isinstance(found, list) or not all(isinstance(e, dict) for e in found):
        raise LexiconError(f"{source}: '{table}' must be written as [[{table}]] tables")
    return found


def check_keys(entry: Mapping[str, Any], allowed: Iterable[str], ctx: Entry) -> None:
    allowed = set(allowed)
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise ctx.fail(
            f"unknown key(s) {', '.join(unknown)}; allowed keys are {', '.join(sorted(allowed))}"
        )


def text(entry: Mapping[str, Any], key: str, ctx: Entry, required: bool = True) -> str | None:
    value = entry.get(key)
    if value is None:
        if required:
            raise ctx.fail(f"missing required key '{key}'")
        return None
    if not isinstance(value, str) or not value.strip():
        raise ctx.fail(f"'{key}' must be a non-empty string, got {value!r}")
    return value.strip()


def texts(
    entry: Mapping[str, Any], key: str, ctx: Entry, required: bool = False
) -> tuple[str, ...]:
    value = entry.get(key)
    if value is None:
        if required:
            raise ctx.fail(f"missing required key '{key}' (a list of strings)")
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ctx.fail(f"'{key}' must be a list of non-empty strings, got {value!r}")
    if required and not value:
        raise ctx.fail(f"'{key}' must list at least one string")
    return tuple(dict.fromkeys(v.strip() for v in value))


def words(data: Mapping[str, Any], key: str, source: str, text: str) -> tuple[str, ...]:
    """A flat file's required word list `key` (it may be empty)."""
    ctx = top_level(key, source, text)
    if key not in data:
        raise ctx.fail(f"missing required key '{key}' (a list of strings)")
    return texts(data, key, ctx)


def number(data: Mapping[str, Any], key: str, source: str, text: str) -> int:
    """A flat file's required whole number `key`, zero or more."""
    ctx = top_level(key, source, text)
    value = data.get(key)
    if value is None:
        raise ctx.fail(f"missing required key '{key}' (a whole number)")
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ctx.fail(f"'{key}' must be a whole number, zero or more, got {value!r}")
    return value


def pattern(entry: Mapping[str, Any], key: str, ctx: Entry) -> re.Pattern[str]:
    """The required list of regular expressions `key`, as one case-insensitive pattern."""
    parts = texts(entry, key, ctx, required=True)
    for part in parts:
        try:
            re.compile(part)
        except re.error as exc:
            raise ctx.fail(f"'{key}' holds {part!r}, not a valid regular expression "
                           f"({exc}); fix or remove it") from None
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


def bundled(name: str) -> tuple[str, str]:
    """A bundled lexicon/data file's text, and its path for messages."""
    resource = resources.files("usc_timeline.lexicon").joinpath("data", name)
    return resource.read_text(encoding="utf-8"), str(resource)
