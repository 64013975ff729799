"""Articles come with one paragraph per line or with blank lines between paragraphs;
every rule that looks back only within a paragraph must read both the same way, so the
events of an article do not depend on how it was saved."""

from __future__ import annotations

import pytest

from usc_timeline.extract import extract_mentions
from usc_timeline.model import Document, Published

# Each pair of paragraphs: the second opens with a reference (a pronoun, `Those tariffs`,
# `These relations`, talks named by a noun alone) that a rule resolves, or declines to
# resolve, by looking at the paragraph before.
PARAGRAPHS = [
    ("Treasury Secretary Janet Yellen landed in Guangzhou on Thursday for four days of talks.",
     "She met Vice Premier He Lifeng on Friday and pressed him on overcapacity."),
    ("Washington raised its tariffs on Chinese steel to 25 percent on May 14.",
     "Those tariffs will be reviewed in the autumn, officials said."),
    ("Defence Secretary Lloyd Austin met Admiral Dong Jun in Singapore on Friday.",
     "Talks on military channels followed on Saturday."),
]


def _mentions(text: str) -> list[tuple[object, ...]]:
    doc = Document("case.txt", text, published=Published("2024-06-03", "test"))
    return [(m.kind, m.status, m.date, tuple(a.name for a in m.actors), tuple(m.places))
            for m in extract_mentions(doc)]


@pytest.mark.parametrize(("first", "second"), PARAGRAPHS)
def test_a_line_break_and_a_blank_line_end_a_paragraph_alike(first: str, second: str) -> None:
    one_per_line = _mentions(f"{first}\n{second}")
    blank_lines = _mentions(f"{first}\n\n{second}")
    assert one_per_line, "the case must yield mentions to compare"
    assert one_per_line == blank_lines
