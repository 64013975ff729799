"""Whether `welcomed` names a meeting (only with a guest, a person, as its object), and
the other tests a trigger group names (`check = ...` in triggers.toml) of the words
around a hit: whether `went back to` names a visit (only by a person, to a named
place), whether `open` names a diplomatic post opening (only with the post as subject),
whether `signed` names an agreement or, signing a named Act, a measure, and whether
`rejected`/`declared` take a formal position on claims (an announcement).

`Erdogan welcomed Putin to Ankara` is a meeting; `China welcomed the decision`,
`welcomed Xi's remarks` and `was welcomed by crowds` are not. `Kerry flew back to
Beijing` is a visit; `returned to power`, `Hong Kong returned to China` are not; nor is
`the news came in April`, while `Mr. Gates last came in November 2007` is. Checked
on the hit, before the sentence's triggers share it out, so a rejected hit changes
nothing else."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from usc_timeline.text import Sentence

from .again import again_after_call, spoke_on_a_date
from .arrivals import arrival_of_whom, arriving_fronted
from .bars import bars_from
from .calls_on import called_on_whom
from .confirmed import side_confirms
from .context import Context, usable_timexes
from .expulsions import sent_away_whom
from .found import Found
from .military import craft_moves, crosses_into
from .other_senses import called_off_what, not_in_a_name, visiting_who
from .owned import owned_and_dated, release_of_whom
from .phrases import Hit
from .protests import protest_by_whom
from .published import acts_or_published
from .relatives import received_what
from .relief import aimed_at, lifted, lifted_or_laid
from .triggers import KindSpec

WELCOME = frozenset({"welcome", "welcomed", "welcomes", "welcoming"})
_PASSIVE_AUX = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "got"})
# words that may stand between `welcomed` and its guest (`welcomed the visiting Chinese
# President Xi`), besides capitalised ones (titles, nationalities)
_BEFORE_GUEST = frozenset({"the", "visiting", "his", "her", "their", "its", "former"})
_GUEST_WORDS = 3  # at most this many words between `welcomed` and the guest
_POSSESSOR_NEXT = re.compile(r"['’]s?\b")


def welcomes_a_guest(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """A `welcome` hit that names a meeting: a person, not a possessor (`Xi's remarks`),
    within three words after it, and not in the passive (`was welcomed by`)."""
    folded = ctx.tokens.folded
    if hit.first > 0 and folded[hit.first - 1] in _PASSIVE_AUX:
        return False
    end = ctx.tokens.ends[hit.first]
    for f in ctx.entities.between(end, min(sent.end, end + 60)):
        if f.kind != "person":
            continue
        gap = ctx.text[end:f.start].split()
        return len(gap) <= _GUEST_WORDS and all(
            w in _BEFORE_GUEST or w[:1].isupper() for w in gap) and \
            _POSSESSOR_NEXT.match(ctx.text, f.end) is None and _to_a_place(ctx, f.end)
    return False


def _to_a_place(ctx: Context, at: int) -> bool:
    """After the guest, `to` must lead to a named place (`to Ankara`, `to the White
    House`, `to the Planalto Palace`), not `to the podium` or `to the club`; no `to` is
    fine."""
    to = _TO.match(ctx.text, at)
    return to is None or ctx.text[to.end():to.end() + 1].isupper()


_TO = re.compile(r"\s+to\s+(?:the\s+)?", re.IGNORECASE)


def goes_to_a_place(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """A verb of going (`went back to`, `flew south to`, `returned from`) that names a
    visit: a named place right after it (bare or after `the`, and not naming something
    else: `the Beijing Kexing company`), a person named before it in the sentence and no
    place as its subject (`when Hong Kong returns to China`), and not a person going home
    (`Hun Sen returned to Phnom Penh`)."""
    return _goer_and_place(ctx, sent, hit) is not None


def _goer_and_place(ctx: Context, sent: Sentence, hit: Hit) -> tuple[Found, Found] | None:
    """The person going and the place gone to, when goes_to_a_place holds."""
    end = hit.end
    place = next((f for f in ctx.entities.between(end, min(sent.end, end + 12))
                  if f.place is not None
                  and ctx.text[end:f.start].strip().lower() in ("", "the")), None)
    if place is None or _NAME_GOES_ON.match(ctx.text, place.end):
        return None
    before = ctx.entities.between(sent.start, hit.start)
    if before and before[-1].kind != "person" and not ctx.text[before[-1].end:hit.start].strip():
        return None
    person = _subject_person(ctx, sent, hit.start)
    if person is None:
        return None  # (`X said, as Macau returned to China`: not X's)
    home = person.actor.country if person.actor is not None else None
    if home is not None and home in countries_of(ctx, place.place or ""):
        return None
    return person, place


# `returned from Beijing on Sunday after a four-day visit`: what follows `after` tells
# what was done there, with its days
_AFTER = re.compile(r"\bafter\b", re.IGNORECASE)


def back_from_a_place(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """`Yellen returned from Beijing on Sunday`: coming back from a named place is the end
    of a visit there, on the terms of goes_to_a_place; not when `after` follows in the
    sentence (`returned from Beijing on Sunday after a four-day visit`, `after talks
    with He Lifeng`): the visit or talks told there are the event, and the return's
    date, with the days they took, is theirs."""
    return _AFTER.search(ctx.text, hit.end, sent.end) is None and \
        _goer_and_place(ctx, sent, hit) is not None


def reaches_a_place(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """`Zhu, who reached the West Coast on Tuesday`: reaching a named place is an arrival
    on the terms of goes_to_a_place, and neither the place nor the person is a possessor:
    not `reached Beijing's leaders by phone`, `Blinken's message reached Beijing`."""
    found = _goer_and_place(ctx, sent, hit)
    return found is not None and not any(_POSSESSOR_NEXT.match(ctx.text, f.end)
                                         for f in found)


# `travel with Mr. Xi to`, `accompanied him to`: a companion (a person named, or an
# object pronoun) and then `to` and a capital (the place)
_COMPANION_TO = re.compile(r"\s+(?:him\s+|her\s+|them\s+|(?:[\w.'’-]+\s+){1,4}?)"
                           r"to\s+(?:the\s+)?(?=[A-Z])")


def with_someone_to_a_place(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """`he will then travel with Mr. Xi to Chengdu on Saturday`, `Xi accompanied him to
    Sichuan Province`: going somewhere in company is a visit when the companion is a person
    (named, or `him`/`her`/`them`), a named place follows `to`, a person is the subject,
    and someone of the two is away from home (the visitor may be either)."""
    to = _COMPANION_TO.match(ctx.text, hit.end, min(sent.end, hit.end + 80))
    if to is None:
        return False
    named = [f for f in ctx.entities.between(hit.end, to.start(0) + len(to.group(0)))
             if f.kind == "person"]
    pronoun = re.search(r"\b(?:him|her|them)\s", to.group(0)) is not None
    if not named and not pronoun:
        return False  # `went with the proposal to Congress`
    place = next((f for f in ctx.entities.between(to.end(), min(sent.end, to.end() + 40))
                  if f.place is not None and f.start == to.end()), None)
    person = _subject_person(ctx, sent, hit.start)
    if place is None or person is None or _NAME_GOES_ON.match(ctx.text, place.end):
        return False
    homes = {f.actor.country if f.actor is not None else None for f in [person, *named]}
    # (a pronoun companion is someone not named here: the visitor, as often as not)
    return pronoun or None in homes or any(
        h not in countries_of(ctx, place.place or "") for h in homes)


def _pronoun_subject(ctx: Context, sent: Sentence, at: int) -> Found | None:
    """`He then goes to Los Angeles`: a sentence naming no one before the verb, whose
    subject is `he`/`she` right before it (auxiliaries and adverbs aside), goes with the
    last person named before the sentence (None if none is, within a paragraph's reach):
    whose home decides whether the going is a visit (`he returned to China`)."""
    if ctx.entities.between(sent.start, at) or not _SUBJECT.search(
            ctx.text, max(sent.start, at - 40), at):
        return None
    earlier = [f for f in ctx.entities.between(max(0, sent.start - _REFERENT_REACH),
                                                sent.start) if f.kind == "person"]
    return earlier[-1] if earlier else None


# a clause break between the person and the verb, unless a pronoun or `who` picks the
# person up again (`Wen ... before he heads to Prague`, `Bush, who was to return to`)
_BREAK = re.compile(r"[,;:]|\b(?:and|but|as|when|while|after|before|because|since|if|"
                    r"that|which)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:he|she|they|who)\s+(?:[a-z]+\s+){0,3}$", re.IGNORECASE)
# `, and he …` right before the verb (a few words between), and what may open a sentence
# before its subject (`Mr.`, a title: `Secretary of State Antony Blinken`)
_AND_HE = re.compile(r",\s+and\s+(?:he|she)\s+(?:[a-z]+\s+){0,3}$", re.IGNORECASE)
_OPENS_WITH = re.compile(r"\W*(?:(?:[A-Z][\w.'’-]*|of|the)\s+){0,5}")
# (not the kind of place the name is: `Sichuan Province`, `Guangdong province`, `Hebei
# Province`, `Jeju Island`)
_NAME_GOES_ON = re.compile(r"[ \t]+(?!(?:Province|Prefecture|Region|County|State|Island|"
                           r"Islands|City|Municipality|Peninsula)\b)[A-Z]")
# `he then goes to`, `she will also travel to`: the subject pronoun and what may stand
# between it and the verb
_SUBJECT = re.compile(r"\b(?:he|she)\s+(?:(?:will|would|shall|then|also|later|next|now|"
                      r"soon|again|first|finally|is|was|to|due|set|expected|scheduled|"
                      r"planned|plans|intends)\s+){0,3}$", re.IGNORECASE)
_REFERENT_REACH = 600  # characters before the sentence where the pronoun's person may stand


def countries_of(ctx: Context, name: str) -> set[str]:
    """The country codes a place name stands in (`Phnom Penh` -> KH, `China` -> CN)."""
    place = ctx.lexicon.place_by_name(name)
    country = ctx.lexicon.country_by_word(name)
    return {c for c in (place.country if place else None, country.code if country else None)
            if c}


# between an embassy and its opening: auxiliaries, plan words, adverbs
# (`Embassies are to open`, `the consulate will formally reopen`, `was reopened`)
_POST = frozenset({"embassy", "embassies", "consulate", "consulates", "legation",
                   "legations", "chancery"})
_POST_TO_VERB = frozenset({"will", "would", "shall", "is", "are", "was", "were", "to", "be",
                           "been", "scheduled", "expected", "due", "set", "slated", "planned",
                           "finally", "formally", "officially", "also", "soon", "could",
                           "may", "can", "should", "then", "now", "eventually", "general",
                           "s", "ll"})
_OPENING_GAP = 5  # at most this many words between the post and `open`
# `open` after these is an adjective (`the embassy is open`, `remained open`)
_STATE = frozenset({"is", "are", "was", "were", "be", "been", "being", "remain", "remains",
                    "remained", "stay", "stays", "stayed", "kept", "keep", "keeps"})
# after `open`, words that make it something else (`opened fire`, `open to visitors`)
_NOT_OPENING = frozenset({"to", "fire", "up", "investigation", "inquiry", "probe",
                          "account", "accounts", "talks", "negotiations", "door", "doors"})


def a_post_opens(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """`Embassies are to open on March 1`, `the consulate will reopen`: an embassy or
    consulate is the subject right before the verb; not `the embassy is open` (a state)
    nor `opened fire`, `open to the public`."""
    folded = ctx.tokens.folded
    if hit.last < len(folded) and folded[hit.last] in _NOT_OPENING:
        return False
    if hit.first > 0 and folded[hit.first - 1] in _STATE and \
            folded[hit.first].endswith("open"):
        return False
    for k in range(hit.first - 1, max(-1, hit.first - _OPENING_GAP - 2), -1):
        if ctx.tokens.starts[k] < sent.start:
            return False
        if folded[k] in _POST:
            return True
        if folded[k] not in _POST_TO_VERB:
            return False
    return False


# `signed the Hong Kong Autonomy Act`, `signed into law the CHIPS and Science Act`: a law
# named by its capitalised title; `signed legislation that ...`
_NAMED_LAW = re.compile(r"\s+(?:into\s+law\s+)?(?:legislation\b|the\s+(?:[A-Z][\w.'’-]*\s+|"
                        r"(?:and|of|for|on|in|to|the)\s+){1,8}(?:Act|Bill|Law)\b)")
# `a second bill that Trump signed`, `the act, which Biden signed`, `a law President
# Trump signed`, `the Taiwan Relations Act President Carter signed`. Before capitalised
# words the noun is lower-case, or a capitalised title's last word: `Bill Clinton
# signed`, `Law Minister X signed` name people (group `noun`: the law's word)
_LAW_BEFORE = re.compile(r"(?:\b(?P<noun>(?i:bills?|laws?|legislation|acts?|"
                         r"executive\s+orders?)),?\s+"
                         r"(?i:that|which)\s+(?:[\w.'’-]+\s+){0,3}"
                         r"|(?:\b(?P<lower>bills?|laws?|legislation|acts?|executive\s+orders?)"
                         r"|\b(?i:the)\s+"
                         r"(?:[A-Z][\w.'’-]*\s+){1,8}(?P<title>Act|Bill|Law))"
                         r"\s+(?:[A-Z][\w.'’-]*\s+){1,3})$")
_LAW = KindSpec("other")  # (as `signed a law`: a measure, absorbing nothing)


# `signed it`: what is signed is what the text last named that can be signed, a law
# (`The bill became law when Trump signed it`, `The measure ... The president signed it on
# Wednesday`) or a pact (`the accord ... both sides signed it`), within one paragraph
_IT_SIGNED = re.compile(r"\s+(?:it|them)\b", re.IGNORECASE)
_LAW_NOUN = re.compile(r"\b(?:(?i:bills?|laws?|legislation|measures?)|Acts?)\b")
_PACT_NOUN = re.compile(r"\b(?i:agreements?|deals?|accords?|treaty|treaties|pacts?|"
                        r"communiqu[eé]s?|memorand(?:um|a)|contracts?|declarations?|"
                        r"conventions?|protocols?|charters?|frameworks?)\b")
_ANTECEDENT_REACH = 400  # characters back where `it` finds what was signed


def _signed_pronoun(ctx: Context, hit: Hit) -> bool:
    """`signed it` where the last thing the paragraph named that can be signed is a law."""
    if not _IT_SIGNED.match(ctx.text, hit.end):
        return False
    lo = max(0, hit.start - _ANTECEDENT_REACH)
    brk = ctx.text.rfind("\n\n", lo, hit.start)
    lo = brk + 2 if brk >= 0 else lo
    law = [m.start() for m in _LAW_NOUN.finditer(ctx.text, lo, hit.start)]
    pact = [m.start() for m in _PACT_NOUN.finditer(ctx.text, lo, hit.start)]
    return bool(law) and (not pact or law[-1] > pact[-1])


def _signed_what(ctx: Context, sent: Sentence, hit: Hit) -> KindSpec | bool:
    """`signed the CHIPS and Science Act`, `signed legislation`, `a bill that Trump
    signed`, `the bill ... Trump signed it`: a law signed is a measure, not an
    agreement."""
    if _NAMED_LAW.match(ctx.text, hit.end, sent.end) or _signed_pronoun(ctx, hit):
        return _LAW
    lo = max(sent.start, hit.start - 60)
    m = _LAW_BEFORE.search(ctx.text, lo, hit.start)
    if m is None:
        return True
    # (`President Bill Clinton signed`: a known person's first name is no law)
    return True if in_person_name(ctx, m.start(m.lastgroup or 0)) else _LAW


def in_person_name(ctx: Context, at: int) -> bool:
    """Whether the character at `at` is part of a person's name found in the text
    (`Bill` of `Bill Clinton`): a name's word is not the common noun it spells."""
    return any(f.kind == "person" and f.end > at
               for f in ctx.entities.between(max(0, at - _NAME_REACH), at + 1))


_NAME_REACH = 40  # characters a name may start before one of its words


# `rejected China's maritime claims as unlawful`: what is judged, and the judgement
_CLAIMS = frozenset({"claim", "claims", "position", "positions", "ruling", "sovereignty"})
_UNLAWFUL = frozenset({"unlawful", "illegal", "invalid", "illegitimate", "void", "baseless"})
_CLAIM_WORDS = 8  # words after the verb where the claim must be named
_JUDGED_WORDS = 16  # and the word of law
_POSITION = KindSpec("announcement")  # a formal position, taken as an act
# `declared China a currency manipulator`, `declared the abuses genocide`: a label a
# government pins on a country or its acts, named within _CLAIM_WORDS of the verb
_LABELS = frozenset({"manipulator", "manipulators", "genocide"})
_APPOINTED = KindSpec("appointment")


def _position_taken(ctx: Context, sent: Sentence, hit: Hit) -> KindSpec | bool:
    """`rejected China's maritime claims as unlawful`, `declared most of China's claims
    unlawful`, `declared China a currency manipulator`: a formal position taken, an
    announcement; else the form's own kind."""
    folded = ctx.tokens.folded
    end = min(len(folded), hit.last + _JUDGED_WORDS)
    while end > hit.last and ctx.tokens.starts[end - 1] >= sent.end:
        end -= 1
    after = folded[hit.last:end]
    if _declares_a_zone(ctx, sent, hit, after) or (
            folded[hit.first].startswith("declar") and
            _LABELS.intersection(after[:_CLAIM_WORDS])):
        return _POSITION
    if not _CLAIMS.intersection(after[:_CLAIM_WORDS]) or not _UNLAWFUL.intersection(after):
        if folded[hit.first].startswith("reject") and \
                _SAID.intersection(after[:_SAID_WORDS]):
            return _ANSWER
        return True
    return _POSITION


# `rejected the American account`, `rejected complaints`: what is rejected was said, and
# rejecting it is a statement (a proposal or a budget rejected stays a refusal)
_SAID = frozenset({"account", "accounts", "allegation", "allegations", "accusation",
                   "accusations", "charge", "charges", "complaint", "complaints",
                   "criticism", "criticisms", "claim", "claims", "report", "reports",
                   "remarks", "assertion", "assertions", "suggestion", "suggestions",
                   "link", "version", "statement", "comments", "protest", "protests"})
_SAID_WORDS = 5  # words after the verb where what was said is named
_ANSWER = KindSpec("statement")


# `declared an air defense identification zone`, `The zone was declared on Saturday`: a
# zone set up by declaring it is announced (not a state of emergency, a winner, a war)
_ZONES = frozenset({"zone", "zones"})
_ZONE_WORDS = 6  # words after the verb, or before its passive `was`, where the zone is named
_WAS = frozenset({"was", "were", "been", "is", "are"})
# `the air defense zone that Beijing declared`, `the zone, which China declared`: the
# zone, then a relative clause whose subject (a capitalised name) declares it
_ZONE_CLAUSE = re.compile(r"\b(?i:zones?)(?:,\s+(?i:which)|\s+(?i:that|which)|)\s+"
                          r"(?:(?i:the)\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}$")


def _declares_a_zone(ctx: Context, sent: Sentence, hit: Hit, after: list[str]) -> bool:
    folded = ctx.tokens.folded
    if _ZONES.intersection(after[:_ZONE_WORDS]):
        return True
    if _ZONE_CLAUSE.search(ctx.text, max(sent.start, hit.start - 60), hit.start):
        return True
    first = hit.first
    if first == 0 or folded[first - 1] not in _WAS:
        return False
    lo = first - 1
    while lo > 0 and first - 1 - lo < _ZONE_WORDS and ctx.tokens.starts[lo - 1] >= sent.start:
        lo -= 1
    return bool(_ZONES.intersection(folded[lo:first - 1]))


# `named Nicholas Burns as ambassador to China`, `picked X to be the next envoy`: the
# person named, then `as`/`to be`, then the post, a title of the lexicon
_NAMED_WORDS = 5  # at most this many words of the person named
# words of office before the name of the one named (`nominate former Senator David Perdue`)
_BEFORE_NAME = frozenset({"former", "veteran", "retired", "longtime", "career", "ex"})
# an aside between commas after the name, then `as` (`tapped Karen Doe, a career Foreign
# Service officer, as deputy chief of mission`)
_APPOSITIVE_AS = re.compile(r",\s+(?:a|an|the)\s+[^,;:()]{3,60},\s+(as)\s", re.IGNORECASE)
_BEFORE_POST = frozenset({"the", "a", "an", "his", "her", "its", "their", "next", "new",
                          "acting", "interim", "top", "first", "deputy"})
_POST_WORDS = 4  # the longest title phrase tried


def _became_a_post(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """`Dong Jun became China's defense minister`, `became foreign minister in 2013`: a
    post taken, an appointment; not `became the first …`, `became a hub`."""
    return _post_follows(ctx, sent, hit.last, direct=True)


def _named_to_a_post(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """`Biden named Nicholas Burns as ambassador to China`, `named Burns ambassador`, `the
    Senate confirmed X as trade representative`, `intends to nominate former Senator
    David Perdue as ambassador`, `tapped Karen Doe, a career diplomat, as deputy chief of
    mission`, `succeeded Wang Yi as foreign minister`: someone named to a post, an
    appointment; not `a baby named Bei Bei`, `named the bridge after him` nor `confirmed
    that …`."""
    tokens, text, folded = ctx.tokens, ctx.text, ctx.tokens.folded
    k = hit.last
    while k < len(tokens) and folded[k] in _BEFORE_NAME and \
            text[tokens.ends[k - 1]:tokens.starts[k]] == " ":
        k += 1  # (`nominate former Senator David Perdue`)
    if k >= len(tokens) or not tokens.texts[k][:1].isupper():
        return False  # the one named comes first, by name
    first = k
    while k < len(tokens) and k - first < _NAMED_WORDS and tokens.texts[k][:1].isupper() \
            and text[tokens.ends[k - 1]:tokens.starts[k]] == " ":
        k += 1
    if k + 1 >= len(tokens) or tokens.starts[k] >= sent.end or \
            text[tokens.ends[k - 1]:tokens.starts[k]] not in (" ", ", "):
        return False
    appositive = _APPOSITIVE_AS.match(text, tokens.ends[k - 1], sent.end)
    if appositive is not None:
        # (`tapped Karen Doe, a career diplomat, as …`: the post after the aside)
        k = bisect_left(tokens.starts, appositive.start(1))
    return _post_follows(ctx, sent, k, direct=True)


def _confirmed_what(ctx: Context, sent: Sentence, hit: Hit) -> KindSpec | bool:
    """`the Senate confirmed X as trade representative`: an appointment; else a side's
    confirming or acknowledging something, an announcement (confirmed.py)."""
    if _named_to_a_post(ctx, sent, hit):
        return _APPOINTED
    return side_confirms(ctx, sent, hit)


def _post_follows(ctx: Context, sent: Sentence, k: int, direct: bool) -> bool:
    """Whether a post (a title of titles.toml) is named from token `k` on: after `as` or
    `to be`, or straight away when `direct` (`named Perdue ambassador`, `became China's
    defense minister`)."""
    tokens, text, folded = ctx.tokens, ctx.text, ctx.tokens.folded
    if k + 1 >= len(tokens) or tokens.starts[k] >= sent.end:
        return False
    if folded[k] == "as":
        k += 1
    elif folded[k] == "to" and folded[k + 1] == "be":
        k += 2
    elif not direct or text[tokens.ends[k - 1]:tokens.starts[k]] != " " or not (
            tokens.texts[k][:1].islower() or _country_word(ctx, k)):
        # else the post may follow the name directly: `named Perdue ambassador`,
        # `became China's defense minister`
        return False
    while k < len(tokens) and not _title_at(ctx, sent, k) and (
            folded[k] in _BEFORE_POST or _country_word(ctx, k) or (
            folded[k] == "s" and text[tokens.starts[k] - 1] in "'’")):
        k += 1  # `as his new ambassador`, `as Chinese foreign minister`, `as China's …`
    return _title_at(ctx, sent, k)


def _country_word(ctx: Context, k: int) -> bool:
    """A country's name or adjective at token `k` that is no title itself."""
    word = ctx.tokens.texts[k]
    return word[:1].isupper() and ctx.lexicon.country_by_word(word) is not None and \
        ctx.lexicon.title_by_name(word) is None


def _title_at(ctx: Context, sent: Sentence, k: int) -> bool:
    """Whether a title of titles.toml starts at token `k` (`deputy chief of mission`)."""
    tokens = ctx.tokens
    for n in range(_POST_WORDS, 0, -1):
        if k + n <= len(tokens) and tokens.starts[k + n - 1] < sent.end and \
                ctx.lexicon.title_by_name(" ".join(tokens.texts[k:k + n])) is not None:
            return True
    return False


# after the one seen, what may follow a meeting's `see X`: the end of the clause, a
# date, a place or company (`see Wang Yi on Wednesday`, `saw Obama in Washington`); not
# a verb of what was seen (`see Xi take steps`) nor `as` (`saw Putin as a rival`)
_AFTER_SEEN = frozenset({"on", "in", "at", "during", "later", "next", "this", "before",
                         "after", "for", "to", "and", "when", "while", "again", "soon",
                         "today", "tomorrow", "tonight", "privately", "separately",
                         "briefly", "alone", "face", "with", "over", "about"})
_SEEN_GAP = 4  # at most this many capitalised words (a title) between `see` and the name
_WORD_AFTER = re.compile(r"\s*([\w'’-]+|.)?")


def sees_a_person(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """`is expected to see Wang Yi on Wednesday`, `she saw President Obama in Paris`: a
    person seen by a person (named before in the clause, or `he`/`she`) is met; not `see
    whether`, `see the results`, `saw Putin as a rival`, `see Xi take steps`, `see Xi's
    plan`, nor crowds who `lined up to see Obama`."""
    end = hit.end
    seen = next(iter(ctx.entities.between(end, min(sent.end, end + 80))), None)
    if seen is None or seen.kind != "person":
        return False
    gap = ctx.text[end:seen.start].split()
    if len(gap) > _SEEN_GAP or not all(w[:1].isupper() for w in gap) or \
            _POSSESSOR_NEXT.match(ctx.text, seen.end):
        return False
    after = _WORD_AFTER.match(ctx.text, seen.end, sent.end)
    word = after.group(1) if after is not None else None
    if word is not None and (word[:1].isalnum() and word.lower() not in _AFTER_SEEN):
        return False
    return _subject_person(ctx, sent, hit.start) is not None


def _subject_person(ctx: Context, sent: Sentence, at: int) -> Found | None:
    """The person who is the subject of the verb at `at`: the last named before it in the
    sentence with no clause break between (unless `he`/`who` picks them up again), or
    the one `he`/`she` opening the clause stands for."""
    people = [f for f in ctx.entities.between(sent.start, at) if f.kind == "person"]
    if not people:
        return _pronoun_subject(ctx, sent, at)
    if not _BREAK.search(ctx.text, people[-1].end, at):
        return people[-1]
    if _AND_HE.search(ctx.text, max(sent.start, at - 40), at) and \
            _OPENS_WITH.fullmatch(ctx.text, sent.start, people[0].start):
        # `Bush met Jiang in Shanghai in October, and he is expected to return to China`:
        # `he` opening a coordinated clause goes on with the sentence's subject
        return people[0]
    if _PRONOUN.search(ctx.text, max(sent.start, at - 40), at) or \
            _appositive(ctx, sent, people[-1], at):
        return people[-1]
    return None


_COMMA = re.compile(r"\s*,\s*")


# `Jake Sullivan, the national security adviser, spent`: a title found as a person in an
# aside after a name (a determiner, a possessor and a few words before it)
_ASIDE_OPENS = re.compile(r"[A-Za-z.]\s*,\s+(?:the|his|her|their|its|[A-Z][\w'’]*['’]s)"
                          r"(?:\s+[a-z][\w-]*){0,2}\s+$")


def _appositive(ctx: Context, sent: Sentence, person: Found, at: int) -> bool:
    """`His predecessor, Chuck Hagel, went to China`: a name set off by commas right
    before the verb names its subject; the comma after it closes the apposition, it
    starts no other clause. So does a title set off after a name (`Jake Sullivan, the
    national security adviser, spent …`)."""
    if _COMMA.fullmatch(ctx.text, person.end, at) is None:
        return False
    before = ctx.text[sent.start:person.start]
    return before.rstrip().endswith(",") or _ASIDE_OPENS.search(before) is not None


# `spent Thursday and Friday in Los Angeles`, `will spend Christmas in Hawaii`: a date
# right after the verb, then `in` and a named place
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?")
_JOINED = re.compile(r"\s*(?:,|and|to|through|or|-|–)\s*")


def spends_days_in(ctx: Context, sent: Sentence, hit: Hit) -> KindSpec | bool:
    """`He spent Thursday and Friday in Los Angeles`: time spent in a place, dated by the
    days named, is a visit by a person (named before or `he`/`she`); not `spent Monday in
    talks`, `spent two years in prison`, `the money spent in May`. Hours spent with a
    person are a meeting (`spent seven hours with Yang Jiechi`)."""
    if _hours_with_someone(ctx, sent, hit):
        return _MET
    after = usable_timexes(ctx, hit.end, sent.end)
    if not after or ctx.text[hit.end:after[0].start].strip():
        return False
    end = after[0].end
    for t in after[1:]:  # `Thursday and Friday`, `Monday through Wednesday`
        if not _JOINED.fullmatch(ctx.text, end, t.start):
            break
        end = t.end
    to = _IN_PLACE.match(ctx.text, end, sent.end)
    if to is None:
        return False
    place = next(iter(ctx.entities.between(to.end(), to.end() + 1)), None)
    if place is None or place.place is None:
        return False
    return _subject_person(ctx, sent, hit.start) is not None


# `spent seven hours with`, `spent more than two hours together with`, `spent the
# afternoon with`: a stretch of hours or of a day (not weeks or years: `spent two years
# with the firm`), then `with`
_HOURS_WITH = re.compile(
    r"\s+(?:(?:more|less)\s+than\s+|about\s+|almost\s+|nearly\s+|some\s+|over\s+|"
    r"roughly\s+|close\s+to\s+)?(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|several|\d{1,2}(?:\.\d)?)(?:\s+and\s+a\s+half)?\s+hours?|"
    r"(?:an|one)\s+hour\s+and\s+a\s+half|half\s+an\s+hour|the\s+(?:morning|afternoon|"
    r"evening|day)|(?:a|the)\s+(?:whole|full|long)\s+day|much\s+of\s+the\s+day)"
    r"\s+(?:together\s+)?with\s+", re.IGNORECASE)
_MET = KindSpec("meeting")


def _hours_with_someone(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """`Sullivan spent seven hours with Yang Jiechi`: hours spent by a person with a person
    named right after `with` (titles between) are a meeting; not `spent two hours with
    reporters`, `with his family`, `spent two years with the company`."""
    with_ = _HOURS_WITH.match(ctx.text, hit.end, sent.end)
    if with_ is None:
        return False
    other = _first_named(ctx, with_.end(), min(sent.end, with_.end() + 80))
    if other is None or other.kind != "person":
        return False
    gap = ctx.text[with_.end():other.start].split()
    return len(gap) <= _SEEN_GAP and all(w[:1].isupper() for w in gap) and \
        _subject_person(ctx, sent, hit.start) is not None


def _first_named(ctx: Context, start: int, end: int) -> Found | None:
    """The first actor or place named in [start, end): an issue a name also stands for
    (`Putin`: ukraine_russia) is no one."""
    return next((f for f in ctx.entities.between(start, end) if f.kind != "issue"), None)


# what may stand between `was in` and the place (`was in the Philippines`)
_THE = re.compile(r"\s+(?:the\s+)?")


def was_in_a_place(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """`Vice Premier Liu He was in Washington in April`: a person's stay in a named place
    outside the person's own country is a visit; not at home (`Mr. Biden was in
    Washington on Monday`), not `was in talks`, `in charge`, `in 2019`, nor a possessive
    (`was in Beijing's interest`)."""
    to = _THE.match(ctx.text, hit.end, sent.end)
    if to is None:
        return False
    there = _country_there(ctx, to.end())
    person = _subject_person(ctx, sent, hit.start)
    if there is None or person is None or person.actor is None:
        return False
    return person.actor.country is not None and person.actor.country != there


def _country_there(ctx: Context, at: int) -> str | None:
    """The country of a place or a country named at `at` (`Washington`: US; `the
    Philippines`: PH), if one is and it is no possessive."""
    for f in ctx.entities.between(at, at + 1):
        if ctx.text.startswith(("'s", "’s"), f.end):
            return None
        if f.place is not None:
            where = ctx.lexicon.place_by_name(f.place)
            if where is not None and where.country is not None:
                return where.country
        elif f.kind == "country" and f.actor is not None and f.actor.country is not None:
            return f.actor.country
    return None


# `Mr. Gates last came in November 2007`, `when he came in January`: between the coming
# and its date, a word of direction at most and the preposition
_TO_DATE = re.compile(r"\s+(?:(?:here|back|again|there)\s+)?(?:(?:in|on)\s+)?", re.IGNORECASE)
# between the subject and the verb: adverbs and auxiliaries (`himself last came`, `is
# due to come`), nothing else
_ADVERBS = (r"(?:\s+(?:himself|herself|themselves|last|first|also|then|later|finally|only|"
            r"again|previously|once|never|had|has|have|will|would|is|was|are|were|due|"
            r"expected|set|scheduled|to))*\s*")
_SUBJECT_TO_VERB = re.compile(_ADVERBS, re.IGNORECASE)
# where a clause (and so its subject) begins: the sentence's start, a comma, a
# conjunction; then titles (`Defense Secretary`, `Mr.`) before the name
_OPENS = (r"(?i:^|[,;:(—–]|\b(?:and|but|when|after|before|since|until|as|that|because|"
          r"while|where|once|if|then)\b)\s*")
_CLAUSE_OPENS = re.compile(_OPENS + r"(?i:(?:the|former|then)\s+)?(?:[A-Z][\w.'’-]*\s+)*$")
_HE_OPENS = re.compile(_OPENS + r"(?i:he|she)" + _ADVERBS + "$", re.IGNORECASE)


def comes_on_a_date(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """`Mr. Gates himself last came in November 2007`, `when he came in January`: a
    person's coming, with no place but a date right after it, is a visit (to the place
    the text is about); not `the news came in April`, `a statement by Mr. Xi came on
    Monday` (the person is no subject), `came in second` (no date)."""
    after = usable_timexes(ctx, hit.end, min(sent.end, hit.end + 16))
    if not after or not _TO_DATE.fullmatch(ctx.text, hit.end, after[0].start) or \
            after[0].type != "DATE":
        return False
    before = ctx.text[sent.start:hit.start]
    if _HE_OPENS.search(before):
        return True
    people = [f for f in ctx.entities.between(sent.start, hit.start) if f.kind == "person"]
    return bool(people) and \
        _SUBJECT_TO_VERB.fullmatch(ctx.text, people[-1].end, hit.start) is not None and \
        _CLAUSE_OPENS.search(ctx.text[sent.start:people[-1].start]) is not None


# `call with Taiwan's leader, Tsai Ing-wen`, `call from President Obama`, `calls between
# Mr. Biden and Mr. Xi`: the preposition, then up to four words naming who (titles, a
# possessive country, `the`, `his`) before the person
_WITH_WHOM = re.compile(r"\s+(?:with|from|between)\s+(?:(?:[\w.-]+(?:['’]s)?|[\w.-]+,)\s+){0,4}?"
                        r"$", re.IGNORECASE)
_CALL_REACH = 50  # characters from the noun to the person it is held with
# words that make the gap no name (another clause or a thing between)
_NOT_WHOM = frozenset({"that", "which", "who", "and", "but", "for", "to", "on", "in", "at",
                       "said", "says", "after", "before", "about", "over", "of"})
# `calls from President Bush for restraint`, `a call from Mr. Obama to end the fighting`:
# what the person calls for (a demand, no phone call)
_DEMAND = re.compile(r"\s+(?:for\b|to\s+[a-z])")


def call_with_whom(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """A bare `call` that names a phone call: held with, from or between people named
    right after it (`his call with Taiwan's leader, Tsai Ing-wen`, `a call from
    President Obama`); not `a call for restraint`, `a call to arms`, `a call with
    investors`, `a call from the floor`."""
    end = hit.end
    person = next((f for f in ctx.entities.between(end, min(sent.end, end + _CALL_REACH))
                   if f.kind == "person"), None)
    if person is None or not _WITH_WHOM.fullmatch(ctx.text, end, person.start):
        return False
    gap = ctx.text[end:person.start].lower().replace(",", " ").split()[1:]
    return not _NOT_WHOM.intersection(gap) and not _DEMAND.match(ctx.text, person.end)


# `with` and who the act is done with, past a title (`with Yang Jiechi`, `with Foreign
# Minister Wang Yi`), then an aside naming them at most (`, China's senior diplomat,`)
# right before the phone
_WITH_BY_PHONE = re.compile(r"\bwith\s+$", re.IGNORECASE)
_ASIDE_BEFORE_PHONE = re.compile(r"(?:\s*,[^,;:()]{1,50},)?\s*")
_BY_PHONE_REACH = 120  # characters before the phone where `with` and the person may stand


# verbs of talking that make a phone named apart from them a call (`had spoken only once
# before, by telephone on April 20`), in the sentence or the end of the one before
_TALKED = frozenset({"spoke", "spoken", "talked"})
_TALKED_BEFORE = 600  # characters before the sentence where they count


def by_phone(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """A phone named as the medium of a talk (`talked for an hour on Friday, by phone`)
    or of what was done with a person named right before it (with_whom_by_phone)."""
    lo = bisect_left(ctx.token_starts, max(0, sent.start - _TALKED_BEFORE))
    hi = bisect_left(ctx.token_starts, sent.end)
    return not _TALKED.isdisjoint(ctx.tokens.folded[lo:hi]) or \
        with_whom_by_phone(ctx, sent, hit)


def with_whom_by_phone(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """`took the matter up with Yang Jiechi, China's senior diplomat, by phone on March
    16`, `raised the issue with Wang Yi by telephone`: what a person did with another
    person named right before the phone was done in a call; not a phone with no one
    named after `with` (`shared the news with reporters by phone`)."""
    lo = max(sent.start, hit.start - _BY_PHONE_REACH)
    for f in reversed(ctx.entities.between(lo, hit.start)):
        if f.kind != "person":
            continue
        if not _ASIDE_BEFORE_PHONE.fullmatch(ctx.text, f.end, hit.start):
            continue  # (a title in the aside: `Wang Wentao, China's commerce minister,`)
        before = ctx.text[max(sent.start, f.start - 40):f.start]
        title = _TITLE_BEFORE.search(before)
        cut = before[:title.start()] if title is not None else before
        return _WITH_BY_PHONE.search(cut) is not None and \
            _subject_person(ctx, sent, f.start - len(before) + len(cut)) is not None
    return False


# title words that may stand between `with` and the person (`with Foreign Minister Wang
# Yi`): capitalised words right before the name
_TITLE_BEFORE = re.compile(r"(?:(?-i:[A-Z][\w.'’-]*)\s+){1,4}$")


_TALK_REACH = 80  # characters from `spoke with` to the person spoken with
# between the person spoken with and the date: an aside naming them (`of China`, `,
# China's top diplomat,`), no other clause
_ASIDE = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?|"
                    r",[^,;:()]{1,50},)?\s+(?:(?:on|last|this|next|early|late)\s+)?$")


# words of a phone or video link, in the sentence or the end of the one before; they
# make a call of the forms in the past and of `speak(s)` (not `talk with`: `would not
# talk with Kony ... call`, a refusal to negotiate)
_PHONE = frozenset({"phone", "telephone", "video", "videoconference", "call", "virtually"})
_PHONE_VERBS = frozenset({"spoke", "speaks", "speak", "talked"})
_PHONE_BEFORE = 600  # characters before the sentence where they count


def spoke_with_leader(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """`spoke with Xi by phone`: talking with someone with a phone in view is a call.
    `Biden will speak with Xi Jinping of China on Friday`, `Blinken spoke with Wang Yi
    on Tuesday`: so is talking with a person of another country, dated right after and
    placed nowhere; not `spoke with reporters`, with one's own side (`Biden spoke with
    Harris on Monday`), undated (`has spoken with Xi many times`) or in a place (`spoke
    with Xi in Bali on Monday`: they met, as other words tell)."""
    if ctx.tokens.folded[hit.first] in _PHONE_VERBS:
        lo = bisect_left(ctx.token_starts, max(0, sent.start - _PHONE_BEFORE))
        hi = bisect_left(ctx.token_starts, sent.end)
        if not _PHONE.isdisjoint(ctx.tokens.folded[lo:hi]):
            return True
    other = _first_named(ctx, hit.end, min(sent.end, hit.end + _TALK_REACH))
    if other is None or other.kind != "person" or other.actor is None:
        return False
    gap = ctx.text[hit.end:other.start].split()
    if len(gap) > _SEEN_GAP or not all(w[:1].isupper() for w in gap) or \
            _POSSESSOR_NEXT.match(ctx.text, other.end):
        return False
    date = next(iter(usable_timexes(ctx, other.end, min(sent.end, other.end + 70))), None)
    if date is None or date.type != "DATE" or \
            not _ASIDE.fullmatch(ctx.text, other.end, date.start) or \
            _IN_PLACE.match(ctx.text, date.end, sent.end):
        return False
    subject = _subject_person(ctx, sent, hit.start)
    if subject is None or subject.actor is None:
        return False
    here, there = subject.actor.country, other.actor.country
    return here is not None and there is not None and here != there


# `traded accusations with their Chinese counterparts, Yang Jiechi and Wang Yi`: `with`
# after the hit (an adjunct between at most), then up to six words to a person
_WITH_AFTER = re.compile(r"(?:\s+(?:[\w'’-]+\s+){0,4}?)?\s*with\s+", re.IGNORECASE)
_WORDS_TO_WHOM = 6


def face_to_face(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """Words traded with people named after `with` (`traded sharp words in front of
    reporters with Yang Jiechi`) were traded face to face, at a meeting; not `China and
    the United States traded accusations over the virus` (no one to meet)."""
    with_ = _WITH_AFTER.match(ctx.text, hit.end, sent.end)
    if with_ is None:
        return False
    person = next((f for f in ctx.entities.between(with_.end(), min(sent.end, with_.end() + 80))
                   if f.kind == "person"), None)
    return person is not None and \
        len(ctx.text[with_.end():person.start].split()) <= _WORDS_TO_WHOM and \
        not re.search(r"[;:()]", ctx.text[with_.end():person.start])


HitCheck = Callable[[Context, Sentence, Hit], "KindSpec | bool"]
CHECKS: dict[str, HitCheck] = {"goes_to": goes_to_a_place, "post_opens": a_post_opens,
                               "reaches_a_place": reaches_a_place,
                               "back_from": back_from_a_place,
                               "with_someone_to": with_someone_to_a_place,
                               "sees_a_person": sees_a_person, "spends_days_in": spends_days_in,
                               "comes_on_a_date": comes_on_a_date,
                               "call_with_whom": call_with_whom,
                               "spoke_with_leader": spoke_with_leader,
                               "face_to_face": face_to_face,
                               "signed_what": _signed_what, "position_taken": _position_taken,
                               "named_to_a_post": _named_to_a_post,
                               "confirmed_what": _confirmed_what,
                               "became_a_post": _became_a_post,
                               "called_on_whom": called_on_whom,
                               "arriving_fronted": arriving_fronted,
                               "arrival_of_whom": arrival_of_whom,
                               "received_what": received_what,
                               "called_off_what": called_off_what,
                               "visiting_who": visiting_who, "in_a_name": not_in_a_name,
                               "craft_moves": craft_moves, "crosses_into": crosses_into,
                               "lifted_or_laid": lifted_or_laid,
                               "lifted": lifted, "aimed_at": aimed_at,
                               "again_after_call": again_after_call,
                               "spoke_on_a_date": spoke_on_a_date,
                               "protest_by_whom": protest_by_whom,
                               "sent_away_whom": sent_away_whom, "bars_from": bars_from,
                               "was_in_a_place": was_in_a_place,
                               "by_phone": by_phone,
                               "owned_and_dated": owned_and_dated,
                               "release_of_whom": release_of_whom,
                               "fallback": acts_or_published}


def checked(spec: KindSpec, ctx: Context, sent: Sentence, hit: Hit) -> KindSpec | None:
    """The hit's kind after the test its group names in triggers.toml (`spec.check`):
    None when the test fails, another kind when the test finds the hit is one (a data
    error if the test has no code)."""
    check = CHECKS.get(spec.check or "")
    if check is None:
        raise ValueError(f"triggers.toml: unknown check {spec.check!r} "
                         f"(one of {sorted(CHECKS)})")
    verdict = check(ctx, sent, hit)
    if isinstance(verdict, KindSpec):
        return verdict
    return spec if verdict else None
