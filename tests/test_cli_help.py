"""Every command has help with an example; the installed `timeline` entry point runs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from usc_timeline.cli import main

COMMANDS = sorted(main.commands)


def test_the_expected_commands_exist() -> None:
    assert {"list", "filter", "show", "export", "actors", "issues", "places", "sources",
            "chart", "dates"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example(name: str) -> None:
    result = CliRunner().invoke(main, [name, "--help"], prog_name="timeline")
    assert result.exit_code == 0, result.output
    help_text = result.output
    assert "Example" in help_text, f"`timeline {name} --help` shows no example"
    example_lines = [line.strip() for line in help_text.splitlines()
                     if line.strip().startswith(f"timeline {name}")]
    assert example_lines, f"`timeline {name} --help` has no example of `timeline {name}`"
    command = main.commands[name]
    for param in command.params:
        if param.param_type_name == "option" and not getattr(param, "hidden", False):
            assert getattr(param, "help", None), f"{name} {param.name} has no help"


def test_main_help_documents_completion() -> None:
    result = CliRunner().invoke(main, ["--help"], prog_name="timeline")
    assert "_TIMELINE_COMPLETE=bash_source timeline" in result.output


def _entry_point() -> str:
    beside = Path(sys.executable).with_name("timeline")
    found = str(beside) if beside.exists() else shutil.which("timeline")
    if found is None:
        pytest.fail("the `timeline` entry point is not installed (pip install -e .)")
    return found


def test_installed_entry_point_runs_in_a_subprocess() -> None:
    exe = _entry_point()
    env = {**os.environ, "NO_COLOR": "1"}
    done = subprocess.run([exe, "--help"], capture_output=True, text=True, env=env, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert "Usage: timeline" in done.stdout and "chart" in done.stdout
    bad = subprocess.run([exe, "list", "--kind", "meetin"], capture_output=True, text=True,
                         env=env, timeout=120, check=False)
    assert bad.returncode == 2, bad.stderr  # the seeds were read; the kind is a usage error
    assert "did you mean 'meeting'" in bad.stderr


def test_completion_script_is_generated() -> None:
    exe = _entry_point()
    env = {**os.environ, "_TIMELINE_COMPLETE": "bash_source"}
    done = subprocess.run([exe], capture_output=True, text=True, env=env, timeout=60,
                          check=False)
    assert done.returncode == 0 and "complete" in done.stdout
