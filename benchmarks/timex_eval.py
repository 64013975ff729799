"""Score usc_timeline.timex TempEval-3 style on the TBAQ-cleaned gold TimeML files.

Figures (as issue 3 asks): strict extent P/R/F1 (exact span), relaxed extent P/R/F1
(overlap, one-to-one), type accuracy over relaxed matches, and value P/R/F1 (a hit needs
an overlapping span and exactly the gold value), overall and per corpus (TimeBank,
AQUAINT). `--errors N` prints sample misses, false positives and wrong values so the
engine can be improved; `--json` prints the figures for programs.

    .venv/bin/python benchmarks/timex_eval.py [--data PATH] [--errors N] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tml import REPO_ROOT, GoldTimex, TmlDoc, check_alignment, read_tml, tml_files

from usc_timeline.timex import Timex, find_timexes

DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"


@dataclass(slots=True)
class Counts:
    """Raw counts from which every reported figure is derived."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    docs: int = 0
    crashes: int = 0
    bad_spans: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(slots=True)
class Errors:
    """Examples of each kind of mistake, kept for `--errors` and the category summary."""

    missed: list[tuple[TmlDoc, GoldTimex]] = field(default_factory=list)
    spurious: list[tuple[TmlDoc, Timex]] = field(default_factory=list)
    wrong_value: list[tuple[TmlDoc, GoldTimex, Timex]] = field(default_factory=list)
    wrong_type: list[tuple[TmlDoc, GoldTimex, Timex]] = field(default_factory=list)
    crashes: list[tuple[TmlDoc, str]] = field(default_factory=list)


def _prf(hits: int, system: int, gold: int) -> dict[str, float]:
    p = hits / system if system else 0.0
    r = hits / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def figures(c: Counts) -> dict[str, Any]:
    """The four figures of the issue plus the counts behind them."""
    return {
        "strict": _prf(c.strict, c.system, c.gold),
        "relaxed": _prf(c.relaxed, c.system, c.gold),
        "type_accuracy": round(c.type_ok / c.relaxed, 4) if c.relaxed else 0.0,
        "value": _prf(c.value_ok, c.system, c.gold),
        "counts": {
            "docs": c.docs,
            "gold": c.gold,
            "system": c.system,
            "strict_matches": c.strict,
            "relaxed_matches": c.relaxed,
            "type_correct": c.type_ok,
            "value_correct": c.value_ok,
            "crashes": c.crashes,
            "bad_spans": c.bad_spans,
        },
    }


def match(gold: list[GoldTimex], system: list[Timex]) -> list[tuple[int, int]]:
    """One-to-one overlap matching: biggest overlaps first, ties to the earlier span."""
    pairs: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                pairs.append((-overlap, gi, si))
    pairs.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, gi, si in pairs:
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            out.append((gi, si))
    return out


def score_doc(doc: TmlDoc, errors: Errors) -> Counts:
    """Run the engine on one document and count its hits against the gold."""
    c = Counts(docs=1, gold=len(doc.timexes))
    try:
        system = list(find_timexes(doc.text, doc.dct))
    except Exception as exc:  # a crash is a result to report, not a reason to stop
        c.crashes = 1
        errors.crashes.append((doc, f"{type(exc).__name__}: {exc}"))
        system = []
    valid = [t for t in system if 0 <= t.start < t.end <= len(doc.text)
             and doc.text[t.start:t.end] == t.text]
    c.bad_spans = len(system) - len(valid)
    system = valid
    c.system = len(system)
    gold = list(doc.timexes)
    spans = {(s.start, s.end) for s in system}
    c.strict = sum(1 for g in gold if (g.start, g.end) in spans)
    pairs = match(gold, system)
    c.relaxed = len(pairs)
    for gi, si in pairs:
        g, s = gold[gi], system[si]
        if s.type == g.type:
            c.type_ok += 1
        else:
            errors.wrong_type.append((doc, g, s))
        if s.value == g.value:
            c.value_ok += 1
        else:
            errors.wrong_value.append((doc, g, s))
    matched_g = {gi for gi, _ in pairs}
    matched_s = {si for _, si in pairs}
    errors.missed.extend((doc, g) for gi, g in enumerate(gold) if gi not in matched_g)
    errors.spurious.extend((doc, s) for si, s in enumerate(system) if si not in matched_s)
    return c


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"…{left}[[{text[start:end]}]]{right}…"


def shape(surface: str) -> str:
    """A coarse pattern of a surface string so similar errors group together."""
    s = surface.lower()
    s = re.sub(r"\d", "9", s)
    s = re.sub(r"9+", "9", s)
    return s


