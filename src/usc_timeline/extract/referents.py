"""Who a pronoun, `who`, `the two leaders` or `these relations` stands for, and who
acts when a report names no one else (`…, the White House said`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from usc_timeline.lexicon.checks import bundled, check_top_level, parse, top_level, words
from usc_timeline.merge import family
from usc_timeline.merge.kinds import ONE_SIDED
from usc_timeline.model import MEASURE_OR_OTHER, Actor, DateSpan, Mention
from usc_timeline.text import Sentence, same_paragraph

from .clauses import GAP_BREAK
from .context import Context, Prev, Trigger, usable_timexes
from .entities import Found
from .found import country_actor
from .guarded import Guarded
from .targets import measure_told_last

# matched at a position (no `^`: it would only match at the start of the text)
# (`the two` alone before its verb: `The two were to have met on Tuesday`)
_BARE_TWO = (r"the two(?=\s+(?:were|are|had|have|will|would|met|meet|spoke|talked|agreed|"
             r"also|later|then|last|first|did|held)\b)")
_PRONOUN = re.compile(r"\W*(?:(he|she|his|her)|(they|their|the two (?:leaders|men|women|"
                      r"presidents|ministers|officials)|" + _BARE_TWO +
                      r"|the (?:presidents|leaders)(?! of\b)|"
                      r"both (?:leaders|presidents|men|women|ministers)))\b", re.IGNORECASE)

# Plural subjects that stand for the two countries of the last bilateral event.
_SIDES = (r"(?:(?:the two|both) (?:sides|governments|countries|nations|militaries|navies|"
          r"armies)|the (?:militaries|navies|armies))")
_COLLECTIVE = re.compile(r"\W*" + _SIDES + r"\b", re.IGNORECASE)
# `…, an aide said the two presidents had agreed`: the subject of a reported clause.
_REPORTED = Guarded(re.compile(r"\b(?:said|says|added|announced|noted)(?: that)?\s+(the two "
                               r"(?:leaders|men|presidents|ministers)|the (?:presidents|leaders)|"
                               r"both (?:leaders|presidents|men)|" + _SIDES + r")\b",
                               re.IGNORECASE), ("said", "says", "added", "announced", "noted"))
# `was announced by both sides`, `talks between the two governments`: after the trigger.
_AGENT_AFTER = re.compile(r"\s+(?:\w+\s+){0,3}?(?:by|between)\s+(" + _SIDES +
                          r"|the two (?:leaders|men|presidents))\b", re.IGNORECASE)


_FRONTED_OWNER = re.compile(r"\W*(?:during|at|after|before|following|ahead of|in|since)\s+"
                            r"(?:their|his|her)\b", re.IGNORECASE)
# a sentence whose subject is the meeting told before, named again by a definite noun,
# then (past an aside) a verb of what it came after or before
_MEETING_SUBJECT = re.compile(r"\W*The\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|talks|call|"
                              r"conversation|session)\b(?:,[^;:()]{0,120}?,)?\s+"
                              r"(?:followed|follows|came\s+after|comes\s+after|was\s+preceded\s+by|"
                              r"built\s+on|builds\s+on)\s+(?:[\w-]+\s+){0,4}$")
_OWNER = re.compile(r"\b(his|her|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_INNER_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)


# `said (on Monday) (that) he would meet`: the subject of a reported clause right after
# the reporting verb, a few words before the verb trigger
_SAID_HE = re.compile(r"\b(?:said|says|told\s+\w+|added|announced|stated)\s+"
                      r"(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:that\s+)?(?:he|she)\s+"
                      r"(?:[a-z]+\s+){0,3}$")
_PRONOUN_CLAUSE = re.compile(r"\b(?:(he|she)|(they))\b[^,;:()]*,\s*$", re.IGNORECASE)
# (`Hours later the two leaders spoke by telephone`: a pair named as such, too)
_THEY = r"(they|the two (?:leaders|men|women|presidents|ministers)|both (?:leaders|presidents))"
_PRONOUN_SUBJECT = re.compile(r"\b(?:(he|she)|" + _THEY + r")\s+(?:[a-z]+\s+){0,2}$")
# `On Saturday she held long talks with …`: a pronoun subject of a support verb whose
# object is the noun trigger
# (`held two days of talks`, `had a second round of talks`: a measure of the talks, then
# `of`, may come between)
_PRONOUN_HOLDS = re.compile(r"\b(?:(he|she)|" + _THEY + r")\s+(?:also\s+)?(?:held|holds|hold|had|"
                            r"has|have|began|begins|opened|opens|led|leads|attended|attends|"
                            r"joined|joins|wrapped up|concluded)\s+(?:[a-z]+\s+){0,2}"
                            r"(?:(?:days?|hours?|weeks?|rounds?|sessions?|series|couple)\s+of\s+"
                            r"(?:[a-z]+\s+)?)?$")
# a sentence whose subject is `he`/`she` before anyone it names (`On Saturday she met X.`)
_LEADING_PRONOUN = re.compile(r"\W*(?:(?:on|in|at|by|after|before|later|then|earlier|"
                              r"also|[A-Z][a-z]+day)\b[^,;:()]{0,30}?,?\s+)?(?:he|she)\b",
                              re.IGNORECASE)


_TWO = re.compile(r"\W*(?:the two (?:leaders|men|women|presidents|ministers|officials|sides)\b|"
                  + _BARE_TWO + ")", re.IGNORECASE)


_AND_AFTER = re.compile(r"\s+and\b")
_AND_BEFORE = re.compile(r"\band\s+$")


# Every word a pattern below needs: a sentence with none of them (most) has no pronoun,
# `who` or `the two …` to resolve, and is told so by a set look-up over its tokens
# instead of a dozen case-insensitive searches. (Tokens are casefolded; `ı` and `İ`, which
# such a search takes for `i` and casefolding does not, are checked for apart.)
_REFERRING = frozenset({"he", "she", "his", "her", "him", "they", "their", "who", "two", "both",
                        "presidents", "leaders", "militaries", "navies", "armies"})


def _may_refer(ctx: Context, sent: Sentence) -> bool:
    starts = ctx.token_starts
    here = ctx.tokens.folded[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]
    return not _REFERRING.isdisjoint(here) or "\u0131" in sent.text or "\u0130" in sent.text


# `Kerry, who is expected to arrive`: a plan's 'be expected/due/set to' is three words
_WHO = Guarded(re.compile(r"(?:,\s*)?\bwho\s+(?:(?:is|was|are|were|will\s+be|would\s+be)\s+"
                          r"(?:expected|due|scheduled|set|slated|going|planning|poised|likely)\s+to\s+"
                          r"|(?:\w+\s+){0,2})$", re.IGNORECASE), "who")
# `Wang Yi, who visited Washington last month and met Blinken`: the second verb too
_WHO_AND = Guarded(re.compile(r"(?:,\s*)?\bwho\s+[^,;:()]{1,80}?\band\s+(?:then\s+|later\s+|"
                              r"also\s+)?$", re.IGNORECASE), "who")


def referents(ctx: Context, prev: Prev, sent: Sentence, trig: Trigger,
              found: list[Found], earlier: Sequence[Mention] = ()) -> list[Found]:
    """People a pronoun or `who` stands for: `She met Tsai` after a sentence about
    Pelosi; `Wang Yi, who visited Washington`; `Li met him`; and the parties of the talks
    a `which produced` clause hands its outcome (`earlier`: the sentence's mentions so
    far)."""
    got = produced_by(ctx, sent, trig, found, earlier)
    if not _may_refer(ctx, sent):
        return got
    got += _coordinated_subject(ctx, sent, trig, found + got, earlier) or \
        _subjects(ctx, prev, sent, trig, found + got)
    return got + _object(ctx, prev, sent, trig, found + got)


# `…, and on Friday he held talks`: a pronoun subject opening a clause coordinated after
# a comma (an adverbial of time or place between allowed)
_COORDINATED_HE = re.compile(r",\s+and\s+(?:(?:then|later|on|in|at|last|this|next|early|"
                             r"late)\b[^,;:()]{0,30}?\s+)?(?:he|she)\s+(?:[a-z]+\s+){0,2}$",
                             re.IGNORECASE)


def _coordinated_subject(ctx: Context, sent: Sentence, trig: Trigger, found: list[Found],
                         earlier: Sequence[Mention]) -> list[Found]:
    """`He met Xi on Thursday, and on Friday he held talks with Hu`: the pronoun going on
    after `, and` is the subject of the sentence's first clause — the first person of its
    first mention — not the person named last before it (Xi)."""
    if not trig.verb or not earlier or any(
            f.kind == "person" and f.start < trig.start and f.end > max(
                0, trig.start - 40) and ctx.text[f.end:trig.start].strip() == ""
            for f in found):
        return []
    if _COORDINATED_HE.search(ctx.text, max(sent.start, trig.start - 80), trig.start) is None:
        return []
    first = earlier[0]
    if first.source.char_start != sent.start:
        return []
    people = [a for a in first.actors if a.kind == "person"]
    if not people:
        return []
    return [Found(trig.start, trig.end, "person", people[0])]


def _subjects(ctx: Context, prev: Prev, sent: Sentence, trig: Trigger,
              found: list[Found]) -> list[Found]:
    """Who the trigger's subject (or owner) stands for, when it is a pronoun, `who` or
    a plural such as `the two sides`."""
    out: list[Found] = []
    who = _WHO.search(ctx, max(sent.start, trig.seg_start - 20), trig.start) or \
        _WHO_AND.search(ctx, max(sent.start, trig.start - 100), trig.start)
    if who is not None:
        before = [f for f in ctx.entities.between(max(sent.start, who.start() - 80), who.start())
                  if f.kind == "person" and f.end <= who.start()]
        out += before[-1:]
    plural = _plural(ctx, sent, trig)
    if plural is not None and not any(f.actor is not None and f.kind != "organization"
                                      for f in found):
        got = _sides(ctx, trig) if _COLLECTIVE.match(plural) else _pair(ctx, sent, trig,
                                                                           plural)
        if got:
            return out + got
    two_words = _TWO.match(ctx.text, sent.start, trig.start)
    if two_words is not None and not any(f.kind == "person" for f in found):
        if _HEADS_WORD.search(two_words.group()):
            # `The two leaders also met at the UN`: two heads, not the last pair of
            # any rank (`dined with Bill Gates`)
            pair = _pair_of_last(ctx, trig, heads=True) or \
                _last_people(ctx, sent.start - 3000, trig.start, 2, heads=True) or \
                _head_and_side(ctx, sent, trig)
        else:
            pair = []
        pair = pair or _pair_of_last(ctx, trig)
        if pair:
            # `The two men resume their discussions`: the two of the last such event.
            return out + pair
    if not trig.verb and family(trig.kind) == "meeting" and not any(
            f.actor is not None for f in found):
        opening = _MEETING_SUBJECT.match(ctx.text, sent.start, trig.start)
        if opening is not None:
            # `The meeting, the third between the two men, followed two telephone calls`:
            # calls the meeting told before followed were the same two's
            pair = _pair_of_last(ctx, trig)
            if pair:
                return out + pair
    owner = None if trig.verb else _OWNER.search(ctx.text, max(sent.start, trig.start - 40),
                                                 trig.start)
    if owner is not None and _FRONTED_OWNER.match(ctx.text, sent.start, trig.start):
        owner = None  # `During their meeting, Qin told …`: the main clause names them
    if owner is not None and not any(f.kind == "person" for f in found):
        # `At their meeting in Bali`, `his visit`: the people named just before.
        want = 2 if owner.group(1).lower() == "their" else 1
        pair = _pair_of_meeting(ctx, prev, sent, trig) if want == 2 else []
        return out + (pair or _last_people(ctx, sent.start - 1500, owner.start(), want))
    inner = _INNER_PRONOUN.search(ctx.text, trig.seg_start, trig.start)
    paired = inner is not None and (
        _AND_AFTER.match(ctx.text, inner.end()) is not None
        or _AND_BEFORE.search(ctx.text, max(0, inner.start() - 6), inner.start()) is not None)
    if inner is not None and (paired or not any(f.kind == "person" and f.start < trig.start
                                                for f in found)):
        # (`he and Wang Yi met`: the pronoun is a participant beside the name)
        # `Yellen said she hopes to visit China`: the person named before the pronoun.
        before = [f for f in ctx.entities.between(sent.start, inner.start())
                  if f.kind == "person"]
        if before:
            return out + before[-1:]
    if trig.verb and not any(f.kind == "person" and f.start < trig.start for f in found):
        said = _SAID_HE.search(ctx.text, max(sent.start, trig.start - 70), trig.start)
        if said is not None:
            # `Modi said (on Monday) he would meet Biden`: the speaker
            before = [f for f in ctx.entities.between(sent.start, said.start())
                      if f.kind == "person"]
            if before:
                return out + before[-1:]
    pronoun = _PRONOUN.match(ctx.text, trig.seg_start if trig.verb else sent.start, trig.end)
    if pronoun is None and trig.seg_start != sent.start:
        pronoun = _PRONOUN.match(ctx.text, sent.start, trig.end)
        if pronoun is not None and any(f.kind == "person" for f in
                                       ctx.entities.between(sent.start, trig.start)):
            pronoun = None
    if pronoun is None:
        # `In October he visited Tokyo`: a pronoun subject after an opening adverbial
        # (of a noun trigger, through a support verb: `On Saturday she held talks`)
        pronoun = (_PRONOUN_SUBJECT if trig.verb else _PRONOUN_HOLDS).search(
            ctx.text, sent.start, trig.start)
        if pronoun is not None and any(f.kind == "person" for f in
                                       ctx.entities.between(sent.start, pronoun.start())):
            pronoun = None
        if pronoun is not None and pronoun.group(2) and \
                _HEADS_WORD.search(pronoun.group(2)) and \
                not _last_people(ctx, sent.start - 3000, trig.start, 2, heads=True):
            pronoun = None  # `the two presidents agreed`: no two heads named before it
    if pronoun is None and trig.verb and trig.text.casefold().endswith("ing"):
        # `… he spent five days here in 2012, visiting Iowa`: the participle's subject
        pronoun = _PRONOUN_CLAUSE.search(ctx.text, sent.start, trig.start)
    they = pronoun is not None and pronoun.group(2) is not None and \
        pronoun.group(2).casefold() in ("they", "their")
    if pronoun is not None and (prev.sentence is not None or they) and \
            not any(f.kind == "person" and f.start < trig.start for f in found):
        if pronoun.group(2):
            # `They`/`the two leaders`: the last two people named before (in this
            # sentence first: `a call between Biden and Xi, … since they met`); two
            # leaders or presidents are the last two heads named.
            heads = bool(_HEADS_WORD.search(pronoun.group(2)))
            they_ = pronoun.group(2).casefold() in ("they", "their")
            two = (they_ and (_plural_before(ctx, prev, trig)
                              or _pair_of_meeting(ctx, prev, sent, trig))) or (
                heads and (_last_people(ctx, sent.start - 3000, trig.start, 2, heads=True)
                           or (_PAIR_WORD.search(pronoun.group(2)) is not None
                               and _head_and_side(ctx, sent, trig)))
            ) or _last_people(ctx, sent.start - 1500, trig.start, 2)
            if not two and they_:
                # `the relationship the two governments built when they established
                # ties`: no two people named before, so the two countries
                two = _doc_pair(ctx, sent, trig)
            out += two
        elif prev.sentence is not None and \
                same_paragraph(ctx.text, prev.sentence.end, sent.start):
            people = [f for f in ctx.entities.between(prev.sentence.start, prev.sentence.end)
                      if f.kind == "person"]
            # `Yellen's departure came as Biden began a trip. He flew to London`: a
            # person named only as an owner yields to one who acts
            acting = [f for f in people if not _POSSESSIVE.match(ctx.text, f.end)]
            # `As vice president he toured …`: one who held that post, owner or not
            held = _held_post(ctx, sent, people)
            people = ([f for f in held if f in acting] or held) if held else (acting or people)
            near = trig.start - pronoun.end() <= _NEAR_PRONOUN
            handed = _handed_on(ctx, prev, trig, people) if people else []
            if pronoun.group(1) and _PASSIVE.fullmatch(ctx.text, pronoun.end(1), trig.start):
                # `Li met him. He had been received by Xi`: the guest of a passive is the
                # one the sentence before took from outside its words, not its subject
                handed = _taken(ctx, prev, people, trig.start, trig.end) or \
                    _object_before(ctx, prev, trig) or handed
            out += handed or _topic(ctx, prev, acting) or people[:1] or (
                _resolved_before(ctx, prev, trig) if near else [])
        elif prev.sentence is not None and pronoun.group(1) and \
                _LEADING_PRONOUN.match(ctx.text, sent.start, trig.start) is not None:
            # `He will go to Muscatine, where he stayed …, before a dinner hosted by Gov.
            # Branstad.` / `He is due in Los Angeles on Thursday`: a paragraph opening on
            # he/she after one whose last sentence opened on he/she too goes on with the
            # one person that sentence took from outside its words (not whom it names)
            people = [f for f in ctx.entities.between(prev.sentence.start, prev.sentence.end)
                      if f.kind == "person"]
            out += _handed_on(ctx, prev, trig, people)
    if trig.kind == "agreement" and _BETWEEN_SIDES.search(sent.text) and \
            len({f.actor.country for f in found + out
                 if f.actor is not None and f.actor.kind == "country"}) < 2:
        # `trade between the two countries has grown since ties were established`
        out += _doc_pair(ctx, sent, trig)
    return out


def _topic(ctx: Context, prev: Prev, acting: list[Found]) -> list[Found]:
    """`Kerry's last visit was in 2021, when he held talks in Tianjin and spoke to Wang
    Yi. His first came that April, when he landed in Shanghai`: when the sentence before
    went on about someone through `he`/`she` (its mentions name one person besides those
    its words name as acting), the next `he` is that person still, not the one named
    last."""
    assert prev.sentence is not None
    start, end = prev.sentence.start, prev.sentence.end
    if not _INNER_PRONOUN.search(ctx.text, start, end):
        return []
    named = {f.actor.name for f in acting if f.actor is not None}
    carried = {a.name for m in ctx.history if start <= m.source.char_start < end
               for a in m.actors if a.kind == "person" and a.name not in named}
    if len(carried) != 1:
        return []
    (who,) = carried
    earlier = [f for f in ctx.entities.between(max(0, start - 3000), start)
               if f.kind == "person" and f.actor is not None and f.actor.name == who]
    return earlier[-1:]


# a sentence whose subject, first (past an opening time at most), is a plural that
# stands for two (`The two leaders could meet …`, `They met …`)
_PLURAL_OPENING = re.compile(r"\W*(?:(?:on|in|at|by|later|then|earlier|last|this|"
                             r"[A-Z][a-z]+day)\b[^,;:()]{0,30}?,?\s+)?(?:they|" + _BARE_TWO +
                             r"|the two (?:leaders|men|women|presidents|ministers|officials)|"
                             r"both (?:leaders|presidents|men|women|ministers))\b",
                             re.IGNORECASE)


def _plural_before(ctx: Context, prev: Prev, trig: Trigger) -> list[Found]:
    """`The two leaders could meet in Lima. They last spoke in March`: `they` going on
    with the plural subject of the sentence just before (same paragraph) stands for
    whom that sentence's first mention took it for, not for the last two people named."""
    before = prev.sentence
    if before is None or not same_paragraph(ctx.text, before.end, trig.start) or \
            _PLURAL_OPENING.match(ctx.text, before.start, before.end) is None:
        return []
    for m in ctx.history:
        if before.start <= m.source.char_start < before.end:
            if family(m.kind) != family(trig.kind):
                return []  # (`The two leaders agreed that … They discussed …`)
            sides = [a for a in m.actors if a.kind in ("person", "country")]
            if len(sides) < 2:
                return []
            return [Found(trig.start, trig.end, a.kind, a) for a in sides]
    return []


