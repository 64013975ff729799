"""The event scorer's matching rule, on tiny hand-made gold and predictions."""

from __future__ import annotations

import importlib.util
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from usc_timeline.evaluate import (
    Gold,
    format_report,
    gold_from_json,
    load_gold,
    max_weight_assignment,
    score,
)

DOC = "a.txt"


def gold_event(id: str, start: str, end: str | None = None, precision: str = "day", *,
               doc: str = DOC, actors: tuple[str, ...] = ("Antony Blinken",),
               places: tuple[str, ...] = (), core: bool = True, cluster: str | None = None,
               kind: str = "meeting", status: str = "occurred") -> dict[str, Any]:
    return {"doc": doc, "id": id, "kind": kind, "date_start": start, "date_end": end or start,
            "precision": precision, "status": status, "actors": list(actors),
            "places": list(places), "issues": [], "evidence": "", "core": core,
            "cluster": cluster or id}


def gold(*events: dict[str, Any], docs: tuple[str, ...] = (DOC,)) -> Gold:
    return gold_from_json({"documents": [{"file": d} for d in docs], "events": list(events)})


def date(start: str, end: str | None = None, precision: str = "day") -> dict[str, str]:
    return {"start": start, "end": end or start, "precision": precision}


def source(doc: str = DOC, when: dict[str, str] | None = None) -> dict[str, Any]:
    return {"document": doc, "sentence": "s", "char_start": 0, "char_end": 1,
            "date_text": None, "date": when}


def event(id: str, when: dict[str, str] | None, *, sources: list[dict[str, Any]] | None = None,
          actors: list[dict[str, Any]] | None = None, places: tuple[str, ...] = (),
          kind: str = "meeting", status: str = "occurred") -> dict[str, Any]:
    return {"id": id, "title": id, "kind": kind, "status": status, "date": when,
            "actors": actors if actors is not None else
            [{"name": "Antony Blinken", "country": "US", "role": None}],
            "places": list(places), "issues": [],
            "sources": sources if sources is not None else [source(when=when)], "conflicts": []}


def export(*events: dict[str, Any]) -> dict[str, Any]:
    return {"format": "usc-timeline/events", "version": 1, "events": list(events)}


def test_perfect_prediction_scores_one() -> None:
    r = score(export(event("e1", date("2023-06-18"))), gold(gold_event("g1", "2023-06-18")))
    assert (r.recall, r.precision, r.f1, r.exact_date_rate) == (1.0, 1.0, 1.0, 1.0)
    assert not r.misses and not r.false_positives


@pytest.mark.parametrize(("pred", "ok"), [
    (date("2023-06-12", "2023-06-18", "week"), True),   # one step coarser, overlapping
    (date("2023-06-01", "2023-06-30", "month"), False),  # two steps coarser
    (date("2023-06-19"), False),                          # same precision, no overlap
])
def test_date_must_overlap_and_be_at_most_one_step_coarser(pred: dict[str, str], ok: bool
                                                            ) -> None:
    r = score(export(event("e1", pred)), gold(gold_event("g1", "2023-06-18")))
    assert r.core_matched == (1 if ok else 0)


def test_finer_prediction_inside_coarse_gold_matches_but_is_not_exact() -> None:
    g = gold(gold_event("g1", "2023-05-01", "2023-05-31", "month"))
    r = score(export(event("e1", date("2023-05-14"))), g)
    assert r.core_matched == 1
    assert r.exact_date_rate == 0.0
    assert [m.gold.id for m in r.date_mismatches] == ["g1"]


def test_undated_prediction_never_matches() -> None:
    r = score(export(event("e1", None)), gold(gold_event("g1", "2023-06-18")))
    assert r.core_matched == 0
    assert r.precision == 0.0


def test_source_date_wins_over_event_date() -> None:
    # The merged event says 18 June, but this document's source says 19 June.
    ev = event("e1", date("2023-06-18"), sources=[source(when=date("2023-06-19"))])
    r = score(export(ev), gold(gold_event("g1", "2023-06-18")))
    assert r.core_matched == 0
    # A source without a date of its own falls back to the event's date.
    ev = event("e1", date("2023-06-18"), sources=[source(when=None)])
    assert score(export(ev), gold(gold_event("g1", "2023-06-18"))).core_matched == 1


