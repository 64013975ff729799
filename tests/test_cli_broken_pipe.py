"""Output into pipes: a reader that stops early (`timeline list | head -1`) is success (exit 0,
nothing on stderr), and lines carry no trailing padding.

rich's own handling exits 1, which fails `set -o pipefail` scripts.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from usc_timeline.cli.common import stdout_console

ARTICLE = ("June 20, 2023\nSecretary of State Antony Blinken met President Xi Jinping in "
           "Beijing on Monday.\n")


def test_result_console_exits_0_on_broken_pipe() -> None:
    with pytest.raises(SystemExit) as stop:
        stdout_console().on_broken_pipe()
    assert stop.value.code == 0


@pytest.mark.parametrize("args", [["list"], ["list", "--format", "json"], ["actors"],
                                  ["chart"], ["sources"]])
def test_closed_stdout_exits_0_quietly(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    env = {**os.environ, "USC_TIMELINE_CACHE_DIR": "", "USC_TIMELINE_CORPUS": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-m", "usc_timeline", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before anything is written
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert "Traceback" not in err and "Exception ignored" not in err


def test_piped_tables_have_no_trailing_padding(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    env = {**os.environ, "USC_TIMELINE_CACHE_DIR": "", "USC_TIMELINE_CORPUS": str(tmp_path)}
    env.pop("FORCE_COLOR", None)
    for command, expected in (("list", "Blinken"), ("sources", "a.txt"),
                              ("actors", "Antony Blinken")):
        out = subprocess.run([sys.executable, "-m", "usc_timeline", command], env=env,
                             capture_output=True, text=True, check=True).stdout
        lines = out.splitlines()
        assert len(lines) >= 2 and expected in out, out
        assert all(line == line.rstrip() for line in lines), command
