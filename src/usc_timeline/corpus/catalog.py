"""`catalog.toml`: what a corpus folder says about its files (title, outlet, url, published)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from usc_timeline.corpus.published import normalise_published
from usc_timeline.model import Problem

CATALOG_NAME = "catalog.toml"
ENTRY_KEYS = ("file", "title", "outlet", "url", "published", "published_note")
_WHERE = re.compile(r"\(at line (\d+), column (\d+)\)")


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    file: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    published_note: str | None = None


@dataclass(frozen=True, slots=True)
class Catalog:
    entries: dict[str, CatalogEntry] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()


def _block_lines(source: str) -> list[list[str]]:
    """The lines of each [[document]] block (index 0 = block 1), with line numbers kept."""
    blocks: list[list[str]] = []
    lines = source.splitlines()
    starts = [i for i, line in enumerate(lines) if re.match(r"\s*\[\[\s*document\s*\]\]", line)]
    for n, first in enumerate(starts):
        last = starts[n + 1] if n + 1 < len(starts) else len(lines)
        blocks.append([""] * first + lines[first:last])
    return blocks


def _key_line(blocks: list[list[str]], index: int, key: str) -> int | None:
    """Line number of `key = ...` in block `index` (1-based), for messages."""
    if index > len(blocks):
        return None
    for number, line in enumerate(blocks[index - 1], start=1):
        if re.match(rf"\s*{re.escape(key)}\s*=", line):
            return number
    return None


def read_catalog(folder: Path, shown_folder: str) -> Catalog:
    """Parse `folder/catalog.toml`; every problem is reported and the rest still used."""
    path = folder / CATALOG_NAME
    shown = f"{shown_folder.rstrip('/')}/{CATALOG_NAME}"
    if not path.is_file():
        return Catalog()
    try:
        source = path.read_text(encoding="utf-8", errors="replace")
        data = tomllib.loads(source)
    except OSError as exc:
        return Catalog(problems=(Problem(shown, f"cannot be read ({exc}); "
                                         "documents are loaded without it", severity="error"),))
    except tomllib.TOMLDecodeError as exc:
        where = _WHERE.search(str(exc))
        message = _WHERE.sub("", str(exc)).strip()
        return Catalog(problems=(Problem(
            shown, f"is not valid TOML: {message}. Fix it; until then the folder's documents "
            "are loaded without it.", line=int(where.group(1)) if where else None,
            column=int(where.group(2)) if where else None, severity="error"),))

    problems: list[Problem] = []
    for key in data:
        if key != "document":
            problems.append(Problem(shown, f"unknown top-level key {key!r} ignored; the catalog "
                                    "holds [[document]] blocks"))
    blocks = data.get("document", [])
    if not isinstance(blocks, list):
        blocks = []
        problems.append(Problem(shown, "'document' must be [[document]] blocks"))
    entries: dict[str, CatalogEntry] = {}
    lines = _block_lines(source)
    for index, block in enumerate(blocks, start=1):
        if not isinstance(block, dict) or not isinstance(block.get("file"), str):
            problems.append(Problem(shown, f"[[document]] block {index} has no `file = \"...\"`; "
                                    "skipped"))
            continue
        name = block["file"]
        values: dict[str, str | None] = {}
        for key, value in block.items():
            if key not in ENTRY_KEYS:
                problems.append(Problem(shown, f"unknown key {key!r} in the entry for {name!r} "
                                        f"ignored; known keys: {', '.join(ENTRY_KEYS)}",
                                        line=_key_line(lines, index, key)))
            elif key == "published":
                try:
                    values[key] = normalise_published(value)
                except ValueError as exc:
                    problems.append(Problem(shown, f"published date of {name!r}: {exc}; "
                                            "ignored", line=_key_line(lines, index, key)))
            elif key != "file":
                values[key] = str(value)
        if not (folder / name).is_file():
            problems.append(Problem(shown, f"lists {name!r}, which is not in the folder; "
                                    "check the name", line=_key_line(lines, index, "file")))
            continue
        entries[name] = CatalogEntry(file=name, **values)
    return Catalog(entries, tuple(problems))
