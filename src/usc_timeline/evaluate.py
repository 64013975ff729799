"""Score an events export against hand-annotated gold events.

Library form of `benchmarks/event_eval.py`, so a notebook or a test can score a
timeline without a subprocess. The matching rule is the one in DESIGN.md: per
document, one-to-one; a predicted event matches a gold event of the same
document when one of its sources is in that document, the dates overlap with
the predicted precision at most one step coarser than gold's, and at least one
actor (by a name token or a country code) or place is shared.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePath
from typing import Any

from usc_timeline.model import PRECISIONS

# Country codes a gold file may name as actors, with the names a predicted
# actor may carry for the same country when it gives no `country` code.
# Scoring helper only (not an extraction lexicon): kept short on purpose.
COUNTRY_NAMES: Mapping[str, tuple[str, ...]] = {
    "US": ("united states", "united states of america", "us", "u.s.", "usa", "america",
           "washington"),
    "CN": ("china", "people's republic of china", "prc", "beijing"),
    "TW": ("taiwan", "taipei", "republic of china"),
    "JP": ("japan", "tokyo"),
    "IN": ("india", "new delhi"),
    "AU": ("australia", "canberra"),
    "RU": ("russia", "moscow"),
    "KR": ("south korea", "seoul"),
    "KP": ("north korea", "pyongyang"),
    "GB": ("united kingdom", "britain", "uk", "london"),
    "CH": ("switzerland",),
    "PH": ("philippines", "manila"),
}

_CODE = re.compile(r"^[A-Z]{2}$")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class Span:
    """An inclusive day interval with its precision, as compared by the scorer."""

    start: date
    end: date
    precision: str

    def overlaps(self, other: Span) -> bool:
        return self.start <= other.end and other.start <= self.end

    def __str__(self) -> str:
        if self.start == self.end:
            return f"{self.start.isoformat()} ({self.precision})"
        return f"{self.start.isoformat()}..{self.end.isoformat()} ({self.precision})"


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One annotated event of one document."""

    doc: str
    id: str
    kind: str
    span: Span
    status: str
    actors: tuple[str, ...]
    places: tuple[str, ...]
    core: bool
    cluster: str
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class Gold:
    """A gold file: the documents it covers and their events."""

    documents: tuple[str, ...]
    events: tuple[GoldEvent, ...]


@dataclass(frozen=True, slots=True)
class PredActor:
    name: str
    country: str | None


@dataclass(frozen=True, slots=True)
class PredItem:
    """A predicted event as seen from one document it has sources in."""

    doc: str
    event_index: int
    event_id: str
    title: str
    kind: str
    dates: tuple[Span, ...]  # each source's own date (or the event's) in this document
    actors: tuple[PredActor, ...]
    places: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Match:
    gold: GoldEvent
    pred: PredItem
    date: Span
    exact: bool


@dataclass(slots=True)
class DocScore:
    doc: str
    core: int = 0
    core_matched: int = 0
    predicted: int = 0
    matched_core: int = 0
    matched_optional: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.doc,
            "core": self.core,
            "core_matched": self.core_matched,
            "predicted": self.predicted,
            "matched_optional": self.matched_optional,
            "recall": _ratio(self.core_matched, self.core),
            "precision": _ratio(self.matched_core, self.predicted - self.matched_optional),
        }


@dataclass(slots=True)
class ClusterResult:
    cluster: str
    documents: tuple[str, ...]
    merged: bool
    # predicted event ids covering the cluster in each document (for split reports)
    coverage: dict[str, list[str]] = field(default_factory=dict)


