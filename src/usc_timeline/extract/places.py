"""Countries, capitals, institutions and places named in a document, and whether a
place is where something happened, a destination, or only a topic."""

from __future__ import annotations

import re

from usc_timeline.lexicon import Country, Institution, Place
from usc_timeline.model import Actor
from usc_timeline.timex.lexicon import calendar_names

from .bodies import written_body
from .ethnic import names_people
from .found import Found, country_actor
from .people import DEMONYM, NOT_NAMES, qualifier_country
from .phrases import Hit, Tokens
from .place_context import is_topic, names_thing


def _words(text: str) -> frozenset[str]:
    """A word set written as one string, for readable word lists."""
    return frozenset(text.split())


_CAPITAL_PREPOSITIONS = _words("In At On From To Near Outside Inside Across Over")
# `The Pentagon said …`: a capitalised determiner (at a sentence's start) is no part of
# a name, so the one-word institution after it stands (unlike `Lancaster House`).
_CAPITAL_DETERMINERS = _words("The A An This That These Those Its Their His Her Our")
# `Last August Congress barred …`: a month or weekday before a name is not part of it.
_CALENDAR = calendar_names()
# `the island of Bali`, `the city of Guangzhou`
PLACE_NOUNS = _words("""island islands city town province region state capital port
    county district village""")
# `75 miles south of Hainan Island`: a bearing from a place puts the event near it
_BEARINGS = _words("""north south east west northeast northwest southeast southwest
    northeastern northwestern southeastern southwestern northern southern eastern western""")
_DESTINATIONS = frozenset({"to", "into", "towards", "toward"})
# `left for Beijing`, `set off for Tokyo`: after these verbs `for` leads to a destination
# too, not to whom something is for (`a win for Beijing`)
_DEPARTING = frozenset({"left", "leave", "leaves", "leaving", "departed", "depart", "departs",
                        "departing", "headed", "head", "heads", "heading", "bound", "off"})
# A country's money (`275 million US dollars`, `the Australian dollar fell`) is no act of
# that country: the name before these words names a currency, not an actor.
_CURRENCY = frozenset({"dollar", "dollars", "cents"})
# `8.4 billion US`: an amount, the currency's name cut short
_AMOUNTS = frozenset({"million", "billion", "trillion", "bn", "mn"})
# `US-led`, `US-brokered`: a country that leads or brokers takes part; one a thing is based
# in, backed, made, owned or funded by does not (`Doha-based al-Jazeera`, `US-backed`)
_AGENTIVE = _words("led brokered sponsored hosted organised organized mediated initiated")
# `the Gaza-Egypt border`, `the German-US auto giant`: two names joined before these name a
# place or a firm, not two sides
_JOINT_THINGS = _words("""border borders frontier boundary crossing giant company firm group
    carmaker automaker conglomerate maker multinational concern""")
_PRO_ANTI = re.compile(r"(?:pro|anti)-$", re.IGNORECASE)
# `anti-Tehran sanctions`, `anti-Israeli bombings`: acts aimed at a country keep it a party
_AIMED = _words("""sanction sanctions measure measures attack attacks bombing bombings strike
    strikes raid raids violence embargo""")
# `tariffs on Chinese-made phones`, `sanctions on U.S.-based groups`: what a measure is laid
# on names its target, a party
_MEASURES = _words("""sanction sanctions tariff tariffs duty duties ban bans embargo curbs
    restrictions controls levies""")


def _measure_on(h: Hit, tokens: Tokens) -> bool:
    """Whether a measure `on`/`against` stands up to four words before the hit."""
    for k in range(h.first - 1, max(0, h.first - 5), -1):
        if tokens.folded[k] in ("on", "against"):
            return tokens.folded[k - 1] in _MEASURES
    return False