def value_shape(value: str) -> str:
    """A coarse pattern of a TIMEX3 value ('1998-07-31' -> 'D-D-D', 'P3D' -> 'PDD')."""
    return re.sub(r"\d+", "D", value)


_WEEKDAY = re.compile(r"\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b", re.I)
_PART_OF_DAY = re.compile(r"T(MO|AF|EV|NI|DT)$")
_DAYISH = re.compile(r"\d{4}-\d{2}-\d{2}")


def _tbaq_form(value: str) -> str:
    """Undo TBAQ's spelling variants: one-digit weeks, '198X' decades, 'YYYY-XX' years."""
    value = re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)
    value = re.sub(r"^(\d{3})X$", r"\1", value)
    return re.sub(r"^(\d{4})(-XX)+$", r"\1", value)


def value_error_kind(gold: GoldTimex, ours: Timex) -> str:
    """A short name for why a matched value is wrong, so errors can be counted by cause."""
    g, o = gold.value, ours.value
    if _tbaq_form(g) == _tbaq_form(o):
        return "spelling variant only (TBAQ one-digit week, 198X, YYYY-XX)"
    if bool(_PART_OF_DAY.search(g)) != bool(_PART_OF_DAY.search(o)) and (
        g.split("T")[0] == o.split("T")[0]
    ):
        return "part of day (TMO/TNI...) added or dropped, same day"
    if g.startswith("P") != o.startswith("P"):
        return "duration vs point (gold " + ("DURATION" if g.startswith("P") else "point") + ")"
    if g.startswith("P") and o.startswith("P"):
        return "duration amount or unit"
    if g.endswith("_REF") or o.endswith("_REF"):
        return "PAST/PRESENT/FUTURE_REF vs something else"
    if "X" in g and "X" not in o and re.fullmatch(g.replace("X", "[0-9]"), o):
        return "gold underspecified (X), ours specific"
    if "-Q" in g or "-Q" in o:
        return "quarter / fiscal period (earnings-report anaphora)"
    if _DAYISH.match(g) and _DAYISH.match(o) and _WEEKDAY.search(gold.text):
        return "weekday resolved to another week (tense/direction)"
    if _DAYISH.match(g) and _DAYISH.match(o):
        if g[4:10] == o[4:10]:
            return "month-day given the wrong year"
        return "day-level date differs (anaphora or reference point)"
    gm, om = re.match(r"\d{4}-\d{2}$", g), re.match(r"\d{4}-\d{2}$", o)
    if gm and om and g[4:] == o[4:]:
        return "month given the wrong year"
    if re.search(r"W\d", g) and re.search(r"W\d", o):
        return "week off (week start or anaphora)"
    granularity = [re.sub(r"[0-9X]", "9", v) for v in (g, o)]
    if granularity[0] != granularity[1]:
        return f"granularity {granularity[0]} vs ours {granularity[1]}"
    return "other"


def print_errors(errors: Errors, n: int) -> None:
    """Sample of each error kind, with context, gold and our output."""
    print(f"\n== missed gold ({len(errors.missed)}), first {n} ==")
    for doc, g in errors.missed[:n]:
        print(f"  {doc.path.name} dct={doc.dct} gold {g.type} {g.value}"
              f"{' mod=' + g.mod if g.mod else ''}: {_context(doc.text, g.start, g.end)}")
    print(f"\n== false positives ({len(errors.spurious)}), first {n} ==")
    for doc, s in errors.spurious[:n]:
        print(f"  {doc.path.name} ours {s.type} {s.value}: {_context(doc.text, s.start, s.end)}")
    print(f"\n== wrong value ({len(errors.wrong_value)}), first {n} ==")
    for doc, g, s in errors.wrong_value[:n]:
        print(f"  {doc.path.name} dct={doc.dct} gold {g.value!r} ours {s.value!r} "
              f"(gold {g.text!r}, ours {s.text!r}): {_context(doc.text, g.start, g.end, 35)}")
    print(f"\n== wrong type ({len(errors.wrong_type)}), first {n} ==")
    for doc, g, s in errors.wrong_type[:n]:
        print(f"  {doc.path.name} gold {g.type} ours {s.type}: {g.text!r} / {s.text!r}")
    for doc, msg in errors.crashes[:n]:
        print(f"  CRASH {doc.path.name}: {msg}")


