"""Front matter at the top of a .md/.txt article: `---`, `key: value` lines, `---`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from usc_timeline.model import Problem

FIELDS = ("id", "title", "outlet", "url", "published", "published_note")
_OPEN = re.compile(r"---[ \t]*\r?\n")
_CLOSE = re.compile(r"^---[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
_LINE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*")


@dataclass(frozen=True, slots=True)
class FrontMatter:
    fields: dict[str, str]
    body_start: int  # offset of the first character after the closing '---' line
    problems: tuple[Problem, ...] = ()


def parse_front_matter(text: str, shown: str) -> FrontMatter:
    """Keys and where the article body starts; no front matter gives ({}, 0)."""
    opening = _OPEN.match(text)
    if not opening:
        return FrontMatter({}, 0)
    closing = _CLOSE.search(text, opening.end())
    if not closing:
        return FrontMatter({}, 0, (Problem(shown, "front matter opened with '---' on line 1 is "
                                           "never closed; add a '---' line after it. Read as "
                                           "plain text.", line=1),))
    fields: dict[str, str] = {}
    problems: list[Problem] = []
    block = text[opening.end():closing.start()]
    for number, line in enumerate(block.splitlines(), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _LINE.fullmatch(line)
        if not match:
            problems.append(Problem(shown, f"front matter line is not 'key: value': {line!r}",
                                    line=number))
            continue
        key, value = match.group(1).lower(), match.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if key not in FIELDS:
            problems.append(Problem(shown, f"unknown front matter key {key!r} ignored; "
                                    f"known keys: {', '.join(FIELDS)}", line=number))
            continue
        fields[key] = value
    return FrontMatter(fields, closing.end(), tuple(problems))
