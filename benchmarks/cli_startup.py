"""Start-up time of the CLI against the floor of importing click and rich.

Issue 5's target: `timeline list` on the bundled seeds takes at most 2x the time of
`python -c "import click, rich.console"` (the least any rich click CLI can cost),
because heavy modules are imported only by the commands that need them.

    python benchmarks/cli_startup.py [--runs 7] [--check]

Prints the median wall time of each command and its ratio to the floor; with
--check, exits 1 when `timeline list` is over the target.
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


def median_seconds(cmd: list[str], runs: int) -> float:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    env.pop("USC_TIMELINE_CORPUS", None)
    times: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                       check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--check", action="store_true", help="exit 1 if over the target")
    args = parser.parse_args()

    floor = median_seconds([sys.executable, "-c", "import click, rich.console"], args.runs)
    cases = {
        "timeline --help": [*_timeline(), "--help"],
        "timeline list": [*_timeline(), "list"],
        "timeline list --format json": [*_timeline(), "list", "--format", "json"],
    }
    print(f"{'floor: import click, rich.console':40} {floor * 1000:7.0f} ms   1.00x")
    ratios: dict[str, float] = {}
    for name, cmd in cases.items():
        t = median_seconds(cmd, args.runs)
        ratios[name] = t / floor
        print(f"{name:40} {t * 1000:7.0f} ms {ratios[name]:6.2f}x")
    ok = ratios["timeline list"] <= TARGET
    print(f"target: timeline list <= {TARGET:.1f}x the floor: {'met' if ok else 'NOT met'}")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
