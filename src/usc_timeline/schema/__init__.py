"""The JSON Schema of the events export, shipped with the package."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

EVENTS_V1 = "events-v1.schema.json"


def events_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that `timeline export --format json` output follows."""
    text = resources.files(__name__).joinpath(EVENTS_V1).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
