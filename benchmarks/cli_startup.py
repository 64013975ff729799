"""Start-up time of the CLI against the floor of importing click and rich.

Issue 5's target: `timeline list` on the bundled seeds takes at most 2x the time of
`python -c "import click, rich.console"` (the least any rich click CLI can cost),
because heavy modules are imported only by the commands that need them.

    python benchmarks/cli_startup.py [--runs 7] [--check]

Prints the fastest and the median wall time of each command and their ratios to the
floor (the fastest run is the least disturbed by other load on the machine); with
--check, exits 1 when the fastest `timeline list` is over the target.

The first `timeline list` after a code or corpus change builds the timeline and fills
the cache (see usc_timeline.cache); one warm-up run is made before timing, and the
cold cost is shown separately with the cache disabled.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

TARGET = 2.0


def _timeline() -> list[str]:
    beside = Path(sys.executable).with_name("timeline")
    return [str(beside)] if beside.exists() else [sys.executable, "-m", "usc_timeline"]


def seconds(cmd: list[str], runs: int, cache: bool = True) -> tuple[float, float]:
    """(fastest, median) wall time of `cmd` over `runs` runs, after one warm-up run."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    env.pop("USC_TIMELINE_CORPUS", None)
    # as installed for users: bytecode cached (the warm-up run writes it), else every
    # run would compile every module from source
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not cache:
        env["USC_TIMELINE_CACHE_DIR"] = ""
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                   check=True)
    times: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                       check=True)
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--check", action="store_true", help="exit 1 if over the target")
    args = parser.parse_args()

    floor, floor_med = seconds([sys.executable, "-c", "import click, rich.console"], args.runs)
    cases = {
        "timeline --help": ([*_timeline(), "--help"], True),
        "timeline list": ([*_timeline(), "list"], True),
        "timeline list --format json": ([*_timeline(), "list", "--format", "json"], True),
        "timeline list (cache off: full build)": ([*_timeline(), "list"], False),
    }
    print(f"{'':42} {'fastest':>9} {'ratio':>6} {'median':>9} {'ratio':>6}")
    print(f"{'floor: import click, rich.console':42} {floor * 1000:7.0f} ms {1:6.2f} "
          f"{floor_med * 1000:7.0f} ms {1:6.2f}")
    ratios: dict[str, float] = {}
    for name, (cmd, cache) in cases.items():
        fast, med = seconds(cmd, args.runs, cache)
        ratios[name] = fast / floor
        print(f"{name:42} {fast * 1000:7.0f} ms {fast / floor:6.2f} {med * 1000:7.0f} ms "
              f"{med / floor_med:6.2f}")
    ok = ratios["timeline list"] <= TARGET
    print(f"target: timeline list <= {TARGET:.1f}x the floor: {'met' if ok else 'NOT met'}")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    from piped import run

    run(main)
