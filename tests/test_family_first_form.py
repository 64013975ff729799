"""A person whose country is not known is still shown family name first when the name's
form says so (`Statement by Shen Guofang`, not `by Guofang`); an English surname after
such a word keeps the Western reading (`Lee Whitfield` -> `Whitfield`). Names written for
these tests."""

from __future__ import annotations

import pytest

from usc_timeline import labels, names
from usc_timeline.merge import title_for
from usc_timeline.model import Actor


def _person(name: str) -> Actor:
    return Actor(name, None, "Foreign Ministry spokesperson", "person")


@pytest.mark.parametrize(("name", "shown"), [
    ("Zhou Tinghua", "Statement by Zhou Tinghua"),
    ("Lin Weiming", "Statement by Lin Weiming"),
    ("Chen Ming-kai", "Statement by Chen Ming-kai"),
])
def test_a_pinyin_given_name_after_a_family_name_is_kept_whole(name: str, shown: str) -> None:
    assert title_for("statement", (_person(name),), (), "said") == shown
    assert labels.short_name(_person(name)) == name.split()[0]


@pytest.mark.parametrize(("name", "shown"), [
    ("Lee Whitfield", "Statement by Whitfield"),
    ("Chan Marshall", "Statement by Marshall"),
    ("Anna Tinghua", "Statement by Tinghua"),  # no family name first
])
def test_a_western_name_keeps_its_surname(name: str, shown: str) -> None:
    assert title_for("statement", (_person(name),), (), "said") == shown
    assert not names.looks_family_first(name)


def test_a_known_country_decides_over_the_form() -> None:
    british = Actor("Lin Weiming", "GB", None, "person")
    assert title_for("statement", (british,), (), "said") == "Statement by Weiming"
