"""JSON Lines: one contract-v1 event object per line, for streaming tools (jq, pandas)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from usc_timeline.export._common import json_terminal_safe
from usc_timeline.model import Document, Event


def render(events: Sequence[Event], documents: Mapping[str, Document]) -> str:
    """Each event as the object `export --format json` puts in its "events" list."""
    lines = [json.dumps(e.to_json(), ensure_ascii=False, separators=(",", ":")) for e in events]
    return "".join(json_terminal_safe(line) + "\n" for line in lines)
