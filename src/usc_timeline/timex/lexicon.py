"""The word lists behind the rules, loaded once from the TOML files in `data/`.

Keeping names, numbers and cue words in data (as HeidelTime does) lets a reader extend the
engine without touching code; this module only turns them into lookup tables and into the
regular-expression fragments ("macros") that `patterns.py` splices into the rules.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


def load_toml(name: str) -> dict[str, Any]:
    """Read one data file of this package."""
    raw = resources.files("usc_timeline.timex").joinpath("data").joinpath(name).read_bytes()
    return tomllib.loads(raw.decode("utf-8"))


def _alt(words: list[str] | set[str]) -> str:
    """A regex alternation of literal words, longest first so prefixes never win early."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every table the normalisers consult."""

    months: dict[str, int]  # every month form (full and abbreviated) -> 1..12
    full_months: frozenset[str]
    weekdays: dict[str, int]  # every weekday form -> ISO weekday
    full_weekdays: frozenset[str]
    seasons: dict[str, str]
    season_months: dict[str, tuple[int, int]]
    spring_nouns: frozenset[str]  # "spring water": the noun "spring", not the season
    parts: dict[str, str]
    part_nouns: frozenset[str]
    cardinals: dict[str, float]
    vague: frozenset[str]
    ordinals: dict[str, int]
    decades: dict[str, int]
    units: dict[str, tuple[str, bool, int]]
    plurals: dict[str, str]
    sets: dict[str, str]
    set_adjectives: frozenset[str]
    rate_words: frozenset[str]
    press_verbs: frozenset[str]  # "the daily said": a newspaper, no time
    position_mods: dict[str, str]
    quantity_mods: dict[str, str]
    references: dict[str, str]
    reference_blockers: dict[str, frozenset[str]]
    count_nouns: frozenset[str]
    quarter_backdrop: frozenset[str]  # "after a flat second quarter": a comparison, not news
    future_cues: frozenset[str]
    future_pairs: frozenset[tuple[str, str]]
    future_nouns: frozenset[str]
    possible_modals: frozenset[str]  # "could meet in November": ahead (tense.toml [possible])
    possible_not_before: frozenset[str]
    due_to_verbs: frozenset[str]
    past_cues: frozenset[str]
    conv_types: dict[str, str]  # TBAQ conventions (data/conventions.toml): form -> type
    conv_values: dict[str, str]  # and form -> value spelling
    conv_tagging: dict[str, bool]  # and whether a form is tagged at all
    generic_today: frozenset[str]  # "today's youth": nouns after which "today's" is generic
    target_words: frozenset[str]
    event_nouns: frozenset[str]
    scheduled_nouns: frozenset[str]  # after which a day is when the event is due
    contract_nouns: frozenset[str]  # "for December delivery": a contract month, ahead
    neutral_cues: frozenset[str]
    plan_verbs: frozenset[str]  # "agreed to meet on April 18": a plan told from the past
    weak_future: frozenset[str]
    strong_future: frozenset[str]
    future_governors: frozenset[str]
    object_governors: frozenset[str]
    appointment_governors: frozenset[str]
    conditions: frozenset[str]
    conditions_not_after: frozenset[str]
    present_verbs: frozenset[str]
    present_reach: int
    noun_modifiers: frozenset[str]  # "a state visit": the next present verb is a noun
    plan_adjectives: frozenset[str]  # "a possible visit ... in April": the date is ahead
    prospective: frozenset[tuple[str, ...]]  # "paving the way for a visit in May": ahead
    schedule_verbs: frozenset[str]
    schedule_pairs: frozenset[tuple[str, str]]
    schedule_progressives: frozenset[str]  # "is flying to Tokyo on Friday": an arrangement
    present_be: frozenset[str]
    schedule_not_after: frozenset[str]
    schedule_reach: int
    trailing_attribution: frozenset[str]
    pluperfect: frozenset[str]
    past_denials: frozenset[str]
    past_denied_aux: frozenset[str]
    past_endings: tuple[str, ...]
    not_past: frozenset[str]
    verb_prefixes: frozenset[str]
    title_abbreviations: frozenset[str]
    fixed_holidays: dict[str, tuple[int, int]]
    nth_holidays: dict[str, tuple[int, int, int]]
    easter_holidays: dict[str, int]
    election_holidays: frozenset[str]
    macros: dict[str, str]


