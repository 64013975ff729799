"""A module-level name bound twice in one source file: the later binding silently replaces
the earlier for every function of the module, so code written against the first reads the
second (two `_ENDING` patterns in extract/anchors.py did this for months)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

_SRC = Path(__file__).resolve().parent.parent / "src" / "usc_timeline"


def _bound_twice(path: Path) -> list[str]:
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        names: list[str] = []
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        for name in names:
            if name in seen:
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen[name] = node.lineno
    return twice


@pytest.mark.parametrize("path", sorted(_SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(_SRC)))
def test_no_module_name_is_bound_twice(path: Path) -> None:
    assert _bound_twice(path) == []