@dataclass(slots=True)
class Report:
    """Everything the scorer found: totals, per-document lines and the details."""

    documents: list[DocScore]
    matches: list[Match]
    misses: list[GoldEvent]
    false_positives: list[PredItem]
    clusters: list[ClusterResult]

    @property
    def core(self) -> int:
        return sum(d.core for d in self.documents)

    @property
    def core_matched(self) -> int:
        return sum(d.core_matched for d in self.documents)

    @property
    def recall(self) -> float | None:
        return _ratio(self.core_matched, self.core)

    @property
    def precision(self) -> float | None:
        predicted = sum(d.predicted for d in self.documents)
        optional = sum(d.matched_optional for d in self.documents)
        return _ratio(sum(d.matched_core for d in self.documents), predicted - optional)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    @property
    def exact_date_rate(self) -> float | None:
        return _ratio(sum(m.exact for m in self.matches), len(self.matches))

    @property
    def merge_rate(self) -> float | None:
        return _ratio(sum(c.merged for c in self.clusters), len(self.clusters))

    @property
    def date_mismatches(self) -> list[Match]:
        return [m for m in self.matches if not m.exact]

    def to_json(self) -> dict[str, Any]:
        return {
            "core": self.core,
            "core_matched": self.core_matched,
            "recall": self.recall,
            "precision": self.precision,
            "f1": self.f1,
            "matches": len(self.matches),
            "exact_date_rate": self.exact_date_rate,
            "merge_clusters": len(self.clusters),
            "merged_clusters": sum(c.merged for c in self.clusters),
            "merge_rate": self.merge_rate,
            "documents": [d.to_json() for d in self.documents],
            "misses": [{"document": g.doc, "id": g.id, "kind": g.kind, "date": str(g.span),
                        "evidence": g.evidence} for g in self.misses],
            "false_positives": [{"document": p.doc, "id": p.event_id, "title": p.title,
                                 "dates": [str(d) for d in p.dates]}
                                for p in self.false_positives],
            "date_mismatches": [{"document": m.gold.doc, "gold": m.gold.id, "predicted":
                                 m.pred.event_id, "gold_date": str(m.gold.span),
                                 "predicted_date": str(m.date)} for m in self.date_mismatches],
            "split_clusters": [{"cluster": c.cluster, "documents": list(c.documents),
                                "coverage": c.coverage} for c in self.clusters if not c.merged],
        }


def _ratio(num: int, den: int) -> float | None:
    return num / den if den > 0 else None


# --------------------------------------------------------------------------- loading


def _parse_date(value: Any, where: str) -> date:
    if not isinstance(value, str):
        raise ValueError(f"{where}: expected an ISO date string, got {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)") from exc


def _span(start: Any, end: Any, precision: Any, where: str) -> Span:
    if precision not in PRECISIONS:
        raise ValueError(f"{where}: precision {precision!r} is not one of {', '.join(PRECISIONS)}")
    s, e = _parse_date(start, where), _parse_date(end, where)
    if e < s:
        raise ValueError(f"{where}: date ends before it starts ({s} > {e})")
    return Span(s, e, str(precision))


def gold_from_json(data: Mapping[str, Any]) -> Gold:
    """Read a gold document in the form of `seeds/gold-events.json`."""
    events: list[GoldEvent] = []
    for i, raw in enumerate(data.get("events", [])):
        where = f"gold event #{i} ({raw.get('id', '?')})"
        events.append(GoldEvent(
            doc=str(raw["doc"]),
            id=str(raw.get("id", f"event-{i}")),
            kind=str(raw.get("kind", "other")),
            span=_span(raw.get("date_start"), raw.get("date_end"), raw.get("precision"), where),
            status=str(raw.get("status", "unknown")),
            actors=tuple(str(a) for a in raw.get("actors", [])),
            places=tuple(str(p) for p in raw.get("places", [])),
            core=bool(raw.get("core", True)),
            cluster=str(raw.get("cluster") or f"{raw['doc']}#{raw.get('id', i)}"),
            evidence=str(raw.get("evidence", "")),
        ))
    docs = [str(d["file"]) for d in data.get("documents", []) if "file" in d]
    for ev in events:
        if ev.doc not in docs:
            docs.append(ev.doc)
    return Gold(tuple(docs), tuple(events))


