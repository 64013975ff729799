"""Serialising a timeline: one registry of formats, one atomic writer."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from usc_timeline.export import csv_, ics, json_v1, jsonl, markdown, timelinejs
from usc_timeline.model import Document, Event

Renderer = Callable[[Sequence[Event], Mapping[str, Document]], str]

FORMATS: dict[str, Renderer] = {
    "json": json_v1.render,
    "jsonl": jsonl.render,
    "csv": csv_.render,
    "ics": ics.render,
    "markdown": markdown.render,
    "timelinejs": timelinejs.render,
}


class ExportError(Exception):
    """An export could not be written; the message says where and why."""


def render_export(fmt: str, events: Sequence[Event], documents: Mapping[str, Document]) -> str:
    """The timeline in format `fmt` (a key of FORMATS) as text."""
    try:
        renderer = FORMATS[fmt]
    except KeyError:
        raise ExportError(f"unknown export format {fmt!r}; choose one of "
                          f"{', '.join(sorted(FORMATS))}") from None
    return renderer(events, documents)


def write_atomic(path: Path, content: str) -> None:
    """Write `content` to `path` so that readers see the old file or the new one, never half."""
    target = path.expanduser()
    if target.is_symlink():  # replace the file the link points at, and keep the link
        target = Path(os.path.realpath(target))
    if _is_special(target):  # `-o /dev/null`, a named pipe: write into it, never replace it
        _write_through(path, target, content)
        return
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"cannot write {path}: folder {folder} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        _give_usual_mode(Path(tmp_name), target)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def _is_special(target: Path) -> bool:
    """An existing target that is not a regular file (a device, a FIFO, a socket)."""
    try:
        return not stat.S_ISREG(target.stat().st_mode) and not target.is_dir()
    except OSError:
        return False


def _write_through(path: Path, target: Path, content: str) -> None:
    try:
        with open(target, "w", encoding="utf-8", newline="") as handle:
            handle.write(content)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None


def _give_usual_mode(tmp: Path, target: Path) -> None:
    """The mode a plain `open(target, "w")` would give, not mkstemp's private 0600.

    Replacing a file keeps its mode; a new file gets 0666 less the umask.
    """
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp, mode)