_PAIR_WORD = re.compile(r"\b(?:two|both)\b", re.IGNORECASE)


def _head_and_side(ctx: Context, sent: Sentence, trig: Trigger) -> list[Found]:
    """`The two leaders could meet in Lima` when the article names one head only (`Obama
    has said he wants a deal`): that head and the other country the article is about,
    not whoever was named last beside him (a minister, a negotiator)."""
    head = _last_people(ctx, sent.start - 3000, trig.start, 1, heads=True)
    if not head or head[0].actor is None:
        return []
    own = head[0].actor.country
    others = [f for f in _doc_pair(ctx, sent, trig)
              if f.actor is not None and f.actor.country != own]
    if own is None or len(others) != 1:
        return []
    return [Found(trig.start, trig.end, "person", head[0].actor), *others]


def _doc_pair(ctx: Context, sent: Sentence, trig: Trigger) -> list[Found]:
    """The two countries an article is about: the pair its two-country mentions name
    most often so far (the first named on a tie), else the first two named in the sentence
    before the trigger (`The United States and China issued …, since they …`)."""
    counts: dict[tuple[str, ...], int] = {}
    for m in ctx.history:
        codes = tuple(sorted({a.country for a in m.actors if a.country}))
        if len(codes) == 2:
            counts[codes] = counts.get(codes, 0) + 1
    if counts:
        # on a tie, the pair named first: an article opens with the pair it is about
        pair: tuple[str, ...] = max(counts, key=lambda c: counts[c])
    else:
        named = [f.actor.country for f in ctx.entities.between(sent.start, trig.start)
                 if f.kind == "country" and f.actor is not None and f.actor.country]
        pair = tuple(dict.fromkeys(named))[:2]
        if len(pair) < 2:
            return []
    countries = [ctx.lexicon.country_by_code(c) for c in pair]
    return [Found(trig.start, trig.end, "country", country_actor(c))
            for c in countries if c is not None]


