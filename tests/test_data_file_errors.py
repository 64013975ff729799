"""A malformed word list or table of the extractor and of merging (denial cues, unknown-name
words, short-name words, title nouns, acts) is reported like a malformed lexicon file:
a LexiconError naming the file, the line when it can be found, the entry and what is
wrong, never a bare KeyError or TypeError; and through the CLI, a message and exit 1."""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from usc_timeline import names
from usc_timeline.cli import main
from usc_timeline.extract import addressed, denial, fallback, published, refusals, unknown_names
from usc_timeline.lexicon import LexiconError
from usc_timeline.merge import acts, calledoff, titles

SOURCE = "/home/user/lex/file.toml"


def bundled(*parts: str) -> str:
    return resources.files("usc_timeline").joinpath(*parts).read_text(encoding="utf-8")


def replaced(text: str, key: str, value: str) -> str:
    """`text` with the top-level `key = [...]` (possibly over several lines) set to `value`."""
    out, n = re.subn(rf"^{key} = (?:\[[^\]]*\]|\S+)", f"{key} = {value}", text, count=1,
                     flags=re.M)
    assert n == 1, key
    return out


def dropped(text: str, key: str) -> str:
    out, n = re.subn(rf"^{key} = (?:\[[^\]]*\]|\S+)\n", "", text, count=1, flags=re.M)
    assert n == 1, key
    return out


DENIAL = bundled("lexicon", "data", "denial.toml")
UNKNOWN = bundled("lexicon", "data", "unknown_names.toml")
NAMES = bundled("names.toml")
TITLES = bundled("merge", "titles.toml")
ACTS = bundled("merge", "acts.toml")
CALLED_OFF = bundled("merge", "calledoff.toml")
FALLBACK = bundled("lexicon", "data", "fallback.toml")
ADDRESSED = bundled("lexicon", "data", "addressed.toml")
PUBLISHED = bundled("lexicon", "data", "published.toml")

Reader = Callable[[str, str], Any]
CASES: list[tuple[Reader, str, str]] = [
    (denial.read_cues, replaced(DENIAL, "negators", '"not"'),
     r":\d+: 'negators' must be a list of non-empty strings, got 'not'"),
    (denial.read_cues, dropped(DENIAL, "gap"), r": missing required key 'gap'"),
    (denial.read_cues, replaced(DENIAL, "delay_window", '"five"'),
     r":\d+: 'delay_window' must be a whole number"),
    (unknown_names.read_words, dropped(UNKNOWN, "fillers"), r": missing required key 'fillers'"),
    (unknown_names.read_words, replaced(UNKNOWN, "ranks", "[1, 2]"),
     r":\d+: 'ranks' must be a list of non-empty strings"),
    (unknown_names.read_words, UNKNOWN + 'filers = ["x"]\n',
     r": unknown top-level key\(s\) filers"),
    (fallback.read_words, dropped(FALLBACK, "plan_cues"), r": missing required key 'plan_cues'"),
    (fallback.read_words, replaced(FALLBACK, "between", '"had"'),
     r":\d+: 'between' must be a list of non-empty strings, got 'had'"),
    (published.read_lists, dropped(PUBLISHED, "documents"),
     r": missing required key 'documents'"),
    (published.read_lists, replaced(PUBLISHED, "verbs", '"published"'),
     r":\d+: 'verbs' must be a list of non-empty strings, got 'published'"),
    (addressed.read_words, dropped(ADDRESSED, "condemning"),
     r": missing required key 'condemning'"),
    (addressed.read_words, replaced(ADDRESSED, "telling", '"told"'),
     r":\d+: 'telling' must be a list of non-empty strings, got 'told'"),
    (names.read_words, replaced(NAMES, "suffixes", "3"),
     r":\d+: 'suffixes' must be a list of non-empty strings, got 3"),
    (acts.read_acts, ACTS.replace('noun = "Tariffs"', 'nun = "Tariffs"', 1),
     r"act '#\d+': unknown key\(s\) nun"),
    (acts.read_acts, ACTS.replace("'\\bveto\\w*'", "'\\bveto(\\w*'", 1),
     r":\d+: act 'Veto': 'patterns' holds .* not a valid regular expression"),
    (acts.read_acts, ACTS.replace('\nform = "involving"', '\nform = "around"', 1),
     r":\d+: act 'Charges': form 'around' is not one of involving"),
    (acts.read_acts, ACTS.replace('kinds = ["statement"]', 'kinds = ["speech"]', 1),
     r":\d+: act 'Protest': kind\(s\) speech not among other, statement"),
    (titles.read_titles, TITLES.replace('noun = "Election"\n', 'noun = "Election"\nperson = 1\n'),
     r":\d+: appointment 'Election': 'person' must be a non-empty string"),
    (titles.read_titles, TITLES.replace('tibet = "Tibet"', "tibet = 3"),
     r":\d+: 'topics' must be a table"),
    (acts.read_acts, ACTS.replace('noun = "Tariffs"\n', "", 1),
     r"act '#\d+': missing required key 'noun'"),
    (calledoff.read_plans, CALLED_OFF.replace('family = "visit"', 'famliy = "visit"', 1),
     r"plan '#1': unknown key\(s\) famliy"),
    (calledoff.read_plans, CALLED_OFF.replace("trips?|", "trips?|(", 1),
     r":\d+: plan 'visit': 'patterns' holds .* not a valid regular expression"),
    (acts.read_acts, ACTS.replace("patterns = ['\\b(?:tariffs?", "patterns = '\\b(?:tariffs?", 1)
     .replace("levy)\\b']", "levy)\\b'", 1), r"act 'Tariffs': 'patterns' must be a list"),
]


