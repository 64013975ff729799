#!/usr/bin/env python3
"""Score the extractor on the phrasings corpus: one short text per case, one event each.

Usage:
    python benchmarks/phrasings_eval.py [PATH ...] [--kind KIND] [--verbose] [--json]

PATH is a TOML file or a folder of them (default: tests/data/phrasings). Each case is
extracted as a one-document corpus with its own publication date; the scoring rule is
in `usc_timeline.evaluate.phrasings`. Prints, per file and per expected kind: cases,
found, found with the right sort of kind, exact date and status among found, the
near misses that stayed clean, and the cases missed — with how many of them gave no
event at all (a wording not read) rather than an event that failed the rule.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from usc_timeline.api import build_timeline
from usc_timeline.evaluate import export_events
from usc_timeline.evaluate.phrasings import DOC, Case, Outcome, judge, load_cases
from usc_timeline.lexicon import default_lexicon
from usc_timeline.model import Corpus, Document, Published

REPO = Path(__file__).resolve().parent.parent


def run_case(case: Case) -> Outcome:
    """Extract the case's text on its own and judge the events it gives."""
    doc = Document(id=DOC, text=case.text, published=Published(case.published, "phrasings"))
    timeline = build_timeline(Corpus((doc,)), default_lexicon())
    return judge(case, export_events(timeline.events))


def _totals(outcomes: Iterable[Outcome]) -> dict[str, int]:
    t = {"cases": 0, "found": 0, "kind": 0, "exact": 0, "dated": 0, "status": 0,
         "near_misses": 0, "clean": 0, "silent": 0}
    for o in outcomes:
        if o.case.near_miss:
            t["near_misses"] += 1
            t["clean"] += o.found
            continue
        t["cases"] += 1
        t["found"] += o.found
        t["silent"] += not o.found and not o.predicted  # missed with no event made at all
        t["kind"] += o.found and o.kind_ok
        t["status"] += o.found and o.status_ok
        if o.case.span is not None and o.found:
            t["dated"] += 1
            t["exact"] += o.exact
    return t


def _pct(num: int, den: int) -> str:
    return f"{num / den:6.3f}" if den else "     -"


def _line(name: str, t: dict[str, int]) -> str:
    return (f"{name:<22} {t['cases']:>5} {t['found']:>5} {_pct(t['found'], t['cases'])} "
            f"{_pct(t['kind'], t['cases'])} {_pct(t['exact'], t['dated'])} "
            f"{_pct(t['status'], t['found'])}   {t['clean']:>3}/{t['near_misses']:<3}"
            f"   {t['cases'] - t['found']:>3} {t['silent']:>3}")


def report(outcomes: list[Outcome], verbose: bool) -> str:
    lines = [f"{'':<22} {'cases':>5} {'found':>5} {'recall':>6} {'+kind':>6} {'exact':>6} "
             f"{'status':>6}   clean/near   missed (no event at all)"]
    lines.append(_line("all", _totals(outcomes)))
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[f"file {o.case.source}"].append(o)
        groups[f"kind {o.case.kind}"].append(o)
    for name in sorted(groups):
        lines.append(_line(name, _totals(groups[name])))
    if verbose:
        for o in outcomes:
            c = o.case
            if c.near_miss and not o.found:
                made = ", ".join(o.wrong)
                lines.append(f"\nNEAR MISS MADE {c.source}:{c.id} ({made})\n  {c.text}")
            elif not c.near_miss and not (o.found and o.kind_ok and o.status_ok
                                          and (o.exact or c.span is None)):
                what = ("MISSED" if not o.found else
                        "WRONG " + "/".join(k for k, ok in (("kind", o.kind_ok),
                                                            ("status", o.status_ok),
                                                            ("date", o.exact or c.span is None))
                                            if not ok))
                want = f"{c.kind}/{c.status} {c.span or 'undated'} {', '.join(c.actors)}"
                lines.append(f"\n{what} {c.source}:{c.id} want {want}\n  {c.text}")
                lines.extend(f"  got {p}" for p in o.predicted)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("paths", nargs="*", type=Path, help="TOML files or folders")
    ap.add_argument("--kind", help="only cases of this expected kind ('none': near misses)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every case not fully right")
    ap.add_argument("--json", action="store_true", help="print the totals as JSON")
    args = ap.parse_args(argv)
    paths = args.paths or [REPO / "tests" / "data" / "phrasings"]
    try:
        cases = load_cases(paths)
    except (OSError, ValueError) as exc:
        print(f"phrasings_eval: {exc}", file=sys.stderr)
        return 2
    if args.kind:
        cases = [c for c in cases if c.kind == args.kind]
    outcomes = [run_case(c) for c in cases]
    if args.json:
        out: dict[str, Any] = {"all": _totals(outcomes)}
        print(json.dumps(out, indent=1))
    else:
        print(report(outcomes, args.verbose))
    return 0


if __name__ == "__main__":
    from piped import run

    run(main)