def in_modifier(h: Hit, tokens: Tokens, text: str) -> bool:
    """Whether a name is only part of a modifier: `Doha-based`, `US-backed`, `pro-Syrian`,
    `the anti-Syrian majority`, or one of two names joined before a border or a firm (`the
    Gaza-Egypt border`, `the German-US auto giant`)."""
    # (its hyphen ends the window, or comes before a line break that does: most names
    # have neither, told without the search)
    if "-" in text[max(0, h.start - 2):h.start] and \
            _PRO_ANTI.search(text, max(0, h.start - 5), h.start):
        return not (h.last < len(tokens) and tokens.folded[h.last] in _AIMED)
    after = h.last < len(tokens) and text[h.end:tokens.starts[h.last]] == "-"
    if after and tokens.texts[h.last].islower() and tokens.texts[h.last] not in _AGENTIVE:
        return not _measure_on(h, tokens)
    end = h.last
    if after and end + 1 < len(tokens) and tokens.texts[end][:1].isupper():
        end += 1  # `German-US auto giant`: the second name
    elif not (h.first > 0 and text[tokens.ends[h.first - 1]:h.start] == "-"):
        return False
    # `(auto) giant`: one word may come between
    return any(tokens.folded[k] in _JOINT_THINGS for k in range(end, min(end + 2, len(tokens)))
               if text[tokens.ends[k - 1]:tokens.starts[k]] == " ")


LOCATIVES = _words("""in to at into near over across towards toward outside inside visit
    visited visiting via around off through along above past within reached reach reaches
    reaching""")
# `returned from Beijing`, `flew back from Tokyo`, `home from Hanoi`: after these `from`
# leads to where someone was (a visit's place), not to who sent something (`a letter
# from Beijing`); so does `of` after `flew out` (`flew out of Beijing`)
_COMING_BACK = frozenset({"returned", "returns", "return", "returning", "back", "home"})
_FLEW_OUT = frozenset({"flew", "flies", "flying", "flown", "fly"})


_VENUE_PREPOSITIONS = frozenset({"in", "at"})
_DEMONYM_NEXT = re.compile(r"^[A-Z]")  # `in China Daily`, `in China Southern`: a name


_POSSESSIVE = re.compile(r"['’]s?\s+$")


def _owner_before(h: Hit, tokens: Tokens, text: str,
                  name_end_at: dict[int, Hit]) -> tuple[int, str | None] | None:
    """Where a nationality, country or place written right before a hit starts, and its
    country (`French`, `Bangladesh's`, `Ho Chi Minh City`; None for an unknown demonym:
    `Liberian`)."""
    k = h.first
    country = qualifier_country(name_end_at, tokens, text, k)
    before = name_end_at.get(k) or name_end_at.get(k - 1)
    if country is not None and before is not None:
        return before.start, country.code
    if k == 0 or text[tokens.ends[k - 1]:tokens.starts[k]] not in (" ", "' ", "’ "):
        return None
    hit = name_end_at.get(k)
    if hit is not None:
        places: tuple[Place, ...] = hit.by_kind().get("place", ())
        return (hit.start, places[0].country) if places and places[0].country else None
    if DEMONYM.fullmatch(tokens.texts[k - 1]):
        return tokens.starts[k - 1], None
    return None


def owner_after(h: Hit, tokens: Tokens, text: str,
                 name_at: dict[int, Hit]) -> tuple[int, str | None] | None:
    """Where an `in/of (the) <country>` right after a hit ends, and that country (None
    for one capitalised word the lexicon lacks after `in`: `the Supreme Court in
    Liberia`; not after `of`: `the US House of Representatives`). A body after `of` says
    whose it is (`the Central Committee of the Communist Party of Vietnam`)."""
    k = h.last
    if k + 1 >= len(tokens) or tokens.folded[k] not in ("in", "of") or \
            text[tokens.ends[k - 1]:tokens.starts[k]] != " ":
        return None
    k += 1
    if tokens.folded[k] == "the" and k + 1 < len(tokens):
        k += 1
    if text[tokens.ends[k - 1]:tokens.starts[k]] != " ":
        return None
    hit = name_at.get(k)
    if hit is not None:
        groups = hit.by_kind()
        countries: tuple[Country, ...] = groups.get("country", ())
        if countries:
            return hit.end, countries[0].code
        bodies: tuple[Institution, ...] = groups.get("institution", ())
        if bodies and tokens.folded[h.last] == "of":
            other = owner_after(hit, tokens, text, name_at)
            return other if other is not None else (hit.end, bodies[0].country)
        return None
    word = tokens.texts[k]
    if tokens.folded[h.last] != "in" or not word[:1].isupper() or not word.isalpha() or \
            word in NOT_NAMES or word in _CALENDAR or (
                k + 1 < len(tokens) and tokens.texts[k + 1][:1].isupper()
                and text[tokens.ends[k]:tokens.starts[k + 1]] == " "):
        return None
    return tokens.ends[k], None


