"""Reading article files as text: UTF-8, with replacement and a warning when it is not."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from usc_timeline.model import Problem

_BINARY_SNIFF = 8192
_CONTROL_BYTES = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
                                      27, 28, 29, 30, 31}


@dataclass(frozen=True, slots=True)
class ReadResult:
    text: str | None
    problems: tuple[Problem, ...] = ()


def looks_binary(data: bytes) -> bool:
    """A NUL byte, or many control bytes, in the first few KB means this is not an article."""
    head = data[:_BINARY_SNIFF]
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(1 for b in head if b in _CONTROL_BYTES)
    return controls / len(head) > 0.05


def read_text(path: Path, shown: str) -> ReadResult:
    """The file's text, or None with the reason it was skipped."""
    try:
        data = path.read_bytes()
    except PermissionError:
        return ReadResult(None, (Problem(shown, "cannot be read (permission denied); "
                                         "check its permissions. Skipped.", severity="error"),))
    except OSError as exc:
        return ReadResult(None, (Problem(shown, f"cannot be read ({exc.strerror or exc}). "
                                         "Skipped.", severity="error"),))
    if looks_binary(data):
        return ReadResult(None, (Problem(shown, "looks like a binary file, not an article. "
                                         "Skipped.", severity="error"),))
    try:
        text = data.decode("utf-8")
        problems: tuple[Problem, ...] = ()
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        problems = (Problem(shown, f"is not valid UTF-8 (first bad byte at offset {exc.start}); "
                            "undecodable bytes were replaced with U+FFFD. Re-save it as UTF-8 "
                            "to keep them."),)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return ReadResult(None, (*problems, Problem(shown, "is empty. Skipped.",
                                                    severity="error")))
    return ReadResult(text, problems)