# `Embassies are to open in both capitals`, `The two embassies will open`: embassies or
# consulates named by no country, as the subject opening the sentence
_BARE_POSTS = re.compile(r"\W*(?:the\s+(?:two\s+)?)?(?:new\s+)?(?:embassies|consulates)\b",
                         re.IGNORECASE)


def posts_of_both(ctx: Context, sent: Sentence, trig: Trigger) -> list[Found]:
    """`Embassies are to open in both capitals on March 1`: embassies that open, named by
    no country, are the two sides' own, those of the two countries the article is about
    (the check `post_opens` found them the verb's subject)."""
    if trig.spec.check != "post_opens" or \
            _BARE_POSTS.match(ctx.text, sent.start, trig.start) is None:
        return []
    return _doc_pair(ctx, sent, trig)


_BETWEEN_SIDES = re.compile(r"\bbetween " + _SIDES + r"\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?\b")
_NEAR_PRONOUN = 24  # characters from a pronoun to the trigger it is the subject or owner of


# `As vice president, he …`, `As China's foreign minister she …`: the post the
# sentence's pronoun subject held (the words up to the pronoun, at most five)
_AS_POST = re.compile(r"\W*as\s+(?:(?:a|an|the|then|former|[A-Z][\w.]*['’]s?)\s+)?"
                      r"((?:[\w-]+\s+){0,4}?[\w-]+)\s*,?\s+(?:he|she)\b", re.IGNORECASE)


