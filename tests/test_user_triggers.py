"""A triggers.toml in a USC_TIMELINE_LEXICON folder extends the bundled event triggers, as
README's "Extending the lexicons" promises: its verbs and nouns are added to a kind, its
groups, slots, senses and passives to the bundled ones, and `remove` takes a bundled form
away. A mistake in it is a LexiconError naming the file, and through the CLI a message
and exit 1, never a traceback."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from usc_timeline import cache
from usc_timeline.cli import main
from usc_timeline.extract import extract_mentions
from usc_timeline.extract.triggers import trigger_lexicon
from usc_timeline.lexicon import ENV_VAR, LexiconError, default_lexicon
from usc_timeline.model import Corpus, Document, Published

SENTENCE = "Blinken parleyed with Wang Yi in Beijing on June 18, 2023."
PARLEY = '[kinds.talks]\nverbs = ["parleyed"]\n'


def _fresh() -> None:
    """Forget the per-process lexicons, so the next extraction reads the folders again."""
    trigger_lexicon.cache_clear()
    default_lexicon.cache_clear()


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setenv(cache.CACHE_ENV_VAR, str(tmp_path / "cache"))
    _fresh()
    yield
    monkeypatch.undo()
    _fresh()  # later tests get the bundled triggers back


def _folder(tmp_path: Path, text: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "lexicon"
    folder.mkdir(exist_ok=True)
    (folder / "triggers.toml").write_text(text, encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(folder))
    _fresh()
    return folder


def _kinds(text: str) -> list[str]:
    doc = Document("case.txt", text, published=Published("2023-06-20", "test"))
    return [m.kind for m in extract_mentions(doc)]


def test_a_verb_added_to_a_kind_makes_events_of_that_kind(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "talks" not in _kinds(SENTENCE)
    _folder(tmp_path, PARLEY, monkeypatch)
    assert _kinds(SENTENCE) == ["talks"]
    assert "talks" in _kinds("Blinken held talks with Wang Yi in Beijing on June 18, 2023.")


def test_a_group_slots_and_removals_extend_and_trim_the_bundled_forms(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _folder(tmp_path, '[slots]\nparley = ["parleyed", "palavered"]\n\n'
                      '[kinds.talks]\nremove = ["held talks"]\n\n'
                      '[[group]]\nkind = "talks"\nverbs = ["{parley}"]\ncontext = ["Beijing"]\n',
            monkeypatch)
    assert _kinds(SENTENCE) == ["talks"]
    assert _kinds(SENTENCE.replace("parleyed", "palavered")) == ["talks"]
    assert "talks" not in _kinds(SENTENCE.replace("Beijing", "Paris"))  # the group's context
    forms = {phrase for phrase, kind, _ in trigger_lexicon().forms if kind == "talks"}
    assert "held talks" not in forms and {"hold talks", "negotiated"} <= forms


def test_later_folders_add_to_earlier_ones(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for folder, text in ((first, PARLEY), (second, '[kinds.talks]\nremove = ["parleyed"]\n')):
        folder.mkdir()
        (folder / "triggers.toml").write_text(text, encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(first))
    assert _kinds(SENTENCE) == ["talks"]
    monkeypatch.setenv(ENV_VAR, f"{first}{os.pathsep}{second}")
    _fresh()
    assert "talks" not in _kinds(SENTENCE)  # the second folder takes the first one's verb away


BAD = [
    ("[kinds.parley]\nverbs = ['parleyed']\n", r":1: kinds\.parley is no event kind"),
    ("[kinds.talks]\nverbs = 'parleyed'\n", r":1: kinds\.talks\.verbs must be a list"),
    ("[kinds.talks]\nstatus = 'planned'\n", r"kinds\.talks has unknown key\(s\) status.*group"),
    ("[kinds.talks]\nremove = ['parleyd']\n", r"removes 'parleyd', which is no talks form"),
    ("[[group]]\nkind = 'talks'\nverbs = ['x']\n\n[[group]]\nkind = 'talk'\n",
     r":5: group #2 has unknown kind 'talk'"),
    ("[[group]]\nkind = 'talks'\nverb = ['parleyed']\n", r"group #1 has unknown key\(s\) verb"),
    ("[[group]]\nkind = 'talks'\nverbs = ['{parley}']\n", r"slot \{parley\} is unknown"),
    ("[[group]]\nkind = 'talks'\nstatus = 'done'\n", r"group #1 has unknown status 'done'"),
    ("[[sense]]\nforms = ['parleyed']\nwords = ['x']\n", r"form 'parleyed' is no trigger"),
    ("[kinds.talks]\nnouns = ['--']\n", r"kinds.talks.nouns form '--' has no letter or digit"),
    ("[checks.in_a_name]\nheads = ['x']\n", r"top-level key\(s\) checks.*bundled only"),
    ("[kinds.talks]\nverbs = [parleyed]\n", r":2:\d+: invalid TOML"),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_a_malformed_user_file_is_an_error_naming_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, expected: str) -> None:
    folder = _folder(tmp_path, text, monkeypatch)
    with pytest.raises(LexiconError) as info:
        _kinds(SENTENCE)
    message = str(info.value)
    assert message.startswith(str(folder / "triggers.toml")), message
    assert re.search(expected, message), message


def test_the_cli_uses_the_user_triggers_and_reports_a_bad_file_cleanly(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(SENTENCE + "\n", encoding="utf-8")
    folder = _folder(tmp_path, PARLEY, monkeypatch)
    env = {ENV_VAR: str(folder), cache.CACHE_ENV_VAR: str(tmp_path / "cache")}
    result = CliRunner().invoke(main, ["list", "--corpus", str(articles), "--kind", "talks"],
                                env=env)
    assert result.exit_code == 0, result.output
    assert "Blinken" in result.output and "2023" in result.output
    (folder / "triggers.toml").write_text("[kinds.parley]\nverbs = ['parleyed']\n",
                                          encoding="utf-8")
    _fresh()
    result = CliRunner().invoke(main, ["list", "--corpus", str(articles)], env=env)
    assert result.exit_code == 1, result.output
    assert str(folder / "triggers.toml") in result.output and "kinds.parley" in result.output
    assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)


def test_a_changed_user_triggers_file_is_a_timeline_cache_miss(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path, PARLEY, monkeypatch)
    corpus = Corpus((Document("a.txt", SENTENCE),))
    before = cache.fingerprint(corpus)
    (folder / "triggers.toml").write_text(PARLEY.replace("]", ', "palavered"]'),
                                          encoding="utf-8")
    assert cache.fingerprint(corpus) != before


def test_folders_given_to_load_lexicon_extend_the_triggers_too(tmp_path: Path) -> None:
    """The library API takes lexicon folders as an argument as well as from the
    environment; a triggers.toml there counts, for that lexicon only."""
    from usc_timeline.lexicon import load_lexicon

    folder = tmp_path / "lexicon"
    folder.mkdir()
    (folder / "triggers.toml").write_text(PARLEY, encoding="utf-8")
    doc = Document("case.txt", SENTENCE, published=Published("2023-06-20", "test"))
    assert [m.kind for m in extract_mentions(doc, load_lexicon([folder]))] == ["talks"]
    assert "talks" not in [m.kind for m in extract_mentions(doc, load_lexicon())]
    assert "talks" not in _kinds(SENTENCE)  # the default lexicon is untouched
