"""Whether a gold and a predicted event involve the same actor or place.

The rule is deliberately loose (a shared name token, a country code or name, a
place named at the start of the other) because the date and the document
already pin the pair down; this check only keeps unrelated events of the same
day apart.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from usc_timeline.evaluate.gold import GoldEvent
from usc_timeline.evaluate.predicted import PredActor, PredItem

# Country codes a gold file may name as actors, with the names a predicted
# actor may carry for the same country when it gives no `country` code.
# Scoring helper only (not an extraction lexicon): kept short on purpose.
COUNTRY_NAMES: Mapping[str, tuple[str, ...]] = {
    "US": ("united states", "united states of america", "us", "u.s.", "usa", "america",
           "washington"),
    "CN": ("china", "people's republic of china", "prc", "beijing"),
    "TW": ("taiwan", "taipei", "republic of china"),
    "JP": ("japan", "tokyo"),
    "IN": ("india", "new delhi"),
    "AU": ("australia", "canberra"),
    "RU": ("russia", "moscow"),
    "KR": ("south korea", "seoul"),
    "KP": ("north korea", "pyongyang"),
    "GB": ("united kingdom", "britain", "uk", "london"),
    "CH": ("switzerland",),
    "PH": ("philippines", "manila"),
}

_CODE = re.compile(r"^[A-Z]{2}$")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _tokens(name: str) -> set[str]:
    """Lower-cased words of three letters or more: enough to tie 'Blinken' to 'Antony Blinken'."""
    return {t.lower() for t in _TOKEN.findall(name) if len(t) >= 3}


def _norm_place(place: str) -> str:
    """A place name without case, punctuation or a leading 'the'."""
    text = re.sub(r"[^\w\s]", " ", place.lower())
    text = re.sub(r"^\s*the\s+", "", text)
    return " ".join(text.split())


def actor_matches(gold_actor: str, pred: PredActor) -> bool:
    """Gold actor vs predicted actor: a country code, a country name or a name token."""
    pred_name = pred.name.strip().lower()
    if _CODE.match(gold_actor):
        if pred.country == gold_actor and pred.country is not None:
            return True
        return pred_name in COUNTRY_NAMES.get(gold_actor, ())
    for code, names in COUNTRY_NAMES.items():
        if gold_actor.strip().lower() in names:
            return pred.country == code or pred_name in names
    words = _TOKEN.findall(gold_actor)
    if len(words) == 1 and len(words[0]) < 3:
        # a family name alone that is short (`Xi`, `Hu`, `Li`): the word itself, whole
        return words[0].lower() in {t.lower() for t in _TOKEN.findall(pred.name)}
    return bool(_tokens(gold_actor) & _tokens(pred.name))


def place_matches(gold_place: str, pred_place: str) -> bool:
    """Same place after normalising case, punctuation and a leading 'the'."""
    g, p = _norm_place(gold_place), _norm_place(pred_place)
    if not g or not p:
        return False
    if g == p:
        return True
    # "Bali, Indonesia" names Bali; "Beijing" does not name "Beijing Daxing".
    return bool(re.search(rf"^{re.escape(g)}\b", p))


def _is_country(gold_actor: str) -> bool:
    """A gold actor that is a country (a code, or a name the scorer knows)."""
    name = gold_actor.strip().lower()
    return bool(_CODE.match(gold_actor)) or any(name in names for names in COUNTRY_NAMES.values())


def shares_named_actor(gold: GoldEvent, pred: PredItem) -> bool:
    """True when a gold actor that is not a country (a person, a body) matches a
    predicted actor: a firmer tie than a country both name, used only to rank pairs
    the rule allows."""
    return any(actor_matches(g, p) for g in gold.actors if not _is_country(g)
               for p in pred.actors)


def shares_participant(gold: GoldEvent, pred: PredItem) -> bool:
    """True when the pair has at least one actor or one place in common."""
    if any(actor_matches(g, p) for g in gold.actors for p in pred.actors):
        return True
    return any(place_matches(g, p) for g in gold.places for p in pred.places)
