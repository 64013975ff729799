"""Whose office a title names: a title that fixes a country (`premier`, `foreign policy
chief`, `Defense Secretary`) yields to a nationality, country or organisation written
before it, so another country's premier is never China's."""

from __future__ import annotations

from datetime import date

from usc_timeline.extract import extract_mentions
from usc_timeline.extract.entities import Found, entity_index, find_entities
from usc_timeline.extract.phrases import tokenize
from usc_timeline.lexicon import default_lexicon
from usc_timeline.model import Document, Published


def _entities(text: str) -> list[Found]:
    """Every entity of `text` read on one day."""
    index = entity_index(default_lexicon())
    return list(find_entities(text, tokenize(text), index, date(2006, 11, 20)).items)


def _actors(text: str, published: str = "2006-11-20") -> dict[str, tuple[str | None, str | None]]:
    """Name -> (country, role) of every actor of every mention of `text`."""
    doc = Document("case.txt", text, published=Published(published, "test"))
    return {a.name: (a.country, a.role) for m in extract_mentions(doc) for a in m.actors}


def test_a_nationality_before_a_title_names_that_countrys_office() -> None:
    got = _actors("The Polish premier Jan Kowalczyk visited Thailand on Monday.")
    assert got["Jan Kowalczyk"][0] == "PL"
    got = _actors("British Defense Secretary Tom Hartley visited Iraq on Monday.")
    assert got["Tom Hartley"][0] == "GB"


def test_a_modifier_between_nationality_and_title_keeps_the_nationality() -> None:
    got = _actors("Lebanese ex-premier Karim Haddad visited Paris on Monday.")
    assert got["Karim Haddad"][0] == "LB"
    got = _actors("Thailand's ousted premier Somchai Boonmee visited Tokyo on Monday.")
    assert got["Somchai Boonmee"][0] == "TH"


def test_an_unknown_nationality_or_a_province_makes_no_chinese_premier() -> None:
    got = _actors("Ruritanian premier Boris Valek met rebels on Friday.")
    assert got["Boris Valek"][0] is None
    got = _actors("The provincial premier, Ralph Kellerman, visited Beijing on Monday.")
    assert got["Ralph Kellerman"][0] is None


def test_an_organisation_before_a_title_owns_it() -> None:
    got = _actors("EU foreign policy chief Anton Berg met Iranian officials in Brussels "
                  "on Monday.")
    assert got["Anton Berg"] == (None, "foreign policy chief")


def test_a_foreign_premier_without_a_name_is_his_country_not_china() -> None:
    got = _actors("The Thai premier met Japanese officials in Tokyo on Monday.")
    assert "Thailand" in got
    assert "China" not in got


def test_a_title_of_its_own_country_or_none_keeps_the_default() -> None:
    got = _actors("Chinese Premier Wen Jiabao met Vice Premier Zhang Moufang on Monday.")
    assert got["Wen Jiabao"][0] == "CN"
    assert got["Zhang Moufang"] == ("CN", "Vice Premier")
    got = _actors("Texas Senator John Doe met Chinese officials on Monday.")
    assert got["John Doe"] == ("US", "Senator")


def test_a_country_ending_the_sentence_before_owns_no_title() -> None:
    got = _actors("Talks were held in Syria. Foreign Minister Tom Hale met Kenyan "
                  "officials on Monday.")
    assert got["Tom Hale"][0] != "SY"
    got = _actors("Cyprus' Foreign Minister Andreas Kyprianou met Finnish officials on "
                  "Monday.")
    assert got["Andreas Kyprianou"][0] == "CY"


def test_a_party_named_after_a_body_is_no_such_body() -> None:
    got = _actors("Congress party chief Anita Rao met Indian officials on Monday.")
    assert got["Anita Rao"][0] != "CN"
    assert got["Anita Rao"][0] != "US"


def test_the_premier_league_is_no_premier() -> None:
    got = _actors("The club signed a deal with the Premier League on Monday.")
    assert "China" not in got and "League" not in got


def test_a_generic_body_written_as_another_countrys_is_that_countrys() -> None:
    got = _actors("The Belgian Communist Party held talks with Vietnamese officials in "
                  "Brussels on Friday.")
    assert "Chinese Communist Party" not in got
    assert got["Belgian Communist Party"][0] == "BE"
    got = _actors("Kenya's supreme court on Tuesday rejected the appeal of the opposition.")
    assert "Supreme Court" not in got
    assert got["Kenya's supreme court"][0] == "KE"
    got = _actors("The Supreme Court in Freedonia has rejected the appeal, his lawyer said "
                  "on Saturday.")
    assert "Supreme Court" not in got


def test_a_body_of_another_country_after_a_title_owns_the_title() -> None:
    got = _actors("Hu Jintao held talks with Tran Van Minh, general secretary of the Central "
                  "Committee of the Communist Party of Vietnam, on Friday.")
    assert got["Tran Van Minh"][0] == "VN"
    assert "Chinese Communist Party" not in got