def load_gold(path: str | Path) -> Gold:
    """Read a gold file from disk."""
    with open(path, encoding="utf-8") as fh:
        return gold_from_json(json.load(fh))


def _pred_span(raw: Any) -> Span | None:
    if not isinstance(raw, Mapping) or not raw.get("start") or not raw.get("end"):
        return None
    try:
        return _span(raw["start"], raw["end"], raw.get("precision", "day"), "predicted date")
    except ValueError:
        return None


def _doc_key(document: str, gold_docs: Sequence[str]) -> str | None:
    """The gold document a source's `document` names (exact, else by file name)."""
    if document in gold_docs:
        return document
    name = PurePath(document.replace("\\", "/")).name
    for doc in gold_docs:
        if PurePath(doc).name == name:
            return doc
    return None


def predicted_items(export: Mapping[str, Any] | Sequence[Any], gold_docs: Sequence[str]
                    ) -> list[PredItem]:
    """Split each exported event into one item per gold document it has sources in."""
    events = export.get("events", []) if isinstance(export, Mapping) else export
    items: list[PredItem] = []
    for index, ev in enumerate(events):
        event_date = _pred_span(ev.get("date"))
        by_doc: dict[str, list[Span | None]] = defaultdict(list)
        for src in ev.get("sources", []):
            doc = _doc_key(str(src.get("document", "")), gold_docs)
            if doc is not None:
                by_doc[doc].append(_pred_span(src.get("date")) or event_date)
        actors = tuple(PredActor(str(a.get("name", "")), a.get("country"))
                       for a in ev.get("actors", []) if isinstance(a, Mapping))
        places = tuple(str(p) for p in ev.get("places", []))
        for doc in sorted(by_doc):
            dates = tuple(dict.fromkeys(d for d in by_doc[doc] if d is not None))
            items.append(PredItem(doc, index, str(ev.get("id", index)), str(ev.get("title", "")),
                                  str(ev.get("kind", "")), dates, actors, places))
    return items


# --------------------------------------------------------------------------- matching


def _tokens(name: str) -> set[str]:
    return {t.lower() for t in _TOKEN.findall(name) if len(t) >= 3}


def _norm_place(place: str) -> str:
    text = re.sub(r"[^\w\s]", " ", place.lower())
    text = re.sub(r"^\s*the\s+", "", text)
    return " ".join(text.split())


def actor_matches(gold_actor: str, pred: PredActor) -> bool:
    """Gold actor vs predicted actor: a country code, a country name or a name token."""
    pred_name = pred.name.strip().lower()
    if _CODE.match(gold_actor):
        if pred.country == gold_actor and pred.country is not None:
            return True
        return pred_name in COUNTRY_NAMES.get(gold_actor, ())
    for code, names in COUNTRY_NAMES.items():
        if gold_actor.strip().lower() in names:
            return pred.country == code or pred_name in names
    return bool(_tokens(gold_actor) & _tokens(pred.name))


def place_matches(gold_place: str, pred_place: str) -> bool:
    """Same place after normalising case, punctuation and a leading 'the'."""
    g, p = _norm_place(gold_place), _norm_place(pred_place)
    if not g or not p:
        return False
    if g == p:
        return True
    # "Bali, Indonesia" names Bali; "Beijing" does not name "Beijing Daxing".
    return bool(re.search(rf"^{re.escape(g)}\b", p))


def shares_participant(gold: GoldEvent, pred: PredItem) -> bool:
    if any(actor_matches(g, p) for g in gold.actors for p in pred.actors):
        return True
    return any(place_matches(g, p) for g in gold.places for p in pred.places)


def date_ok(gold: Span, pred: Span) -> bool:
    """Overlapping, and the prediction at most one precision step coarser than gold."""
    step = PRECISIONS.index(pred.precision) - PRECISIONS.index(gold.precision)
    return pred.overlaps(gold) and step <= 1


