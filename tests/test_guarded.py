"""Every pre-checked pattern keeps its promise: each match holds one of its literals.

`Guarded` skips its regex when the window holds none of its literals; a pattern edited
so that it can match without them would silently lose those matches. The check below
runs every registered pattern over real text (the seed and test articles, the sentences
of the extraction cases) the way the rules run it, and over many windows, since a
pattern anchored at its window's end (`…$`) matches differently in each."""

from __future__ import annotations

import importlib
import pkgutil
import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from extract_helpers import text_context

import usc_timeline.extract as extract_package
from usc_timeline.extract.context import lowered
from usc_timeline.extract.guarded import REGISTRY, Guarded

_ROOT = Path(__file__).resolve().parents[1]
_REACH = 240  # characters a window may reach back from its end (the rules look ≤ 200)
_LOOK_BEHIND = 8  # positions after a cut's start where its edge may change a match


def _registered() -> dict[str, Guarded]:
    """Every Guarded of the extractor, by `module.NAME`."""
    named: dict[int, str] = {}
    for info in pkgutil.iter_modules(extract_package.__path__):
        module = importlib.import_module(f"{extract_package.__name__}.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, Guarded):
                named.setdefault(id(value), f"{info.name}.{name}")
    return {named.get(id(g), repr(g)): g for g in REGISTRY}


# the held-out sets that are still honest measures (benchmarks/README.md): no test reads them
HONEST_SETS = ("heldout35", "heldout36", "heldout37", "heldout38", "heldout39")


@cache
def _corpus() -> tuple[str, ...]:
    """Real text in the repository: seed and test articles (not the held-out sets that
    only the lead measures) and the sentences of the extraction cases."""
    paths = sorted({*_ROOT.glob("seeds/*.txt"), *_ROOT.glob("tests/data/*/*.txt")})
    texts = [p.read_text(encoding="utf-8") for p in paths
             if p.parent.name not in HONEST_SETS]
    cases = tomllib.loads((_ROOT / "tests/data/extract_cases.toml").read_text(encoding="utf-8"))
    texts.append("\n".join(case["text"] for case in cases["case"]))
    return tuple(dict.fromkeys(texts))


def _word_starts(text: str, start: int, end: int) -> list[int]:
    """Where a rule's window may end in text[start:end] when it looks back from a trigger
    or a date: at the start of each word."""
    return [start + m.start() for m in re.finditer(r"\b(?=\w)", text[start:end])]


def _end_sensitive(pattern: re.Pattern[str]) -> bool:
    """Whether a match may change with where the window ends (not only be cut short)."""
    return any(mark in pattern.pattern for mark in ("$", "(?=", "(?!", "\\Z"))


@cache
def check_cached(name: str) -> tuple[int, tuple[str, ...]]:
    guarded = _registered()[name]
    found, stray = 0, []
    for text in _corpus():
        n, bad = check(guarded, text)
        found, stray = found + n, stray + bad
    return found, tuple(stray)


def check(guarded: Guarded, text: str) -> tuple[int, list[str]]:
    """Run `guarded` over `text` as its methods do, over each line and, for a pattern
    anchored at its window's end (`…$`), over windows ending at each word start; return
    how many distinct matches it found and those holding none of its literals (in the
    text lowered as the pre-check lowers it) in their span."""
    low = lowered(text)
    subject = low if guarded.on_lower else text
    pattern = guarded.pattern
    spans: set[tuple[int, int]] = set()
    for line in re.finditer(r"[^\n]+", text):
        ls, le = line.span()
        ends = [*_word_starts(text, ls, le), le] if _end_sensitive(pattern) else [le]
        for e in ends:
            a = ls if e == le else max(ls, e - _REACH)
            if guarded.cut:
                spans.update((a + m.start(), a + m.end())
                             for m in pattern.finditer(subject[a:e]))
                continue
            while a <= e and (m := pattern.search(subject, a, e)) is not None:
                spans.add(m.span())  # (each start a match can have with this end)
                a = m.start() + 1
        if guarded.cut:  # (a cut's start is the start of a string: `\b` holds there)
            behind = _LOOK_BEHIND if "(?<" in pattern.pattern else 1
            for a in range(ls, le):
                cut = subject[a:min(le, a + _REACH)]
                for p in range(min(behind, len(cut))):
                    if (m := pattern.match(cut, p)) is not None:
                        spans.add((a + m.start(), a + m.end()))
    stray = [repr(text[a:e]) for a, e in sorted(spans)
             if not any(need in low[a:e] for need in guarded.needs)]
    return len(spans), stray


def test_the_rules_register_their_guards() -> None:
    names = _registered()
    assert len(names) >= 20
    assert "event_triggers._PERMITTED" in names and "timing._RELATIVE" in names


@pytest.mark.parametrize("name", sorted(_registered()))
def test_every_match_holds_a_literal_of_its_guard(name: str) -> None:
    stray = check_cached(name)[1]
    assert not stray, f"{name} matched without {_registered()[name].needs}: {stray[:5]}"


def test_most_guards_match_somewhere() -> None:
    """A pattern that matches nothing in the corpus is checked by nothing: most must
    match (the rest are named in the message when this fails)."""
    unmatched = [name for name in _registered() if not check_cached(name)[0]]
    assert len(unmatched) <= len(_registered()) // 4, unmatched


def test_a_pattern_that_matches_without_its_literal_is_caught(guard: Any) -> None:
    text = "The talks, which began on Monday, ended.\nOfficials said visas for the trip."
    assert check(guard(r"\b(?:began|ended)\b", "begin"), text)[1] == ["'began'", "'ended'"]
    assert check(guard(r"\bvisas(?= for)", "for"), text)[1] == ["'visas'"]
    # (a cut window opening inside `began` finds `gan` a word of its own)
    assert check(guard(r"\bgan\b", "be", cut=True), text)[1] == ["'gan'"]
    assert check(guard(r"\bvisas?\b", ("visa", "permi")), text) == (1, [])


def _ctx(text: str) -> Any:
    return text_context(text)


@pytest.fixture
def guard() -> Any:
    """A Guarded for the test alone (taken off the registry after it)."""
    made: list[Guarded] = []

    def make(pattern: str, needs: str | tuple[str, ...], flags: int = re.IGNORECASE,
             **how: bool) -> Guarded:
        made.append(Guarded(re.compile(pattern, flags), needs, **how))
        return made[-1]

    yield make
    for g in made:
        REGISTRY.remove(g)


def test_the_window_bounds_the_check_and_the_search(guard: Any) -> None:
    since = guard(r"\bsince\s+\w+", "since")
    ctx = _ctx("talks since Monday and since Friday")
    assert since.search(ctx, 0, len(ctx.text)).group() == "since Monday"
    assert since.search(ctx, 6, 11) is None  # (`since` cut short at its end)
    assert since.search(ctx, 7, len(ctx.text)).group() == "since Friday"
    assert since.search(ctx, -5, 20).group() == "since Monday"  # (a start before the text)
    assert [m.group() for m in since.finditer(ctx, 0, 40)] == ["since Monday", "since Friday"]
    assert since.match(ctx, 6, 40).group() == "since Monday" and since.match(ctx, 0, 40) is None


def test_no_literal_in_the_window_means_no_search(guard: Any) -> None:
    # (a pattern that breaks its promise shows the pre-check at work: it is never run)
    liar = guard(r"\bmet\b", "talks")
    ctx = _ctx("They met. Talks followed.")
    assert liar.search(ctx, 0, 9) is None and liar.finditer(ctx, 0, 9) == []
    assert liar.search(ctx, 0, len(ctx.text)).group() == "met"
    assert not liar.possible(ctx, 0, 9) and liar.possible(ctx, 0, len(ctx.text))


@pytest.mark.parametrize("text", ["SİNCE 2019", "ſince 2019", "SINCE 2019", "Sınce 2019"])
def test_any_case_a_case_insensitive_pattern_takes_passes_the_check(guard: Any,
                                                                    text: str) -> None:
    since = guard(r"\bsince\s+\d+", "since")
    assert since.search(_ctx(text), 0, len(text)) is not None


def test_on_lower_words_keep_only_word_starts(guard: Any) -> None:
    relative = guard(r"(?:that|which|who)\b", ("wh", "that"), flags=0, on_lower=True)
    ctx = _ctx("A visit THAT began, anywho, when WHO-knows; Thatcher")
    assert [m.span() for m in relative.words(ctx, 0, len(ctx.text))] == [(8, 12), (33, 36)]
    assert relative.finditer(ctx, 19, 27)[0].group() == "who"  # (inside `anywho` …)
    assert relative.words(ctx, 19, 27) == []  # (… which is no word start)


def test_a_cut_window_is_a_string_of_its_own(guard: Any) -> None:
    days = guard(r"\b(two|2)[- ]day\b", "day", cut=True)
    ctx = _ctx("a 12-day stay, a two-day visit")
    assert [m.group() for m in days.finditer(ctx, 3, 8)] == ["2-day"]  # (`\b` at the cut)
    assert days.finditer(ctx, 0, 8) == []
    assert days.search(ctx, 15, 30).span() == (2, 9)  # (positions are the cut's)


def test_needs_must_be_what_the_lowered_text_holds() -> None:
    for needs in ((), ("",), ("Visa",), ("caf\u00e9",)):
        with pytest.raises(ValueError):
            Guarded(re.compile("x"), needs)
    assert all(g.pattern.pattern != "x" for g in REGISTRY)