def _held_post(ctx: Context, sent: Sentence, people: list[Found]) -> list[Found]:
    """The people of `people` who ever held the post an `As <title>` opener names, when
    not all did: the pronoun after it is one of them, even when the sentence before
    names another person as its subject (`The visit is Mr. Xi's first since he met Mr.
    Obama. As vice president he toured the country`: Xi, not Obama)."""
    m = _AS_POST.match(ctx.text, sent.start, sent.end)
    title = ctx.lexicon.title_by_name(" ".join(m.group(1).split())) if m is not None else None
    if title is None:
        return []
    role = title.role.casefold()
    held = [f for f in people if f.person is not None
            and any(r.title.casefold() == role for r in f.person.roles)]
    return held if len(held) < len(people) else []


def _handed_on(ctx: Context, prev: Prev, trig: Trigger, people: list[Found]) -> list[Found]:
    """`Yellen met Li on Friday. On Saturday she held talks with He. She also met Liu.`:
    when the sentence before has a pronoun for its subject, ahead of anyone it names, the
    pronoun stands for the same person as that one (the one person its mentions took
    from outside its text), not for whom it names."""
    assert prev.sentence is not None
    lead = _LEADING_PRONOUN.match(ctx.text, prev.sentence.start, prev.sentence.end)
    if lead is None or any(f.start < lead.end() for f in people):
        return []
    return _taken(ctx, prev, people, trig.start, trig.end)


