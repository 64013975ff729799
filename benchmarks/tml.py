"""Read TimeML (.tml) files the way TempEval-3 scores them.

The gold extents of a TIMEX3 are character offsets into the content of <TEXT>
with every tag removed and the XML entities decoded; both benchmark scripts need
exactly that text, so the reading lives here once.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One gold TIMEX3 from a TimeML file, located in the stripped text."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None
    tid: str


@dataclass(frozen=True, slots=True)
class TmlDoc:
    """A TimeML document reduced to what TIMEX3 scoring needs."""

    path: Path
    dct: str | None
    text: str
    timexes: tuple[GoldTimex, ...]


def _dct_value(root: ET.Element) -> str | None:
    """The `value` of the TIMEX3 inside <DCT>, cut to a day ('1998-08-07T12:00' -> '1998-08-07')."""
    dct = root.find("DCT")
    if dct is None:
        return None
    timex = dct.find(".//TIMEX3")
    if timex is None:
        return None
    value = timex.get("value", "")
    return value[:10] if len(value) >= 4 and value[:4].isdigit() else None


def _walk(node: ET.Element, parts: list[str], pos: int, out: list[GoldTimex]) -> int:
    """Append the text under `node` to `parts`, recording TIMEX3 spans; return the new offset."""
    start = pos
    if node.text:
        parts.append(node.text)
        pos += len(node.text)
    for child in node:
        pos = _walk(child, parts, pos, out)
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    if node.tag == "TIMEX3":
        # Taken from the element itself, so check_alignment compares two independent readings.
        text = "".join(node.itertext())
        out.append(
            GoldTimex(
                start=start,
                end=pos,
                text=text,
                type=node.get("type", ""),
                value=node.get("value", ""),
                mod=node.get("mod"),
                tid=node.get("tid", ""),
            )
        )
    return pos


def read_tml(path: Path, *, with_gold: bool = True) -> TmlDoc:
    """Parse one .tml file: DCT value, stripped <TEXT> content and (optionally) its TIMEX3s."""
    root = ET.parse(path).getroot()
    text_el = root.find("TEXT")
    if text_el is None:
        return TmlDoc(path=path, dct=_dct_value(root), text="", timexes=())
    parts: list[str] = []
    found: list[GoldTimex] = []
    # The TEXT element itself is not a TIMEX3, so its own span is never recorded.
    _walk(text_el, parts, 0, found)
    text = "".join(parts)
    timexes = tuple(sorted(found, key=lambda t: (t.start, t.end))) if with_gold else ()
    return TmlDoc(path=path, dct=_dct_value(root), text=text, timexes=timexes)


def check_alignment(doc: TmlDoc) -> list[str]:
    """Problems where a gold span does not slice to the gold text (should be none)."""
    return [
        f"{doc.path.name}: {t.tid} span {t.start}-{t.end} gives {doc.text[t.start:t.end]!r}, "
        f"gold text {t.text!r}"
        for t in doc.timexes
        if doc.text[t.start : t.end] != t.text
    ]


def tml_files(folder: Path) -> list[Path]:
    """All .tml files under `folder`, sorted so runs are reproducible."""
    return sorted(p for p in folder.rglob("*.tml") if not p.name.startswith("._"))
