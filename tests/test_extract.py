"""Extraction on sentences written for the tests (tests/data/extract_cases.toml), plus
end-to-end merging on small articles of our own."""

from __future__ import annotations

import time
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from usc_timeline.extract import extract_mentions
from usc_timeline.extract.phrases import PhraseMatcher, tokenize
from usc_timeline.merge import merge_mentions
from usc_timeline.model import Document, Mention, Published

CASES = tomllib.loads((Path(__file__).parent / "data" / "extract_cases.toml").read_text("utf-8"))


def doc(text: str, published: str | None, name: str = "case.txt") -> Document:
    return Document(name, text, published=Published(published, "test") if published else None)


def _matches(m: Mention, want: dict[str, Any]) -> bool:
    if m.kind != want["kind"]:
        return False
    if "status" in want and m.status != want["status"]:
        return False
    if "date" in want:
        wanted = want["date"]
        if wanted == "none":
            if m.date is not None:
                return False
        elif m.date is None or (m.date.start, m.date.end) != (
                date.fromisoformat(wanted[0]), date.fromisoformat(wanted[1])):
            return False
    names = {a.name for a in m.actors}
    if not set(want.get("actors", [])) <= names:
        return False
    if set(want.get("not_actors", [])) & names:
        return False
    if not set(want.get("places", [])) <= set(m.places):
        return False
    if set(want.get("not_places", [])) & set(m.places):
        return False
    if "first_actor" in want and (not m.actors or m.actors[0].name != want["first_actor"]):
        return False
    by_name = {a.name: a for a in m.actors}
    if any(by_name[n].role != r for n, r in want.get("roles", {}).items()):
        return False
    return all(by_name[n].country == c for n, c in want.get("countries", {}).items())


def _describe(ms: list[Mention]) -> str:
    return "\n".join(f"  {m.kind} {m.status} {m.date} {[a.name for a in m.actors]} {m.places}"
                     for m in ms)


@pytest.mark.parametrize("case", CASES["case"], ids=[c["name"] for c in CASES["case"]])
def test_case(case: dict[str, Any]) -> None:
    mentions = extract_mentions(doc(case["text"], case.get("published")))
    for want in case.get("expect", []):
        assert any(_matches(m, want) for m in mentions), (
            f"expected {want}\nfound:\n{_describe(mentions)}")
        for kind in want.get("absent", []):
            assert all(m.kind != kind for m in mentions), _describe(mentions)
        if "count" in want:  # how many mentions of the kind the sentence makes
            made = [m for m in mentions if m.kind == want["kind"]]
            assert len(made) == want["count"], _describe(mentions)
    for kind in case.get("absent", []):
        assert all(m.kind != kind for m in mentions), _describe(mentions)


def test_offsets_and_highlights_point_into_the_document() -> None:
    text = ("Officials gathered early.\n\nSecretary of State Antony Blinken met Foreign "
            "Minister Wang Yi in Munich on Saturday.")
    (m,) = [m for m in extract_mentions(doc(text, "2024-02-20")) if m.kind == "meeting"]
    src = m.source
    assert text[src.char_start:src.char_end] == src.sentence
    kinds = {h.kind for h in src.highlights}
    assert kinds == {"trigger", "date", "actor", "place"}
    for h in src.highlights:
        assert src.char_start <= h.start < h.end <= src.char_end
    assert src.date_text == "Saturday"
    assert src.date_how


def test_undated_document_events_are_never_stamped_with_a_date() -> None:
    text = "Vice Premier He Lifeng met Treasury Secretary Janet Yellen in Guangzhou on Friday."
    mentions = extract_mentions(doc(text, None))
    assert mentions and all(m.date is None for m in mentions)
    assert merge_mentions(mentions) == []


def test_generic_sentences_make_no_events() -> None:
    text = ("Talks between the two nations will be closely watched. A meeting between the "
            "leaders would help. Dialogue is the only way forward.")
    assert merge_mentions(extract_mentions(doc(text, "2023-06-01"))) == []


