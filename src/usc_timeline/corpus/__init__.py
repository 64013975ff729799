"""Loading articles: folders, single files and JSONL, with catalogs, front matter and datelines.

Where each publication date came from is kept (`Published.origin`), in this order of trust:
the folder's catalog.toml, the file's front matter or JSONL field, a dateline near the top.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path

from usc_timeline.corpus.catalog import CATALOG_NAME, CatalogEntry, read_catalog
from usc_timeline.corpus.dateline import find_dateline
from usc_timeline.corpus.frontmatter import parse_front_matter
from usc_timeline.corpus.jsonl import JsonlRecord, read_jsonl
from usc_timeline.corpus.published import normalise_published
from usc_timeline.corpus.reading import read_text
from usc_timeline.model import Corpus, Document, Problem, Published

ENV_VAR = "USC_TIMELINE_CORPUS"
ARTICLE_SUFFIXES = (".txt", ".md")

__all__ = ["ENV_VAR", "bundled_seeds", "corpus_paths", "document_from_text", "load_corpus",
           "undated_notice"]


def bundled_seeds() -> Path:
    """The seed articles installed with the package (or the repo's seeds/ in a checkout)."""
    installed = resources.files("usc_timeline").joinpath("seeds")
    if installed.is_dir():
        return Path(str(installed))
    return Path(__file__).resolve().parents[3] / "seeds"


def corpus_paths(paths: Sequence[str | os.PathLike[str]] | str | os.PathLike[str] | None = None,
                 environ: Mapping[str, str] | None = None) -> list[Path]:
    """The paths to read: those given, else $USC_TIMELINE_CORPUS, else the bundled seeds.

    One path on its own (`load_corpus("articles/")`) is one path, not a list of characters.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    if paths:
        return [Path(p) for p in paths]
    env = (os.environ if environ is None else environ).get(ENV_VAR, "")
    from_env = [Path(p) for p in env.split(os.pathsep) if p.strip()]
    return from_env or [bundled_seeds()]


def _published(value: object, origin: str, note: object, shown: str,
               problems: list[Problem]) -> Published | None:
    if value in (None, ""):
        return None
    try:
        return Published(normalise_published(value), origin,
                         str(note) if note not in (None, "") else None)
    except ValueError as exc:
        problems.append(Problem(shown, f"{origin} published date: {exc}; ignored"))
        return None


def _text_document(doc_id: str, path: Path, shown: str, entry: CatalogEntry | None,
                   problems: list[Problem]) -> Document | None:
    read = read_text(path, shown)
    problems.extend(read.problems)
    if read.text is None:
        return None
    return document_from_text(read.text, doc_id, shown, entry, problems)


def document_from_text(text: str, doc_id: str, shown: str, entry: CatalogEntry | None,
                       problems: list[Problem]) -> Document:
    """An article from its text: metadata from its catalog `entry`, else its front matter,
    and a publication date from either or from a dateline near the top (the order of
    DESIGN.md). Files and standard input both come through here."""
    front = parse_front_matter(text, shown)
    problems.extend(front.problems)
    meta = front.fields
    published = None
    if entry is not None:
        published = _published(entry.published, "catalog.toml", entry.published_note, shown,
                                problems)
    if published is None:
        published = _published(meta.get("published"), "front matter",
                                meta.get("published_note"), shown, problems)
    url = (entry.url if entry else None) or meta.get("url")
    if published is None:
        dateline = find_dateline(text[front.body_start:], url)
        if dateline:
            published = Published(dateline.value, "dateline",
                                  f"{dateline.text!r} near the top of the text")
    return Document(
        id=meta.get("id") or doc_id,
        text=text,
        path=shown,
        title=(entry.title if entry else None) or meta.get("title"),
        outlet=(entry.outlet if entry else None) or meta.get("outlet"),
        url=url,
        published=published,
        body_start=front.body_start,
    )


def _jsonl_documents(path: Path, shown: str, problems: list[Problem]) -> Iterable[Document]:
    read = read_text(path, shown)
    problems.extend(read.problems)
    if read.text is None:
        return
    for item in read_jsonl(read.text, shown):
        if isinstance(item, Problem):
            problems.append(item)
            continue
        yield _jsonl_document(item, path, shown, problems)


def _jsonl_document(record: JsonlRecord, path: Path, shown: str,
                    problems: list[Problem]) -> Document:
    fields = record.fields
    where = f"{shown}:{record.line}"
    text = str(fields["text"])
    url = str(fields["url"]) if fields.get("url") else None
    published = _published(fields.get("published"), "jsonl", fields.get("published_note"),
                           where, problems)
    if published is None:
        dateline = find_dateline(text, url)
        if dateline:
            published = Published(dateline.value, "dateline",
                                  f"{dateline.text!r} near the top of the text")
    given_id = fields.get("id")
    doc_id = str(given_id) if given_id not in (None, "") else f"{path.name}:{record.line}"

    def optional(key: str) -> str | None:
        value = fields.get(key)
        if isinstance(value, (list, dict, bool)):
            problems.append(Problem(where, f"field {key!r} should be a string, not "
                                    f"{type(value).__name__}; ignored"))
            return None
        return str(value) if value not in (None, "") else None

    return Document(id=doc_id, text=text, path=where, title=optional("title"),
                    outlet=optional("outlet"), url=url, published=published)


def _is_article(path: Path) -> bool:
    return path.suffix.lower() in ARTICLE_SUFFIXES and not path.name.startswith(".")


_MAX_NOTES = 6  # notes about unread subfolders/JSONL per folder; more are summed up in one
_SCAN_LIMIT = 5000  # entries looked at per subfolder: `--corpus ~` must not walk the disk


def _count_articles(folder: Path) -> tuple[int, bool]:
    """Article files anywhere under `folder` (hidden folders skipped), and whether the count
    stopped at the scan limit."""
    count = seen = 0
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            seen += 1
            if seen > _SCAN_LIMIT:
                return count, True
            count += _is_article(Path(root, name))
    return count, False


def _unread_notes(folder: Path, shown: str, found: int) -> list[Problem]:
    """Say what a folder holds that is not read, so nested or JSONL articles are not lost quietly.

    A folder's articles are its own *.txt and *.md files; articles in subfolders and
    .jsonl files inside it need their own --corpus.
    """
    notes: list[Problem] = []
    base = shown.rstrip("/")
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            nested, capped = _count_articles(entry)
            if nested:
                count = f"{nested}+" if capped else str(nested)
                notes.append(Problem(f"{base}/{entry.name}", f"subfolder with {count} article "
                                     "file(s) not read (a folder's articles are its own *.txt "
                                     f"and *.md files); add `--corpus {base}/{entry.name}` to "
                                     "read them."))
        elif entry.suffix.lower() == ".jsonl" and entry.is_file():
            notes.append(Problem(f"{base}/{entry.name}", "JSONL inside a folder is not read; "
                                 f"give it as `--corpus {base}/{entry.name}`."))
    if len(notes) > _MAX_NOTES:
        rest = len(notes) - _MAX_NOTES + 1
        notes = [*notes[:_MAX_NOTES - 1], Problem(base, f"{rest} more subfolders or JSONL files "
                                                  "in it are not read either; give each as "
                                                  "--corpus to read it.")]
    if not found:
        notes.append(Problem(shown, "has no *.txt or *.md articles; nothing read from it. Give "
                             "a folder of articles, a text file or a .jsonl file.",
                             severity="error"))
    return notes


def _folder_documents(folder: Path, shown: str, problems: list[Problem]) -> Iterable[Document]:
    catalog = read_catalog(folder, shown)
    problems.extend(catalog.problems)
    try:
        files = sorted(p for p in folder.iterdir() if _is_article(p) and p.name != CATALOG_NAME)
        problems.extend(_unread_notes(folder, shown, sum(1 for p in files if p.is_file())))
    except OSError as exc:
        problems.append(Problem(shown, f"cannot be read ({exc.strerror or exc}); check its "
                                "permissions. Skipped.", severity="error"))
        return
    for path in files:
        if not path.is_file():
            continue
        doc = _text_document(path.name, path, f"{shown.rstrip('/')}/{path.name}",
                             catalog.entries.get(path.name), problems)
        if doc is not None:
            yield doc


def _path_documents(path: Path, problems: list[Problem]) -> Iterable[Document]:
    shown = str(path)
    if not path.exists():
        problems.append(Problem(shown, "does not exist; check the path given to --corpus or "
                                f"${ENV_VAR}", severity="error"))
        return []
    if path.is_dir():
        return _folder_documents(path, shown, problems)
    if path.suffix.lower() == ".jsonl":
        return _jsonl_documents(path, shown, problems)
    if path.suffix and path.suffix.lower() not in ARTICLE_SUFFIXES:
        problems.append(Problem(shown, _odd_suffix(path.suffix)))
    doc = _text_document(path.name, path, shown, _sibling_entry(path, problems), problems)
    return [doc] if doc else []


def _odd_suffix(suffix: str) -> str:
    """Why a file given as an article may not be one: its whole text, markup and all, is read."""
    if suffix.lower() == ".json":
        return ("is JSON, which is read as one plain-text article. For articles with metadata "
                "write one JSON object per line ({\"text\": ..., \"published\": ...}) to a "
                ".jsonl file.")
    return (f"has the suffix {suffix!r}; it is read as one plain-text article (articles are "
            ".txt, .md or .jsonl files).")


def _sibling_entry(path: Path, problems: list[Problem]) -> CatalogEntry | None:
    """The entry for a single file in the catalog.toml beside it, so that reading one file
    gives it the same publication date (and title, outlet) as reading its whole folder.

    Only the catalog's problems about this file are reported, the rest belong to the
    folder — unless the catalog gave no entry at all (unreadable, not TOML): then that is
    why the file has no date, and it is said.
    """
    folder = path.parent
    if not (folder / CATALOG_NAME).is_file():
        return None
    catalog = read_catalog(folder, str(folder))
    problems.extend(p for p in catalog.problems
                    if not catalog.entries or repr(path.name) in p.message)
    return catalog.entries.get(path.name)


def load_corpus(paths: Sequence[str | os.PathLike[str]] | str | os.PathLike[str] | None = None,
                environ: Mapping[str, str] | None = None) -> Corpus:
    """Read every article under `paths` (see `corpus_paths`); bad files are reported, not fatal.

    An article reached twice with the same id and text is read once; two different
    articles with one id are reported and the first is kept.

    Documents come back sorted by id, so the same files give the same corpus in any order.
    """
    problems: list[Problem] = []
    by_id: dict[str, Document] = {}
    for path in corpus_paths(paths, environ):
        for doc in _path_documents(path, problems):
            if doc.id in by_id:
                if doc.text == by_id[doc.id].text:
                    continue  # the same article reached twice (a folder and a file in it)
                problems.append(Problem(doc.path or doc.id, f"has the same id {doc.id!r} as "
                                        f"{by_id[doc.id].path}; only the first is used. Rename "
                                        "one of them.", severity="error"))
                continue
            by_id[doc.id] = doc
    documents = tuple(by_id[k] for k in sorted(by_id))
    return Corpus(documents, tuple(problems))


def undated_notice(documents: Sequence[Document], extra_fix: str = "") -> Problem | None:
    """One notice naming every document without a publication date, and how to fix it."""
    undated = [d.id for d in documents if d.published is None]
    if not undated:
        return None
    names = ", ".join(undated[:5]) + (f" and {len(undated) - 5} more" if len(undated) > 5 else "")
    return Problem(
        "corpus",
        f"{len(undated)} document(s) have no publication date ({names}): their relative dates "
        "('last week', 'on Monday') stay unresolved. Give `published = 2023-06-20` in the "
        "folder's catalog.toml, `published: 2023-06-20` in front matter, or a \"published\" "
        f"field in JSONL{extra_fix}.",
    )
