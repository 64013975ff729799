"""Throughput and peak memory of event extraction, and how merging scales.

Part 1 runs the whole extraction — documents to merged events: `extract_mentions`
for every document, then `merge_mentions` over all mentions — on the TE3-Silver
news texts (TimeML tags stripped, entities decoded, about 3.9 MB; each file's DCT
is its publication date) in one process, and reports MB/s (target: >= 2) and peak
memory. Reading the .tml files and loading the lexicon are timed apart, so the
figure is the library's own speed. Extraction time is split into time expressions
(`find_timexes` over every document, timed apart) and the rest. The first line says
whether the library measured is pure Python or the compiled build (benchmarks/README.md).
`--repeat N` keeps the fastest of N runs, and CPU time
is shown too, since other processes on a shared machine only ever slow a run down.

Part 2 replicates the corpus's mentions 1x, 4x and 16x (each copy with its own
document ids and every date shifted by a whole number of 28-year calendar cycles,
so copies cannot merge with one another) and times `merge_mentions` on each. It
prints time / (n log2 n): if merging grows no faster than n log n that figure stays
flat (or falls); a quadratic merge makes it grow about 3-4x per 4x step.

    .venv/bin/python benchmarks/extract_speed.py [--data PATH] [--quick | --limit N]
                                                 [--scales 1,4,16] [--min-mbps 2] [--repeat N]
                                                 [--json]
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import math
import pkgutil
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tml import REPO_ROOT, read_tml, tml_files

from usc_timeline.model import DateSpan, Document, Mention, Published

DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "tempeval3" / "TE3-Silver"
QUICK_FILES = 150
CYCLE_YEARS = 28  # the Gregorian calendar repeats weekdays and leap days every 28 years here

Extractor = Callable[[Document], list[Mention]]
Merger = Callable[[list[Mention]], Sequence[Any]]


def timex_seconds(docs: Sequence[Document]) -> float:
    """Seconds `find_timexes` (owned by the timex package) takes over every document, timed
    on its own, so the report can say how much of extraction is time expressions. (Wrapping
    the function inside the pipeline does not work on the compiled build, whose
    `extract_mentions` calls it directly; extraction skips it for a document with no event
    word, so this slightly overstates its share.)"""
    from usc_timeline.timex import find_timexes

    began = time.perf_counter()
    for doc in docs:
        find_timexes(doc.text, doc.published.value if doc.published else None)
    return time.perf_counter() - began


def compiled_modules() -> tuple[int, int]:
    """How many of the library's modules are compiled extensions (the opt-in mypyc build,
    benchmarks/README.md), and how many modules there are: the figures differ a lot."""
    import usc_timeline

    compiled = total = 0
    for info in pkgutil.walk_packages(usc_timeline.__path__, "usc_timeline."):
        spec = importlib.util.find_spec(info.name)
        origin = spec.origin if spec else None
        total += 1
        compiled += bool(origin and origin.endswith(tuple(EXTENSION_SUFFIXES)))
    return compiled, total


def library(docs: Sequence[Document] = ()) -> tuple[Extractor, Merger, float]:
    """The extraction and merge functions, with the lexicon loaded (and that load timed).

    Merging gets the lexicon and the documents, as `build_timeline` gives them, so the
    rules that read publication dates run too (replicated copies in the scaling part
    have new document ids and no publication date, like undated input)."""
    from usc_timeline.extract import extract_mentions
    from usc_timeline.lexicon import default_lexicon
    from usc_timeline.merge import merge_mentions

    began = time.perf_counter()
    lexicon = default_lexicon()
    loaded = time.perf_counter() - began

    def extract(doc: Document) -> list[Mention]:
        return list(extract_mentions(doc, lexicon))

    def merge(mentions: list[Mention]) -> Sequence[Any]:
        return list(merge_mentions(mentions, lexicon, documents=docs))

    return extract, merge, loaded


def load_documents(folder: Path, limit: int | None) -> tuple[list[Document], float]:
    """The Silver files as Documents (DCT as publication date), and the seconds reading took."""
    files = tml_files(folder)
    if limit:
        files = files[:limit]
    began = time.perf_counter()
    docs = []
    for path in files:
        tml = read_tml(path, with_gold=False)
        published = Published(tml.dct, "TimeML DCT") if tml.dct else None
        docs.append(Document(id=path.name, text=tml.text, path=str(path), published=published))
    return docs, time.perf_counter() - began


def run_pipeline(docs: list[Document], extract: Extractor, merge: Merger
                 ) -> tuple[list[Mention], int, float, float, float]:
    """Mentions, event count, extraction and merge seconds (wall), and CPU seconds of the
    whole, over all documents."""
    cpu = time.process_time()
    began = time.perf_counter()
    mentions: list[Mention] = []
    for doc in docs:
        mentions.extend(extract(doc))
    extracted = time.perf_counter()
    events = merge(mentions)
    merged = time.perf_counter()
    return (mentions, len(events), extracted - began, merged - extracted,
            time.process_time() - cpu)


def peak_memory(docs: list[Document], extract: Extractor, merge: Merger) -> float:
    """Peak Python allocation (MB) of one untimed pass, traced by tracemalloc."""
    tracemalloc.start()
    mentions = [m for doc in docs for m in extract(doc)]
    merge(mentions)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def _shift(day: date, years: int) -> date:
    return day.replace(year=day.year + years)


def _shift_span(span: DateSpan | None, years: int) -> DateSpan | None:
    if span is None or years == 0:
        return span
    # A new span, so its label is worked out again for the shifted dates.
    return DateSpan(_shift(span.start, years), _shift(span.end, years), span.precision)


def replicate(mentions: list[Mention], copies: int) -> list[Mention]:
    """`copies` copies of the mentions, each with its own document ids and shifted dates."""
    out = list(mentions)
    for k in range(1, copies):
        years = k * CYCLE_YEARS
        for m in mentions:
            source = replace(m.source, document=f"{m.source.document}#copy{k}",
                             date=_shift_span(m.source.date, years))
            out.append(replace(m, source=source, date=_shift_span(m.date, years)))
    return out


def merge_scaling(mentions: list[Mention], merge: Merger, scales: list[int]
                  ) -> list[dict[str, float]]:
    """Merge time at each replication factor, per mention and per n·log2(n)."""
    rows = []
    for scale in scales:
        batch = replicate(mentions, scale)
        n = len(batch)
        runs = 3 if n <= 20_000 else 1
        best = math.inf
        events = 0
        for _ in range(runs):
            gc.collect()
            gc.disable()
            try:
                began = time.perf_counter()
                events = len(merge(batch))
                best = min(best, time.perf_counter() - began)
            finally:
                gc.enable()
        nlogn = n * math.log2(n) if n > 1 else 1.0
        rows.append({"scale": scale, "mentions": n, "events": events, "seconds": best,
                     "us_per_mention": 1e6 * best / max(n, 1),
                     "us_per_nlogn": 1e6 * best / nlogn})
    base = rows[0]["us_per_nlogn"] if rows and rows[0]["us_per_nlogn"] else 0.0
    for i, row in enumerate(rows):
        row["nlogn_ratio"] = row["us_per_nlogn"] / base if base else math.nan
        # Local growth exponent k in t ~ n^k against the previous scale (n log n: about 1.1).
        prev = rows[i - 1] if i else None
        row["exponent"] = (math.log(row["seconds"] / prev["seconds"])
                           / math.log(row["mentions"] / prev["mentions"])
                           if prev and prev["seconds"] > 0 and row["mentions"] > prev["mentions"]
                           and row["seconds"] > 0 else math.nan)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Event extraction throughput and merge scaling.")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA,
                    help=f"folder of .tml files (default: {DEFAULT_DATA})")
    ap.add_argument("--limit", type=int, help="only the first N files (sorted by name)")
    ap.add_argument("--quick", action="store_true", help=f"only the first {QUICK_FILES} files")
    ap.add_argument("--scales", default="1,4,16",
                    help="replication factors for the merge scaling check (default 1,4,16)")
    ap.add_argument("--min-mbps", type=float,
                    help="exit 1 if extraction + merge throughput is below this")
    ap.add_argument("--repeat", type=int, default=1,
                    help="run the pipeline N times and report the fastest (a busy machine "
                         "only ever slows a run down)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)

    if not args.data.is_dir():
        print(f"error: no TimeML folder at {args.data}; pass --data PATH", file=sys.stderr)
        return 2
    scales = sorted({int(s) for s in args.scales.split(",") if s.strip()})
    limit = QUICK_FILES if args.quick and not args.limit else args.limit

    docs, read_seconds = load_documents(args.data, limit)
    extract, merge, lexicon_seconds = library(docs)
    if docs:  # warm-up on one document, so lazy set-up is not charged to the corpus
        merge(extract(docs[0]))
    size_mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    best: tuple[float, float, float] | None = None
    timex_s = math.inf
    mentions: list[Mention] = []
    events = 0
    for _ in range(max(1, args.repeat)):
        gc.collect()
        mentions, events, extract_s, merge_s, cpu_s = run_pipeline(docs, extract, merge)
        if best is None or extract_s + merge_s < best[0] + best[1]:
            best = (extract_s, merge_s, cpu_s)
        timex_s = min(timex_s, timex_seconds(docs))
    assert best is not None
    extract_s, merge_s, cpu_s = best
    total = extract_s + merge_s
    traced = peak_memory(docs, extract, merge)
    max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    scaling = merge_scaling(mentions, merge, scales)

    compiled, modules = compiled_modules()
    result: dict[str, Any] = {
        "compiled_modules": compiled, "modules": modules,
        "documents": len(docs), "mb": size_mb, "read_seconds": read_seconds,
        "lexicon_seconds": lexicon_seconds, "extract_seconds": extract_s,
        "timex_seconds": timex_s, "extractor_own_seconds": extract_s - timex_s,
        "merge_seconds": merge_s, "cpu_seconds": cpu_s,
        "mentions": len(mentions), "events": events,
        "mb_per_s": size_mb / total if total else math.inf,
        "mb_per_s_with_reading": size_mb / (total + read_seconds) if total else math.inf,
        "peak_traced_mb": traced, "max_rss_mb": max_rss, "merge_scaling": scaling,
    }
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print("library           " + (f"compiled: {compiled} of {modules} modules (mypyc)"
                                       if compiled else "pure Python"))
        print(f"documents         {len(docs)}  ({size_mb:.2f} MB of text)")
        print(f"read .tml         {read_seconds:.2f} s (not counted)")
        print(f"load lexicon      {lexicon_seconds:.2f} s (not counted)")
        print(f"extract           {extract_s:.2f} s  -> {len(mentions)} mentions  "
              f"(time expressions {timex_s:.2f} s timed apart, "
              f"the rest {extract_s - timex_s:.2f} s)")
        print(f"merge             {merge_s:.2f} s  -> {events} events")
        print(f"throughput        {result['mb_per_s']:.2f} MB/s  (target >= 2; "
              f"{result['mb_per_s_with_reading']:.2f} MB/s counting .tml reading; "
              f"{size_mb / cpu_s if cpu_s else math.inf:.2f} MB/s by CPU time"
              + (f"; best of {args.repeat} runs" if args.repeat > 1 else "") + ")")
        print(f"peak memory       {traced:.1f} MB traced by tracemalloc, "
              f"{max_rss:.0f} MB max RSS of the process")
        print()
        print("merge scaling (n = mentions; flat or falling us/(n log2 n) means <= n log n)")
        print(f"{'scale':>5} {'mentions':>9} {'events':>8} {'seconds':>9} "
              f"{'us/mention':>11} {'us/(n log2 n)':>14} {'vs 1x':>6} {'n^k':>5}")
        for row in scaling:
            k = "" if math.isnan(row["exponent"]) else f"{row['exponent']:.2f}"
            print(f"{row['scale']:>4}x {row['mentions']:>9} {row['events']:>8} "
                  f"{row['seconds']:>9.3f} {row['us_per_mention']:>11.2f} "
                  f"{row['us_per_nlogn']:>14.4f} {row['nlogn_ratio']:>6.2f} {k:>5}")
        print("(n^k: growth exponent of merge time since the previous scale; "
              "n log n gives about 1.1-1.2 here, n^2 gives 2)")
    if args.min_mbps is not None and result["mb_per_s"] < args.min_mbps:
        print(f"FAIL: {result['mb_per_s']:.2f} MB/s is below {args.min_mbps}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    from piped import run

    run(main)