def _taken(ctx: Context, prev: Prev, people: list[Found], at: int, end: int) -> list[Found]:
    """The one person the sentence before's mentions took from outside its own words
    (`people`: the ones it names), if exactly one (as found at [at, end))."""
    assert prev.sentence is not None
    named = {f.actor.name for f in people if f.actor is not None}
    taken = {a.name: a for m in ctx.history
             if prev.sentence.start <= m.source.char_start < prev.sentence.end
             for a in m.actors if a.kind == "person" and a.name not in named}
    if len(taken) != 1:
        return []
    return [Found(at, end, "person", next(iter(taken.values())))]


# `he was received by`, `she had been warmly welcomed`: a passive, from the pronoun to the
# verb trigger
_PASSIVE = re.compile(r"\s+(?:(?:had|has|have|will|would)\s+)?(?:was|were|is|are|been|be)\s+"
                      r"(?:(?:[a-z]+ly|later|then|also|first)\s+)?")


# `Wang Yi met him`, `hosted her on Monday`: an object pronoun right after a verb trigger
# (`her` only where no noun follows it: `met her counterpart` is the owner's)
_OBJECT = re.compile(r"\s+(?:with\s+)?(?:(him)|(her))\b(?(2)(?=\s*(?:[,.;:!?)\u2014]|$|"
                     r"(?:and|on|in|at|for|to|during|after|before|as|with|last|this|next|"
                     r"again|twice|briefly|there|here|yesterday|today|later|earlier)\b)))")


def _object_before(ctx: Context, prev: Prev, trig: Trigger) -> list[Found]:
    """The one person an object pronoun of the sentence before stood for (`Wang Yi met
    him and praised Kissinger-style diplomacy`: whom its meeting took besides the people
    named before the pronoun), as found at the trigger."""
    assert prev.sentence is not None
    start, end = prev.sentence.start, prev.sentence.end
    for m in ctx.history:
        if not start <= m.source.char_start < end:
            continue
        for h in m.source.highlights:
            obj = _OBJECT.match(ctx.text, h.end, end) if h.kind == "trigger" else None
            if obj is None:
                continue
            named = {f.actor.name for f in ctx.entities.between(start, obj.start())
                     if f.kind == "person" and f.actor is not None}
            left = [a for a in m.actors if a.kind == "person" and a.name not in named]
            if len(left) == 1:
                return [Found(trig.start, trig.end, "person", left[0])]
    return []


def _object(ctx: Context, prev: Prev, sent: Sentence, trig: Trigger,
            found: list[Found]) -> list[Found]:
    """`The week ended a visit by Kissinger. On Wednesday, Wang Yi met him`: an object
    pronoun stands for the last person named before (this sentence, then the one before
    in the same paragraph) who is not the clause's own subject; failing a name, for the
    one person the sentence before took from outside its words."""
    if not trig.verb or (trig.kind in ONE_SIDED and not any(f.actor is not None
                                                             for f in found)):
        return []  # (`X called on him to …`: whom a statement is addressed to, not its maker)
    m = _OBJECT.match(ctx.text, trig.end, sent.end)
    if m is None:
        return []
    at = m.start(1) if m.group(1) else m.start(2)
    subject = {f.actor.name for f in found if f.kind == "person" and f.actor is not None}
    before = prev.sentence if prev.sentence is not None and \
        same_paragraph(ctx.text, prev.sentence.end, sent.start) else None
    lo = before.start if before is not None else sent.start
    for f in reversed(ctx.entities.between(lo, trig.start)):
        if f.kind == "person" and f.actor is not None and f.end <= trig.start and \
                f.actor.name not in subject:
            return [replace(f, start=at, end=m.end())]
    if before is None:
        return []
    people = [f for f in ctx.entities.between(before.start, before.end)
              if f.kind == "person"]
    return [f for f in _taken(ctx, prev, people, at, m.end())
            if f.actor is not None and f.actor.name not in subject]


def _resolved_before(ctx: Context, prev: Prev, trig: Trigger) -> list[Found]:
    """`It was Mr. Blinken's trip. He visited Beijing. His meeting with Wang …`: a
    sentence that names no one hands on the person its own pronoun stood for (the one
    person of its mentions)."""
    assert prev.sentence is not None
    people = {a.name: a for m in ctx.history
              if prev.sentence.start <= m.source.char_start < prev.sentence.end
              for a in m.actors if a.kind == "person"}
    if len(people) != 1:
        return []
    return [Found(trig.start, trig.end, "person", next(iter(people.values())))]