@pytest.mark.parametrize(("gold_actors", "pred_actors", "ok"), [
    (("Antony Blinken",), [{"name": "Blinken", "country": None}], True),
    (("Wang Yi",), [{"name": "Wang", "country": "CN"}], True),  # Chinese family name first
    (("Antony Blinken",), [{"name": "Wang Yi", "country": "CN"}], False),
    (("CN",), [{"name": "Wang Yi", "country": "CN"}], True),     # by country code
    (("US",), [{"name": "United States", "country": None}], True),  # by country name
    (("US",), [{"name": "China", "country": None}], False),
    (("Mike Pompeo",), [{"name": "Li", "country": None}], False),  # short tokens never count
    (("Xi",), [{"name": "Xi Jinping", "country": "CN"}], True),  # ...but a short name alone does
    (("Xi",), [{"name": "Hu Jintao", "country": "CN"}], False),
    (("Li Qiang",), [{"name": "Li Shangfu", "country": "CN"}], False),  # not within a name
])
def test_actor_matching(gold_actors: tuple[str, ...], pred_actors: list[dict[str, Any]],
                        ok: bool) -> None:
    g = gold(gold_event("g1", "2023-06-18", actors=gold_actors))
    r = score(export(event("e1", date("2023-06-18"), actors=pred_actors)), g)
    assert r.core_matched == (1 if ok else 0)


def test_shared_place_is_enough_without_actors() -> None:
    g = gold(gold_event("g1", "2023-06-18", actors=("Xi Jinping",), places=("South China Sea",)))
    hit = event("e1", date("2023-06-18"), actors=[], places=("the south china sea",))
    miss = event("e1", date("2023-06-18"), actors=[], places=("China",))
    assert score(export(hit), g).core_matched == 1
    assert score(export(miss), g).core_matched == 0


def test_other_documents_sources_do_not_count() -> None:
    ev = event("e1", date("2023-06-18"), sources=[source(doc="b.txt", when=date("2023-06-18"))])
    r = score(export(ev), gold(gold_event("g1", "2023-06-18"), docs=(DOC, "b.txt")))
    assert r.core_matched == 0
    assert len(r.false_positives) == 1 and r.false_positives[0].doc == "b.txt"


def test_document_ids_compared_by_file_name() -> None:
    ev = event("e1", date("2023-06-18"), sources=[source(doc="corpus/a.txt",
                                                           when=date("2023-06-18"))])
    assert score(export(ev), gold(gold_event("g1", "2023-06-18"))).core_matched == 1


def test_one_to_one_a_duplicate_is_a_false_positive() -> None:
    r = score(export(event("e1", date("2023-06-18")), event("e2", date("2023-06-18"))),
              gold(gold_event("g1", "2023-06-18")))
    assert r.core_matched == 1
    assert r.precision == 0.5
    assert len(r.false_positives) == 1


def test_event_with_two_sources_in_one_document_counts_once() -> None:
    ev = event("e1", date("2023-06-18"), sources=[source(when=date("2023-06-18")),
                                                  source(when=None)])
    r = score(export(ev), gold(gold_event("g1", "2023-06-18")))
    assert r.documents[0].predicted == 1
    assert r.precision == 1.0


def test_a_match_of_another_sort_counts_under_the_rule_but_not_as_the_same_kind() -> None:
    # a statement on the day of a visit, by the same person: the DESIGN.md rule pairs them
    r = score(export(event("said", date("2023-06-18"), kind="statement")),
              gold(gold_event("trip", "2023-06-18", kind="visit")))
    assert r.recall == 1.0
    assert r.kind_rate == 0.0
    assert r.recall_same_kind == 0.0
    assert [m.gold.id for m in r.kind_mismatches] == ["trip"]
    assert r.to_json()["kind_mismatches"][0]["predicted_kind"] == "statement"


