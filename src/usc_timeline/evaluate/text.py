"""The plain-text report `event_eval.py` prints: totals, a table, and details on request.

Kept apart from the figures so a notebook can take the numbers without the layout.
"""

from __future__ import annotations

from usc_timeline.evaluate.report import Report


def _fmt(value: float | None) -> str:
    """A figure with three decimals, or 'n/a' when it does not apply."""
    return "n/a" if value is None else f"{value:.3f}"


def _details(report: Report) -> list[str]:
    """Misses, false positives, date mismatches, split and joined clusters, one per line."""
    lines = ["", f"misses (gold core not found): {len(report.misses)}"]
    lines += [f"  {g.doc}  {g.id}  {g.kind}  {g.span}  actors={list(g.actors)}"
              f"  places={list(g.places)}  evidence={g.evidence!r}" for g in report.misses]
    lines += ["", f"false positives (no gold match): {len(report.false_positives)}"]
    lines += [f"  {p.doc}  {p.event_id}  {p.title!r}  dates={[str(d) for d in p.dates]}"
              for p in report.false_positives]
    lines += ["", f"date mismatches: {len(report.date_mismatches)}"]
    lines += [f"  {m.gold.doc}  {m.gold.id}: gold {m.gold.span}, predicted {m.date}"
              f" ({m.pred.event_id})" for m in report.date_mismatches]
    lines += ["", f"status mismatches: {len(report.status_mismatches)}"]
    lines += [f"  {m.gold.doc}  {m.gold.id}: expected {report.expected_status[m.gold.cluster]},"
              f" predicted {m.pred.status} ({m.pred.event_id})"
              for m in report.status_mismatches]
    lines += ["", f"kind mismatches (matched on dates and participants only):"
                  f" {len(report.kind_mismatches)}"]
    lines += [f"  {m.gold.doc}  {m.gold.id}: gold {m.gold.kind}, predicted {m.pred.kind}"
              f" ({m.pred.event_id})" for m in report.kind_mismatches]
    split = report.split_clusters
    lines += ["", f"split clusters: {len(split)}"]
    for c in split:
        cover = "; ".join(f"{d}: {', '.join(ids) or '-'}" for d, ids in c.coverage.items())
        lines.append(f"  {c.cluster}  {cover}")
    lines += ["", f"joined clusters (one event standing for several): {len(report.joins)}"]
    lines += [f"  {j.event_id}: {', '.join(j.clusters)}  ({', '.join(j.documents)})"
              for j in report.joins]
    return lines


def format_report(report: Report, *, verbose: bool = False) -> str:
    """A plain-text report: totals, one line per document, and details when verbose."""
    lines = [
        f"core recall      {_fmt(report.recall)}  ({report.core_matched}/{report.core} core)",
        f"precision        {_fmt(report.precision)}",
        f"F1               {_fmt(report.f1)}",
        f"exact dates      {_fmt(report.exact_date_rate)}"
        f"  ({report.exact_matches}/{len(report.matches)} matches)",
        f"status           {_fmt(report.status_rate)}"
        f"  ({len(report.status_checked) - len(report.status_mismatches)}"
        f"/{len(report.status_checked)} matches)",
        f"kinds agree      {_fmt(report.kind_rate)}"
        f"  ({len(report.matches) - len(report.kind_mismatches)}/{len(report.matches)} matches;"
        f" core recall counting only those {_fmt(report.recall_same_kind)})",
        f"merge rate       {_fmt(report.merge_rate)}"
        f"  ({report.merged_clusters}/{len(report.clusters)} multi-document clusters)",
        f"joined clusters  {report.joined_clusters}"
        "  (predicted events standing for core gold of two or more clusters)",
        "",
        f"{'document':<40} {'core':>9} {'recall':>7} {'pred':>5} {'opt':>4} {'precision':>9}",
    ]
    for d in report.documents:
        lines.append(f"{d.doc:<40} {d.core_matched:>4}/{d.core:<4} {_fmt(d.recall):>7} "
                     f"{d.predicted:>5} {d.matched_optional:>4} {_fmt(d.precision):>9}")
    if verbose:
        lines += _details(report)
    return "\n".join(lines)
