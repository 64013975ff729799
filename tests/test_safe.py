"""Article text must reach the terminal as text: no markup, no escapes, no control characters."""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from usc_timeline import safe


def _render(obj: object) -> str:
    buf = io.StringIO()
    Console(file=buf, force_terminal=True, color_system="truecolor", width=200).print(obj)
    return buf.getvalue()


def test_plain_keeps_ordinary_text_unchanged() -> None:
    s = "Blinken met Wang Yi in Beijing — 19 June 2023.\n\tNext line [not markup]."
    assert safe.plain(s) == s


def test_plain_removes_ansi_csi_and_osc_sequences() -> None:
    s = "red\x1b[31;1mALERT\x1b[0m and \x1b]8;;http://evil\x07link\x1b]8;;\x07 done\x1b[2J"
    assert safe.plain(s) == "redALERT and link done"


def test_plain_drops_other_controls_and_bidi_overrides() -> None:
    s = "a\x00b\x07c\x08d\x7fe\x9bf\u202eg\u2066h\x1bi"
    assert safe.plain(s) == "abcdefgh"  # ESC + 'i' is a two-character escape


def test_plain_turns_line_breaking_controls_into_newlines() -> None:
    assert safe.plain("one\r\ntwo\rthree\x0bfour\u2028five") == "one\ntwo\nthree\nfour\nfive"


def test_one_line_folds_whitespace() -> None:
    assert safe.one_line("  a\n\n b\t c\x1b[1m ") == "a b c"


def test_text_is_never_read_as_markup() -> None:
    out = _render(safe.text("[bold red]alarm[/bold red] [link=http://x]click[/link]"))
    assert "[bold red]alarm[/bold red]" in out
    assert "[link=http://x]click[/link]" in out
    assert "\x1b]8" not in out  # no hyperlink escape was produced
    assert "\x1b[1" not in out  # nothing was made bold


def test_text_applies_only_the_given_style() -> None:
    t = safe.text("x\x1b[5my", "bold")
    assert t.plain == "xy"
    assert str(t.style) == "bold"


@given(st.text())
def test_plain_output_has_no_controls_but_newline_and_tab(s: str) -> None:
    out = safe.plain(s)
    for ch in out:
        code = ord(ch)
        assert ch in "\n\t" or not (code < 0x20 or 0x7F <= code <= 0x9F), repr(out)
        assert not (0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069)


@given(st.text())
def test_plain_is_idempotent(s: str) -> None:
    assert safe.plain(safe.plain(s)) == safe.plain(s)