@pytest.mark.parametrize(("gold_kind", "pred_kind", "agree"), [
    ("visit", "meeting", True),        # the meetings held during a visit
    ("talks", "summit", True),
    ("ban", "export_control", True),
    ("postponement", "cancellation", True),
    ("announcement", "statement", True),
    ("other", "other", True),
    ("other", "military_incident", False),
    ("sanction", "agreement", False),
    ("meeting", "statement", False),
])
def test_kind_agreement(gold_kind: str, pred_kind: str, agree: bool) -> None:
    r = score(export(event("e", date("2023-06-18"), kind=pred_kind)),
              gold(gold_event("g", "2023-06-18", kind=gold_kind)))
    assert r.core_matched == 1
    assert (r.kind_rate == 1.0) is agree
    assert "kinds agree" in format_report(r)


def test_matched_to_optional_gold_is_not_counted_either_way() -> None:
    g = gold(gold_event("core", "2023-06-18"),
             gold_event("opt", "2023-06-20", core=False))
    r = score(export(event("e1", date("2023-06-18")), event("e2", date("2023-06-20"))), g)
    assert (r.recall, r.precision) == (1.0, 1.0)
    assert r.documents[0].matched_optional == 1
    # Missing the optional event costs nothing; an unmatched prediction still does.
    r = score(export(event("e1", date("2023-06-18")), event("e3", date("2023-07-01"))), g)
    assert (r.recall, r.precision) == (1.0, 0.5)


def test_core_gold_preferred_over_optional() -> None:
    # One prediction fits both; it must be credited to the core event.
    g = gold(gold_event("opt", "2023-06-18", core=False), gold_event("core", "2023-06-18"))
    r = score(export(event("e1", date("2023-06-18"))), g)
    assert r.recall == 1.0
    assert [m.gold.id for m in r.matches] == ["core"]


def test_matching_is_maximal_not_greedy() -> None:
    # e1 fits both gold events, e2 only the first; both gold must be matched.
    g = gold(gold_event("g1", "2023-06-18"),
             gold_event("g2", "2023-06-12", "2023-06-18", "week"))
    r = score(export(event("e1", date("2023-06-18")),
                     event("e2", date("2023-06-12", "2023-06-18", "week"))), g)
    assert r.core_matched == 2
    assert r.exact_date_rate == 1.0


def test_merge_rate_counts_one_event_over_all_documents() -> None:
    g = gold(gold_event("g1", "2023-06-18", cluster="c"),
             gold_event("g2", "2023-06-18", doc="b.txt", cluster="c"),
             docs=(DOC, "b.txt"))
    merged = event("e1", date("2023-06-18"), sources=[source(when=date("2023-06-18")),
                                                      source("b.txt", date("2023-06-18"))])
    r = score(export(merged), g)
    assert (r.merge_rate, r.recall, r.precision) == (1.0, 1.0, 1.0)
    split = export(event("e1", date("2023-06-18")),
                   event("e2", date("2023-06-18"), sources=[source("b.txt", date("2023-06-18"))]))
    r = score(split, g)
    assert r.recall == 1.0
    assert r.merge_rate == 0.0
    assert r.clusters[0].coverage == {DOC: ["e1"], "b.txt": ["e2"]}


def test_clusters_need_core_gold_in_two_documents() -> None:
    g = gold(gold_event("g1", "2023-06-18", cluster="c"),
             gold_event("g2", "2023-06-18", doc="b.txt", cluster="c", core=False),
             docs=(DOC, "b.txt"))
    assert score(export(), g).merge_rate is None


def test_max_weight_assignment_ignores_zero_weights() -> None:
    assert max_weight_assignment([[0, 5], [0, 3]]) == [(0, 1)]
    assert max_weight_assignment([[3, 2], [2, 0]]) == [(0, 1), (1, 0)]
    assert max_weight_assignment([]) == []


def test_bad_gold_is_reported_with_its_id() -> None:
    with pytest.raises(ValueError, match="g1"):
        gold(gold_event("g1", "2023-06-18", precision="fortnight"))


