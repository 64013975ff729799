"""The forms values are compared in, so that what users type meets what events carry.

Filtering, checking and suggesting must agree on these keys: a value the check
accepts has to be one the filter can match.
"""

from __future__ import annotations

import re

from usc_timeline.model import Actor

_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def fold(s: str) -> str:
    """Case- and space-insensitive key; curly apostrophes count as straight ones."""
    return " ".join(s.replace("\u2019", "'").split()).casefold()


def tag(s: str) -> str:
    """A kind or issue as typed ('Export controls', 'export-controls') in its tag form."""
    return re.sub(r"[\s\-]+", "_", s.strip()).casefold()


def name_words(name: str) -> list[str]:
    """A name's words without generational suffixes ('Jr.', 'III'), which nobody types alone."""
    return [w for w in name.split() if w.lower() not in _SUFFIXES]


def last_word(name: str) -> str:
    """The last word of a name (usually the family name), or the name if it has none."""
    words = name_words(name)
    return words[-1] if words else name


def actor_keys(actor: Actor) -> set[str]:
    """Folded names an actor answers to: full name, first and last word, country code."""
    keys = {fold(actor.name)}
    words = name_words(actor.name)
    if actor.kind == "person" and len(words) > 1:
        keys.add(fold(words[0]))  # family name first (Xi Jinping, Wang Yi)
        keys.add(fold(words[-1]))
    if actor.country:
        keys.add(fold(actor.country))
    return keys


def source_keys(doc_id: str) -> set[str]:
    """Folded forms a source document may be named by: its id, file name and stem."""
    name = doc_id.replace("\\", "/").rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return {fold(doc_id), fold(name), fold(stem)}
