"""The data model: immutable records passed between the pipeline stages.

Everything here is plain data (frozen dataclasses with tuples), so a timeline
can be hashed, compared, cached and serialised without surprises.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Precision = Literal["day", "week", "month", "season", "year", "decade"]
# where a mention's date came from: its own clause, carried over from a sentence before,
# the date of the report that tells it, or the tense alone (merge weighs them 2/1/1/0)
DateBasis = Literal["own", "carried", "report", "tense"]
PRECISIONS: tuple[str, ...] = ("day", "week", "month", "season", "year", "decade")

EVENT_KINDS: tuple[str, ...] = (
    "meeting", "visit", "summit", "talks", "call", "statement", "agreement",
    "sanction", "export_control", "ban", "military_incident", "cancellation",
    "postponement", "appointment", "arrival", "announcement", "other",
)
# measures one side takes against the other; an act of no named kind (`other`) may be one
# too (`imposed duties`), so rules about whom a measure is aimed at also read `other`
MEASURE_KINDS: frozenset[str] = frozenset({"sanction", "export_control", "ban"})
MEASURE_OR_OTHER: frozenset[str] = MEASURE_KINDS | {"other"}
EVENT_STATUSES: tuple[str, ...] = ("occurred", "planned", "cancelled", "postponed", "unknown")

_MONTH_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def precision_rank(precision: str) -> int:
    """Order of precisions, finest first (day=0 … decade=5)."""
    return PRECISIONS.index(precision)


def default_label(start: date, end: date, precision: str) -> str:
    """A short human label for an interval, e.g. '18–19 Jun 2023', 'May 2023', '1990s'."""
    if precision == "decade":
        return f"{start.year}s"
    if precision == "year":
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if precision in ("month", "season") and start.day == 1 and end.day == calendar.monthrange(
        end.year, end.month
    )[1]:
        if (start.year, start.month) == (end.year, end.month):
            return f"{_MONTH_ABBR[start.month]} {start.year}"
        if start.year == end.year:
            return f"{_MONTH_ABBR[start.month]}–{_MONTH_ABBR[end.month]} {start.year}"
        return f"{_MONTH_ABBR[start.month]} {start.year}–{_MONTH_ABBR[end.month]} {end.year}"
    if start == end:
        return f"{start.day} {_MONTH_ABBR[start.month]} {start.year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {_MONTH_ABBR[start.month]} {start.year}"
    if start.year == end.year:
        return (f"{start.day} {_MONTH_ABBR[start.month]}–"
                f"{end.day} {_MONTH_ABBR[end.month]} {start.year}")
    return (f"{start.day} {_MONTH_ABBR[start.month]} {start.year}–"
            f"{end.day} {_MONTH_ABBR[end.month]} {end.year}")


@dataclass(frozen=True, slots=True)
class DateSpan:
    """The days a date expression allows: earliest and latest day, both inclusive."""

    start: date
    end: date
    precision: str = "day"
    label: str = ""

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"date span ends before it starts: {self.start} > {self.end}")
        if self.precision not in PRECISIONS:
            raise ValueError(f"unknown precision {self.precision!r}")
        if not self.label:
            object.__setattr__(self, "label", default_label(self.start, self.end, self.precision))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def overlaps(self, other: DateSpan) -> bool:
        return self.start <= other.end and other.start <= self.end

    def contains(self, other: DateSpan) -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_json(self, *, label: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "precision": self.precision,
        }
        if label:
            out["label"] = self.label
        return out


@dataclass(frozen=True, slots=True)
class Published:
    """A document's publication date, possibly partial, and where it came from."""

    value: str  # 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'
    origin: str  # e.g. 'catalog.toml', 'front matter', 'jsonl', 'dateline', '--published'
    note: str | None = None

    @property
    def span(self) -> DateSpan:
        parts = [int(p) for p in self.value.split("-")]
        if len(parts) == 1:
            return DateSpan(date(parts[0], 1, 1), date(parts[0], 12, 31), "year")
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return DateSpan(date(parts[0], parts[1], 1), date(parts[0], parts[1], last), "month")
        d = date(parts[0], parts[1], parts[2])
        return DateSpan(d, d, "day")


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its text exactly as decoded from UTF-8, and what we know about it."""

    id: str  # path relative to its corpus folder, or the JSONL id
    text: str
    path: str | None = None  # where it was read from, for messages
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: Published | None = None
    body_start: int = 0  # where the article starts after any front matter

    @property
    def body(self) -> str:
        """The text with front matter blanked out, offsets unchanged (what extraction reads)."""
        if not self.body_start:
            return self.text
        head = "".join(c if c in "\r\n" else " " for c in self.text[: self.body_start])
        return head + self.text[self.body_start :]


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, country or organisation taking part in an event."""

    name: str
    country: str | None = None  # ISO 3166 alpha-2
    role: str | None = None
    kind: str = "person"  # person | country | organization

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "role": self.role}