def other_body(h: Hit, inst: Institution, tokens: Tokens, text: str,
               name_at: dict[int, Hit], name_end_at: dict[int, Hit]) -> Found | None:
    """`the French Communist Party`, `Bangladesh's supreme court`, `the Supreme Court in
    Liberia`, `the Communist Party of Vietnam`: a body's generic name written as another
    country's names that country's own body (named as written), not the lexicon's."""
    if inst.country is None:
        return None
    before = _owner_before(h, tokens, text, name_end_at)
    if before is not None and before[1] != inst.country:
        start, code = before
        return Found(start, h.end, "organization",
                     Actor(text[start:h.end], code, None, "organization"))
    after = owner_after(h, tokens, text, name_at)
    if after is not None and after[1] != inst.country:
        end, code = after
        return Found(h.start, end, "organization",
                     Actor(text[h.start:end], code, None, "organization"))
    written = written_body(h, inst, tokens, text, name_at, name_end_at)
    if written is not None:  # `the Beijing Municipal People's Congress`
        start, end, code = written
        return Found(start, end, "organization",
                     Actor(text[start:end], code, None, "organization"))
    return None


# Words of a news outlet's name (`Xinhua News Agency`, `People's Daily`, `Global Times`,
# `China Central Television`)
_OUTLET_WORDS = _words("news daily times television tv radio post journal")
# `told Xinhua`, `quoted by`, `according to`, `in an interview with`: whom one reports to
_TO_OUTLET = _words("told by to with")
# `Xinhua reported`, `a Xinhua reporter`, `the Xinhua news agency said`
_OUTLET_ROLE = _words("""reported reports reporter reporters correspondent correspondents
    news quoted""")
_DATELINE = re.compile(r"\)\s*-")


# Last words of a newspaper's or broadcaster's name: `the Australian Financial Review`,
# `the Washington Post`, `the Korea Herald` name no country that acts
_MEDIA_NAMES = _words("""Review Post Times Daily Herald Journal News Telegraph Tribune
    Gazette Press Radio Television TV Broadcasting Chronicle Observer Monitor""")


def names_outlet(h: Hit, tokens: Tokens, text: str) -> bool:
    """Whether the hit begins a run of capitalised words (one space apart) that ends in a
    newspaper's or broadcaster's word."""
    k = h.last
    while k < len(tokens) and k < h.last + 3 and tokens.texts[k][:1].isupper() and \
            text[tokens.ends[k - 1]:tokens.starts[k]] == " ":
        if tokens.texts[k] in _MEDIA_NAMES:
            # (not `the Chinese Trademark Review and Adjudication Board`)
            return k + 1 >= len(tokens) or tokens.folded[k + 1] not in ("and", "of", "for")
        k += 1
    return False


def _outlet(inst: Institution) -> bool:
    return any(w in _OUTLET_WORDS for n in (inst.name, *inst.aliases)
               for w in n.casefold().split())


def reports_only(h: Hit, inst: Institution, tokens: Tokens, text: str) -> bool:
    """Whether a news outlet only carries the report: a dateline `(Xinhua) --`, `told
    Xinhua`, `according to Xinhua`, `the Xinhua news agency reported`, `a Xinhua reporter`.
    An outlet that acts (`Xinhua published an editorial`) is kept."""
    if not _outlet(inst):
        return False
    if text[max(0, h.start - 1):h.start] == "(" and _DATELINE.match(text, h.end):
        return True
    k = h.first - 1
    if k > 0 and tokens.folded[k] == "the":
        k -= 1
    if k >= 0 and tokens.folded[k] in _TO_OUTLET:
        return True
    return h.last < len(tokens) and tokens.folded[h.last] in _OUTLET_ROLE


_APPOSED = _words("capital city town port")


