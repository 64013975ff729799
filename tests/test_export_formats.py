"""Export formats for real clients: iCalendar, TimelineJS, CSV, JSON Lines, Markdown."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import icalendar

from usc_timeline.export import csv_, ics, jsonl, markdown, timelinejs
from usc_timeline.model import (
    Actor,
    Conflict,
    DateSpan,
    Document,
    Event,
    Published,
    Source,
)

DOCS = {
    "a.txt": Document("a.txt", "…", title="Blinken in Beijing", outlet="Example Wire",
                      url="https://example.org/a",
                      published=Published("2023-06-20", "catalog.toml")),
    "b.txt": Document("b.txt", "…", title="Looking ahead",
                      published=Published("2023-06", "dateline")),
}
S1 = Source("a.txt", "Blinken met Xi in Beijing on Monday; talks were \"candid, constructive\".",
            10, 80, "on Monday", DateSpan(date(2023, 6, 19), date(2023, 6, 19)))
S2 = Source("b.txt", "The visit in mid-June went ahead.", 0, 33, "mid-June",
            DateSpan(date(2023, 6, 11), date(2023, 6, 20), "month"))
BLINKEN = Actor("Antony Blinken", "US", "Secretary of State")
XI = Actor("Xi Jinping", "CN", "President")
VISIT = Event("2023-06-18-blinken-visits-beijing", "Blinken visits Beijing", "visit", "occurred",
              DateSpan(date(2023, 6, 18), date(2023, 6, 19)), (BLINKEN, XI), ("Beijing",),
              ("taiwan", "fentanyl"), (S1, S2),
              (Conflict("19 Jun 2023 vs mid Jun 2023", (S1, S2)),))
TALKS = Event("2023-05-vienna-talks", "Sullivan and Wang hold talks in Vienna", "talks", "occurred",
              DateSpan(date(2023, 5, 1), date(2023, 5, 31), "month"),
              (Actor("Jake Sullivan", "US"), Actor("Wang Yi", "CN")), ("Vienna",), (), (S2,))
SUMMIT = Event("2021-summit", "Summit planned", "summit", "planned",
               DateSpan(date(2021, 1, 1), date(2021, 12, 31), "year"), (), (), ("trade",), ())
UNDATED = Event("undated-ban", "=HYPERLINK(\"http://x\") ban [x](y) *bold*", "ban", "unknown", None,
                (Actor("China", "CN", kind="country"),), (), (), ())
EVENTS = [SUMMIT, TALKS, VISIT, UNDATED]


def test_ics_parses_with_one_all_day_vevent_per_dated_event() -> None:
    text = ics.render(EVENTS, DOCS)
    cal = icalendar.Calendar.from_ical(text)
    vevents = list(cal.walk("VEVENT"))
    assert len(vevents) == 3  # the undated event has no place on a calendar
    by_uid = {str(v["UID"]): v for v in vevents}
    visit = by_uid["2023-06-18-blinken-visits-beijing@usc-timeline"]
    assert visit.decoded("DTSTART") == date(2023, 6, 18)
    assert visit.decoded("DTEND") == date(2023, 6, 20)  # exclusive end: 19 Jun is included
    assert str(visit["SUMMARY"]) == "Blinken visits Beijing"
    assert str(visit["LOCATION"]) == "Beijing"
    assert "“Blinken met Xi in Beijing on Monday; talks were \"candid, constructive\".”" in str(
        visit["DESCRIPTION"])
    assert "Sources disagree" in str(visit["DESCRIPTION"])
    month = by_uid["2023-05-vienna-talks@usc-timeline"]
    assert month.decoded("DTSTART") == date(2023, 5, 1)
    assert month.decoded("DTEND") == date(2023, 6, 1)
    planned = by_uid["2021-summit@usc-timeline"]
    assert str(planned["STATUS"]) == "TENTATIVE"
    assert str(planned["SUMMARY"]) == "Summit planned (planned)"
    assert planned.decoded("DTEND") == date(2022, 1, 1)


def test_ics_is_stable_folded_and_crlf() -> None:
    text = ics.render(EVENTS, DOCS)
    assert text == ics.render(EVENTS, DOCS)
    # the latest day of the sources' publication dates, not the clock
    assert "DTSTAMP:20230630T000000Z" in text
    lines = text.split("\r\n")
    assert lines[-1] == ""
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert "\n" not in text.replace("\r\n", "")


def test_ics_fold_never_splits_a_character() -> None:
    folded = ics.fold("DESCRIPTION:" + "é" * 100)
    for piece in folded.split("\r\n"):
        piece.encode("utf-8").decode("utf-8")
        assert len(piece.encode("utf-8")) <= 75
    assert folded.replace("\r\n ", "") == "DESCRIPTION:" + "é" * 100 + "\r\n"


def test_ics_escapes_text() -> None:
    assert ics.escape_text("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne"


def test_timelinejs_only_known_date_parts_and_groups() -> None:
    doc = json.loads(timelinejs.render(EVENTS, DOCS))
    slides = {s["unique_id"]: s for s in doc["events"]}
    assert set(slides) == {"2021-summit", "2023-05-vienna-talks",
                           "2023-06-18-blinken-visits-beijing"}
    visit = slides["2023-06-18-blinken-visits-beijing"]
    assert {k: v for k, v in visit["start_date"].items() if k != "display_date"} == {
        "year": 2023, "month": 6, "day": 18}
    assert visit["end_date"] == {"year": 2023, "month": 6, "day": 19}
    assert visit["group"] == "taiwan"
    assert visit["media"]["credit"].startswith("Example Wire, “Blinken in Beijing”")
    assert visit["media"]["link"] == "https://example.org/a"
    assert visit["media"]["url"].startswith("<blockquote>Blinken met Xi")
    talks = slides["2023-05-vienna-talks"]
    assert {k: v for k, v in talks["start_date"].items() if k != "display_date"} == {
        "year": 2023, "month": 5}
    assert "end_date" not in talks and "group" not in talks
    summit = slides["2021-summit"]
    assert summit["start_date"] == {"year": 2021, "display_date": "2021"}
    assert summit["text"]["headline"] == "Summit planned (planned)"


def test_csv_one_row_per_event_flattened() -> None:
    rows = list(csv.DictReader(io.StringIO(csv_.render(EVENTS, DOCS))))
    assert [r["id"] for r in rows] == [e.id for e in EVENTS]
    visit = rows[2]
    assert visit["actors"] == "Antony Blinken; Xi Jinping"
    assert visit["countries"] == "US; CN"
    assert visit["issues"] == "taiwan; fentanyl"
    assert visit["documents"] == "a.txt; b.txt"
    assert visit["date_start"] == "2023-06-18" and visit["date_end"] == "2023-06-19"
    assert visit["evidence"].split("\n") == [S1.sentence, S2.sentence]
    assert rows[3]["date_start"] == "" and rows[3]["date_precision"] == ""
    assert rows[3]["title"].startswith("'=HYPERLINK")  # never run as a formula


def test_jsonl_one_contract_event_per_line() -> None:
    lines = jsonl.render(EVENTS, DOCS).splitlines()
    assert [json.loads(line) for line in lines] == [e.to_json() for e in EVENTS]


def test_jsonl_escapes_terminal_active_characters() -> None:
    ev = Event("x", "evil\x9b31m\u202etitle", "other", "unknown", None)
    out = jsonl.render([ev], {})
    assert "\x9b" not in out and "\u202e" not in out
    assert json.loads(out)["title"] == ev.title  # same data


def test_markdown_chronology() -> None:
    text = markdown.render(EVENTS, DOCS)
    assert text.startswith("# US–China timeline\n")
    assert text.index("## 2021") < text.index("## 2023") < text.index("## Undated")
    assert "- **18–19 Jun 2023** — Blinken visits Beijing (visit; Antony Blinken, Xi Jinping; " \
           "Beijing) `taiwan` `fentanyl`" in text
    assert "  > Blinken met Xi in Beijing on Monday; talks were \"candid, constructive\"." in text
    assert "**Sources disagree:**" in text
    assert "- **2021** (planned) — Summit planned (summit) `trade`" in text
    assert "> — Example Wire, “Blinken in Beijing”, 2023-06-20 (a.txt)" in text
    # article text cannot inject links, emphasis or HTML
    assert "\\[x\\](y) \\*bold\\*" in text
    assert markdown.md("# not a heading") == "\\# not a heading"
    assert markdown.md("1. not a list <b>") == "1\\. not a list \\<b\\>"


def test_human_labels_match_the_terminal_views() -> None:
    late = Event("late-jan", "Balloon spotted", "military_incident", "occurred",
                 DateSpan(date(2023, 1, 21), date(2023, 1, 31), "month"), sources=(S1,))
    assert "- **late Jan 2023** — Balloon spotted" in markdown.render([late], DOCS)
    [row] = list(csv.DictReader(io.StringIO(csv_.render([late], DOCS))))
    assert row["date_label"] == "late Jan 2023"
    [slide] = json.loads(timelinejs.render([late], DOCS))["events"]
    assert slide["start_date"] == {"year": 2023, "month": 1, "display_date": "late Jan 2023"}
    vevent = next(iter(icalendar.Calendar.from_ical(ics.render([late], DOCS)).walk("VEVENT")))
    assert str(vevent["DESCRIPTION"]).startswith(
        "late Jan 2023 (month precision) · military incident")
