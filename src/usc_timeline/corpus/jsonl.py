"""JSON Lines corpora: one article per line with `text` and optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from usc_timeline.model import Problem

FIELDS = ("id", "text", "title", "outlet", "url", "published", "published_note")


@dataclass(frozen=True, slots=True)
class JsonlRecord:
    line: int
    fields: dict[str, object]


def read_jsonl(text: str, shown: str) -> Iterator[JsonlRecord | Problem]:
    """Each good line as a record; each bad line as a Problem naming its line number."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(shown, f"is not valid JSON ({exc.msg}); line skipped", line=number,
                          column=exc.colno, severity="error")
            continue
        if not isinstance(item, dict):
            yield Problem(shown, "is not a JSON object; line skipped", line=number,
                          severity="error")
            continue
        text_value = item.get("text")
        if not isinstance(text_value, str) or not text_value.strip():
            yield Problem(shown, "has no \"text\" (a non-empty string is required); line skipped",
                          line=number, severity="error")
            continue
        unknown = sorted(set(item) - set(FIELDS))
        if unknown:
            yield Problem(shown, f"unknown field(s) {', '.join(map(repr, unknown))} ignored",
                          line=number)
        yield JsonlRecord(number, {k: v for k, v in item.items() if k in FIELDS})
