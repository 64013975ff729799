"""Joined clusters: the scorer's check on merging, on tiny hand-made gold and predictions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from test_event_eval import DOC, _cli, date, event, export, gold, gold_event, source

from usc_timeline.evaluate import format_report, score

B = "b.txt"


def people(*names: tuple[str, str]) -> list[dict[str, Any]]:
    return [{"name": n, "country": c, "role": None} for n, c in names]


def test_one_event_matched_to_two_clusters_in_two_documents_joins_them() -> None:
    # Blinken met Qin (told in a.txt) and Wang (told in b.txt) on one day: two meetings
    g = gold(gold_event("qin", "2023-06-18", cluster="blinken-qin"),
             gold_event("wang", "2023-06-18", doc=B, cluster="blinken-wang"), docs=(DOC, B))
    one = event("e1", date("2023-06-18"), sources=[source(when=date("2023-06-18")),
                                                   source(B, date("2023-06-18"))])
    r = score(export(one), g)
    assert r.joined_clusters == 1
    assert (r.joins[0].event_id, r.joins[0].clusters) == ("e1", ("blinken-qin", "blinken-wang"))
    assert r.joins[0].documents == (DOC, B)


def test_one_event_over_one_cluster_joins_nothing() -> None:
    g = gold(gold_event("qin", "2023-06-18", cluster="c"),
             gold_event("qin-too", "2023-06-18", doc=B, cluster="c"), docs=(DOC, B))
    one = event("e1", date("2023-06-18"), sources=[source(when=date("2023-06-18")),
                                                   source(B, date("2023-06-18"))])
    r = score(export(one), g)
    assert (r.merged_clusters, r.joined_clusters) == (1, 0)


def test_a_source_dated_to_another_gold_event_of_its_document_joins_it() -> None:
    # `met Qin on Sunday` and `met Wang on Monday` in one article, made one event
    g = gold(gold_event("qin", "2023-06-18", cluster="blinken-qin"),
             gold_event("wang", "2023-06-19", cluster="blinken-wang"))
    one = event("e1", date("2023-06-18"), sources=[source(when=date("2023-06-18")),
                                                   source(when=date("2023-06-19"))])
    r = score(export(one), g)
    assert r.core_matched == 1
    assert r.joined_clusters == 1
    assert r.joins[0].clusters == ("blinken-qin", "blinken-wang")


@pytest.mark.parametrize("second", [
    None,                                               # undated: says nothing
    date("2023-06-01", "2023-06-30", "month"),          # vaguer, overlapping the pairing
    date("2023-06-25"),                                 # another day, but no gold event then
])
def test_a_source_that_does_not_tell_another_gold_event_joins_nothing(
        second: dict[str, str] | None) -> None:
    g = gold(gold_event("qin", "2023-06-18", cluster="blinken-qin"),
             gold_event("wang", "2023-06-19", cluster="blinken-wang"))
    one = event("e1", date("2023-06-18"), sources=[source(when=date("2023-06-18")),
                                                   source(when=second)])
    assert score(export(one), g).joined_clusters == 0


def test_of_two_same_day_events_each_prediction_is_paired_with_its_own_people() -> None:
    # b.txt tells both meetings of 19 July; each prediction names its own people, and
    # both name the countries, so only the people tell the pairs apart
    countries = ["US", "CN"]
    g = gold(gold_event("kh-a", "2023-07-19", actors=("John Kerry", "Han Zheng", *countries),
                        cluster="kerry-han"),
             gold_event("kw-c", "2023-07-19", doc="c.txt", cluster="kissinger-wang",
                        actors=("Henry Kissinger", "Wang Yi", *countries)),
             gold_event("kw-b", "2023-07-19", doc=B, cluster="kissinger-wang",
                        actors=("Wang Yi", "Henry Kissinger", *countries)),
             gold_event("kh-b", "2023-07-19", doc=B, cluster="kerry-han",
                        actors=("John Kerry", "Han Zheng", *countries)),
             docs=(DOC, B, "c.txt"))
    day = date("2023-07-19")
    kerry = event("kerry-han", day, sources=[source(when=day), source(B, day)],
                  actors=people(("John Kerry", "US"), ("Han Zheng", "CN")))
    kissinger = event("kissinger-wang", day, sources=[source("c.txt", day), source(B, day)],
                      actors=people(("Henry Kissinger", "US"), ("Wang Yi", "CN")))
    r = score(export(kerry, kissinger), g)
    assert {(m.gold.id, m.pred.event_id) for m in r.matches if m.gold.doc == B} == {
        ("kh-b", "kerry-han"), ("kw-b", "kissinger-wang")}
    assert (r.merged_clusters, r.joined_clusters) == (2, 0)


def test_reports_show_joined_clusters(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    g = [gold_event("qin", "2023-06-18", cluster="blinken-qin"),
         gold_event("wang", "2023-06-18", doc=B, cluster="blinken-wang")]
    one = event("e1", date("2023-06-18"), sources=[source(when=date("2023-06-18")),
                                                   source(B, date("2023-06-18"))])
    r = score(export(one), gold(*g, docs=(DOC, B)))
    assert "joined clusters  1" in format_report(r)
    assert "  e1: blinken-qin, blinken-wang  (a.txt, b.txt)" in format_report(r, verbose=True)
    gold_path, export_path = tmp_path / "gold.json", tmp_path / "export.json"
    gold_path.write_text(json.dumps({"documents": [{"file": DOC}, {"file": B}], "events": g}))
    export_path.write_text(json.dumps(export(one)))
    assert _cli().main([str(export_path), "--gold", str(gold_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["joined_clusters"] == 1
    assert out["joins"] == [{"event": "e1", "clusters": ["blinken-qin", "blinken-wang"],
                             "documents": [DOC, B]}]
    assert out["merged_clusters"] == 0  # existing keys are kept
