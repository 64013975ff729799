"""Atomic exports behave like a plain write: the usual file mode (not 0600), links kept."""

from __future__ import annotations

import os
import stat
import sys
import threading
from pathlib import Path

import pytest

from usc_timeline.export import write_atomic

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_file_follows_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "t.json", "{}")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "t.json") == 0o644


def test_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "t.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert _mode(target) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]  # no temp file left


def test_symlinked_target_keeps_the_link_and_updates_the_file(tmp_path: Path) -> None:
    real = tmp_path / "site" / "timeline.json"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "timeline.json"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


def test_a_named_pipe_is_written_into_not_replaced(tmp_path: Path) -> None:
    # `-o /dev/null` or `-o some.fifo`: replacing the special file (as root can) would
    # break it for every other program
    fifo = tmp_path / "events.fifo"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")),
                              daemon=True)
    reader.start()
    write_atomic(fifo, "one event\n")
    reader.join(timeout=10)
    assert got == ["one event\n"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
