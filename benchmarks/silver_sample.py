#!/usr/bin/env python3
"""Print a fixed random sample of merged events from real news, for judging by hand.

The gold sets are written by us; real wire news is the check that they are not all
we are good at. This builds the timeline of TE3-Silver (every article dated by its
DCT, as `extract_speed.py` does) and prints a stratified sample — events with a US,
Chinese, Taiwanese or Hong Kong actor or place, and the rest — with each source's
sentence and date, so that a person can judge kind, date, status, actors, place,
merge and title event by event. The same seed and code give the same sample.

Usage:
    python benchmarks/silver_sample.py [--data DIR] [--seed N] [--per-stratum N] > sample.txt

How the last audit was judged, and its figures, are in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from extract_speed import library, load_documents
from tml import REPO_ROOT

from usc_timeline.lexicon import Lexicon, default_lexicon

US_CHINA = frozenset({"US", "CN", "TW", "HK"})


def on_us_china_side(event: Any, lexicon: Lexicon) -> bool:
    """Whether an actor's country, or the country of a place, is one of US_CHINA."""
    if any(a.country in US_CHINA for a in event.actors):
        return True
    for name in event.places:
        place = lexicon.place_by_name(name)
        if place is not None and place.country in US_CHINA:
            return True
        country = lexicon.country_by_word(name)
        if country is not None and country.code in US_CHINA:
            return True
    return False


def describe(n: int, stratum: str, event: Any) -> str:
    """One event as the judge sees it: every field and each source's own words."""
    lines = [f"=== #{n} [{stratum}] id={event.id}",
             f"kind={event.kind} status={event.status} "
             f"date={event.date.to_json() if event.date else None}",
             "actors: " + "; ".join(f"{a.name} ({a.country}, {a.role}, {a.kind})"
                                    for a in event.actors),
             f"places: {list(event.places)}  issues: {list(event.issues)}",
             f"title: {event.title}"]
    for s in event.sources:
        lines.append(f"  - [{s.document}] date_text={s.date_text!r} "
                     f"date={s.date.label if s.date else None}")
        lines.append(f"    {s.sentence}")
    return "\n".join(lines)


def sample(events: Iterable[Any], lexicon: Lexicon, seed: int, per_stratum: int
           ) -> list[tuple[str, Any]]:
    """`per_stratum` events from each stratum (fewer if a stratum is smaller)."""
    side: list[Any] = []
    rest: list[Any] = []
    for e in events:  # in the timeline's order, which no input order changes
        (side if on_us_china_side(e, lexicon) else rest).append(e)
    rng = random.Random(seed)
    return ([("US-China", e) for e in rng.sample(side, min(per_stratum, len(side)))]
            + [("rest", e) for e in rng.sample(rest, min(per_stratum, len(rest)))])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--data", type=Path,
                    default=REPO_ROOT.parent / "shared" / "data" / "tempeval3" / "TE3-Silver",
                    help="folder of TimeML articles (default: ../shared/data/tempeval3/TE3-Silver)")
    ap.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    ap.add_argument("--per-stratum", type=int, default=50,
                    help="events drawn from each stratum (default 50)")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"error: {args.data} is not a folder of TimeML articles; give --data DIR",
              file=sys.stderr)
        return 1
    docs, _ = load_documents(args.data, None)
    extract, merge, _ = library(docs)
    events = merge([m for d in docs for m in extract(d)])
    picked = sample(events, default_lexicon(), args.seed, args.per_stratum)
    print("\n\n".join(describe(i + 1, stratum, e) for i, (stratum, e) in enumerate(picked)))
    print(f"{len(docs)} articles, {len(events)} events; {len(picked)} sampled", file=sys.stderr)
    return 0


if __name__ == "__main__":
    from piped import run

    run(main)
