"""Article text shown as text: nothing in an article may act on the terminal.

Articles come from the web and may carry rich markup (`[bold red]`, `[link=…]`),
ANSI escape sequences, other control characters or bidi overrides that reorder
what a reader sees. Everything taken from an article passes through `plain()`
before it reaches a terminal, and is wrapped in `rich.text.Text` (`text()`),
which rich never parses as markup.
"""

from __future__ import annotations

import re

from rich.text import Text

# ESC-introduced sequences: CSI (ESC [ … final), OSC/DCS/SOS/PM/APC strings
# (ESC ] … BEL or ST), and two-character escapes (ESC + one char).
_ESC_SEQ = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]?                  # CSI … final byte (final may be cut off)
    | \x1b[\]PX^_][^\x07\x1b]{0,2048}(?:\x07|\x1b\\)  # OSC/DCS/SOS/PM/APC … BEL or ST
    | \x1b[ -~]?                              # any other ESC + one char (or a lone ESC)
    """,
    re.VERBOSE,
)
# C1 controls (U+0080–U+009F) are dropped one by one rather than parsed as
# sequences: in real articles they are mostly mojibake (e.g. a misdecoded quote),
# and dropping only the control keeps the surrounding words.
# Line-breaking controls become a newline; CRLF is one newline.
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# Remaining C0 (but \n and \t), DEL, C1, and bidi embeddings/overrides/isolates,
# which can make text display in an order other than the one it has.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f]")


def plain(s: str) -> str:
    """`s` with terminal escape sequences removed and other control characters dropped.

    Newlines and tabs stay; other line-breaking controls become newlines.
    Printable text, including rich markup-like brackets, is kept unchanged.
    """
    if s.isprintable():
        return s
    s = _ESC_SEQ.sub("", s)
    s = _LINE_BREAKS.sub("\n", s)
    return _CONTROLS.sub("", s)


def one_line(s: str) -> str:
    """`plain(s)` with all whitespace runs (newlines too) folded to one space."""
    return " ".join(plain(s).split())


def text(s: str, style: str | None = None) -> Text:
    """Article text as a rich `Text`: shown literally, never read as markup."""
    return Text(plain(s), style=style or "")
