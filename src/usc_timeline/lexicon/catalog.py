"""The loaded lexicon and its lookups (indexes are built once, on first use)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from .model import Country, Institution, Issue, Person, Place, Title


def _fold(text: str) -> str:
    """Case- and space-insensitive key; curly apostrophes count as straight ones."""
    return " ".join(text.replace("\u2019", "'").split()).casefold()


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _alternation(phrases: list[str]) -> str:
    """Longest first, so 'Taiwan Strait' wins over 'Taiwan'; spaces match any whitespace."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


def _strip_article(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text


@dataclass(frozen=True)
class Lexicon:
    """Everything the extractor recognises, plus the files it came from."""

    people: tuple[Person, ...]
    titles: tuple[Title, ...]
    countries: tuple[Country, ...]
    institutions: tuple[Institution, ...]
    places: tuple[Place, ...]
    issues: tuple[Issue, ...]
    sources: tuple[str, ...]
    # the folders given to load_lexicon (beyond USC_TIMELINE_LEXICON), so that the trigger
    # lexicon reads its triggers.toml from the same folders as the other files
    extra_dirs: tuple[str, ...] = ()

    # -- indexes -----------------------------------------------------------------------------

    @cached_property
    def _people_by_name(self) -> dict[str, Person]:
        index: dict[str, Person] = {}
        for person in self.people:
            for form in (person.name, *person.aliases):
                index.setdefault(_fold(form), person)
        return index

    @cached_property
    def _people_by_short(self) -> dict[str, tuple[Person, ...]]:
        index: dict[str, list[Person]] = {}
        for person in self.people:
            index.setdefault(_fold(person.short), []).append(person)
        return {key: tuple(found) for key, found in index.items()}

    @cached_property
    def _countries_by_code(self) -> dict[str, Country]:
        return {country.code: country for country in self.countries}

    @cached_property
    def _country_words(self) -> tuple[dict[str, Country], dict[str, Country]]:
        """(exact-case index, folded index). Acronyms ('US', 'PRC') are only matched
        exactly, so the pronoun 'us' never means the United States."""
        exact: dict[str, Country] = {}
        folded: dict[str, Country] = {}
        for country in self.countries:
            words = [country.name, *country.aliases, *country.adjectives]
            if country.capital:
                words.append(country.capital)
            for word in words:
                exact.setdefault(word, country)
                if not (word.isupper() or "." in word):
                    folded.setdefault(_fold(word), country)
        return exact, folded

    @cached_property
    def _places_by_name(self) -> dict[str, Place]:
        index: dict[str, Place] = {}
        for place in self.places:
            for form in (place.name, *place.aliases):
                index.setdefault(_fold(form), place)
        return index

    @cached_property
    def _institutions_by_name(self) -> dict[str, Institution]:
        index: dict[str, Institution] = {}
        for inst in self.institutions:
            for form in (inst.name, *inst.aliases):
                index.setdefault(_fold(_strip_article(form)), inst)
        return index

    @cached_property
    def _titles_by_name(self) -> dict[str, Title]:
        index: dict[str, Title] = {}
        for title in self.titles:
            for form in title.names:
                index.setdefault(_fold(form), title)
        return index

    @cached_property
    def _issue_patterns(self) -> tuple[tuple[str, re.Pattern[str]], ...]:
        """One regex per issue. Acronyms (all capitals: 'PLA', 'WTO') match case-sensitively
        so 'ai' or 'who' in running text do not count; other phrases case-insensitively."""
        patterns = []
        for issue in self.issues:
            exact = [k for k in issue.keywords if _is_acronym(k)]
            loose = [k for k in issue.keywords if not _is_acronym(k)]
            alternatives = []
            if loose:
                alternatives.append("(?i:" + _alternation(loose) + ")")
            if exact:
                alternatives.append(_alternation(exact))
            body = "|".join(alternatives)
            patterns.append((issue.tag, re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")))
        return tuple(patterns)

    # -- lookups -----------------------------------------------------------------------------

    def person_by_name(self, name: str) -> Person | None:
        """Canonical name or full alias, case-insensitive."""
        return self._people_by_name.get(_fold(name))

    def people_by_short(self, short: str) -> tuple[Person, ...]:
        """Everyone whose surname-alone form is `short`, in file order (most prominent first);
        callers disambiguate by date/context."""
        return self._people_by_short.get(_fold(short), ())

    def person_for_short(self, short: str, day: date | None = None) -> Person | None:
        """The likeliest person meant by a bare surname on `day`: the first (most prominent)
        candidate holding a role then; with no day, or nobody active, the first candidate."""
        candidates = self.people_by_short(short)
        if day is not None:
            for person in candidates:
                if any(role.active_on(day) for role in person.roles):
                    return person
        return candidates[0] if candidates else None

    def country_by_code(self, code: str) -> Country | None:
        return self._countries_by_code.get(code.upper())

    def country_by_word(self, word: str) -> Country | None:
        """Name, alias, adjective or capital ('Chinese' -> CN, 'Washington' -> US)."""
        exact, folded = self._country_words
        word = word.strip()
        for form in (word, _strip_article(word)):
            found = exact.get(form) or folded.get(_fold(form))
            if found is not None:
                return found
        return None

    def place_by_name(self, name: str) -> Place | None:
        return self._places_by_name.get(_fold(name))

    def institution_by_name(self, name: str) -> Institution | None:
        """Name or alias, case-insensitive, with or without a leading 'the'."""
        return self._institutions_by_name.get(_fold(_strip_article(name)))

    def title_by_name(self, name: str) -> Title | None:
        """The title whose phrase is `name`, case-insensitive."""
        return self._titles_by_name.get(_fold(name))

    def issue_by_tag(self, tag: str) -> Issue | None:
        return next((issue for issue in self.issues if issue.tag == tag), None)

    def issue_matches(self, text: str) -> tuple[tuple[str, int, int], ...]:
        """(tag, start, end) for every issue keyword in `text`, word-bounded, in text order."""
        text = text.replace("\u2019", "'")  # same length: offsets stay valid
        found = [
            (tag, m.start(), m.end())
            for tag, pattern in self._issue_patterns
            for m in pattern.finditer(text)
        ]
        return tuple(sorted(found, key=lambda hit: (hit[1], hit[0])))

    def issue_tags(self, text: str) -> tuple[str, ...]:
        """The issue tags whose keywords occur in `text`, in lexicon order."""
        text = text.replace("\u2019", "'")
        return tuple(tag for tag, pattern in self._issue_patterns if pattern.search(text))
