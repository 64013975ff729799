"""Extraction time is linear in the length of ONE document, however it is laid out.

`extract_speed.py` times many short articles; this one times a single long document of
growing size, built from the TE3-Silver texts in three layouts: as paragraphs (the
articles joined by blank lines), as one line with no line breaks at all (a scraped page
pasted flat), and as one sentence repeated (every sentence a dated meeting of the same
two people: the densest input for names, triggers and dates). Work that grows with what
came before in the document (a set rebuilt per name, a prefix copied per sentence
break) shows as a per-KB time that climbs with size. Exit status 1 if the largest size
costs more than `--max-ratio` (default 2.0) times the per-KB time of the smallest.

    .venv/bin/python benchmarks/extract_scaling.py [--data PATH] [--sizes 100,400,1600]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tml import REPO_ROOT, read_tml, tml_files

from usc_timeline.extract import extract_mentions
from usc_timeline.lexicon import default_lexicon
from usc_timeline.model import Document, Published

DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "tempeval3" / "TE3-Silver"
_REPEATED = "Blinken met Wang Yi in Beijing on Monday. "


def layouts(folder: Path, chars: int) -> dict[str, Callable[[int], str]]:
    """Each layout as a function of the size in characters (Silver read once, here)."""
    texts: list[str] = []
    total = 0
    for path in tml_files(folder):
        text = read_tml(path, with_gold=False).text
        texts.append(text)
        total += len(text)
        if total > chars:
            break
    paragraphs = "\n\n".join(texts)
    flat = " ".join(" ".join(t.split()) for t in texts)
    return {
        "paragraphs": lambda n: paragraphs[:n],
        "one line": lambda n: flat[:n],
        "one sentence repeated": lambda n: (_REPEATED * (n // len(_REPEATED) + 1))[:n],
    }


def seconds(text: str) -> float:
    """Best of two runs of the extractor on one document (publication date given)."""
    doc = Document(id="long", text=text, path="long.txt",
                   published=Published("2023-06-20", "benchmark"))
    best = float("inf")
    for _ in range(2):
        began = time.perf_counter()
        extract_mentions(doc)
        best = min(best, time.perf_counter() - began)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Extraction time against one document's length.")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA,
                    help=f"folder of .tml files (default: {DEFAULT_DATA})")
    ap.add_argument("--sizes", default="100,400,1600", help="sizes in KB (default 100,400,1600)")
    ap.add_argument("--max-ratio", type=float, default=2.0,
                    help="fail if the largest size's time per KB exceeds the smallest's by this")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"error: no TimeML folder at {args.data}; pass --data PATH", file=sys.stderr)
        return 2
    try:
        sizes = sorted(int(s) * 1000 for s in args.sizes.split(",") if s.strip())
    except ValueError:
        sizes = []
    if not sizes or sizes[0] <= 0:
        print(f"error: --sizes {args.sizes!r}: give sizes in KB above 0, e.g. 100,400,1600",
              file=sys.stderr)
        return 2
    default_lexicon()
    seconds("Blinken met Wang Yi in Beijing on Monday.")  # lazy set-up is not charged
    worst = 0.0
    made = layouts(args.data, sizes[-1])
    if not made["paragraphs"](1):
        print(f"error: no TimeML text in {args.data}; pass --data PATH", file=sys.stderr)
        return 2
    print(f"{'layout':<22}" + "".join(f"{s // 1000:>8} KB" for s in sizes) + "   ratio")
    for name, make in made.items():
        per_kb = []
        for size in sizes:
            text = make(size)
            per_kb.append(1e3 * seconds(text) / (len(text) / 1000))
        ratio = per_kb[-1] / per_kb[0] if per_kb[0] else float("inf")
        worst = max(worst, ratio)
        print(f"{name:<22}" + "".join(f"{ms:>8.2f} ms" for ms in per_kb) + f"   {ratio:5.2f}")
    print("(ms per KB of text; ratio: largest size against the smallest, 1 = linear)")
    if worst > args.max_ratio:
        print(f"FAIL: time per KB grows {worst:.2f}x (limit {args.max_ratio})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    from piped import run

    run(main)
