"""The bundled lexicons load, validate and answer lookups correctly; user directories extend
and override them; broken files are reported with their file and entry."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from usc_timeline.lexicon import ENV_VAR, Lexicon, LexiconError, Person, Role, load_lexicon
from usc_timeline.lexicon.parse_cache import CACHE_ENV_VAR, KEEP

ALLOWED_TAGS = {
    # DESIGN.md
    "taiwan", "sanctions", "trade", "technology", "export_controls", "military", "fentanyl",
    "climate", "human_rights", "ukraine_russia", "south_china_sea", "balloon", "hong_kong",
    "xinjiang", "people_exchanges", "economy",
    # extras documented in issues.toml
    "tibet", "cyber", "north_korea", "covid",
}  # fmt: skip

# Aliases legitimately shared by two people; none today. Add "alias": {"A", "B"} with a reason.
SHARED_ALIASES: dict[str, set[str]] = {}


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setenv(CACHE_ENV_VAR, str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def lex(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lexicon]:
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv(ENV_VAR, raising=False)
        mp.setenv(CACHE_ENV_VAR, "")
        yield load_lexicon()


def _role(lex: Lexicon, name: str, day: str) -> str | None:
    person = lex.person_by_name(name)
    assert person is not None, name
    role = person.role_on(date.fromisoformat(day))
    return role.title if role else None


# -- bundled data ----------------------------------------------------------------------------


def test_bundled_files_load_with_breadth(lex: Lexicon) -> None:
    assert len(lex.people) >= 150
    assert len(lex.places) >= 150
    assert len(lex.countries) >= 60
    assert len(lex.institutions) >= 60
    assert len(lex.titles) >= 40
    assert {Path(s).name for s in lex.sources} == {
        "people.toml", "titles.toml", "countries.toml", "institutions.toml", "places.toml",
        "issues.toml",
    }  # fmt: skip


def test_every_bundled_file_has_a_provenance_header(lex: Lexicon) -> None:
    for source in lex.sources:
        head = Path(source).read_text(encoding="utf-8")[:3000]
        for needed in ("What it holds", "Basis", "Last reviewed", "How to extend", ENV_VAR):
            assert needed in head, (source, needed)


def test_dated_roles(lex: Lexicon) -> None:
    (blinken,) = lex.people_by_short("Blinken")
    assert blinken.role_on(date(2023, 6, 19)) is not None
    assert blinken.role_on(date(2023, 6, 19)).title == "Secretary of State"  # type: ignore[union-attr]
    assert blinken.role_on(date(2020, 6, 1)) is None
    assert blinken.role_on(date(2016, 6, 1)).title == "Deputy Secretary of State"  # type: ignore[union-attr]
    # no date: the latest role, the best guess for undated text
    assert blinken.role_on(None).title == "Secretary of State"  # type: ignore[union-attr]


def test_overlapping_roles_prefer_the_latest_started(lex: Lexicon) -> None:
    assert _role(lex, "Wang Yi", "2023-06-19") == (
        "Director of the Office of the Central Foreign Affairs Commission"
    )
    assert _role(lex, "Wang Yi", "2023-08-01") == "Foreign Minister"
    assert _role(lex, "Marco Rubio", "2025-03-01") == "Secretary of State"
    assert _role(lex, "Marco Rubio", "2025-06-01") == "National Security Adviser"


@pytest.mark.parametrize(
    ("name", "day", "title"),
    [
        ("Richard Nixon", "1972-02-21", "President"),
        ("Zhou Enlai", "1972-02-21", "Premier"),
        ("Mao Zedong", "1972-02-21", "Chairman of the Chinese Communist Party"),
        ("Henry Kissinger", "1971-07-09", "National Security Adviser"),
        ("Deng Xiaoping", "1979-01-29", "Vice Premier"),
        ("Jimmy Carter", "1979-01-01", "President"),
        ("Jiang Zemin", "1997-10-29", "President"),
        ("Zhu Rongji", "1999-04-08", "Premier"),
        ("Charlene Barshefsky", "1999-11-15", "Trade Representative"),
        ("Hu Jintao", "2011-01-19", "President"),
        ("Barack Obama", "2015-09-25", "President"),
        ("Donald Trump", "2017-11-09", "President"),
        ("Donald Trump", "2022-01-01", None),
        ("Donald Trump", "2025-10-30", "President"),
        ("Xi Jinping", "2022-11-14", "President"),
        ("Joe Biden", "2022-11-14", "President"),
        ("Yang Jiechi", "2021-03-18", "Director of the Office of the Central Foreign Affairs Commission"),  # noqa: E501
        ("Jake Sullivan", "2023-05-10", "National Security Adviser"),
        ("Qin Gang", "2023-06-18", "Foreign Minister"),
        ("Qin Gang", "2022-06-01", "Ambassador to the United States"),
        ("Xie Feng", "2024-01-01", "Ambassador to the United States"),
        ("John Kerry", "2023-07-17", "Climate Envoy"),
        ("Janet Yellen", "2023-07-07", "Secretary of the Treasury"),
        ("Li Qiang", "2024-04-01", "Premier"),
        ("Li Keqiang", "2020-05-22", "Premier"),
        ("He Lifeng", "2025-05-10", "Vice Premier"),
        ("Liu He", "2020-01-15", "Vice Premier"),
        ("Dong Jun", "2024-05-31", "Defense Minister"),
        ("Li Shangfu", "2023-06-03", "Defense Minister"),
        ("Nancy Pelosi", "2022-08-02", "Speaker of the House"),
        ("Tsai Ing-wen", "2022-08-03", "President"),
        ("Lai Ching-te", "2025-01-01", "President"),
        ("Pete Hegseth", "2025-05-31", "Secretary of Defense"),
        ("Scott Bessent", "2025-05-12", "Secretary of the Treasury"),
        ("Jamieson Greer", "2025-05-12", "Trade Representative"),
        ("Nicholas Burns", "2023-06-18", "Ambassador to China"),
        ("Mao Ning", "2023-02-06", "Foreign Ministry spokesperson"),
    ],
)  # fmt: skip
def test_key_officials_hold_the_right_role_on_the_day(
    lex: Lexicon, name: str, day: str, title: str | None
) -> None:
    assert _role(lex, name, day) == title


_days = st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31))


@st.composite
def _roles(draw: st.DrawFn) -> Role:
    start, end = draw(st.none() | _days), draw(st.none() | _days)
    if start and end and end < start:
        start, end = end, start
    return Role(draw(st.sampled_from(["A", "B", "C"])), start, end)


@given(st.lists(_roles(), max_size=5), st.none() | _days)
def test_role_on_is_the_latest_started_active_role(roles: list[Role], day: date | None) -> None:
    person = Person("Pat Example", "US", (), "Example", tuple(roles))
    found = person.role_on(day)
    if not roles:
        assert found is None
        return
    if day is None:
        assert found is not None
        assert all((r.start or date.min) <= (found.start or date.min) for r in roles)
        return
    active = [r for r in roles if r.active_on(day)]
    assert (found is None) == (not active)
    if found is not None:
        assert found.active_on(day)
        assert all((r.start or date.min) <= (found.start or date.min) for r in active)


def test_short_names_are_derived_by_naming_order(lex: Lexicon) -> None:
    def short(name: str) -> str:
        person = lex.person_by_name(name)
        assert person is not None, name
        return person.short

    assert short("Xi Jinping") == "Xi"  # family name first
    assert short("Tsai Ing-wen") == "Tsai"
    assert short("Yoon Suk Yeol") == "Yoon"
    assert short("Antony Blinken") == "Blinken"
    assert short("Fumio Kishida") == "Kishida"  # Japanese names are given-first in English
    assert short("Ferdinand Marcos Jr.") == "Marcos"
    assert short("Carrie Lam") == "Lam"  # explicit `short`
    assert short("Ursula von der Leyen") == "von der Leyen"


def test_ambiguous_shorts_are_exposed_and_resolved_by_date(lex: Lexicon) -> None:
    wangs = {p.name for p in lex.people_by_short("Wang")}
    assert {"Wang Yi", "Wang Wenbin", "Wang Wentao"} <= wangs
    assert lex.people_by_short("wang") == lex.people_by_short("Wang")
    assert lex.people_by_short("Nobodyknown") == ()
    (first, *_rest) = lex.people_by_short("Wang")
    assert first.name == "Wang Yi"  # most prominent first
    assert lex.person_for_short("Wang", date(2023, 6, 19)).name == "Wang Yi"  # type: ignore[union-attr]
    bushes = {p.name for p in lex.people_by_short("Bush")}
    assert bushes == {"George W. Bush", "George H. W. Bush"}
    assert lex.person_for_short("Bush", date(1990, 1, 1)).name == "George H. W. Bush"  # type: ignore[union-attr]
    assert lex.person_for_short("Bush", date(2005, 1, 1)).name == "George W. Bush"  # type: ignore[union-attr]
    assert lex.person_for_short("Qin", None).name == "Qin Gang"  # type: ignore[union-attr]


def test_person_by_name_uses_aliases_case_insensitively(lex: Lexicon) -> None:
    blinken = lex.person_by_name("Antony Blinken")
    assert blinken is not None and blinken.country == "US"
    assert lex.person_by_name("Tony Blinken") is blinken
    assert lex.person_by_name("antony  blinken") is blinken
    assert lex.person_by_name("Mao Tse-tung") is lex.person_by_name("Mao Zedong")
    assert lex.person_by_name("William Lai") is lex.person_by_name("Lai Ching-te")
    assert lex.person_by_name("Blinken") is None  # shorts are not full names


def test_country_by_word(lex: Lexicon) -> None:
    def code(word: str) -> str | None:
        country = lex.country_by_word(word)
        return country.code if country else None

    assert code("China") == "CN"
    assert code("Chinese") == "CN"
    assert code("Beijing") == "CN"
    assert code("PRC") == "CN"
    assert code("People’s Republic of China") == "CN"  # curly apostrophe
    assert code("Washington") == "US"
    assert code("American") == "US"
    assert code("U.S.") == "US"
    assert code("the United States") == "US"
    assert code("us") is None  # the pronoun is never the country
    assert code("Taiwanese") == "TW"
    assert code("Taipei") == "TW"
    assert code("Moscow") == "RU"
    assert code("North Korean") == "KP"
    assert code("South Korean") == "KR"
    assert code("British") == "GB"
    assert code("Narnia") is None
    assert lex.country_by_code("cn") is lex.country_by_code("CN")


def test_country_words_and_codes_are_unique(lex: Lexicon) -> None:
    codes = [c.code for c in lex.countries]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in codes)
    owners: dict[str, set[str]] = defaultdict(set)
    for country in lex.countries:
        for word in (country.name, *country.aliases, *country.adjectives, country.capital or ""):
            if word:
                owners[word.casefold()].add(country.code)
    shared = {word: codes for word, codes in owners.items() if len(codes) > 1}
    assert not shared


def test_places_and_institutions(lex: Lexicon) -> None:
    beijing = lex.place_by_name("Peking")
    assert beijing is not None and beijing.name == "Beijing" and beijing.country == "CN"
    shoal = lex.place_by_name("Ayungin Shoal")
    assert shoal is not None and shoal.name == "Second Thomas Shoal" and shoal.country is None
    strait = lex.place_by_name("Taiwan Strait")
    assert strait is not None and strait.kind == "sea"
    assert lex.place_by_name("Anchorage").country == "US"  # type: ignore[union-attr]
    assert lex.place_by_name("Bali").country == "ID"  # type: ignore[union-attr]
    assert lex.place_by_name("Hong Kong").country == "CN"  # type: ignore[union-attr]
    pentagon = lex.institution_by_name("the Pentagon")
    assert pentagon is not None and pentagon.country == "US"
    assert lex.institution_by_name("Department of Defense") is pentagon
    ministry = lex.institution_by_name("foreign ministry")
    assert ministry is not None and ministry.country is None  # qualified by the extractor
    assert lex.institution_by_name("WTO").country is None  # type: ignore[union-attr]


def test_titles_give_role_and_country_only_when_fixed(lex: Lexicon) -> None:
    secstate = lex.title_by_name("secretary of state")
    assert secstate is not None and secstate.country == "US"
    assert lex.title_by_name("Secretary of War").role == "Secretary of Defense"  # type: ignore[union-attr]
    assert lex.title_by_name("Premier").country == "CN"  # type: ignore[union-attr]
    for generic in ("Foreign Minister", "spokeswoman", "ambassador", "envoy", "top diplomat"):
        title = lex.title_by_name(generic)
        assert title is not None and title.country is None, generic


def test_titles_fit_the_roles_people_hold(lex: Lexicon) -> None:
    """The extractor checks a title against a person's dated role by substring
    ('Treasury Secretary Yellen' -> 'Secretary of the Treasury'), so the two files must agree."""

    def fits(title: str, role: str) -> bool:
        a, b = title.casefold(), role.casefold()
        return a in b or b in a

    cases = {
        "Treasury Secretary": "Janet Yellen",
        "Secretary of State": "Antony Blinken",
        "Defense Secretary": "Lloyd Austin",
        "Secretary of War": "Pete Hegseth",
        "Commerce Secretary": "Gina Raimondo",
        "USTR": "Katherine Tai",
        "national security adviser": "Jake Sullivan",
        "climate envoy": "John Kerry",
        "spokeswoman": "Mao Ning",
        "Foreign Ministry spokesman": "Wang Wenbin",
        "Premier": "Li Qiang",
        "Vice Premier": "He Lifeng",
        "Defense Minister": "Dong Jun",
        "Foreign Minister": "Qin Gang",
        "Ambassador": "Xie Feng",
        "House Speaker": "Nancy Pelosi",
        "international trade representative": "Li Chenggang",
        "Pentagon press secretary": "Patrick Ryder",
        "Commerce Minister": "Wang Wentao",
        "President": "Xi Jinping",
        "Vice President": "Kamala Harris",
        "CIA Director": "William Burns",
        "Senate Majority Leader": "John Thune",
        "Chief Executive": "John Lee",
        "Prime Minister": "Fumio Kishida",
        "Chairman": "Mao Zedong",
    }
    for phrase, name in cases.items():
        title, person = lex.title_by_name(phrase), lex.person_by_name(name)
        assert title is not None and person is not None, (phrase, name)
        role = person.role_on(None)
        assert role is not None and fits(title.role, role.title), (phrase, name, role)


def test_title_phrases_are_not_listed_twice(lex: Lexicon) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for title in lex.titles:
        for name in title.names:
            owners[name.casefold()].add(f"{title.role}|{title.country}")
    assert not {name: roles for name, roles in owners.items() if len(roles) > 1}


def test_issue_tags_are_allowed_and_keywords_specific(lex: Lexicon) -> None:
    assert {issue.tag for issue in lex.issues} <= ALLOWED_TAGS
    assert set(ALLOWED_TAGS) - {issue.tag for issue in lex.issues} == set()
    too_generic = {"ban", "chip", "trade", "security", "talks", "meeting", "war", "deal", "who"}
    for issue in lex.issues:
        assert not too_generic & {k.casefold() for k in issue.keywords}, issue.tag


def test_issue_matching(lex: Lexicon) -> None:
    tags = lex.issue_tags
    assert tags("They discussed the Taiwan Strait and fentanyl.") == ("taiwan", "fentanyl")
    assert "export_controls" in tags("new export controls on advanced chips")
    assert "sanctions" in tags("Washington sanctioned three firms")
    assert tags("a ban on smoking") == ()
    assert tags("who said it was important to us") == ()  # 'WHO', 'import' do not fire
    assert tags("The People’s Liberation Army held drills") == ("military",)
    assert "south_china_sea" in tags("near the Second   Thomas Shoal")
    assert "taiwan" not in tags("Taiwanesque")
    hits = lex.issue_matches("Uyghur forced labor")
    assert ("xinjiang", 0, 6) in hits


def test_no_alias_is_claimed_by_two_people(lex: Lexicon) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for person in lex.people:
        for form in (person.name, *person.aliases):
            owners[" ".join(form.split()).casefold()].add(person.name)
    shared = {
        form: names
        for form, names in owners.items()
        if len(names) > 1 and SHARED_ALIASES.get(form) != names
    }
    assert not shared


def test_place_and_institution_names_are_unique(lex: Lexicon) -> None:
    for entries in (lex.places, lex.institutions):
        owners: dict[str, set[str]] = defaultdict(set)
        for entry in entries:
            for form in (entry.name, *entry.aliases):
                owners[" ".join(form.split()).casefold()].add(entry.name)
        assert not {form: names for form, names in owners.items() if len(names) > 1}


def test_people_have_countries_and_sane_roles(lex: Lexicon) -> None:
    known = {c.code for c in lex.countries}
    for person in lex.people:
        assert person.country in known, person.name
        assert person.roles, person.name
        for role in person.roles:
            assert not (role.start and role.end and role.end < role.start), person.name
            assert not (role.start and role.start > date(2026, 12, 31)), person.name


# -- user extension --------------------------------------------------------------------------


def _write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_dir_adds_and_replaces_entries(tmp_path: Path) -> None:
    user = tmp_path / "lex"
    _write(
        user,
        "people.toml",
        """