@pytest.mark.parametrize(("read", "text", "expected"), CASES)
def test_malformed_files_name_the_file_and_the_entry(read: Reader, text: str,
                                                      expected: str) -> None:
    with pytest.raises(LexiconError) as info:
        read(text, SOURCE)
    message = str(info.value)
    assert message.startswith(SOURCE), message
    assert re.search(expected, message), message


def test_the_bundled_files_read_as_before() -> None:
    assert denial.read_cues(DENIAL, SOURCE).gap >= 0
    assert "left" in fallback.read_words(FALLBACK, SOURCE).past
    assert "jr" in names.read_words(NAMES, SOURCE)["suffixes"]
    assert titles.read_titles(TITLES, SOURCE).topics["hong_kong"] == "Hong Kong"
    assert acts.read_acts(ACTS, SOURCE)[0].name == "investigation"
    assert calledoff.read_plans(CALLED_OFF, SOURCE)[0][0] == "visit"


def test_a_toml_syntax_error_gives_line_and_column() -> None:
    with pytest.raises(LexiconError, match=rf"^{re.escape(SOURCE)}:3:\d+: invalid TOML"):
        denial.read_cues("gap = 2\n\nnegators = [not]\n", SOURCE)


def test_the_cli_reports_a_malformed_file_without_a_traceback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = dropped(DENIAL, "negators")
    monkeypatch.setattr(denial, "_cues", lambda: denial.read_cues(bad, "/data/denial.toml"))
    (tmp_path / "a.txt").write_text("Blinken did not meet Qin Gang in Beijing on June 18, "
                                    "2023.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["list", "--corpus", str(tmp_path)],
                                env={"USC_TIMELINE_CACHE_DIR": ""})
    assert result.exit_code == 1, result.output
    assert "/data/denial.toml" in result.output and "'negators'" in result.output
    assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)


def test_a_malformed_refusals_file_names_the_file_and_key() -> None:
    with pytest.raises(LexiconError, match=r"r\.toml.*requests"):
        refusals.read_words(
            'noun_refusers = ["declined"]\nreported = []\nrequests = "offer"\n', "r.toml")


def test_an_entry_after_blank_lines_is_found_on_its_own_line() -> None:
    from usc_timeline.lexicon.checks import top_level

    text = 'given = ["x"]\n\n\nnegators = "not"\n'
    error = top_level("negators", "denial.toml", text).fail("must be a list")
    assert str(error).startswith("denial.toml:4:")