def categories(errors: Errors, top: int = 15) -> dict[str, list[tuple[str, int]]]:
    """The most frequent kinds of mistake, grouped by surface or value shape."""
    missed = Counter(f"{g.type} {shape(g.text)}" for _, g in errors.missed)
    spurious = Counter(f"{s.type} {shape(s.text)}" for _, s in errors.spurious)
    wrong = Counter(
        f"{g.type} gold {value_shape(g.value)} ours {value_shape(s.value)}"
        for _, g, s in errors.wrong_value
    )
    wrong_surface = Counter(shape(g.text) for _, g, _ in errors.wrong_value)
    types = Counter(f"gold {g.type} ours {s.type}" for _, g, s in errors.wrong_type)
    kinds = Counter(value_error_kind(g, s) for _, g, s in errors.wrong_value)
    return {
        "wrong_value_by_cause": kinds.most_common(top),
        "wrong_type": types.most_common(top),
        "missed": missed.most_common(top),
        "false_positive": spurious.most_common(top),
        "wrong_value_by_shape": wrong.most_common(top),
        "wrong_value_by_text": wrong_surface.most_common(top),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA,
                    help="TBAQ-cleaned folder (default: ../shared/data/tempeval3/TBAQ-cleaned)")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="print N sample errors of each kind and the top error categories")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)

    files = tml_files(args.data)
    if not files:
        print(f"error: no .tml files under {args.data}", file=sys.stderr)
        return 2
    per_corpus: dict[str, Counts] = {}
    total = Counts()
    errors = Errors()
    misaligned: list[str] = []
    began = time.perf_counter()
    for path in files:
        doc = read_tml(path)
        misaligned.extend(check_alignment(doc))
        corpus = path.relative_to(args.data).parts[0] if path.parent != args.data else "."
        c = score_doc(doc, errors)
        per_corpus.setdefault(corpus, Counts()).add(c)
        total.add(c)
    seconds = time.perf_counter() - began

    by_type = _by_gold_type(errors)
    result: dict[str, Any] = {
        "data": str(args.data),
        "seconds": round(seconds, 3),
        "overall": figures(total),
        "per_corpus": {k: figures(v) for k, v in sorted(per_corpus.items())},
        "per_gold_type": by_type,
        "gold_alignment_problems": len(misaligned),
    }
    if args.errors:
        result["error_categories"] = categories(errors)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        _print_table(result)
        print("errors by gold type: " + ", ".join(
            f"{k}: {v['missed']} missed, {v['wrong_value']} wrong value"
            for k, v in result["per_gold_type"].items()))
        for line in misaligned[:10]:
            print(f"  misaligned gold: {line}")
        if args.errors:
            print_errors(errors, args.errors)
            print("\n== top error categories ==")
            for kind, rows in result["error_categories"].items():
                print(f"  {kind}:")
                for key, count in rows:
                    print(f"    {count:5d}  {key}")
    return 1 if misaligned else 0


def _by_gold_type(errors: Errors) -> dict[str, dict[str, int]]:
    """Per gold type: how many gold, how many missed, how many matched with a wrong value."""
    out: dict[str, dict[str, int]] = {}
    for _, g in errors.missed:
        out.setdefault(g.type, {"missed": 0, "wrong_value": 0})["missed"] += 1
    for _, g, _ in errors.wrong_value:
        out.setdefault(g.type, {"missed": 0, "wrong_value": 0})["wrong_value"] += 1
    return dict(sorted(out.items()))


def _print_table(result: dict[str, Any]) -> None:
    rows = [("overall", result["overall"]), *result["per_corpus"].items()]
    print(f"TBAQ-cleaned TIMEX3 scores ({result['seconds']} s)")
    print(f"{'corpus':10} {'docs':>5} {'gold':>5} {'sys':>5} | "
          f"{'strict P/R/F1':^20} | {'relaxed P/R/F1':^20} | {'type':>5} | {'value P/R/F1':^20}")
    for name, f in rows:
        c = f["counts"]

        def prf(d: dict[str, float]) -> str:
            return f"{d['precision']:.3f} {d['recall']:.3f} {d['f1']:.3f}"

        print(f"{name:10} {c['docs']:5d} {c['gold']:5d} {c['system']:5d} | "
              f"{prf(f['strict']):^20} | {prf(f['relaxed']):^20} | "
              f"{f['type_accuracy']:.3f} | {prf(f['value']):^20}")
        if c["crashes"] or c["bad_spans"]:
            print(f"{'':10} crashes: {c['crashes']}, spans not matching their text: "
                  f"{c['bad_spans']}")


if __name__ == "__main__":
    from piped import run

    run(main)
