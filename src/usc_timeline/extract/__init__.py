"""Event mentions from articles: triggers, actors, places, issues, dates and status.

    from usc_timeline.extract import extract_mentions
    mentions = extract_mentions(document)            # the bundled lexicon
"""

from usc_timeline.merge import family

from .core import extract_mentions

__all__ = ["extract_mentions", "family"]
