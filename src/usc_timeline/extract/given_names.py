"""Whether the capitalised word opening a sentence before a known surname is a given name.

A sentence's first word is capitalised for that alone (`Meanwhile Biden said`), so it
may be a given name (`Jill Biden visited`) or any other word. The article itself tells
which, mostly: a word it writes in lower case elsewhere, or one of the words that are
never names (the word lists of `unknown_names.toml`), opens the sentence; a word it
writes before the same surname again, or before another capitalised word inside a
sentence, is a given name. With no sign either way, a capitalised word that no list
knows, right before a surname, is read as a given name: the openers that are no names
are common words, and the lists and the article's own lower-case uses catch them.
"""

from __future__ import annotations

from .phrases import Tokens
from .unknown_names import word_lists, written_in_lower_case

__all__ = ["Openers", "never_a_name"]


class Openers:
    """Reads, for one document, whether a sentence's capitalised first word before a
    surname is a given name (memoised per word: one article's answer holds throughout)."""

    def __init__(self, text: str, tokens: Tokens) -> None:
        self.text = text
        self.tokens = tokens
        self._given: dict[tuple[str, str], bool] = {}
        self._at: dict[str, list[int]] | None = None

    def given(self, k: int) -> bool:
        """Whether token k, opening a sentence right before the surname at token k + 1,
        is that person's given name."""
        word, surname = self.tokens.texts[k], self.tokens.texts[k + 1]
        got = self._given.get((word, surname))
        if got is None:
            got = self._read(k, word, surname)
            self._given[(word, surname)] = got
        return got

    def _read(self, k: int, word: str, surname: str) -> bool:
        if never_a_name(word):
            return False  # `Meanwhile Biden`, `Today Xi`, `Skipper Li`
        if self._used_as_given(k, word, surname):
            return True
        return not written_in_lower_case(self.text, word)

    def _used_as_given(self, k: int, word: str, surname: str) -> bool:
        """Whether the article writes the word, elsewhere, before the same surname, or
        inside a sentence right before another capitalised word (`Rose` in `Rose
        Gottemoeller said` though prices `rose`)."""
        texts, text, starts, ends = self.tokens.texts, self.text, self.tokens.starts, \
            self.tokens.ends
        if self._at is None:
            self._at = {}
            for i, t in enumerate(texts):
                if t[:1].isupper():
                    self._at.setdefault(t, []).append(i)
        for j in self._at.get(word, ()):
            if j == k or j + 1 >= len(texts) or text[ends[j]:starts[j + 1]] != " ":
                continue
            after = texts[j + 1]
            if after == surname:
                return True
            if after[:1].isupper() and after.isalpha() and not after.isupper() and \
                    not _opens(text, starts[j]):
                return True
        return False


def never_a_name(word: str) -> bool:
    """Whether a capitalised word is one the word lists of `unknown_names.toml` say is
    never part of a person's name (`Meanwhile`, `Republican`, `Skipper`, `Today`)."""
    lists = word_lists()
    folded = word.casefold()
    return word in lists.not_names or word in lists.ranks or word in lists.honorifics or \
        word in lists.heads or folded in lists.fillers or folded in lists.before_subject \
        or folded in lists.after_object or folded in lists.passive or \
        folded in lists.before_to


def _opens(text: str, at: int) -> bool:
    """Whether the word at `at` opens a sentence, a line or a quote."""
    return at == 0 or text[at - 1] in "\n\"“‘'(" or text[max(0, at - 2):at] in (
        ". ", "? ", "! ")
