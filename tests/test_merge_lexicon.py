"""Merging uses the lexicon in use, not only the bundled one: a place a user adds in a
lexicon directory lies in its country when merging, too."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from usc_timeline import api
from usc_timeline.lexicon import load_lexicon
from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor, Corpus, DateSpan, Document, Mention, Source

NZ = Actor("New Zealand", "NZ", None, "country")
FEB = DateSpan(date(2031, 2, 1), date(2031, 2, 28), "month")


def mention(doc: str, when: DateSpan, *actors: Actor, places: tuple[str, ...] = ()) -> Mention:
    src = Source(doc, f"a sentence of {doc}", 0, 20, "in February", when, "time expression")
    return Mention("summit", "planned", src, "summit", when, actors, places)


@pytest.fixture()
def user_lexicon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("USC_TIMELINE_LEXICON", raising=False)
    (tmp_path / "places.toml").write_text(
        '[[place]]\nname = "Kowhai Lodge"\naliases = []\ncountry = "NZ"\nkind = "venue"\n',
        encoding="utf-8")
    return tmp_path


def test_a_users_place_lies_in_its_country_when_merging(user_lexicon: Path) -> None:
    at_venue = mention("a.txt", FEB, places=("Kowhai Lodge",))
    in_country = mention("b.txt", DateSpan(date(2031, 2, 12), date(2031, 2, 12)), NZ)
    # the bundled lexicon does not know the venue: nothing ties the two reports
    assert len(merge_mentions([at_venue, in_country])) == 2
    (event,) = merge_mentions([at_venue, in_country], load_lexicon([user_lexicon]))
    assert {s.document for s in event.sources} == {"a.txt", "b.txt"}


def test_build_timeline_merges_with_the_lexicon_it_extracts_with(
        user_lexicon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lexicon = load_lexicon([user_lexicon])
    seen: list[object] = []

    def spy(mentions: list[Mention], lex: object = None, **kwargs: object) -> list[object]:
        seen.append(lex)
        return []

    monkeypatch.setattr(api, "merge_mentions", spy)
    api.build_timeline(Corpus((Document("x.txt", "Nothing happened."),)), lexicon)
    assert seen == [lexicon]
