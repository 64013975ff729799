"""usc-timeline: a dated, evidence-backed timeline of US–China events from news articles."""

__version__ = "0.1.0"