def _cli() -> Any:
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "event_eval.py"
    spec = importlib.util.spec_from_file_location("event_eval", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_reads_a_file_and_prints_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                          ) -> None:
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps({"documents": [{"file": DOC}],
                                     "events": [gold_event("g1", "2023-06-18")]}))
    export_path = tmp_path / "export.json"
    export_path.write_text(json.dumps(export(event("e1", date("2023-06-18")))))
    assert _cli().main([str(export_path), "--gold", str(gold_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["recall"] == 1.0 and out["precision"] == 1.0
    assert out["documents"][0]["document"] == DOC


def test_cli_reports_an_unreadable_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                          ) -> None:
    assert _cli().main([str(tmp_path / "missing.json")]) == 1
    assert "missing.json" in capsys.readouterr().err


ARTICLES = Path(__file__).resolve().parent / "data" / "articles"


def test_test_articles_gold_is_consistent_with_its_folder() -> None:
    gold = load_gold(ARTICLES / "gold-events.json")
    catalog = tomllib.loads((ARTICLES / "catalog.toml").read_text(encoding="utf-8"))
    published = {d["file"]: d["published"] for d in catalog["document"]}
    assert set(gold.documents) == set(published) == {p.name for p in ARTICLES.glob("*.txt")}
    ids = [(g.doc, g.id) for g in gold.events]
    assert len(ids) == len(set(ids))
    for g in gold.events:
        text = (ARTICLES / g.doc).read_text(encoding="utf-8").lower()
        # Evidence quotes the article; '...' joins pieces, '(...)' is an annotator's note.
        for piece in g.evidence.split("(")[0].split("..."):
            assert piece.strip().lower() in text, (g.id, piece)
        if g.status == "occurred":
            assert g.span.start <= published[g.doc], g.id


def test_status_is_the_one_the_story_ends_with() -> None:
    """A preview's 'planned' and a later report's 'occurred' expect one occurred event."""
    g = gold(gold_event("preview", "2023-06-18", doc="a.txt", cluster="c", status="planned"),
             gold_event("report", "2023-06-18", doc="b.txt", cluster="c"),
             docs=("a.txt", "b.txt"))
    merged = event("e1", date("2023-06-18"), sources=[source("a.txt"), source("b.txt")])
    r = score(export(merged), g)
    assert r.status_rate == 1.0
    still_planned = event("e1", date("2023-06-18"), sources=[source("a.txt"), source("b.txt")],
                          status="planned")
    r = score(export(still_planned), g)
    assert r.status_rate == 0.0
    assert [m.gold.id for m in r.status_mismatches] == ["preview", "report"]
    assert r.to_json()["status_mismatches"][0]["expected_status"] == "occurred"


def test_an_occurred_cancellation_is_a_cancelled_plan() -> None:
    g = gold(gold_event("off", "2023-02-03", kind="cancellation"))
    as_status = event("e1", date("2023-02-03"), kind="visit", status="cancelled")
    assert score(export(as_status), g).status_rate == 1.0
    went_ahead = event("e1", date("2023-02-03"), kind="visit")
    assert score(export(went_ahead), g).status_rate == 0.0


def test_unknown_gold_status_is_not_scored() -> None:
    r = score(export(event("e1", date("2023-06-18"), status="planned")),
              gold(gold_event("g1", "2023-06-18", status="unknown")))
    assert r.core_matched == 1 and r.status_rate is None


@pytest.mark.parametrize(("data", "message"), [
    ({"events": [1]}, "gold event #0: expected an object"),
    ({"events": [{"id": "x"}]}, 'gold event #0 \\(x\\): no "doc"'),
    ({"events": 3}, 'an "events" list'),
])
def test_malformed_gold_is_a_value_error_naming_the_event(data: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        gold_from_json(data)


@pytest.mark.parametrize("export_doc", [[1], 5, {"events": 3}])
def test_a_malformed_export_is_a_value_error(export_doc: Any) -> None:
    with pytest.raises(ValueError, match="event"):
        score(export_doc, gold(gold_event("g1", "2023-06-18")))