def test_a_body_of_its_own_country_or_its_city_stays_the_lexicons() -> None:
    got = _actors("The Supreme Court in Washington on Friday rejected the appeal, the White "
                  "House said.")
    assert got["Supreme Court"][0] == "US"
    got = _actors("The US House of Representatives on Friday voted to impose sanctions on "
                  "China.")
    assert got["House of Representatives"][0] == "US"
    got = _actors("The Communist Party on Friday expelled Bo Xilai, Xinhua said.")
    assert got["Chinese Communist Party"][0] == "CN"


def test_a_country_inside_a_modifier_takes_no_part() -> None:
    got = _actors("The US-backed government of Somalia on Monday signed a deal with "
                  "Ethiopia.")
    assert "United States" not in got and "Somalia" in got
    got = _actors("Doha-based al-Jazeera reported on Monday that Ethiopian troops had "
                  "attacked Somali militias in Baidoa.")
    assert "Qatar" not in got
    got = _actors("Hezbollah, the pro-Syrian group, met the Lebanese premier on Monday.")
    assert "Syria" not in got


def test_two_countries_joined_before_a_border_or_a_firm_are_no_sides() -> None:
    got = _actors("Israel and the Palestinians on Tuesday agreed to reopen the crossing on "
                  "the Gaza-Egypt border.")
    assert "Egypt" not in got and "Israel" in got
    got = _actors("DaimlerChrysler, the German-US auto giant, on Monday announced job cuts, "
                  "Chinese officials said.")
    assert "Germany" not in got and "United States" not in got


def test_an_amount_in_a_currency_cut_short_names_no_country() -> None:
    got = _actors("Qantas on Thursday agreed to an 11-billion-dollar (8.6 billion US) "
                  "takeover bid from a Chinese consortium.")
    assert "United States" not in got


def test_a_country_that_leads_or_is_aimed_at_stays_a_party() -> None:
    got = _actors("US-China talks were held in Beijing on Monday.")
    assert {"United States", "China"} <= set(got)
    got = _actors("The US-brokered agreement between Israel and Jordan was signed on "
                  "Monday.")
    assert "United States" in got
    got = _actors("Olmert on Wednesday won backing for anti-Tehran sanctions from "
                  "Chancellor Angela Merkel.")
    assert "Iran" in got
    got = _actors("China said on Monday it would impose sanctions on several U.S.-based "
                  "rights groups.")
    assert "United States" in got


def test_a_name_unknown_after_a_title_whose_holders_are_all_listed_is_anothers() -> None:
    # every premier of China is in people.toml: these are other countries' premiers
    got = _actors("Gingrich will meet President Lee Teng-hui and Premier Lien Chan on "
                  "Wednesday.", "1997-04-01")
    assert got["Lien Chan"][0] is None
    got = _actors("The coup ousted premier Somchai Boonmee, who met Japanese officials in "
                  "Tokyo on Monday.")
    assert got["Somchai Boonmee"][0] is None
    # near misses: a listed holder, or a country or Chinese place written before the title
    got = _actors("Premier Li Peng met Gingrich on Wednesday.", "1997-04-01")
    assert got["Li Peng"][0] == "CN"
    got = _actors("Chinese Premier Zhang Moufang met Gingrich on Wednesday.", "1997-04-01")
    assert got["Zhang Moufang"][0] == "CN"
    got = _actors("Shanghai party chief Chen Liangyu met Gingrich on Wednesday.", "1997-04-01")
    assert got["Chen Liangyu"][0] == "CN"


def test_a_news_outlet_that_only_carries_the_report_is_no_party() -> None:
    got = _actors("ZHANJIANG, Nov. 15 (Xinhua) -- The USS Juneau arrived in Zhanjiang on "
                  "Wednesday for a visit to China.", "2006-11-15")
    assert "Xinhua" not in got and "U.S. Navy" in got
    got = _actors("Mexico will hold trade talks with Brazil next week, the official told "
                  "Xinhua on Tuesday.", "2006-11-07")
    assert "Xinhua" not in got
    got = _actors("Chinese and Japanese envoys met in Tokyo on Monday, the Xinhua news agency "
                  "reported.", "2006-11-07")
    assert "Xinhua" not in got


def test_a_news_outlet_or_a_body_that_acts_is_kept() -> None:
    text = "Xinhua on Monday signed a cooperation agreement with Reuters in Beijing."
    assert "Xinhua" in _actors(text, "2006-11-07")
    text = "Officials told the Pentagon on Monday that Chinese jets had intercepted a plane."
    assert "Pentagon" in {f.actor.name for f in _entities(text) if f.actor is not None}


def test_a_country_or_capital_beginning_a_newspapers_name_takes_no_part() -> None:
    got = _actors("The Washington Post reported on Monday that Chinese officials met "
                  "Iranian envoys in Tehran.", "2006-12-11")
    assert "United States" not in got
    got = _actors("The Australian Financial Review reported on Monday that Qantas had "
                  "agreed to a Chinese bid.", "2006-12-11")
    assert "Australia" not in got
    # near miss: a body whose name has such a word inside it
    text = "The apple growers sued the Chinese Trademark Review and Adjudication Board."
    assert "China" in {f.actor.name for f in _entities(text) if f.actor is not None}