def best_date(gold: GoldEvent, pred: PredItem) -> Span | None:
    """The prediction's date that matches the gold best (exact first), if any matches."""
    good = [d for d in pred.dates if date_ok(gold.span, d)]
    if not good:
        return None
    return min(good, key=lambda d: (
        (d.start, d.end) != (gold.span.start, gold.span.end),
        abs(PRECISIONS.index(d.precision) - PRECISIONS.index(gold.span.precision)),
        abs((d.start - gold.span.start).days) + abs((d.end - gold.span.end).days),
    ))


def compatible(gold: GoldEvent, pred: PredItem) -> Span | None:
    """The date on which the pair matches under the DESIGN.md rule, or None."""
    if gold.doc != pred.doc or not shares_participant(gold, pred):
        return None
    return best_date(gold, pred)


def _weight(gold: GoldEvent, pred: PredItem, when: Span) -> int:
    # Core first, then exact dates, then close precision, then same kind.
    w = 100_000 if gold.core else 1_000
    if (when.start, when.end) == (gold.span.start, gold.span.end):
        w += 100
    w += 10 * (5 - abs(PRECISIONS.index(when.precision) - PRECISIONS.index(gold.span.precision)))
    if pred.kind == gold.kind:
        w += 5
    return w


def max_weight_assignment(weights: Sequence[Sequence[int]]) -> list[tuple[int, int]]:
    """Pairs (row, column) of a maximum-weight matching; weight 0 means no edge.

    Hungarian algorithm (potentials, O(n²m)) on the square-padded matrix; the
    matrices here are a few dozen rows per document.
    """
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    if rows == 0 or cols == 0:
        return []
    n = max(rows, cols)
    top = max((w for row in weights for w in row), default=0)
    cost = [[top - (weights[i][j] if i < rows and j < cols else 0) for j in range(n)]
            for i in range(n)]
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    p = [0] * (n + 1)
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    pairs = []
    for j in range(1, n + 1):
        i = p[j] - 1
        if i < rows and j - 1 < cols and weights[i][j - 1] > 0:
            pairs.append((i, j - 1))
    return sorted(pairs)


def _match_document(golds: Sequence[GoldEvent], preds: Sequence[PredItem]) -> list[Match]:
    dates = [[compatible(g, p) for p in preds] for g in golds]
    weights = [[_weight(g, p, d) if d is not None else 0 for p, d in zip(preds, row, strict=True)]
               for g, row in zip(golds, dates, strict=True)]
    out = []
    for gi, pi in max_weight_assignment(weights):
        when = dates[gi][pi]
        assert when is not None
        g = golds[gi]
        out.append(Match(g, preds[pi], when, (when.start, when.end) == (g.span.start, g.span.end)))
    return out


def _clusters(gold: Gold, items: Sequence[PredItem]) -> list[ClusterResult]:
    """Clusters with core gold in two or more documents, and whether one event covers them."""
    core_docs: dict[str, set[str]] = defaultdict(set)
    for g in gold.events:
        if g.core:
            core_docs[g.cluster].add(g.doc)
    by_event: dict[int, list[PredItem]] = defaultdict(list)
    for item in items:
        by_event[item.event_index].append(item)
    results = []
    for cluster in sorted(c for c, docs in core_docs.items() if len(docs) >= 2):
        docs = tuple(sorted(core_docs[cluster]))
        members = [g for g in gold.events if g.cluster == cluster]
        coverage: dict[str, list[str]] = {d: [] for d in docs}
        per_event: dict[int, set[str]] = defaultdict(set)
        for item in items:
            if item.doc in coverage and any(
                    g.doc == item.doc and compatible(g, item) is not None for g in members):
                coverage[item.doc].append(item.event_id)
                per_event[item.event_index].add(item.doc)
        merged = any(found >= set(docs) for found in per_event.values())
        results.append(ClusterResult(cluster, docs, merged, coverage))
    return results