def _plural(ctx: Context, sent: Sentence, trig: Trigger) -> str | None:
    """A plural subject the trigger's clause gives only as `both sides`, `the two
    governments`, `the presidents` (opening the sentence or clause, after `said`, or as
    the agent after the trigger), or None."""
    for start in (trig.seg_start, sent.start):
        m = _COLLECTIVE.match(ctx.text, start, trig.start)
        if m is None:
            # `In January the two sides signed …`: past an opening time expression
            opener = _opening_time(ctx, start, trig.start)
            m = _COLLECTIVE.match(ctx.text, opener, trig.start) if opener else None
        if m is not None:
            return m.group(0).strip()
    lo = max(sent.start, trig.start - 80)
    m = _REPORTED.search(ctx, lo, trig.start)
    if m is not None and not GAP_BREAK.search(ctx.text, m.end(), trig.start):
        return m.group(1)
    m = _AGENT_AFTER.match(ctx.text, trig.end, min(sent.end, trig.end + 60))
    if m is not None:
        return m.group(1)
    if trig.verb and trig.kind == "announcement":
        # `the president announced that the two countries would extend visas`: what is
        # announced is the two sides' step, theirs as much as the announcer's
        m = _ANNOUNCED_SIDES.match(ctx.text, trig.end, min(sent.end, trig.end + 40))
        if m is not None:
            return m.group(1)
    return None


_ANNOUNCED_SIDES = re.compile(r"\s+(?:that\s+)?(" + _SIDES + r")\b", re.IGNORECASE)


# what may come before an opening time expression: `In`, `Late on`, `Earlier`
_TIME_LEAD = re.compile(r"\W*(?:(?:in|on|at|by|during|since|from|early|late|later|earlier|"
                        r"until|as of)\s+)*", re.IGNORECASE)


def _opening_time(ctx: Context, start: int, end: int) -> int | None:
    """The end of the time expression that opens the text at `start` (`In January`, `On
    Friday,`, `Last week`), or None."""
    lead = _TIME_LEAD.match(ctx.text, start, end)
    if lead is None:  # (only when `start` is past `end`)
        return None
    for t in usable_timexes(ctx, start, min(end, lead.end() + 1)):
        if t.start == lead.end():
            return int(t.end)
    return None


def _pair(ctx: Context, sent: Sentence, trig: Trigger, plural: str) -> list[Found]:
    """Two people: the pair of the last such event for `the two men`, else the last two
    heads for presidents and leaders, else the last two people named."""
    if re.search(r"men|women", plural, re.IGNORECASE):
        pair = _pair_of_last(ctx, trig)
        if pair:
            return pair
    if _HEADS_WORD.search(plural):
        heads = _last_people(ctx, sent.start - 3000, trig.start, 2, heads=True)
        if heads:
            return heads
    return _last_people(ctx, sent.start - 1500, trig.start, 2)


def _sides(ctx: Context, trig: Trigger) -> list[Found]:
    """`Both sides`, `the two militaries`: the two countries of the document's last
    mention that involves two (within a few paragraphs)."""
    for m in reversed(ctx.history[-12:]):
        if trig.start - m.source.char_end > 3000:
            break
        codes = list(dict.fromkeys(a.country for a in m.actors if a.country))
        if len(codes) == 2:
            countries = [ctx.lexicon.country_by_code(c) for c in codes]
            return [Found(trig.start, trig.end, "country", country_actor(c))
                    for c in countries if c is not None]
    return []


def _pair_of_last(ctx: Context, trig: Trigger, *, heads: bool = False) -> list[Found]:
    """The two people of the document's last mention of this kind of event, when it
    names two (within a few paragraphs); if `heads`, only of a mention whose two are
    heads of state or government."""
    fam = family(trig.kind)
    for m in reversed(ctx.history[-12:]):
        if family(m.kind) != fam or trig.start - m.source.char_end > 3000:
            continue
        people = [a for a in m.actors if a.kind == "person"]
        if heads:
            people = [a for a in people if a.role and _HEAD.match(a.role)]
        if len(people) >= 2:
            return [Found(trig.start, trig.end, "person", a) for a in people[:2]]
    return []


def _pair_of_meeting(ctx: Context, prev: Prev, sent: Sentence, trig: Trigger) -> list[Found]:
    """`They held a follow-up call`, `their virtual summit`: the two the sentence before
    names as its joint subject (`On Saturday Obama and Xi joined the accord. Their talks
    ran late`), else the two of the document's last meeting, talks or call, not the last
    two people named (a background paragraph names others in between). Only when the
    sentence itself names fewer than two people before the trigger: `a call between Biden
    and Xi, … since they met` means those two."""
    if family(trig.kind) != "meeting":
        return []
    named = {f.actor.name for f in ctx.entities.between(sent.start, trig.start)
             if f.kind == "person" and f.actor is not None and f.end <= trig.start}
    if len(named) >= 2:
        return []
    return _joint_subject(ctx, prev) or _pair_of_last(ctx, trig)


# `On Saturday Mr. Obama and Mr. Xi …`: a sentence opening on two people joined by `and`
# (after at most a short fronted phrase ending in a comma or a date)
_JOINT_GAP = re.compile(r"\s+and\s+(?:[A-Z][\w.-]*\s+){0,3}$")


def _joint_subject(ctx: Context, prev: Prev) -> list[Found]:
    """The two people the sentence just before opens on as its joint subject (`Mr. Obama
    and Mr. Xi had formally brought …`), when it is the sentence right before."""
    before = prev.sentence
    if before is None:
        return []
    people = [f for f in ctx.entities.between(before.start, before.end)
              if f.kind == "person" and f.actor is not None]
    if len(people) < 2:
        return []
    first, second = people[0], people[1]
    if not _JOINT_GAP.match(ctx.text, first.end, second.start) or \
            first.actor == second.actor:
        return []
    lead = ctx.text[before.start:first.start]
    if len(lead.split()) > 4 or any(f.start < first.start for f in
                                    ctx.entities.between(before.start, first.start)):
        return []
    return [Found(f.start, f.end, "person", f.actor) for f in (first, second)]


