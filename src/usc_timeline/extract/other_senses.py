"""Checks (`check = ...` in triggers.toml) for triggers that real news often uses in a
sense that is no event of their kind: a calling-off of flights, matches or classes (no
diplomatic cancellation), a player or an official suspended (a sanction on a person,
nothing called off), and `visiting` as the title of a person who speaks (`Visiting UN
Secretary-General Kofi Annan said`: no visit of its own). Written from the TE3-Silver
audit of real wire news; the word lists are data (`[checks.*]` of triggers.toml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from usc_timeline.text import Sentence
from usc_timeline.timex.lexicon import calendar_names

from .context import Context
from .phrases import Hit
from .triggers import check_lists as _check_lists


@dataclass(frozen=True)
class _Words:
    things: frozenset[str]  # what is called off that is no diplomatic event (flights)
    people: frozenset[str]  # who is suspended (players, officials): a person's sanction
    unrealised: frozenset[str]  # asking or threatening `to suspend`: nothing called off
    weighing: frozenset[str]  # `considered cancelling`: a calling-off weighed, not done
    titles: frozenset[str]  # lower-case words of a title before a name (`prime minister`)


@cache
def _words() -> _Words:
    things, people, unrealised, weighing = _check_lists(
        "called_off_what", "things", "people", "unrealised", "weighing")
    (titles,) = _check_lists("visiting_who", "titles")
    return _Words(things, people, unrealised, weighing, titles)


_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# between the subject and a passive verb besides `be` (`had to be postponed`, `has been
# repeatedly delayed`, `were all canceled`)
_AUX = frozenset({"has", "have", "had", "will", "would", "could", "may", "might", "must",
                  "should", "to", "all", "also", "again", "now", "then", "indefinitely",
                  "repeatedly", "twice", "later", "since", "already", "not", "further",
                  "abruptly", "temporarily", "reportedly"})
_AUX_BE = _AUX | _BE
# words that end the object of an active verb (`cancelled flights to Cyprus`)
_OBJECT_ENDS = frozenset({"to", "from", "for", "in", "on", "at", "with", "because", "due",
                          "until", "till", "after", "before", "over", "amid", "by", "and",
                          "or", "pending", "following", "as", "that", "which", "who", "but",
                          "when", "while", "since", "into"})
_SUSPEND = frozenset({"suspended", "suspends", "suspend", "suspending", "suspension"})
_NOUNS = frozenset({"cancellation", "suspension", "postponement"})
_PUNCT = re.compile(r"[,;:()\"“”]")
_SUBJECT_WORDS = 10  # at most this many words of a passive verb's subject
_OBJECT_WORDS = 5  # and of an active verb's object


def _gap_breaks(ctx: Context, k: int) -> bool:
    """Whether punctuation stands between token `k` and token `k + 1`."""
    return _PUNCT.search(ctx.text, ctx.tokens.ends[k], ctx.tokens.starts[k + 1]) is not None


def _thing(ctx: Context, sent: Sentence, hit: Hit) -> tuple[int, int, bool]:
    """The token range naming what the hit calls off: the object of an active verb
    (`cancelled two flights`), the subject of a passive one (`flights to Paris were
    postponed`), what follows a noun's `of` (`the suspension of classes`); and whether
    the verb is active (its subject may be a state: `Israel put off opening a bus
    link`)."""
    tokens, folded = ctx.tokens, ctx.tokens.folded
    n = len(tokens)
    if hit.last - hit.first == 1 and folded[hit.first] in _NOUNS:
        if hit.last + 1 < n and folded[hit.last] == "of" and not _gap_breaks(ctx, hit.last - 1):
            return (*_object(ctx, sent, hit.last + 1), False)
        return (hit.last, hit.last, False)
    k = hit.first - 1
    while k >= 0 and tokens.starts[k] >= sent.start and folded[k] in _AUX_BE \
            and not _gap_breaks(ctx, k):
        k -= 1  # (back over `had to be`, `were all`)
    if any(folded[j] in _BE for j in range(k + 1, hit.first)):
        end = k + 1
        while k >= 0 and tokens.starts[k] >= sent.start and end - k <= _SUBJECT_WORDS \
                and not _gap_breaks(ctx, k):
            k -= 1
        return (k + 1, end, False)
    return (*_object(ctx, sent, hit.last), True)


def _object(ctx: Context, sent: Sentence, k: int) -> tuple[int, int]:
    tokens, folded = ctx.tokens, ctx.tokens.folded
    start = k
    while k < len(tokens) and tokens.starts[k] < sent.end and k - start < _OBJECT_WORDS \
            and folded[k] not in _OBJECT_ENDS:
        k += 1
        if k < len(tokens) and _gap_breaks(ctx, k - 1):
            break
    return (start, k)


# `suspended from party functions`, `from all competitions`: not `from the USDA`
_FROM_LOWER = re.compile(r"\s+from\s+(?:(?:the|all|its|his|her|their)\s+)?"
                         r"(?!(?:the|all|its|his|her|their)\b)[a-z]")


def called_off_what(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """A cancellation or postponement of a diplomatic kind: not of flights, trains,
    matches, classes or shows (`flights to Los Angeles were postponed because of fog`,
    `the match was called off due to rain`) unless a state calls them off (`China
    suspended flights to Japan`), and no suspension of a person, which is a sanction on
    them (`the player was suspended for one game`, `suspended 16 customs officials`,
    `suspended from party functions`). What is called off is the verb's object, its
    subject in the passive, or what follows `of` after the noun; a noun right before an
    active verb counts too (`flights cancelled because of fog`)."""
    lists = _words()
    tokens, folded = ctx.tokens, ctx.tokens.folded
    if _asked_for(ctx, sent, hit, lists.unrealised) or _weighed(ctx, sent, hit, lists.weighing):
        return False
    lo, hi, active = _thing(ctx, sent, hit)
    thing = set(folded[lo:hi])
    before = hit.first - 1 if active and hit.first > 0 and \
        tokens.starts[hit.first - 1] >= sent.start and not _gap_breaks(ctx, hit.first - 1) \
        else None
    if before is not None:
        thing.add(folded[before])
    if thing & lists.things and not (active and _state_subject(ctx, sent, hit)):
        return False
    if folded[hit.first] not in _SUSPEND:
        return True
    if set(folded[lo:hi]) & lists.people or _FROM_LOWER.match(ctx.text, hit.end):
        return False
    return hi <= lo or not any(f.kind == "person" for f in ctx.entities.between(
        tokens.starts[lo], tokens.ends[hi - 1]))


_ASKER_REACH = 8  # at most this many words between the asking word and `to`


def _asked_for(ctx: Context, sent: Sentence, hit: Hit, asking: frozenset[str]) -> bool:
    """`urged Tehran to suspend enrichment`, `gave Iran until August 31 to suspend`, `a
    call to suspend`, `threatened to suspend its funding`: a calling-off asked for,
    demanded or threatened, which has not happened (a decision `to suspend` has)."""
    tokens, folded = ctx.tokens, ctx.tokens.folded
    k = hit.first - 1
    if k >= 0 and folded[k] == "re":
        k -= 1  # (`to re-suspend`)
    if k < 0 or folded[k] != "to" or tokens.starts[k] < sent.start:
        return False
    for j in range(k - 1, max(-1, k - 1 - _ASKER_REACH), -1):
        if tokens.starts[j] < sent.start or _gap_breaks(ctx, j):
            return False
        if folded[j] in asking:
            return True
    return False


# between a weighing verb and the gerund it weighs (`talked about postponing`)
_WEIGHED_GAP = frozenset({"about", "of", "even", "briefly", "seriously", "openly"})


def _weighed(ctx: Context, sent: Sentence, hit: Hit, weighing: frozenset[str]) -> bool:
    """`had considered cancelling the trip`, `is weighing postponing the talks`,
    `talked about calling off the visit`: a gerund of calling off that a verb of weighing
    takes as its object was thought of, not done."""
    tokens, folded = ctx.tokens, ctx.tokens.folded
    if not folded[hit.first].endswith("ing"):
        return False
    k = hit.first - 1
    while k >= 0 and hit.first - k <= 2 and folded[k] in _WEIGHED_GAP:
        k -= 1
    return k >= 0 and tokens.starts[k] >= sent.start and folded[k] in weighing and \
        not any(_gap_breaks(ctx, j) for j in range(k, hit.first))


_STATE_REACH = 4  # at most this many words (auxiliaries) between a state and its verb


def _state_subject(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """Whether a country ends the words right before the verb (`Israel has put off`,
    `China suspended`), auxiliaries aside."""
    tokens, folded = ctx.tokens, ctx.tokens.folded
    k = hit.first - 1
    while k >= 0 and hit.first - k <= _STATE_REACH and folded[k] in _AUX and \
            tokens.starts[k] >= sent.start:
        k -= 1
    if k < 0 or tokens.starts[k] < sent.start:
        return False
    return any(f.kind == "country" and f.end == tokens.ends[k]
               for f in ctx.entities.between(max(sent.start, tokens.starts[k] - 40),
                                             tokens.ends[k]))


# before `visiting`, words that make it a verb (`is visiting Tokyo`, `while visiting`)
_VERBAL_BEFORE = frozenset({"is", "are", "was", "were", "be", "been", "am", "while", "when",
                            "after", "before", "since", "currently", "still", "also",
                            "now", "already", "of", "for", "about", "without"})
_NAME_RUN = 8  # at most this many words of a visitor's title and name after `visiting`
_PLACE_AFTER = re.compile(r"\s*,?\s+(?:in|to)\s+(?:the\s+)?(?=[A-Z])")
_WEEKDAYS_MONTHS = frozenset(name.casefold() for name in calendar_names())


def visiting_who(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """`visiting` names a visit unless it is the title of a person (`Visiting UN
    Secretary-General Kofi Annan said`, `told visiting French Defense Minister Charles
    Millon`): that person's visit is no event of the sentence unless a place follows
    the name (`visiting Chinese Premier Li in Berlin`). A verb (`is visiting Tokyo`,
    `after visiting President Bush`) or a place as the object (`Visiting Washington,
    Obama said`) keeps it."""
    tokens, folded = ctx.tokens, ctx.tokens.folded
    if hit.first > 0 and tokens.starts[hit.first - 1] >= sent.start and \
            folded[hit.first - 1] in _VERBAL_BEFORE:
        return True
    titles = _words().titles
    k, named = hit.last, False
    while k < len(tokens) and tokens.starts[k] < sent.end and k - hit.last < _NAME_RUN:
        word = tokens.texts[k]
        if folded[k] in _WEEKDAYS_MONTHS or not (word[:1].isupper() or folded[k] in titles
                                                 or (folded[k] == "s" and k > hit.last)):
            break
        named = named or folded[k] in titles or ctx.lexicon.title_by_name(word) is not None
        k += 1
        if k < len(tokens) and _gap_breaks(ctx, k - 1):
            break
    if k == hit.last:
        return True  # (`visiting the wounded`)
    named = named or any(f.kind == "person" for f in ctx.entities.between(
        tokens.starts[hit.last], tokens.ends[k - 1]))
    if not named:
        return True  # (`visiting Washington for talks`)
    to = _PLACE_AFTER.match(ctx.text, tokens.ends[k - 1], sent.end)
    return to is not None and any(
        f.place is not None for f in ctx.entities.between(to.end(), to.end() + 1))


_NAME_REACH = 40  # characters a person's name may start before one of its words
_MEMBER_REACH = 6  # at most this many capitalised words between `leader of the` and the hit


def not_in_a_name(ctx: Context, sent: Sentence, hit: Hit) -> bool:
    """A capitalised trigger inside a person's name or the name of a body is no event
    of its kind: `Ban Ki-moon will take over` (a person found there), `the North
    Atlantic Treaty Organization` (a word of `[checks.in_a_name] heads` right after
    it), `a leader of the Iraqi National Dialogue` (a word of `members` and `of the`
    before the name). A name that is the event stays (`the Strategic Dialogue opened on
    Monday`, `signed the Treaty of Rome`)."""
    tokens, folded = ctx.tokens, ctx.tokens.folded
    if not tokens.texts[hit.first][:1].isupper():
        return True
    if any(f.kind == "person" and f.start <= hit.start < f.end for f in ctx.entities.between(
            max(0, hit.start - _NAME_REACH), hit.start + 1)):
        return False
    if tokens.starts[hit.first] <= sent.start:
        return True
    heads, members = _name_words()
    if hit.last < len(tokens) and tokens.starts[hit.last] < sent.end and \
            tokens.texts[hit.last][:1].isupper() and folded[hit.last] in heads and \
            not _gap_breaks(ctx, hit.last - 1):
        return False
    k = hit.first - 1
    while k >= 0 and hit.first - k <= _MEMBER_REACH and tokens.starts[k] >= sent.start and \
            tokens.texts[k][:1].isupper() and not _gap_breaks(ctx, k):
        k -= 1
    return not (k >= 2 and k < hit.first - 1 and folded[k] == "the" and
                folded[k - 1] == "of" and folded[k - 2] in members)


@cache
def _name_words() -> tuple[frozenset[str], frozenset[str]]:
    heads, members = _check_lists("in_a_name", "heads", "members")
    return heads, members