_SMALL = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _macros(lex: dict[str, Any]) -> dict[str, str]:
    """Regex fragments named in rules.toml as {MACRO}; each holds one named group."""
    small = "|".join(_SMALL)
    tens = "|".join(_TENS)
    compound = rf"(?:{tens})(?:[\s-](?:{small}))?"
    numbers = [k for k in lex["cardinals"]] + list(lex["vague"])
    num_words = _alt([w for w in numbers if w not in _TENS])
    digits = r"(?<!\d,)(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+1/2|\s*½)?"
    year_tail = rf"(?:{tens})(?:[\s-](?:{small}))?|{'|'.join(_TEENS)}|hundred|oh[\s-](?:{small})"
    thousand_tail = rf"{compound}|{'|'.join(_TEENS)}|{small}"
    units = list(lex["units"]) + list(lex["plurals"])
    return {
        "MONTH": (rf"(?P<month>(?:{_alt(lex['full_months'])})(?![a-z])"
                  rf"|(?:{_alt(lex['abbr_months'])})(?:\.|(?![a-z])))"),
        "MONTHFULL": rf"(?P<month>{_alt(lex['full_months'])})(?![a-z])",
        "DAY": r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\da-z])",
        "YEAR": r"(?P<year>(?:1\d|20|21)\d\d)(?!\d)",
        "WEEKDAY": (rf"(?P<weekday>(?:{_alt(lex['full_weekdays'])})(?P<wpl>s)?(?![a-z])"
                    rf"|(?:{_alt(lex['abbr_weekdays'])})\.)"),
        "NUM": rf"(?P<num>{digits}|(?:{compound}|{num_words})(?![a-z]))",
        "UNIT": rf"(?P<unit>{_alt(units)})(?![a-z])",
        "SEASON": rf"(?P<season>{_alt(lex['seasons'])})(?![a-z])",
        "PART": r"(?P<part>morning|afternoon|evening|night|nights)(?![a-z])",
        "ORD": rf"(?P<ord>{_alt(lex['ordinals'])})(?![a-z])",
        "DECADEWORD": rf"(?P<decw>{_alt(lex['decades'])})(?![a-z])",
        "HOLIDAY": rf"(?P<holiday>{_alt(lex['holidays'])})(?![a-z])",
        "SETWORD": rf"(?P<setw>{_alt(lex['sets'])})(?![a-z])",
        "REF": rf"(?P<ref>{_alt(lex['references'])})(?![a-z])",
        "QMOD": rf"(?P<qmod>{_alt([k for k in lex['quantity'] if k != 'or so'])})",
        "POS": (r"(?:(?:the\s+)?(?P<posw>beginning|start|middle|end|close|turn"
                r"|(?:early|earlier|later|latter|middle|first|last|final)\s+part)\s+of\s+"
                r"|(?P<pos>early|mid|late|earlier|later)(?:[\s-]+|(?=\d))(?:in\s+)?)"),
        "YEARWORDS": (rf"(?P<yearw>(?:nineteen|eighteen|twenty)[\s-]+(?:{year_tail})"
                      rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{thousand_tail}))?)(?![a-z-])"),
    }


@cache
def calendar_names() -> frozenset[str]:
    """The full month and weekday names, capitalised as written (`May`, `Monday`): words
    that other readers must not take for names (`Last August Congress …`)."""
    cal = load_toml("calendar_words.toml")
    return frozenset(name.capitalize() for table in ("months", "weekdays") for name in cal[table])


