"""The table `timeline dates` prints for people."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rich.table import Table
from rich.text import Text

from usc_timeline import safe


def timex_table(items: Sequence[Mapping[str, Any]]) -> Table:
    """One row per time expression: where, the words, type, TIMEX3 value, mod, the days."""
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("document", overflow="fold", ratio=2)
    table.add_column("offsets", no_wrap=True, justify="right")
    table.add_column("text", overflow="fold", ratio=3)
    table.add_column("type", no_wrap=True)
    table.add_column("value", no_wrap=True)
    table.add_column("mod", no_wrap=True)
    table.add_column("days", no_wrap=True)
    for item in items:
        interval = item.get("interval")
        days = ""
        if isinstance(interval, Mapping):
            start, end = interval.get("start"), interval.get("end")
            days = str(start) if start == end else f"{start} … {end}"
        table.add_row(
            safe.text(str(item["document"])),
            Text(f"{item['start']}–{item['end']}"),
            safe.text(safe.one_line(str(item["text"]))),
            Text(str(item["type"])),
            safe.text(str(item["value"])),
            Text(str(item.get("mod") or "")),
            Text(days),
        )
    return table