_HEADS_WORD = re.compile(r"leaders|presidents", re.IGNORECASE)
_HEAD = re.compile(r"^(?:President|Premier|Prime Minister|Chancellor|General Secretary|King|"
                   r"Emperor|Chairman|Monarch|Emir|Supreme Leader)", re.IGNORECASE)


def _last_people(ctx: Context, start: int, end: int, count: int, *,
                 heads: bool = False) -> list[Found]:
    """The last `count` different people named in [start, end) (heads of state or
    government only, if `heads`; none unless `count` are found then)."""
    names: dict[str, Found] = {}
    for f in reversed(ctx.entities.between(max(0, start), end)):
        if heads and not (f.actor is not None and f.actor.role and _HEAD.match(f.actor.role)):
            continue
        if f.kind == "person" and f.actor is not None:
            names.setdefault(f.actor.name, f)
        if len(names) == count:
            break
    if heads and len(names) < count:
        return []
    return list(names.values())


def attribution(ctx: Context, triggers: list[Trigger], trig: Trigger) -> list[Actor]:
    """`The levies take effect on Monday, the White House said`: an institution or
    country that reports a measure with no other agent is its agent; failing that, a
    measure named as a noun is about whom its own relative clause names (`last week's
    executive orders, signed on Aug. 6, that ban dealings with Acme`)."""
    for light in triggers:
        if light.spec.light and light.start > trig.end and light.start != trig.other_verb:
            # (`It suspended exchanges, a day after the administration told Congress of
            # an arms sale`: who tells in the clause of another event is not the agent)
            return [f.actor for f in ctx.entities.between(light.seg_start, light.seg_end)
                    if f.actor is not None and f.actor.kind in ("organization", "country")]
    return _targets(ctx, trig)


# `orders, signed on Aug. 6, that ban …`: a relative clause right after the noun (past an
# aside between commas), up to the end of its clause
_RELATIVE = re.compile(r"(?:\s*,[^,;:()]{1,40},)?\s*(?:that|which)\s+([^;:()]{1,160}?)"
                       r"(?=[;:()]|[.!?](?:\s|$)|$)", re.IGNORECASE)


def _targets(ctx: Context, trig: Trigger) -> list[Actor]:
    """The actors a measure noun's `that`/`which` clause names."""
    if trig.verb or trig.kind not in MEASURE_OR_OTHER:
        return []
    m = _RELATIVE.match(ctx.text, trig.end)
    if m is None:
        return []
    return [f.actor for f in ctx.entities.between(m.start(1), m.end(1))
            if f.actor is not None]


_ANAPHOR = re.compile(r"^\W*(?:these|this|their|its|the|such)\s+(?:\w+\s+)?"
                      r"(?:relations|relationship|ties|countries|nations|sides|two)\b",
                      re.IGNORECASE)


# words after a measure noun within which it may be said to come into force (`the duties
# are to take effect`, `the new levies, announced on Friday, take effect`)
_IN_FORCE = 8
# `Those tariffs`, `these sanctions`: a measure named again right after the sentence that
# told it
_DEMONSTRATIVES = frozenset({"those", "these", "such"})


def measure_told_before(ctx: Context, prev: Prev, sent: Sentence, trig: Trigger
                        ) -> list[Actor]:
    """`… agreed to leave its tariffs on Chinese goods at 10 percent. Those tariffs have
    been in force since Sept. 24`: a measure noun after `those`/`these` is the one of
    that kind the sentence before told (same paragraph); its actors. So is a definite
    one that comes into force (`The duties take effect on Feb. 10`), the measure told
    last, a few sentences back."""
    if trig.verb or trig.kind not in MEASURE_OR_OTHER or trig.first == 0:
        return []
    after = bisect_left(ctx.token_starts, trig.end)
    if ctx.triggers.in_force_after(ctx.tokens.folded[after:after + _IN_FORCE]):
        told = measure_told_last(ctx, trig, dated=False)
        if told is not None and told.kind == trig.kind:
            return list(told.actors)
    if prev.sentence is None:
        return []
    if ctx.tokens.folded[trig.first - 1] not in _DEMONSTRATIVES or \
            not same_paragraph(ctx.text, prev.sentence.end, sent.start):
        return []
    for m in reversed(prev.mentions):
        if m.kind == trig.kind and m.actors:
            return list(m.actors)
    return []


def anaphora(ctx: Context, prev: Prev, sent: Sentence) -> list[Actor]:
    """`These relations …`: the countries of the sentence before, same paragraph."""
    if not _ANAPHOR.match(sent.text) or prev.sentence is None:
        return []
    if not same_paragraph(ctx.text, prev.sentence.end, sent.start):
        return []
    found = ctx.entities.between(prev.sentence.start, prev.sentence.end)
    actors: dict[str, Actor] = {}
    for f in found:
        if f.actor is not None and f.actor.kind == "country" and f.actor.country:
            actors.setdefault(f.actor.name, f.actor)
        elif f.actor is not None and f.actor.kind == "person" and f.actor.country:
            c = ctx.lexicon.country_by_code(f.actor.country)
            if c is not None:
                actors.setdefault(c.name, Actor(c.name, c.code, None, "country"))
    return list(actors.values())


