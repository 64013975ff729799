"""The library API that the CLI and notebooks call: corpus in, timeline out.

    from usc_timeline import load_corpus, build_timeline
    timeline = build_timeline(load_corpus(["articles/"]))
    for event in timeline.events: print(event.date.label if event.date else "undated", event.title)
"""

from __future__ import annotations

from dataclasses import replace

from usc_timeline.corpus import load_corpus, undated_notice
from usc_timeline.extract import extract_mentions
from usc_timeline.lexicon import Lexicon, default_lexicon
from usc_timeline.merge import merge_mentions
from usc_timeline.model import Corpus, Document, Mention, Timeline

__all__ = ["build_timeline", "extract", "load_corpus", "undated_notice"]


def extract(document: Document, lexicon: Lexicon | None = None) -> list[Mention]:
    """Event mentions of one document (front matter is never read as article text)."""
    readable = replace(document, text=document.body) if document.body_start else document
    return extract_mentions(readable, lexicon or default_lexicon())


def build_timeline(corpus: Corpus, lexicon: Lexicon | None = None) -> Timeline:
    """Extract every document's mentions and merge them into one dated, sourced timeline."""
    lex = lexicon or default_lexicon()
    mentions: list[Mention] = []
    for document in corpus.documents:
        mentions.extend(extract(document, lex))
    events = tuple(merge_mentions(mentions, lex, documents=corpus.documents))
    problems = corpus.problems
    notice = undated_notice(corpus.documents)
    if notice is not None:
        problems = (*problems, notice)
    return Timeline(events=events, documents=corpus.documents, problems=problems)
