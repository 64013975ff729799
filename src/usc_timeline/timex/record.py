"""The Timex record: one time expression found in a text, with its TIMEX3 value."""

from __future__ import annotations

from dataclasses import dataclass

from usc_timeline.model import DateSpan


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression: where it is, its TIMEX3 type/value/mod, and the days it means."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    mod: str | None = None
    span: DateSpan | None = None
    how: str | None = None

    def to_json(self, document: str) -> dict[str, object]:
        """The `timeline dates --format json` item of DESIGN.md."""
        out: dict[str, object] = {
            "document": document,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
        }
        if self.mod:
            out["mod"] = self.mod
        if self.span is not None:
            out["interval"] = self.span.to_json(label=False)
        return out