# `over much of the East China Sea`, `in large parts of Xinjiang`: a share of a place
_PARTS = frozenset({"much", "most", "part", "parts", "all", "half", "areas", "swaths",
                    "stretches", "portions"})
_PART_SIZES = frozenset({"large", "vast", "wide", "big", "small", "some", "many"})


def _partitive(h: Hit, tokens: Tokens) -> str | None:
    """The locative before `much of (the)`, `(large) parts of` right before the hit: the
    event is in that place, as after the locative alone."""
    folded = tokens.folded
    k = h.first - 1
    if k >= 0 and folded[k] == "the":
        k -= 1
    if k < 2 or folded[k] != "of" or folded[k - 1] not in _PARTS:
        return None
    j = k - 2
    if folded[j] in _PART_SIZES and j > 0:
        j -= 1
    return folded[j] if folded[j] in LOCATIVES else None


def _appositive(h: Hit, tokens: Tokens, text: str) -> str | None:
    """The locative before `the <demonym> capital/city/town/port` when the hit follows it
    (`in the Tunisian capital Tunis`, `to the southern port city Karachi`)."""
    k = h.first - 1
    if k < 1 or tokens.folded[k] not in _APPOSED or \
            text[tokens.ends[k]:tokens.starts[k + 1]] != " ":
        return None
    for j in range(k - 1, max(-1, k - 5), -1):
        word = tokens.folded[j]
        if word in LOCATIVES:
            return word
        if not (word == "the" or word in PLACE_NOUNS or word in _BEARINGS
                or tokens.texts[j][:1].isupper()):
            return None
    return None


# after `capital`: the capital's name (`the Tunisian capital Tunis`, `capital of Amman`;
# after a comma the name is read as the capital's metonym, so the place stays the capital)
_NAME_AFTER = re.compile(r"(?:\s+of)?\s+([A-Z]\w*)")


def _capital_named(text: str, at: int) -> bool:
    """Whether the capital's own name follows `capital` ending at `at` (not a day:
    `in the Chinese capital Thursday`)."""
    name = _NAME_AFTER.match(text, at)
    return name is not None and name.group(1) not in _CALENDAR


def _back_from(tokens: Tokens, k: int) -> bool:
    """Whether token k is a `from` (or the `of` of `flew out of`) that comes back or away
    from a place (`returned from`, `flew home from`, `flew out of`)."""
    folded = tokens.folded
    if k > 0 and folded[k] == "from":
        return folded[k - 1] in _COMING_BACK
    return k > 1 and folded[k] == "of" and folded[k - 1] == "out" and \
        folded[k - 2] in _FLEW_OUT


