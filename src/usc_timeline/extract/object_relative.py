"""A verb + object trigger told in a relative clause on its object: `the investigation that
Lighthizer opened in August 2017`, `the resolution the Senate passed on Tuesday`, `a
dinner Xi hosted on Thursday`. The phrase `opened an investigation` is a trigger; here
its noun comes first and the verb after the clause's subject, so no phrase matches. The
verb becomes the trigger of the phrase's kind: its subject is the relative clause's, its
date the one after it.

Only the phrases of triggers.toml written `VERB {det} NOUN` take part, and only nouns
that are no trigger of their own (`the sanctions Washington imposed`: the noun already
makes the event)."""

from __future__ import annotations

from functools import cache
from itertools import compress

from .phrases import Entry, Hit, Tokens
from .triggers import DETERMINERS, LAYER, TriggerForm, trigger_lexicon

__all__ = ["object_relative_hits"]

_RELATIVES = frozenset({"that", "which"})
# words a relative clause's subject may be made of besides capitalised ones (`the U.S.
# Trade Representative, Robert Lighthizer,`, `the committee`, `he`)
_SUBJECT_WORDS = frozenset({"the", "a", "an", "his", "her", "its", "their", "he", "she",
                            "they", "it", "we", "s"})
_LOWER_MAX = 2  # lower-case words of another kind in the subject (`the trade committee`)
_SUBJECT_MAX = 11  # tokens between the noun (or its `that`) and the verb
# `an investigation into …`, `a resolution on …`: the noun's complement before the clause
_COMPLEMENT = frozenset({"into", "of", "on", "against", "over", "about", "in"})
_COMPLEMENT_MAX = 6  # its words
# `had opened`, `has ordered`: the perfect of the verb
_AUX = frozenset({"had", "has", "have"})
# after the verb, its object slot is empty: the clause ends, or an adjunct follows
_AFTER = frozenset({"in", "on", "at", "last", "this", "earlier",
                    "into", "after", "before", "during", "when", "while", "and", "but",
                    "yesterday", "today", "early", "late", "against", "over", "under",
                    "with", "without", "since", "two", "three", "four", "five", "several",
                    "is", "was", "has", "had", "will", "would", "could", "remains"})
# never in a subject: verbs and words that start another construction
_NOT_SUBJECT = frozenset({"is", "was", "are", "were", "be", "been", "to", "not", "will",
                          "would", "could", "should", "may", "might", "can", "did", "do",
                          "does", "said", "says", "and", "or", "but", "for", "in",
                          "on", "at", "by", "with", "from", "as", "that", "which", "who"})


@cache
def _verbs_by_noun(extra_dirs: tuple[str, ...]) -> dict[str, dict[str, TriggerForm]]:
    """noun -> verb -> the form of `verb {det} noun`, for nouns no form names alone."""
    forms = trigger_lexicon(extra_dirs).forms
    alone = {phrase.casefold() for phrase, _, _ in forms if " " not in phrase}
    out: dict[str, dict[str, TriggerForm]] = {}
    for phrase, _, form in forms:
        words = phrase.casefold().split()
        if len(words) == 3 and words[1] in DETERMINERS and form.verb and \
                words[2] not in alone:
            out.setdefault(words[2], {}).setdefault(words[0], form)
    return out


def object_relative_hits(tokens: Tokens, text: str, triggers: list[Hit],
                         extra_dirs: tuple[str, ...] = ()) -> list[Hit]:
    """Trigger hits, on the verb, of `NOUN (that|which) SUBJECT VERB` where `VERB {det}
    NOUN` is a trigger phrase (none where a longer trigger takes the verb; the verb's
    own sense alone, `launched`, `opened`, gives way: the caller drops it)."""
    table = _verbs_by_noun(extra_dirs)
    folded = tokens.folded
    taken = {k for h in triggers if h.last - h.first > 1 for k in range(h.first, h.last)}
    out: list[Hit] = []
    # (the few tokens that are such a noun picked at C speed, as `phrases.find` does)
    for i in compress(range(len(folded)), map(table.__contains__, folded)):
        verbs = table[folded[i]]
        if not tokens.texts[i][:1].islower():
            continue  # (`Bill Clinton signed`, `Law Minister X signed`: names, no nouns)
        hit = _verb_after(tokens, text, i, verbs, taken)
        if hit is not None:
            out.append(hit)
    return out


def _verb_after(tokens: Tokens, text: str, i: int, verbs: dict[str, TriggerForm],
                taken: set[int]) -> Hit | None:
    folded, texts = tokens.folded, tokens.texts
    k = _past_complement(tokens, text, i + 1)
    if k < len(folded) and folded[k] in _RELATIVES and _joined(tokens, text, k):
        k += 1
    lower = named = 0
    for j in range(k, min(len(folded), k + _SUBJECT_MAX + 1)):
        word = folded[j]
        if not _joined(tokens, text, j):
            return None
        if word in verbs and j > k and (named or lower) and j not in taken and \
                _object_empty(tokens, text, j):
            form = verbs[word]
            return Hit(LAYER, j, j + 1, tokens.starts[j], tokens.ends[j],
                       (Entry(form.spec.kind, form, None),))
        if word in _NOT_SUBJECT:
            return None
        if word in _AUX and j + 1 < len(folded) and folded[j + 1] in verbs:
            continue
        if texts[j][:1].isupper():
            named += 1
        elif word not in _SUBJECT_WORDS:
            lower += 1
            if lower > _LOWER_MAX or not word.isalpha():
                return None
    return None


def _past_complement(tokens: Tokens, text: str, k: int) -> int:
    """Where the relative clause can start after the noun: at k, or past a complement
    of the noun that a `that`/`which` ends (`an investigation into Chinese technology
    practices that …`)."""
    folded = tokens.folded
    if k >= len(folded) or folded[k] not in _COMPLEMENT:
        return k
    for j in range(k + 1, min(len(folded), k + _COMPLEMENT_MAX + 1)):
        if not _joined(tokens, text, j) or text[tokens.ends[j - 1]:tokens.starts[j]].strip():
            return k
        if folded[j] in _RELATIVES:
            return j
    return k


def _joined(tokens: Tokens, text: str, j: int) -> bool:
    """Whether token j follows the one before in one stretch of a sentence: only spaces,
    a comma, or a possessive's apostrophe between them."""
    gap = text[tokens.ends[j - 1]:tokens.starts[j]]
    return gap.strip() in ("", ",", "'", "’") and "\n" not in gap


def _object_empty(tokens: Tokens, text: str, j: int) -> bool:
    """Whether the verb at j has no object after it (the relative clause's gap): the
    clause ends, or an adjunct follows."""
    return j + 1 >= len(tokens.folded) or not _joined(tokens, text, j + 1) or \
        text[tokens.ends[j]:tokens.starts[j + 1]].strip() == "," or \
        tokens.folded[j + 1] in _AFTER
