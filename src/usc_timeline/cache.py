"""A cache of built timelines, so commands on an unchanged corpus skip extraction.

Extraction dominates the run time of `timeline list` (~0.4 s on the five seeds,
where importing click and rich takes ~0.08 s). The built events are kept as JSON,
keyed by a hash of everything the result depends on: the package's code and data
files (path, size, mtime), the Python version, the user lexicon folders
($USC_TIMELINE_LEXICON), and every field of every document. Any change is a miss;
a missing, unwritable or corrupt cache only costs the build. (A test that
monkeypatches the pipeline and then runs the CLI should set USC_TIMELINE_CACHE_DIR
to "" — patches change no file, so the cache cannot see them.)

Location: $USC_TIMELINE_CACHE_DIR, else $XDG_CACHE_HOME/usc-timeline, else
~/.cache/usc-timeline (the lexicon's parse cache uses the same folder). Set
USC_TIMELINE_CACHE_DIR to an empty string to disable it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from usc_timeline import __version__
from usc_timeline.model import (
    Actor,
    Conflict,
    Corpus,
    DateSpan,
    Event,
    Highlight,
    Problem,
    Source,
    Timeline,
)

CACHE_ENV_VAR = "USC_TIMELINE_CACHE_DIR"
LEXICON_ENV_VAR = "USC_TIMELINE_LEXICON"
FORMAT = "timeline-events-v2"
KEEP = 16  # timelines kept; older ones are removed when a new one is written
_PACKAGE = Path(__file__).resolve().parent
_SUFFIXES = (".py", ".toml", ".json")


def cache_dir() -> Path | None:
    """Where timelines are kept, or None when caching is disabled."""
    configured = os.environ.get(CACHE_ENV_VAR)
    if configured is not None:
        return Path(configured) if configured.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "usc-timeline"


def _stat_files(h: Any, root: Path) -> None:
    """Hash (relative path, size, mtime) of the code and data files under `root`."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith(_SUFFIXES):
                st = os.stat(os.path.join(folder, name))
                rel = os.path.relpath(os.path.join(folder, name), root)
                h.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())


def fingerprint(corpus: Corpus) -> str:
    """A key that changes whenever the code, the lexicons or any document changes."""
    h = hashlib.sha256(f"{FORMAT}\0{__version__}\0{sys.version}\n".encode())
    _stat_files(h, _PACKAGE)
    lexicons = os.environ.get(LEXICON_ENV_VAR, "")
    h.update(f"lexicon\0{lexicons}\n".encode())
    for folder in filter(None, lexicons.split(os.pathsep)):
        if Path(folder).is_dir():
            _stat_files(h, Path(folder))
    for doc in corpus.documents:
        pub = doc.published
        fields = [doc.id, doc.text, doc.path, doc.title, doc.outlet, doc.url, doc.body_start,
                  [pub.value, pub.origin, pub.note] if pub else None]
        h.update(json.dumps(fields, ensure_ascii=False).encode())
        h.update(b"\n")
    for problem in corpus.problems:
        h.update(repr(problem).encode())
    return h.hexdigest()


# ---------------------------------------------------------------- JSON codec


def _span_data(span: DateSpan | None) -> dict[str, Any] | None:
    return span.to_json() if span else None


def _source_data(s: Source) -> dict[str, Any]:
    return {**s.to_json(), "date": _span_data(s.date), "date_how": s.date_how,
            "date_basis": s.date_basis,
            "highlights": [[h.start, h.end, h.kind] for h in s.highlights]}


def _event_data(e: Event) -> dict[str, Any]:
    return {
        "id": e.id, "title": e.title, "kind": e.kind, "status": e.status,
        "date": _span_data(e.date),
        "actors": [[a.name, a.country, a.role, a.kind] for a in e.actors],
        "places": list(e.places), "issues": list(e.issues),
        "sources": [_source_data(s) for s in e.sources],
        "conflicts": [{"description": c.description,
                       "sources": [_source_data(s) for s in c.sources]} for c in e.conflicts],
    }


def _span(d: dict[str, Any] | None) -> DateSpan | None:
    if d is None:
        return None
    return DateSpan(date.fromisoformat(d["start"]), date.fromisoformat(d["end"]),
                    d["precision"], d["label"])


def _source(d: dict[str, Any]) -> Source:
    return Source(d["document"], d["sentence"], d["char_start"], d["char_end"], d["date_text"],
                  _span(d["date"]), d["date_how"],
                  tuple(Highlight(a, b, k) for a, b, k in d["highlights"]), d["date_basis"])


def _event(d: dict[str, Any]) -> Event:
    return Event(
        d["id"], d["title"], d["kind"], d["status"], _span(d["date"]),
        tuple(Actor(n, c, r, k) for n, c, r, k in d["actors"]),
        tuple(d["places"]), tuple(d["issues"]), tuple(_source(s) for s in d["sources"]),
        tuple(Conflict(c["description"], tuple(_source(s) for s in c["sources"]))
              for c in d["conflicts"]),
    )


def _problem_data(p: Problem) -> list[Any]:
    return [p.path, p.message, p.line, p.column, p.severity]


# ---------------------------------------------------------------- get / put


def get(corpus: Corpus, key: str | None = None) -> Timeline | None:
    """The timeline built earlier from exactly this corpus, code and lexicons; else None.

    `key` is `fingerprint(corpus)` when the caller already has it.
    """
    folder = cache_dir()
    if folder is None:
        return None
    path = folder / f"timeline-{key or fingerprint(corpus)}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return None
        events = tuple(_event(e) for e in data["events"])
        problems = tuple(Problem(*p) for p in data["problems"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        return None  # unreadable or not what we wrote: build again
    return Timeline(events=events, documents=corpus.documents, problems=problems)


def put(corpus: Corpus, timeline: Timeline, key: str | None = None) -> None:
    """Keep `timeline` for the next run (atomically; any failure is silently a no-op).

    Pass the `key` taken before the build, so that a file edited during the build
    cannot file an old result under the new fingerprint.
    """
    import tempfile  # only a miss writes

    folder = cache_dir()
    if folder is None:
        return
    data = {"format": FORMAT, "events": [_event_data(e) for e in timeline.events],
            "problems": [_problem_data(p) for p in timeline.problems]}
    target = folder / f"timeline-{key or fingerprint(corpus)}.json"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".timeline-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _prune(folder)
    except OSError:
        return


def _prune(folder: Path) -> None:
    kept = sorted(folder.glob("timeline-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in kept[KEEP:]:
        old.unlink(missing_ok=True)