def non_person(h: Hit, tokens: Tokens, text: str, name_at: dict[int, Hit] | None = None,
               name_end_at: dict[int, Hit] | None = None) -> list[Found]:
    """Countries, capitals, institutions and places of one hit (with the document's hits
    by first and by end token, a generic body's name is read with its neighbours)."""
    prev = tokens.folded[h.first - 1] if h.first > 0 else ""
    if prev == "the" and h.first > 1 and _back_from(tokens, h.first - 2):
        prev = "to"  # `returned from the Philippines`
    elif prev == "the" and h.first > 1:
        prev2 = tokens.folded[h.first - 2]
        prev = prev2 if prev2 in LOCATIVES else prev
    elif prev == "for" and h.first > 1 and tokens.folded[h.first - 2] in _DEPARTING:
        prev = "to"  # `left for Beijing`: a destination, as `to Beijing`
    elif _back_from(tokens, h.first - 1):
        prev = "to"  # `returned from Beijing`: the place of a visit, as `to Beijing`
    locative = prev in LOCATIVES or (
        prev == "of" and h.first > 1 and tokens.folded[h.first - 2] in (PLACE_NOUNS
                                                                       | _BEARINGS))
    if not locative:
        # `in the Tunisian capital Tunis`; `over much of the East China Sea`
        before = _appositive(h, tokens, text) or _partitive(h, tokens)
        locative = before is not None
        prev = before or prev
    # `to Beijing` is a destination (of a visit), not where something happened:
    # `tensions related to Taiwan`.
    destination = prev in _DESTINATIONS
    nxt = tokens.texts[h.last] if h.last < len(tokens) else ""
    out: list[Found] = []
    if nxt.casefold() in _CURRENCY or (h.first > 0 and tokens.folded[h.first - 1] in _AMOUNTS
                                       and text[tokens.ends[h.first - 1]:h.start] == " "):
        return out
    if in_modifier(h, tokens, text) or names_outlet(h, tokens, text):
        return out
    groups = h.by_kind()
    places: tuple[Place, ...] = groups.get("place", ())
    countries: tuple[Country, ...] = groups.get("country", ())
    capitals: tuple[Country, ...] = groups.get("capital", ())
    adjectives: tuple[Country, ...] = groups.get("adjective", ())
    institutions: tuple[Institution, ...] = groups.get("institution", ())
    if h.last - h.first == 1 and h.first > 0 and tokens.texts[h.first - 1][:1].isupper() and \
            tokens.texts[h.first - 1] not in _CALENDAR and \
            tokens.texts[h.first - 1] not in _CAPITAL_PREPOSITIONS and \
            tokens.texts[h.first - 1] not in _CAPITAL_DETERMINERS and \
            (institutions or places) and not (countries or capitals or adjectives) and \
            text[tokens.ends[h.first - 1]:h.start] in (" ", "' ", "’ "):
        return out  # `Lancaster House` is not the House of Representatives (nor `Workers'
        # Party` the Communist Party)
    if institutions and institutions[0].country and h.last - h.first == 1 and \
            tokens.texts[h.first][:1].islower() and \
            _POSSESSIVE.search(text, max(0, h.start - 4), h.start):
        return out  # `Xi's administration`: a common noun of the possessor's, not the US's
    if institutions:
        inst = institutions[0]
        other = None if name_at is None or name_end_at is None else \
            other_body(h, inst, tokens, text, name_at, name_end_at)
        if other is not None:
            return [other]
        if reports_only(h, inst, tokens, text):
            return out
        out.append(Found(h.start, h.end, "organization",
                         Actor(inst.name, inst.country, None, "organization")))
        return out
    if (places or capitals) and not countries and names_thing(h, tokens, text):
        return out  # `Manchester United`, `the Basel Convention`: a name, no place
    if places and text[h.start:h.end] == f"{places[0].name}n":
        places = ()  # `the South American coastline`: a continent's adjective, no venue
    if places and is_topic(h, tokens):
        places = ()  # `talks on Darfur`: what is talked about, not where
    # A region, sea or island is where an event happened only after a preposition
    # (`in California`, `over the South China Sea`); `the matter of Taiwan` is a topic.
    settled = places and (locative or places[0].kind in ("city", "venue"))
    if settled and not (capitals and not locative):
        out.append(Found(h.start, h.end, "place", place=places[0].name,
                         qualifier=destination))
        if capitals and locative:
            return out
    if countries:
        if prev in _VENUE_PREPOSITIONS and \
                not _DEMONYM_NEXT.match(nxt):
            # `met … in Cambodia`: where it happened, not who took part
            out.append(Found(h.start, h.end, "place", place=countries[0].name))
            return out
        out.append(Found(h.start, h.end, "country", country_actor(countries[0])))
        if locative:
            out.append(Found(h.start, h.end, "place", place=countries[0].name,
                             qualifier=True))
    elif capitals and not locative:
        out.append(Found(h.start, h.end, "country", country_actor(capitals[0])))
    elif adjectives:
        if name_end_at is not None and names_people(h, tokens, text, name_end_at):
            return out  # `ethnic Albanians`, `Chinese Americans`: people, not the country
        if locative and nxt.casefold() == "capital" and tokens.folded[h.first - 1] == "the":
            # `arrived in the Laotian capital`: the place is that country's capital (as
            # `in Vientiane`), not the country taking part; one named right after it is
            # the place itself (`the Congolese capital Brazzaville`, `capital of Amman`)
            if not _capital_named(text, tokens.ends[h.last]) and adjectives[0].capital:
                out.append(Found(h.start, h.end, "place", place=adjectives[0].capital,
                                 qualifier=destination))
            return out
        qualifies = bool(nxt[:1].isupper())
        out.append(Found(h.start, h.end, "country", country_actor(adjectives[0]),
                         qualifier=qualifies))
    return out
