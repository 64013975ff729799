"""usc-timeline: a dated, evidence-backed timeline of US–China events from news articles.

The library API (the CLI is a thin layer over it):

    from usc_timeline import load_corpus, build_timeline, export_json
    timeline = build_timeline(load_corpus(["my-articles/"]))
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["__version__", "build_timeline", "export_json", "extract", "load_corpus"]

if TYPE_CHECKING:
    from usc_timeline.api import build_timeline, extract
    from usc_timeline.corpus import load_corpus
    from usc_timeline.export.json_v1 import export_document as export_json


def __getattr__(name: str) -> Any:
    """Import the pipeline lazily so `timeline --help` stays fast."""
    if name in ("build_timeline", "extract"):
        from usc_timeline import api

        return getattr(api, name)
    if name == "load_corpus":
        from usc_timeline.corpus import load_corpus

        return load_corpus
    if name == "export_json":
        from usc_timeline.export.json_v1 import export_document

        return export_document
    raise AttributeError(f"module 'usc_timeline' has no attribute {name!r}")