@cache
def lexicon() -> Lexicon:
    """Load every data file once."""
    cal = load_toml("calendar_words.toml")
    num = load_toml("numbers.toml")
    uni = load_toml("units.toml")
    mod = load_toml("modifiers.toml")
    ten = load_toml("tense.toml")
    hol = load_toml("holidays.toml")
    conv = load_toml("conventions.toml")
    months: dict[str, int] = {}
    for name, (n, *abbrs) in cal["months"].items():
        months[name] = n
        for a in abbrs:
            months[a] = n
    weekdays: dict[str, int] = {}
    abbr_weekdays: list[str] = []
    for name, (n, *abbrs) in cal["weekdays"].items():
        weekdays[name] = n
        for a in abbrs:
            weekdays[a] = n
            abbr_weekdays.append(a)
    units = {k: (str(v[0]), bool(v[1]), int(v[2])) for k, v in uni["units"].items()}
    holidays = (list(hol["fixed"]) + list(hol["nth_weekday"]) + list(hol["easter"])
                + list(hol["election_day"]))
    raw = {
        "months": list(months), "abbr_months": [m for m in months if m not in cal["months"]],
        "full_months": list(cal["months"]),
        "full_weekdays": list(cal["weekdays"]), "abbr_weekdays": abbr_weekdays,
        "cardinals": num["cardinals"], "vague": num["vague"]["words"],
        "units": units, "plurals": uni["plurals"], "seasons": list(cal["seasons"]),
        "ordinals": list(num["ordinals"]), "decades": list(num["decades"]),
        "holidays": holidays, "sets": list(uni["sets"]),
        "references": list(mod["references"]), "quantity": list(mod["quantity"]),
    }
    return Lexicon(
        months=months,
        full_months=frozenset(cal["months"]),
        weekdays=weekdays,
        full_weekdays=frozenset(cal["weekdays"]),
        seasons=dict(cal["seasons"]),
        season_months={k: (int(v[0]), int(v[1])) for k, v in cal["season_months"].items()},
        spring_nouns=frozenset(cal["spring_nouns"]["words"]),
        parts=dict(cal["parts_of_day"]),
        part_nouns=frozenset(cal["part_of_day_nouns"]["words"]),
        cardinals={k: float(v) for k, v in num["cardinals"].items()},
        vague=frozenset(num["vague"]["words"]),
        ordinals={k: int(v) for k, v in num["ordinals"].items()},
        decades={k: int(v) for k, v in num["decades"].items()},
        units=units,
        plurals=dict(uni["plurals"]),
        sets=dict(uni["sets"]),
        set_adjectives=frozenset(uni["set_limits"]["adjectives"]),
        rate_words=frozenset(uni["set_limits"]["rate_words"]),
        press_verbs=frozenset(uni["set_limits"]["press_verbs"]),
        position_mods=dict(mod["position"]),
        quantity_mods=dict(mod["quantity"]),
        references=dict(mod["references"]),
        reference_blockers={k: frozenset(v) for k, v in mod["reference_blockers"].items()},
        count_nouns=frozenset(mod["count_nouns"]["words"]),
        quarter_backdrop=frozenset(mod["quarter_backdrop"]["words"]),
        future_cues=frozenset(ten["future"]["words"]),
        future_nouns=frozenset(ten["future"]["nouns"]),
        possible_modals=frozenset(ten["possible"]["words"]),
        possible_not_before=frozenset(ten["possible"]["not_before"]),
        due_to_verbs=frozenset(ten["due_to"]["verbs"]),
        future_pairs=frozenset((str(a), str(b)) for a, b in ten["future_pairs"]["pairs"]),
        past_cues=frozenset(ten["past"]["words"]),
        conv_types=dict(conv["types"]),
        conv_values=dict(conv["values"]),
        conv_tagging={str(k): bool(v) for k, v in conv["tagging"].items()},
        generic_today=frozenset(mod["generic_today"]["words"]),
        target_words=frozenset(ten["target_words"]["words"]),
        event_nouns=frozenset(ten["event_nouns"]["words"]),
        scheduled_nouns=frozenset(ten["scheduled_nouns"]["words"]),
        contract_nouns=frozenset(ten["contract_months"]["words"]),
        neutral_cues=frozenset(ten["neutral"]["words"]),
        plan_verbs=frozenset(ten["plan_verbs"]["words"]),
        weak_future=frozenset(ten["weak_future"]["words"]),
        strong_future=frozenset(ten["strong_future"]["words"]),
        future_governors=frozenset(ten["future_governors"]["words"]),
        object_governors=frozenset(ten["object_governors"]["words"]),
        appointment_governors=frozenset(ten["appointment_governors"]["words"]),
        conditions=frozenset(ten["conditions"]["words"]),
        conditions_not_after=frozenset(ten["conditions"]["not_after"]),
        present_verbs=frozenset(ten["present_verbs"]["words"]),
        present_reach=int(ten["present_verbs"]["reach"]),
        noun_modifiers=frozenset(ten["noun_modifiers"]["words"]),
        plan_adjectives=frozenset(ten["plan_adjectives"]["words"]),
        prospective=frozenset(tuple(p.split()) for p in ten["prospective_governors"]["phrases"]),
        schedule_verbs=frozenset(ten["schedule_verbs"]["words"]),
        schedule_pairs=frozenset((str(a), str(b)) for a, b in ten["schedule_verbs"]["pairs"]),
        schedule_progressives=frozenset(ten["schedule_verbs"]["progressives"]),
        present_be=frozenset(ten["schedule_verbs"]["present_be"]),
        schedule_not_after=frozenset(ten["schedule_verbs"]["not_after"]),
        schedule_reach=int(ten["schedule_verbs"]["reach"]),
        trailing_attribution=frozenset(ten["trailing_attribution"]["words"]),
        pluperfect=frozenset(ten["pluperfect"]["words"]),
        past_denials=frozenset(ten["past_denial"]["words"]),
        past_denied_aux=frozenset(ten["past_denial"]["auxiliaries"]),
        past_endings=tuple(ten["past_suffix"]["endings"]),
        not_past=frozenset(ten["past_suffix"]["not_past"]),
        verb_prefixes=frozenset(ten["past_suffix"]["verb_prefixes"]),
        title_abbreviations=frozenset(ten["title_abbreviations"]["words"]),
        fixed_holidays={k: (int(v[0]), int(v[1])) for k, v in hol["fixed"].items()},
        nth_holidays={k: (int(v[0]), int(v[1]), int(v[2])) for k, v in hol["nth_weekday"].items()},
        easter_holidays={k: int(v) for k, v in hol["easter"].items()},
        election_holidays=frozenset(hol["election_day"]),
        macros=_macros(raw),
    )