# `it` as the subject right before the trigger (`On Saturday it announced`, `that it had
# secured`, `it would give back`)
_IT_SUBJECT = re.compile(r"\b(?:it|the\s+(?P<body>agency|ministry|department|bureau|"
                         r"commission|regulator))\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_IT_REACH = 30  # characters before the trigger where `it` may stand
_SUBJECT_AT = re.compile(r"\W*(?:(?:on|in|by|after|later|earlier|last|this)\b[^,]{0,30},?\s*)?"
                         r"(?:the\s+)?$", re.IGNORECASE)


def it_subject(ctx: Context, prev: Prev, sent: Sentence, trig: Trigger) -> list[Actor]:
    """`Beijing had announced the tests last Tuesday. On Saturday it announced a second
    round of exercises`: `it` as the subject of a trigger that names no one stands for the
    country or body that is the subject of the sentence before (same paragraph), named
    first in it with at most a fronted time before it; not for a thing (`The ship was
    seized. It arrived`: no country or body as that subject). So does `the agency` (the
    ministry, department, bureau, commission, regulator), for a body only (`Customs and
    Border Protection blocked shipments ... On Jan. 13 the agency extended the ban`)."""
    if prev.sentence is None or not same_paragraph(ctx.text, prev.sentence.end, sent.start):
        return []
    start = min([trig.start] + [a for a, _ in trig.extra])  # (`it announced … drills`)
    it = _IT_SUBJECT.search(ctx.text[max(sent.start, start - _IT_REACH):start])
    if it is None:
        return []
    found = [f for f in ctx.entities.between(prev.sentence.start, prev.sentence.end)
             if f.actor is not None]
    if not found or not _SUBJECT_AT.match(ctx.text[prev.sentence.start:found[0].start]):
        return []
    first = found[0]
    if _adjective(ctx, first):  # `The Chinese trawler` (a thing), `The Chinese Foreign
        # Ministry` (the body named right after)
        if len(found) < 2 or found[1].start > first.end + 1:
            return []
        first = found[1]
    actor = first.actor
    # (`the agency` is a body, never the country: `On Jan. 13 the agency extended the ban`)
    kinds = ("organization",) if it.group("body") else ("country", "organization")
    return [actor] if actor is not None and actor.kind in kinds else []


def _adjective(ctx: Context, f: Found) -> bool:
    """Whether a country is named by an adjective only (`Chinese`, not `China`, `U.S.`)."""
    if f.actor is None or f.actor.kind != "country" or f.actor.country is None:
        return False
    country = ctx.lexicon.country_by_code(f.actor.country)
    surface = ctx.text[f.start:f.end].lower()
    return country is not None and surface in {a.lower() for a in country.adjectives} and \
        surface not in {n.lower() for n in (country.name, *country.aliases)}


_SAME_VISIT_DAYS = 2  # days between two events of one visit's programme


def principals_before(ctx: Context, prev: Prev, sent: Sentence, trig: Trigger,
                      when: DateSpan | None) -> list[Actor]:
    """`Mr. Hu will have a private dinner with Mr. Obama on Tuesday evening. The formal
    programme begins on Wednesday with a ceremony, followed by talks in the Oval Office.`:
    talks named as a noun in a sentence that names no one are held by the two sides of
    the meeting the sentence before told of (the same paragraph; two people of two
    countries), when the two are days apart at most: one visit's programme (`Talks on
    trade will follow next month` may be anyone's)."""
    if when is None or when.precision != "day" or trig.verb or \
            family(trig.kind) != "meeting" or prev.sentence is None or \
            not same_paragraph(ctx.text, prev.sentence.end, sent.start):
        return []
    if any(f.kind in ("person", "country", "organization")
           for f in ctx.entities.between(sent.start, sent.end)):
        return []
    for m in reversed(prev.mentions):
        if m.source.char_start < prev.sentence.start or family(m.kind) != "meeting":
            continue
        people = [a for a in m.actors if a.kind == "person"]
        if len({a.country for a in people if a.country}) >= 2 and m.date is not None and \
                m.date.precision == "day" and \
                abs((when.start - m.date.start).days) <= _SAME_VISIT_DAYS:
            return people
    return []


def read_outcome_verbs(text: str, source: str) -> re.Pattern[str]:
    """The `which produced` pattern of a referents.toml text: `talks with Xie, which
    produced a joint statement`, `a summit that yielded a deal`, a relative clause whose
    verb makes the noun trigger right after it (past an article and two words at most).
    A LexiconError names the file and the key if the list is missing or malformed."""
    data = parse(text, source)
    check_top_level(data, ("outcome_verbs",), source)
    verbs = words(data, "outcome_verbs", source, text)
    if not verbs:
        raise top_level("outcome_verbs", source, text).fail("must list at least one verb")
    alts = "|".join(r"\s+".join(map(re.escape, v.split())) for v in verbs)
    return re.compile(r"\b(?:which|that)\s+(?:(?:also|later|eventually|quickly|then)\s+)?"
                      r"(?:" + alts + r")\s+(?:(?:a|an|the|two|three)\s+)?"
                      r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


@cache
def _produced() -> re.Pattern[str]:
    return read_outcome_verbs(*bundled("referents.toml"))


def produced_by(ctx: Context, sent: Sentence, trig: Trigger, found: list[Found],
                earlier: Sequence[Mention]) -> list[Found]:
    """`He held talks with Xie, which produced a joint statement`: the outcome a
    `which`/`that` clause names after a meeting of named parties is theirs too, when the
    clause names none of its own (the sentence's subject it shares aside)."""
    if trig.verb or not earlier:
        return []
    m = _produced().search(ctx.text, max(sent.start, trig.start - 60), trig.start)
    if m is None:
        return []
    last = earlier[-1]
    marks = [h for h in last.source.highlights if h.kind == "trigger"]
    if family(last.kind) not in ("meeting", "visit") or not marks or \
            marks[0].end > m.start() or last.source.char_start != sent.start:
        return []
    theirs = {a.name for a in last.actors}
    if any(f.actor is not None and f.actor.name not in theirs for f in found):
        return []
    have = {f.actor.name for f in found if f.actor is not None}
    return [Found(trig.start, trig.end, a.kind, a) for a in last.actors
            if a.kind in ("person", "country") and a.name not in have]