def score(export: Mapping[str, Any] | Sequence[Any], gold: Gold) -> Report:
    """Score an events export (the `timeline export --format json` document) against gold."""
    items = predicted_items(export, gold.documents)
    golds_by_doc: dict[str, list[GoldEvent]] = defaultdict(list)
    for g in gold.events:
        golds_by_doc[g.doc].append(g)
    preds_by_doc: dict[str, list[PredItem]] = defaultdict(list)
    for item in items:
        preds_by_doc[item.doc].append(item)

    docs: list[DocScore] = []
    matches: list[Match] = []
    misses: list[GoldEvent] = []
    false_pos: list[PredItem] = []
    for doc in gold.documents:
        golds, preds = golds_by_doc.get(doc, []), preds_by_doc.get(doc, [])
        found = _match_document(golds, preds)
        matched_gold = {id(m.gold) for m in found}
        matched_pred = {id(m.pred) for m in found}
        line = DocScore(doc, core=sum(g.core for g in golds), predicted=len(preds))
        line.core_matched = sum(m.gold.core for m in found)
        line.matched_core = line.core_matched
        line.matched_optional = sum(not m.gold.core for m in found)
        docs.append(line)
        matches.extend(found)
        misses.extend(g for g in golds if g.core and id(g) not in matched_gold)
        false_pos.extend(p for p in preds if id(p) not in matched_pred)
    return Report(docs, matches, misses, false_pos, _clusters(gold, items))


# --------------------------------------------------------------------------- output


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def format_report(report: Report, *, verbose: bool = False) -> str:
    """A plain-text report: totals, one line per document, and details when verbose."""
    lines = [
        f"core recall      {_fmt(report.recall)}  ({report.core_matched}/{report.core} core)",
        f"precision        {_fmt(report.precision)}",
        f"F1               {_fmt(report.f1)}",
        f"exact dates      {_fmt(report.exact_date_rate)}"
        f"  ({sum(m.exact for m in report.matches)}/{len(report.matches)} matches)",
        f"merge rate       {_fmt(report.merge_rate)}"
        f"  ({sum(c.merged for c in report.clusters)}/{len(report.clusters)} multi-document"
        " clusters)",
        "",
        f"{'document':<40} {'core':>9} {'recall':>7} {'pred':>5} {'opt':>4} {'precision':>9}",
    ]
    for d in report.documents:
        j = d.to_json()
        lines.append(f"{d.doc:<40} {d.core_matched:>4}/{d.core:<4} {_fmt(j['recall']):>7} "
                     f"{d.predicted:>5} {d.matched_optional:>4} {_fmt(j['precision']):>9}")
    if verbose:
        lines += ["", f"misses (gold core not found): {len(report.misses)}"]
        lines += [f"  {g.doc}  {g.id}  {g.kind}  {g.span}  actors={list(g.actors)}"
                  f"  places={list(g.places)}  evidence={g.evidence!r}" for g in report.misses]
        lines += ["", f"false positives (no gold match): {len(report.false_positives)}"]
        lines += [f"  {p.doc}  {p.event_id}  {p.title!r}  dates={[str(d) for d in p.dates]}"
                  for p in report.false_positives]
        lines += ["", f"date mismatches: {len(report.date_mismatches)}"]
        lines += [f"  {m.gold.doc}  {m.gold.id}: gold {m.gold.span}, predicted {m.date}"
                  f" ({m.pred.event_id})" for m in report.date_mismatches]
        split = [c for c in report.clusters if not c.merged]
        lines += ["", f"split clusters: {len(split)}"]
        for c in split:
            cover = "; ".join(f"{d}: {', '.join(ids) or '-'}" for d, ids in c.coverage.items())
            lines.append(f"  {c.cluster}  {cover}")
    return "\n".join(lines)


def export_events(events: Iterable[Any]) -> dict[str, Any]:
    """Wrap model Events (anything with `to_json`) as an events export document."""
    return {"format": "usc-timeline/events", "version": 1,
            "events": [e.to_json() for e in events]}