[[person]]
name = "Jane Placeholder"
aliases = ["J. Placeholder"]
country = "US"
  [[person.role]]
  title = "Special Envoy for Fisheries"
  start = 2024-02-01

[[person]]
name = "antony blinken"   # same name, other case: replaces the bundled entry
country = "US"
  [[person.role]]
  title = "Secretary of State"
  start = 2021-01-26
  end = 2025-01-20
  [[person.role]]
  title = "Author"
  start = 2025-06-01
""",
    )
    _write(user, "issues.toml", '[[issue]]\ntag = "fisheries"\nkeywords = ["fishing fleet"]\n')
    bundled = load_lexicon()
    lex = load_lexicon([user])
    assert len(lex.people) == len(bundled.people) + 1
    jane = lex.person_by_name("J. Placeholder")
    assert jane is not None and jane.short == "Placeholder"
    assert lex.people_by_short("Placeholder") == (jane,)
    blinken = lex.people_by_short("Blinken")
    assert len(blinken) == 1 and blinken[0].role_on(date(2025, 7, 1)).title == "Author"  # type: ignore[union-attr]
    assert blinken[0].role_on(date(2016, 1, 1)) is None  # the bundled roles are gone
    assert lex.issue_tags("a Chinese fishing fleet") == ("fisheries",)
    assert str(user / "people.toml") in lex.sources


def test_environment_variable_dirs_are_read(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    _write(first, "places.toml", '[[place]]\nname = "Testville"\ncountry = "US"\nkind = "city"\n')
    _write(second, "places.toml", '[[place]]\nname = "Testville"\ncountry = "CA"\nkind = "city"\n')
    monkeypatch.setenv(ENV_VAR, f"{first}{__import__('os').pathsep}{second}")
    lex = load_lexicon()
    assert lex.place_by_name("testville").country == "CA"  # type: ignore[union-attr]  # later wins


def test_missing_user_dir_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="does not exist"):
        load_lexicon([tmp_path / "nope"])


# -- validation errors -----------------------------------------------------------------------

_PERSON_OK = '[[person]]\nname = "Pat Example"\ncountry = "US"\n'
_ROLE = '  [[person.role]]\n  title = "X"\n'
_CASES = [
    ("people.toml", _PERSON_OK + 'nickname = "P"\n', r"'Pat Example': unknown key\(s\) nickname"),
    ("people.toml", '[[person]]\ncountry = "US"\n', r"'#1': missing required key 'name'"),
    ("people.toml", _PERSON_OK.replace('"US"', '"USA"'), r"'USA' is not an ISO 3166 alpha-2"),
    ("people.toml", _PERSON_OK.replace('"US"', '"ZZ"'), r"'ZZ' is not defined in countries.toml"),
    (
        "people.toml",
        _PERSON_OK + _ROLE + "  start = 2020-01-02\n  end = 2019-01-01\n",
        r"role 'X' ends \(2019-01-01\) before it starts",
    ),
    ("people.toml", _PERSON_OK + _ROLE + '  start = "Jan 2020"\n', r"'start' must be a date"),
    ("people.toml", _PERSON_OK + _PERSON_OK, r"person 'Pat Example': duplicate name"),
    ("people.toml", '[[people]]\nname = "Pat"\n', r"unknown top-level key\(s\) people"),
    ("people.toml", 'person = ["Pat"]\n', r"must be written as \[\[person\]\] tables"),
    ("places.toml", '[[place]]\nname = "Place"\nkind = "planet"\n', r"kind 'planet' is not one"),
    ("countries.toml", '[[country]]\ncode = "usa"\nname = "X"\n', r"code 'usa' is not an ISO"),
    ("issues.toml", '[[issue]]\ntag = "Bad Tag"\nkeywords = ["x"]\n', r"'Bad Tag' must be lower"),
    ("issues.toml", '[[issue]]\ntag = "empty"\nkeywords = []\n', r"must list at least one"),
    ("titles.toml", '[[title]]\nnames = "Boss"\nrole = "Boss"\n', r"'names' must be a list"),
    ("institutions.toml", '[[institution]]\nname = ""\n', r"'name' must be a non-empty string"),
]


@pytest.mark.parametrize(("file", "text", "expected"), _CASES)
def test_validation_errors_name_the_file_and_entry(
    tmp_path: Path, file: str, text: str, expected: str
) -> None:
    path = _write(tmp_path / "lex", file, text)
    with pytest.raises(LexiconError) as info:
        load_lexicon([path.parent])
    message = str(info.value)
    assert message.startswith(str(path)), message
    assert re.search(expected, message), message


def test_entry_errors_point_at_the_line(tmp_path: Path) -> None:
    text = '# comment\n\n[[person]]\nname = "Ok Person"\n\n[[person]]\nname = "Bad Person"\nx = 1\n'
    path = _write(tmp_path / "lex", "people.toml", text)
    with pytest.raises(LexiconError, match=rf"^{re.escape(str(path))}:7: person 'Bad Person'"):
        load_lexicon([path.parent])


def test_toml_syntax_errors_give_line_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path / "lex", "places.toml", '[[place]]\nname = "A"\nkind = city\n')
    with pytest.raises(LexiconError) as info:
        load_lexicon([path.parent])
    assert re.match(rf"{re.escape(str(path))}:3:\d+: invalid TOML", str(info.value))


# -- parse cache -----------------------------------------------------------------------------


def test_cached_parse_gives_the_same_lexicon(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    cache = tmp_path / "cache2"
    monkeypatch.setenv(CACHE_ENV_VAR, str(cache))
    first = load_lexicon()
    assert len(list(cache.glob("lexicon-*.json"))) == 6
    second = load_lexicon()  # served from the cache
    assert first == second
    for stale in cache.glob("lexicon-*.json"):
        stale.write_text("{not json", encoding="utf-8")
    assert load_lexicon() == first  # a corrupt cache is ignored


def test_cache_keeps_quoted_dates_as_strings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(CACHE_ENV_VAR, str(tmp_path / "cache3"))
    text = '[[issue]]\ntag = 2020-01-01\nkeywords = ["x"]\n'
    path = _write(tmp_path / "lex", "issues.toml", text)
    for _ in range(2):  # parse, then cached: same error both times
        with pytest.raises(LexiconError, match=r"'tag' must be a non-empty string, got datetime"):
            load_lexicon([path.parent])


def test_cache_keeps_only_recent_parses(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cache = tmp_path / "cache4"
    cache.mkdir()
    for n in range(40):
        (cache / f"lexicon-stale{n:02d}.json").write_text("{}", encoding="utf-8")
    (cache / "timeline-other.json").write_text("{}", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV_VAR, str(cache))
    load_lexicon()
    assert len(list(cache.glob("lexicon-*.json"))) <= KEEP
    assert (cache / "timeline-other.json").exists()  # other caches in the folder are left alone


def test_holders_listed_is_read_and_checked(tmp_path: Path) -> None:
    premier = next(t for t in load_lexicon().titles if t.role == "Premier" and t.country == "CN")
    assert premier.holders_listed
    user = tmp_path / "lex"
    path = _write(user, "titles.toml",
                  '[[title]]\nnames = ["Chief Scout"]\nrole = "Chief Scout"\ncountry = "GB"\n'
                  'holders_listed = "yes"\n')
    with pytest.raises(LexiconError, match="holders_listed"):
        load_lexicon([user])
    path.write_text('[[title]]\nnames = ["Chief Scout"]\nrole = "Chief Scout"\n'
                    'country = "GB"\nholders_listed = true\n', encoding="utf-8")
    scout = next(t for t in load_lexicon([user]).titles if t.role == "Chief Scout")
    assert scout.holders_listed
