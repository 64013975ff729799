"""A content-addressed cache of parsed TOML, because tomllib is pure Python and parsing the
bundled lexicon (~200 KB) costs ~50 ms per run while reading cached JSON costs ~3 ms.

The cache key is a hash of the file text, so an edited file is simply parsed again; a missing,
unwritable or corrupt cache only costs the parse. Dates are tagged in the JSON so a cached
parse is exactly the parse (a quoted "2021-01-20" stays a string, a bare date stays a date).
Files are named lexicon-<hash>.json and only the newest KEEP are kept. Location (shared
with the timeline cache, `usc_timeline.cache`): $USC_TIMELINE_CACHE_DIR, else
$XDG_CACHE_HOME/usc-timeline, else ~/.cache/usc-timeline. Set USC_TIMELINE_CACHE_DIR to an
empty string to disable it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import tomllib
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from usc_timeline.cache import CACHE_ENV_VAR, cache_dir

__all__ = ["CACHE_ENV_VAR", "KEEP", "cache_dir", "loads_cached"]

_FORMAT = "lexicon-toml-v1"
KEEP = 24  # parsed files kept (6 bundled + user files); older ones are removed


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"__datetime__": value.isoformat()}
    if isinstance(value, date):
        return {"__date__": value.isoformat()}
    if isinstance(value, time):
        return {"__time__": value.isoformat()}
    raise TypeError(f"cannot cache {type(value).__name__}")


def _decode(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        if "__date__" in obj:
            return date.fromisoformat(obj["__date__"])
        if "__datetime__" in obj:
            return datetime.fromisoformat(obj["__datetime__"])
        if "__time__" in obj:
            return time.fromisoformat(obj["__time__"])
    return obj


def loads_cached(text: str) -> dict[str, Any]:
    """tomllib.loads(text), served from the cache when this exact text was parsed before.

    Raises tomllib.TOMLDecodeError like tomllib.loads (invalid text is never cached).
    """
    directory = cache_dir()
    if directory is None:
        return tomllib.loads(text)
    key = hashlib.blake2b(f"{_FORMAT}\n{text}".encode(), digest_size=16).hexdigest()
    path = directory / f"lexicon-{key}.json"
    try:
        cached = json.loads(path.read_text(encoding="utf-8"), object_hook=_decode)
        if isinstance(cached, dict):
            return cached
    except (OSError, ValueError):
        pass
    data = tomllib.loads(text)
    _store(directory, path, data)
    return data


def _store(directory: Path, path: Path, data: dict[str, Any]) -> None:
    """Write atomically (temp file + rename) so concurrent runs never read half a file."""
    tmp_name: str | None = None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=directory, suffix=".tmp", delete=False
        ) as handle:
            tmp_name = handle.name
            json.dump(data, handle, default=_encode, ensure_ascii=False)
        os.replace(tmp_name, path)
        _prune(directory)
    except (OSError, TypeError):
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)  # caching is an optimisation only


def _prune(directory: Path) -> None:
    """Keep the KEEP most recently written parses: edited files leave stale ones behind."""
    kept = sorted(directory.glob("lexicon-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in kept[KEEP:]:
        old.unlink(missing_ok=True)
