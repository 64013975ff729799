"""A known person's title name is the one people.toml gives them when the usual rule (the
last word) would be wrong: `Statement by Mahathir`, not `by Mohamad`; `Suu Kyi meets ...`,
not `Kyi meets ...`. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import mentions_of

from usc_timeline.merge import merge_mentions


def _titles(text: str, day: str) -> list[str]:
    return [e.title for e in merge_mentions(mentions_of(text, day))]


def test_the_lexicon_short_name_is_the_title_name() -> None:
    assert "Statement by Mahathir" in _titles(
        "Prime Minister Mahathir Mohamad said on Tuesday that the port deal would stand.",
        "2019-04-10")
    assert any(t.startswith("Suu Kyi meets") for t in _titles(
        "Aung San Suu Kyi met the visiting Chinese foreign minister in Naypyidaw on "
        "Monday.", "2017-11-21"))


def test_a_short_name_the_rule_derives_is_unchanged() -> None:
    assert "Statement by Blinken" in _titles(
        "Secretary of State Antony Blinken said on Tuesday that the talks were useful.",
        "2023-06-20")


def test_a_family_name_first_person_keeps_the_full_name() -> None:
    # Lee Hsien Loong's lexicon short is `Lee`; titles name such people in full
    assert any("Lee Hsien Loong" in t for t in _titles(
        "Prime Minister Lee Hsien Loong said on Tuesday that Singapore would stay neutral.",
        "2019-04-10"))
