"""Run a benchmark's `main` so that piping its report into `head` ends quietly: the
reader has what it wanted, so a closed pipe is no error and prints no traceback."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import NoReturn


def run(main: Callable[[], int]) -> NoReturn:
    """Exit with `main()`'s status, or 0 when the reader closed the pipe early."""
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        sys.stderr.close()  # (nothing more can be written; say nothing at exit)
        status = 0
    sys.exit(status)