@dataclass(frozen=True, slots=True)
class Highlight:
    """A span of the document worth marking when showing evidence."""

    start: int
    end: int
    kind: str  # 'date' | 'actor' | 'place' | 'trigger'


@dataclass(frozen=True, slots=True)
class Source:
    """One piece of evidence: the sentence of a document that reports an event."""

    document: str
    sentence: str
    char_start: int
    char_end: int
    date_text: str | None = None
    date: DateSpan | None = None
    date_how: str | None = None  # how the date was worked out, for people
    highlights: tuple[Highlight, ...] = ()
    # what gave the date, for programs: 'own' (its own sentence), 'carried' (the sentence
    # before), 'report' (the date the event was reported), 'tense' (its tense alone)
    date_basis: DateBasis = "own"

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "sentence": self.sentence,
            "char_start": self.char_start,
            "char_end": self.char_end,
            "date_text": self.date_text,
            "date": self.date.to_json(label=False) if self.date else None,
        }


@dataclass(frozen=True, slots=True)
class Mention:
    """One report of an event in one sentence, before merging."""

    kind: str
    status: str
    source: Source
    trigger: str
    date: DateSpan | None = None
    actors: tuple[Actor, ...] = ()
    places: tuple[str, ...] = ()
    issues: tuple[str, ...] = ()
    # for a measure (sanction, ban, export control), the countries it is aimed at, as
    # far as its sentence says (`tariffs on Chinese goods`: CN); merging reads them
    targets: tuple[str, ...] = ()

    @property
    def document(self) -> str:
        return self.source.document


@dataclass(frozen=True, slots=True)
class Conflict:
    """Sources of one event that give dates which cannot all be true."""

    description: str
    sources: tuple[Source, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "description": self.description,
            "sources": [
                {
                    "document": s.document,
                    "date_text": s.date_text,
                    "date": s.date.to_json(label=False) if s.date else None,
                }
                for s in self.sources
            ],
        }


@dataclass(frozen=True, slots=True)
class Event:
    """One real-world event on the timeline, with every source that reports it."""

    id: str
    title: str
    kind: str
    status: str
    date: DateSpan | None
    actors: tuple[Actor, ...] = ()
    places: tuple[str, ...] = ()
    issues: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    conflicts: tuple[Conflict, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "kind": self.kind,
            "status": self.status,
            "date": self.date.to_json() if self.date else None,
            "actors": [a.to_json() for a in self.actors],
            "places": list(self.places),
            "issues": list(self.issues),
            "sources": [s.to_json() for s in self.sources],
            "conflicts": [c.to_json() for c in self.conflicts],
        }


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with the input that the user should hear about."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None
    severity: str = "warning"  # 'warning' (still processed) | 'error' (skipped)

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class Corpus:
    """Documents loaded from one or more paths, plus what went wrong while loading."""

    documents: tuple[Document, ...]
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True, slots=True)
class Timeline:
    """The merged events of a corpus, in date order."""

    events: tuple[Event, ...]
    documents: tuple[Document, ...] = ()
    problems: tuple[Problem, ...] = field(default=())
