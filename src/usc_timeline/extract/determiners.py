"""`that` as a determiner right after a verb (`had upheld that law unanimously on Jan.
17`, `lifted that ban in May`), not the word that opens a reported or relative clause
(`found that prices rose`, `decided that China would`): the clause goes on past it, so
its date is the verb's."""

from __future__ import annotations

import re

# one lower-case singular noun after `that`, then a preposition, an -ly adverb or a
# clause's end: a place where a reported clause would need its verb
_THAT_NOUN = re.compile(r"\s+that\s+(?!(?:it|he|she|they|we|you|i|this|there|the|a|an|its|"
                        r"his|her|their|our|such|no|not)\b)([a-z][a-z-]*)(?<![^s]s)"
                        r"(?:\s*[,.;]|\s+(?:on|in|at|by|for|from|with|to|last|this|"
                        r"earlier|[a-z]+ly)\b)")


def determiner_that(text: str, at: int) -> int | None:
    """Where the noun after a determiner `that` starts, when `that` follows `at` (the
    end of a verb) as a determiner; else None."""
    m = _THAT_NOUN.match(text, at)
    return m.start(1) if m else None