ARTICLE_A = """Kerry lands in Shanghai for climate talks

SHANGHAI, April 15 (Test Wire) -- U.S. climate envoy John Kerry arrived in Shanghai on \
Wednesday for talks with his Chinese counterpart Xie Zhenhua.

The two envoys held talks in Shanghai on Thursday and Friday, officials said. Kerry is the \
first senior Biden administration official to visit China.
"""

ARTICLE_B = """Climate envoys agree to cooperate

Climate envoy John Kerry and Xie Zhenhua held talks in Shanghai on Thursday and Friday, \
according to a joint statement released on Sunday.

Kerry had met Xie Zhenhua many times before.
"""


def test_the_same_talks_in_two_articles_become_one_event() -> None:
    mentions = (extract_mentions(doc(ARTICLE_A, "2021-04-17", "a.txt"))
                + extract_mentions(doc(ARTICLE_B, "2021-04-18", "b.txt")))
    events = merge_mentions(mentions)
    talks = [e for e in events if e.kind == "talks"]
    assert len(talks) == 1
    (ev,) = talks
    assert {s.document for s in ev.sources} == {"a.txt", "b.txt"}
    assert ev.date is not None
    assert (ev.date.start, ev.date.end) == (date(2021, 4, 15), date(2021, 4, 16))
    assert "Shanghai" in ev.places
    assert {"John Kerry", "Xie Zhenhua"} <= {a.name for a in ev.actors}
    arrival = [e for e in events if e.kind == "arrival"]
    assert arrival and arrival[0].date is not None
    assert arrival[0].date.start == date(2021, 4, 14)


def test_phrase_matcher_is_leftmost_longest_and_case_aware() -> None:
    m = PhraseMatcher()
    m.add("n", "South China Sea", "place", 1, case_sensitive=True)
    m.add("n", "China", "country", 2, case_sensitive=True)
    m.add("n", "US", "country", 3, case_sensitive=True)
    tokens = tokenize("In the South China Sea, us and the U.S. met china.")
    hits = m.find(tokens, ["n"])
    assert [(h.entries[0].payload, tokens[h.first].text) for h in hits] == [(1, "South"),
                                                                            (3, "US")]


def test_extraction_is_fast_enough_for_long_documents() -> None:
    paragraph = ("Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing on "
                 "Monday, officials said. The talks covered Taiwan and fentanyl. ")
    text = paragraph * 400  # ~60 kB
    started = time.perf_counter()
    extract_mentions(doc(text, "2023-06-20"))
    assert time.perf_counter() - started < 30  # a guard against quadratic blow-ups only


ARTICLE_C = """Washington blacklists 140 Chinese chip firms

WASHINGTON, Dec 4 (Test Wire) -- The Commerce Department on Monday added 140 Chinese \
companies to its entity list, tightening export controls on advanced chips.

Commerce Secretary Gina Raimondo said the rules would take effect immediately.

China's commerce ministry said on Tuesday it would ban exports of gallium and germanium \
to the United States.
"""

ARTICLE_D = """Beijing hits back over chips

The U.S. added 140 Chinese firms to the entity list on Dec. 2, the Commerce Department said.

Beijing responded on Dec. 3 by banning exports of gallium to the United States.
"""


def test_measures_and_countermeasures_merge_across_articles() -> None:
    mentions = (extract_mentions(doc(ARTICLE_C, "2024-12-04", "c.txt"))
                + extract_mentions(doc(ARTICLE_D, "2024-12-06", "d.txt")))
    events = merge_mentions(mentions)
    listed = [e for e in events if e.kind == "export_control"]
    assert len(listed) == 1 and listed[0].date is not None
    assert listed[0].date.start == date(2024, 12, 2)
    assert {s.document for s in listed[0].sources} == {"c.txt", "d.txt"}
    bans = [e for e in events if e.kind == "ban"]
    assert len(bans) == 1 and bans[0].date is not None
    assert bans[0].date.start == date(2024, 12, 3)
    assert {s.document for s in bans[0].sources} == {"c.txt", "d.txt"}
    assert any(a.country == "CN" for a in bans[0].actors)
    # the dateline's date is nobody's event date
    assert all(s.date_text != "Dec 4" for e in events for s in e.sources)
