#!/usr/bin/env python3
"""Score `timeline export --format json` against a gold events file.

Usage:
    python benchmarks/event_eval.py EXPORT.json [--gold GOLD] [--verbose] [--json]
    timeline export --format json | python benchmarks/event_eval.py - [--gold GOLD]
    python benchmarks/event_eval.py --run [--gold GOLD] [--corpus DIR (default: GOLD's folder)]

The matching rule lives in `usc_timeline.evaluate` (see its docstring and
DESIGN.md); this script only reads inputs and prints the report.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from usc_timeline.evaluate import export_events, format_report, load_gold, score

REPO = Path(__file__).resolve().parent.parent


def run_library(paths: list[str]) -> dict[str, Any]:
    """Load the corpus and build the timeline in-process; return the export document."""
    # Imported here so that scoring an export file needs only the scorer.
    from usc_timeline.api import build_timeline, load_corpus

    timeline = build_timeline(load_corpus([Path(p) for p in paths]))
    for problem in timeline.problems:
        print(f"corpus: {problem}", file=sys.stderr)
    return export_events(timeline.events)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("export", nargs="?", help="export JSON file, or '-' for stdin")
    ap.add_argument("--run", action="store_true",
                    help="run the library on --corpus instead of reading an export")
    ap.add_argument("--corpus", action="append",
                    help="corpus path for --run (repeatable; default: the gold file's folder)")
    ap.add_argument("--gold", default=str(REPO / "seeds" / "gold-events.json"),
                    help="gold events file (default: seeds/gold-events.json)")
    ap.add_argument("--verbose", "-v", action="store_true",
                    help="list misses, false positives, date mismatches and split clusters")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    args = ap.parse_args(argv)

    if args.run == (args.export is not None):
        ap.error("give either an export file ('-' for stdin) or --run")
    try:
        gold = load_gold(args.gold)
    except (OSError, ValueError, KeyError) as exc:
        print(f"error: cannot read gold file {args.gold}: {exc}", file=sys.stderr)
        return 1
    if args.run:
        export = run_library(args.corpus or [str(Path(args.gold).resolve().parent)])
    else:
        try:
            if args.export == "-":
                export = json.load(sys.stdin)
            else:
                with open(args.export, encoding="utf-8") as fh:
                    export = json.load(fh)
        except (OSError, ValueError) as exc:
            print(f"error: cannot read export {args.export}: {exc}", file=sys.stderr)
            return 1
    try:
        report = score(export, gold)
    except ValueError as exc:
        print(f"error: cannot score export {args.export or 'of the run'}: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(report.to_json(), indent=1, ensure_ascii=False))
    else:
        print(format_report(report, verbose=args.verbose))
    return 0


if __name__ == "__main__":
    from piped import run

    run(main)
