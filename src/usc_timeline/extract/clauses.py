"""A sentence's triggers: which words name an event, and how several name one.

Several words may name one event (`the cancellation of his visit`, `announced a ban`):
they are joined into one trigger. Each trigger's stretch of the sentence (its words up to
the next one, a verb's subject, a noun's possessor) is segments.py's."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from usc_timeline.merge import family
from usc_timeline.model import MEASURE_KINDS
from usc_timeline.text import Sentence

from .addressed import addressed_other_side, condemned_measures
from .conditions import counterfactual
from .context import (
    Context,
    Trigger,
    all_timexes,
    words,
)
from .denial import denied
from .fallback import drop_if_taken, fallback_instead
from .guarded import Guarded
from .guests import WELCOME, checked, in_person_name, welcomes_a_guest
from .phrases import Hit, Tokens
from .refusals import modal_refusal, refusal_trigger, refused_meeting
from .steps import announced_step
from .triggers import KindSpec, TriggerForm, check_lists

_ARTICLES = words("a an")
_NOUN_CUES = words("""the a an its their his her our of on under new lift lifting these those this
    that any further more possible potential proposed planned""")


def _choose_form(forms: list[TriggerForm], hit: Hit, tokens: Tokens, text: str
                 ) -> TriggerForm:
    if len(forms) == 1:
        return forms[0]
    prev = tokens.texts[hit.first - 1] if hit.first > 0 else ""
    want_noun = prev.casefold() in _NOUN_CUES or prev[:1].isupper() or prev.isupper() or \
        _adjective_before(tokens, text, hit.first)
    for form in forms:
        if form.verb != want_noun:
            return form
    return forms[0]


def _possessive_before(tokens: Tokens, text: str, first: int) -> bool:
    """Whether a possessive `'s` comes right before token `first` (`Raimondo's visit`):
    what follows is a noun, never the possessor's verb."""
    k = first - 1
    return k > 0 and tokens.folded[k] == "s" and \
        text[tokens.starts[k] - 1:tokens.starts[k]] in ("'", "’")


def _determiner_before(tokens: Tokens, first: int) -> bool:
    """Whether a determiner comes right before token `first` (`A meeting with Clinton`):
    a form both verb and noun there is the noun."""
    return first > 0 and tokens.folded[first - 1] in _DETERMINERS


# Adjectives that put a noun after them when a determiner or possessive comes first
# (`his first visit`, `the new sanctions`); alone they may be adverbs (`will first visit`).
_ADJECTIVES = words("""first second third last latest recent previous earlier new rare
    landmark historic surprise secret brief short working private formal informal final
    annual possible potential prospective reciprocal return official such""")
_ADVERB_END = "ly"  # `the eagerly awaited visit`: adverbs before the adjective are skipped


def _adjective_before(tokens: Tokens, text: str, first: int) -> bool:
    """Whether the word before token `first` is an adjective of a noun phrase, so a form
    both verb and noun there is the noun: the second part of a hyphenated compound
    (`his long-awaited visit`, `the oft-delayed trip`, `U.S.-led sanctions`), or a
    participle or adjective after a determiner or possessive (`his delayed visit`,
    `Xi's upcoming visit`, `the eagerly awaited visit`). A participle is no verb the
    noun could follow as its subject (`awaited visit` is never `X visits`)."""
    k = first - 1
    if k < 1:
        return False
    if text[tokens.ends[k - 1]:tokens.starts[k]] == "-" and tokens.texts[k - 1][:1].isalnum():
        return True
    word = tokens.folded[k]
    if word not in _ADJECTIVES and not (len(word) > 4 and word.endswith(("ed", "ing"))):
        return False
    k -= 1
    while k > 0 and tokens.folded[k].endswith(_ADVERB_END) and len(tokens.folded[k]) > 4:
        k -= 1
    if k > 0 and word == "such" and tokens.folded[k] in _ADJECTIVES:
        k -= 1  # `the first such visit`: `such` after an adjective of its own
    before = tokens.folded[k]
    return before in _DETERMINERS or (
        before == "s" and text[tokens.starts[k] - 1:tokens.starts[k]] in ("'", "’"))


def sentence_triggers(ctx: Context, sent: Sentence, hits: list[Hit]) -> list[Trigger]:
    words: set[str] | None = None
    out: list[Trigger] = []
    for hit in hits:
        forms: list[TriggerForm] = [e.payload for e in hit.entries]
        form = _choose_form(forms, hit, ctx.tokens, ctx.text)
        if form.context:
            if words is None:
                # the sentence and the end of the one before (`… closed the consulate.
                # Beijing ordered the closure on Friday`)
                lo = bisect_left(ctx.token_starts, max(0, sent.start - _CONTEXT_BEFORE))
                hi = bisect_left(ctx.token_starts, sent.end)
                words = set(ctx.tokens.folded[lo:hi])
            if not words & form.context:
                # the same form in a later group whose context is met, or has none
                # (`hit back` with tariffs in view is a sanction, else a retaliation)
                rest = [f for f in forms if f is not form and (
                    not f.context or words & f.context)]
                if not rest:
                    continue
                form = _choose_form(rest, hit, ctx.tokens, ctx.text)
        if form.verb and hit.first > 0 and ctx.tokens.folded[hit.first - 1] in _ARTICLES \
                and not any(w.endswith(("ing", "ed"))
                            for w in ctx.tokens.folded[hit.first:hit.last]):
            # no finite verb follows an article (`a host of countries`), but a noun and
            # its participle do (`a law signed by the governor`)
            continue
        if form.exclude and _excluded(ctx, hit, form.exclude):
            continue
        if _other_sense(ctx, sent, hit, form) or _passive(ctx, hit) or _modifies(ctx, hit):
            continue
        refusing = None
        if denied(ctx.tokens, ctx.text, hit):
            # `have not met`, `failed to agree`, `no talks`; but `would not meet Austin`
            # told as what was done is a refusal, the meeting called off
            refusing = modal_refusal(ctx, sent, hit, form, hits)
            if refusing is None:
                continue
        if (form.verb and counterfactual(ctx, sent, hit.start)) or _averted(ctx, hit) or (
                not form.verb and _UNDER.search(
                ctx, max(sent.start, hit.start - 16), hit.start)
                and not _UNDER_DATED.match(ctx.text, hit.end)):
            continue
        if form.spec.kind == "meeting" and (_not_a_meeting(ctx.tokens, hit) or (
                ctx.tokens.folded[hit.first] in WELCOME
                and not welcomes_a_guest(ctx, sent, hit))):
            continue
        spec = checked(form.spec, ctx, sent, hit) if form.spec.check else form.spec
        if spec is None:
            # `extended the deadline on Friday`: a group's test turned the form down, but
            # it may still be a plain dated act of a side (fallback.fallback_instead)
            spec = fallback_instead(forms, form, ctx, sent, hit)
        if _modifier_participle(ctx.tokens, ctx.text, hit) or spec is None:
            continue
        if refusing is not None:
            out.append(refusal_trigger(ctx, hit, form, refusing))
            continue
        out.append(Trigger(hit.start, hit.end, hit.first, hit.last, spec, form.verb,
                            ctx.text[hit.start:hit.end]))
    combined = _combine(ctx, condemned_measures(ctx, sent, drop_if_taken(ctx, out)))
    return addressed_other_side(ctx, sent, announced_step(ctx, sent, combined))


def _as_refusal(ctx: Context, trig: Trigger) -> None:
    """`turned down a meeting with Austin`, `declined to meet`: a refusal of a meeting or
    visit, just joined to it, is that event called off (refusals.py)."""
    if trig.kind == "other" and refused_meeting(ctx, trig):
        trig.spec = ctx.triggers.kinds["cancellation"]


_CONTEXT_BEFORE = 600  # characters before a sentence whose words count as its context
_EXCLUDE_BEFORE = 2  # words before a trigger, and after it, where an `exclude` word counts
_EXCLUDE_AFTER = 4
_OWN_PREPOSITION = frozenset({"in", "during", "at", "on", "after", "before"})


_AVERTED_GAP = 2  # words allowed between an `averted` phrase and the trigger ("new")
# `Under the agreement, China buys …`: the noun names a standing agreement, not an event
# (unless a participle says when it came about: `under the deal signed in May`).
_UNDER = Guarded(re.compile(r"\bunder (?:the|this|that|its|their|a|an)\s+(?:\w+\s+)?$",
                            re.IGNORECASE), "under")
_UNDER_DATED = re.compile(r"\s+(?:\w+\s+)?(?:signed|reached|struck|agreed|sealed|announced)\b",
                          re.IGNORECASE)


def _averted(ctx: Context, hit: Hit) -> bool:
    """`talks that headed off sanctions`, `averted a new ban`: the event did not happen."""
    by_last = ctx.triggers.averted_by_last
    folded = ctx.tokens.folded
    for end in range(hit.first, max(0, hit.first - _AVERTED_GAP - 1), -1):
        for phrase in by_last.get(folded[end - 1], ()) if end > 0 else ():
            if end >= len(phrase) and tuple(folded[end - len(phrase):end]) == phrase:
                return True
    return False


def _other_sense(ctx: Context, sent: Sentence, hit: Hit, form: TriggerForm) -> bool:
    """`downed Singapore's Rovers 2-0 ... at the semifinals`, `the two will meet in the
    Cup final`: a word of the trigger's `[[sense]]` list anywhere in the sentence gives a
    sports-ambiguous trigger its other sense, however far from it."""
    lex = ctx.triggers
    by_kind = lex.sense_kinds.get(form.spec.kind)
    by_words = lex.senses.get(tuple(ctx.tokens.folded[hit.first:hit.last])) if lex.senses \
        else None
    if not by_kind and not by_words:
        return False  # (most triggers: no set built, no sentence scanned)
    lo = bisect_left(ctx.token_starts, sent.start)
    hi = bisect_left(ctx.token_starts, sent.end)
    here = ctx.tokens.folded[lo:hi]
    return not ((by_kind or frozenset()).isdisjoint(here)
                and (by_words or frozenset()).isdisjoint(here))


def _passive(ctx: Context, hit: Hit) -> bool:
    """`Attali, criticized for his lavish spending`, `was condemned by`: the trigger is
    passive (a `[[passive]]` word right after it), no statement of the sentence's subject."""
    nxt = ctx.triggers.passive.get(tuple(ctx.tokens.folded[hit.first:hit.last]))
    return nxt is not None and hit.last < len(ctx.tokens) and \
        ctx.tokens.folded[hit.last] in nxt


def _modifies(ctx: Context, hit: Hit) -> bool:
    """`The tariff commission of the State Council said`, `the UN sanctions committee`:
    the trigger only modifies the noun right after it (a `[[modifier]]` word), which
    names a body, not the measure."""
    nxt = ctx.triggers.modifier.get(tuple(ctx.tokens.folded[hit.first:hit.last]))
    return nxt is not None and hit.last < len(ctx.tokens) and \
        ctx.tokens.folded[hit.last] in nxt


def _excluded(ctx: Context, hit: Hit, exclude: frozenset[str]) -> bool:
    """`a new round of tariffs`, `the General Assembly session`: a word of the group's
    `exclude` list right next to the trigger makes it another thing, but not across a
    quotation's edge (`… perish by it," in a call`: the `by` belongs to the quote), nor
    inside a person's name (`Bill Clinton signed`). A trigger that opens with its own
    preposition starts a phrase, so nothing before it is its modifier (`talked only by
    video, in a call on May 3`)."""
    tokens, text = ctx.tokens, ctx.text
    lo = hit.first if tokens.folded[hit.first] in _OWN_PREPOSITION else \
        max(0, hit.first - _EXCLUDE_BEFORE)
    hi = min(len(tokens), hit.last + _EXCLUDE_AFTER)
    folded = tokens.folded
    for k in range(lo, hi):
        if (k < hit.first or k >= hit.last) and folded[k] in exclude:
            gap = text[tokens.ends[k]:tokens.starts[hit.first]] if k < hit.first else \
                text[tokens.ends[hit.last - 1]:tokens.starts[k]]
            if not _window_stop(gap) and not in_person_name(ctx, tokens.starts[k]):
                return True
    return False


def _window_stop(gap: str) -> bool:
    """Whether the words between an `exclude` word and its trigger cross the end of a
    quotation with its punctuation (`by it," in a call`), a semicolon or colon, or one
    edge of a bracket: the word beyond belongs to another phrase. A comma alone does not
    stop it (`the decree, signed by`), nor a quote alone (`was "seized upon" by`)."""
    if not _STOPS.search(gap):
        return False
    return _QUOTE_END.search(gap) is not None or ";" in gap or ":" in gap or \
        gap.count("(") != gap.count(")")


_STOPS = re.compile(r"[\"“”();:]")
_QUOTE_END = re.compile(r"[,.;:!?][\"”]|[\"”][,;:]")


_MEETING_WORDS = words("met meet meets meeting")
_MEETING_PLACES = words("hall halls room rooms place places point points house houses")


_MET_OK = words("""with in on at for again twice privately briefly separately face here there behind
    last this and the his her their its our president premier prime leader leaders
    minister ministers counterpart counterparts officials envoy secretary""")


_DETERMINERS = words("a an the its their his her our this these those")


# People met who are named by what they are, not by name (`met a bipartisan congressional
# delegation`, `after meeting American business executives`): someone to meet all the
# same, a few words on, in the verb's phrase (not `met lawmakers' demands`).
_MET_WHOM = words("""delegation delegations lawmakers legislators senators congressmen
    congresswomen officials diplomats executives envoys ministers counterparts
    representatives ambassadors governors mayors dignitaries dissidents activists students
    scholars investors entrepreneurs businessmen businesspeople veterans""")
_MET_WHOM_REACH = 5
_PHRASE_ENDS = words("from with to over about and or that which who")


_GERUND_BEFORE = words("for by in of at without after before while when on")


# `re-imposed`, `co-hosted`: a prefix, the word is still the verb
_VERB_PREFIXES = words("re co pre de mis over out under cross double")


_BEFORE_MODIFIER = words("met meets meeting with the a an received receives hosted hosts "
                         "welcomed greeted")


def _modifier_participle(tokens: Tokens, text: str, hit: Hit) -> bool:
    """`met visiting US Treasury Secretary Jack Lew`: `visiting` describes the guest, the
    event is the meeting. A participle that ends a hyphenated compound is an adjective
    too (`the oft-delayed trip`, `his long-postponed visit`, `the U.S.-sanctioned firm`):
    it tells what the noun has been through, not an act of the sentence."""
    if hit.last - hit.first != 1:
        return False
    word = tokens.folded[hit.first]
    if word.endswith("ed") and hit.first > 0 and \
            text[tokens.ends[hit.first - 1]:hit.start] == "-" and \
            tokens.texts[hit.first - 1][:1].isalnum() and \
            tokens.folded[hit.first - 1] not in _VERB_PREFIXES:
        return True
    if word != "visiting":
        return False
    prev = tokens.texts[hit.first - 1].casefold() if hit.first > 0 else ""
    nxt = tokens.texts[hit.last] if hit.last < len(tokens) else ""
    # (`met a visiting congressional delegation`: people, named by what they are)
    return prev in _BEFORE_MODIFIER and (nxt[:1].isupper() or _meets_whom(tokens, hit.last))


def _not_a_meeting(tokens: Tokens, hit: Hit) -> bool:
    """`the election met international standards`, `for meeting a challenge`: other
    senses of meet. A meeting has someone to meet: a name soon after, or `with` …"""
    word = tokens.texts[hit.first].casefold()
    if hit.last - hit.first != 1 or word not in _MEETING_WORDS or hit.last >= len(tokens):
        return False
    nxt = tokens.texts[hit.last].casefold()
    after = tokens.texts[hit.last + 1] if hit.last + 1 < len(tokens) else ""
    if word == "meeting":
        if nxt in _MEETING_PLACES:
            return True  # `the main meeting hall`: a room, no meeting
        prev = tokens.texts[hit.first - 1].casefold() if hit.first > 0 else ""
        return prev in _GERUND_BEFORE and nxt in _DETERMINERS and after[:1].islower() \
            and after.casefold() not in _MET_OK and not _meets_whom(tokens, hit.last)
    if word != "meeting" and _met_a_demand(tokens, hit.last):
        return True  # `meet its purchase commitments`, `met the tough Maastricht criteria`
    if nxt in _MET_OK or tokens.starts[hit.last] - tokens.ends[hit.first] > 1:
        return False
    return not any(w[:1].isupper() for w in tokens.texts[hit.last:hit.last + 4]) and \
        not _meets_whom(tokens, hit.last)


_MET_WHAT_REACH = 5  # words after `meet` within which what is met is named


@cache
def _met_what() -> frozenset[str]:
    (things,) = check_lists("met_what", "things")
    return things


def _met_a_demand(tokens: Tokens, first: int) -> bool:
    """Whether the object of `meet`, within a few words from `first` and in one phrase,
    is a demand, a target or a deadline: what is met is fulfilled, no one is met."""
    things = _met_what()
    for k in range(first, min(len(tokens), first + _MET_WHAT_REACH)):
        if k > first and tokens.starts[k] - tokens.ends[k - 1] > 1:
            return False  # punctuation between the words: the phrase has ended
        word = tokens.folded[k]
        if word in things:
            return True
        if word in _PHRASE_ENDS or word in _GERUND_BEFORE:
            return False  # `met with leaders on targets`: past the object
    return False


def _meets_whom(tokens: Tokens, first: int) -> bool:
    """A noun of people met within a few words from `first`, in one phrase."""
    for k in range(first, min(len(tokens), first + _MET_WHOM_REACH)):
        if k > first and tokens.starts[k] - tokens.ends[k - 1] > 1:
            return False  # punctuation between the words: the phrase has ended
        if tokens.folded[k] in _MET_WHOM:
            return not (k + 1 < len(tokens) and tokens.starts[k + 1] == tokens.ends[k])
        if tokens.folded[k] in _GERUND_BEFORE or tokens.folded[k] in _PHRASE_ENDS:
            return False  # `met stiff resistance from lawmakers`: past the noun met
    return False


def _gap_words(ctx: Context, a: Trigger, b: Trigger) -> int:
    return max(0, b.first - a.last)


GAP_BREAK = re.compile(r"[,;:()\u2014]|\b(?:and|but|which|who|that|while|although)\b",
                        re.IGNORECASE)


_CAUSE = re.compile(r"\b(?:due to|because|after|over|amid|following|since|caused|led to|"
                    r"stemming|in protest|in retaliation|in response|protest)\b", re.IGNORECASE)


_SIDELINES = re.compile(r"\b(?:on|at) the (?:sidelines|margins|fringes) of\b", re.IGNORECASE)
# `meet Xi at the Group of 20 summit`: the gathering a meeting verb's people meet at
# (its name up to four words, none a preposition that would start another adjunct;
# `this year's`, `last year's` are determiners, tried before `this`)
_AT_FORUM = re.compile(r"[^,;:()]*?\sat\s+(?:the|a|an|(?:this|last|next)\s+year['’]s|this|next)\s+"
                       r"(?:(?!(?:at|in|on|to|for|with|from|by|before|after|during|ahead)\b)"
                       r"[\w.'’-]+\s+){0,4}", re.IGNORECASE)
# `had hoped to meet him at the G20 summit last month`: a meeting that did not happen at
# a gathering that did, so two events
_HAD_HOPED = re.compile(r"\bhad\s+(?:\w+\s+)?(?:hoped|wanted|planned|expected|intended|sought|"
                        r"wished|been\s+(?:due|set|scheduled|expected))\s+to\s+$", re.IGNORECASE)
_PASSIVE_GAP = re.compile(r",\s+(?:was|were|is|are|had been|has been|have been)\s+",
                          re.IGNORECASE)
# a measure noun, what it is laid on (no clause break), then the passive of the verb that
# announces it (`restrictions on the sale of advanced chips and tools to China were`)
_MEASURE_PASSIVE = re.compile(r"(?:\s+(?:on|of|against|to|for|from|over|targeting)\s+"
                              r"[^,;:()]{1,120}?)?\s+(?:was|were|had been|has been|have been)"
                              r"\s+(?:also\s+|formally\s+|officially\s+)?", re.IGNORECASE)
# what may stand between an event noun and the passive verb that calls it off: who
# (`between A and B`, `with X`, `of the deal by Y`), an aside on when it was due or a
# relative clause on the plan (`a trip that Kerry had been expected to make in May`), and
# the auxiliary
_PASSIVE_UNDONE = re.compile(
    r"(?:\s+(?:between|with|of|by|in|at|on|to|from)\s+[^,;:()]{1,80}?)?"
    # `a rise in tariffs on $250 billion of goods, to 30 percent from 25 percent, which …`
    r"(?:\s*,\s*(?:to|from)\s+[^,;:()]{1,40}?(?=\s*,))?"
    r"(?:\s*,\s*(?:which\s+|(?:which|that)\s+(?:had|has|have)\s+been\s+)?(?:set|scheduled|"
    r"planned|slated|due|expected|was|were|had|has)\b[^,;:()]{1,60},|"
    r"\s+(?:that|which)\s+[^,;:()]{1,90}?|"
    # a relative clause with no `that` (`A meeting he was to have held with Clinton`, `the
    # visit Blinken had planned to Beijing`): a pronoun or a name, then its own verb
    r"\s+(?:he|she|they|we|(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3})\s+"
    r"(?:was|were|had|has|have|would|is|are)\s+[^,;:()]{1,90}?)?"
    r"\s*(?:was|were|has been|have been|had been|is|are|will be|would be)\s+"
    r"(?:abruptly\s+|now\s+|indefinitely\s+)?", re.IGNORECASE)
_PARTICIPLE_BY = re.compile(r",\s\w+ed\s+(?:by|on|in|last|this)\b", re.IGNORECASE)


def _met_at_forum(ctx: Context, a: Trigger, b: Trigger) -> bool:
    """`meet Xi at the G20 summit`: the meeting verb `a` names where by the gathering `b`
    (unless it was only hoped for)."""
    return _AT_FORUM.fullmatch(ctx.text, a.end, b.start) is not None and \
        not _HAD_HOPED.search(ctx.text, max(0, a.start - 40), a.start)


def _venue_of(ctx: Context, a: Trigger, b: Trigger) -> bool:
    """Whether the gathering noun `b` names where the meeting `a` was held or was to be
    held, so that the two are one event (`meet Xi at the G20 summit`, `refused to meet
    Austin at a security forum`, `turned down a meeting between Li and Austin at the
    Shangri-La Dialogue`, `a meeting of the two premiers at a regional summit`, `the
    meeting took place on the sidelines of the forum`). `a` is a meeting of any form, or
    one called off or refused (not any word that took one over: `turned down an
    invitation for Li to meet Austin at a security meeting this weekend` keeps the
    gathering's date its own). A verb may have its object between (`and` only in
    `between/with … and …`); a noun only who met and `took place`/`was held` (not `the
    call for talks came at a meeting`, `talks on trade at the summit`), then a named
    gathering."""
    called_off = a.absorbed and a.inner is not None and family(a.kind) == "cancellation"
    kind = a.inner if called_off and a.inner is not None else a.kind
    if b.verb or b.absorbed or a.spec.light or family(kind) != "meeting" or \
            family(b.kind) != "meeting":
        return False
    gap = ctx.text[a.end:b.start]
    if _VENUE_BREAK.search(gap):
        return False
    if not a.verb:
        return _NOUN_AT_VENUE.fullmatch(_undated(ctx, a.end, b.start)) is not None
    n = _gap_words(ctx, a, b)
    if not (n <= _VENUE_GAP and _clean_gap(ctx, a, b)) and \
            not (n <= _PAIRED_GAP and _PAIRED.match(gap)):
        return False
    return _SIDELINES.search(ctx.text, a.end, b.start) is not None or _met_at_forum(ctx, a, b)


def _undated(ctx: Context, start: int, end: int) -> str:
    """The text of [start, end) without its time expressions (`talks in mid-November on
    the sidelines of`: `talks on the sidelines of`)."""
    parts, at = [], start
    for tx in all_timexes(ctx, start, end):
        if tx.start >= at and tx.end <= end:
            parts.append(ctx.text[at:tx.start])
            at = tx.end
    if at == start:
        return ctx.text[start:end]
    parts.append(ctx.text[at:end])
    # (a preposition left without its date goes too: `in  on the sidelines`)
    return _DANGLING.sub(" ", "".join(parts))


_DANGLING = re.compile(r"\s+(?:in|on|at|during|by)\s+(?=\s)", re.IGNORECASE)


_VENUE_GAP = 14  # words from a meeting verb to its gathering (`Defense Secretary Lloyd Austin`)
_PAIRED_GAP = 18  # (`between Gen. Li and Defense Secretary Lloyd Austin`)
# what may not stand between a meeting and its gathering; `and` may, after `between`/`with`
_VENUE_BREAK = re.compile(r"[,;:()\u2014]|\b(?:but|which|who|that|while|although)\b",
                          re.IGNORECASE)
_PAIRED = re.compile(r"\s+(?:(?:between|with)\s+(?:(?!and\b)[\w.'’-]+\s+){1,5}and\s+"
                     r"(?:(?!and\b)[\w.'’-]+\s+)+|"
                     # (`met Prime Minister Kishida and President Yoon at`: two named)
                     r"(?:(?!and\b)[\w.'’-]+\s+){0,5}?[A-Z][\w.'’-]*\s+and\s+"
                     r"(?:[A-Z][\w.'’-]*\s+){1,5})at\s")
# after a meeting noun: who met, where it took place, then the gathering, named by at least
# one word after `at the` (`at the summit` alone may be the clause's: `pushed for talks at
# the summit`)
_NAME_WORD = r"(?:(?!(?:at|in|on|to|for|with|from|by|before|after|during|ahead)\b)[\w.'’-]+\s+)"
_NOUN_AT_VENUE = re.compile(
    r"\s+(?:(?:between|with|of|among)\s+[^,;:()]*?\s+)?"
    r"(?:(?:took|takes|will\s+take|would\s+take)\s+place\s+|"
    r"(?:was|were|is|are|will\s+be|would\s+be)\s+held\s+)?"
    # (where, before the gathering: `was held in a hotel on the sidelines of the forum`)
    r"(?:in\s+(?:(?:a|an|the)\s+)?[\w-]+\s+)?"
    r"(?:(?:on|at)\s+the\s+(?:sidelines|margins|fringes)\s+of\s+(?:(?:the|a|an)\s+)?"
    rf"{_NAME_WORD}{{0,4}}|at\s+(?:the|a|an|(?:this|last|next)\s+year['’]s|this|next|"
    # (`at last year's forum` with its date taken out: `at 's forum`)
    rf"['’]s)\s+{_NAME_WORD}{{1,4}})",
    re.IGNORECASE)


def _clean_gap(ctx: Context, a: Trigger, b: Trigger) -> bool:
    """No clause break between two triggers (`of`, `for`, `to` are fine; so is `and`
    inside a name: `the postponement of the Strategic and Economic Dialogue`)."""
    return all(_and_in_name(ctx, m, b.start)
               for m in GAP_BREAK.finditer(ctx.text, a.end, b.start))


_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s+$")
_NAME_WORDS_AFTER = re.compile(r"(?:\s+[A-Z][\w.'’-]*)*\s+")


def _and_in_name(ctx: Context, m: re.Match[str], name_end: int) -> bool:
    """Whether a break word is `and` inside the name that ends with the next trigger
    (`the Strategic and Economic Dialogue`): capitalised words on both sides of it, and
    only such words up to that trigger; not between two names found (`Japan and China`)."""
    if m.group(0) != "and" or not ctx.text[name_end:name_end + 1].isupper():
        return False
    before = _NAME_WORD_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
    after = _NAME_WORDS_AFTER.fullmatch(ctx.text, m.end(), name_end)
    return before is not None and after is not None and not any(
        f.actor is not None or f.kind == "place"
        for f in ctx.entities.between(before.start(), name_end))


def _join(a: Trigger, b: Trigger, keep: Trigger, *, widen: bool = True) -> Trigger:
    """`keep` takes over `other`; a light (reporting) word does not widen its stretch."""
    other = b if keep is a else a
    keep.extra.append((other.start, other.end))
    keep.extra.extend(other.extra)
    sep = " " if b.first == a.last else " … "
    keep.text = f"{a.text}{sep}{b.text}"
    if not widen and other.start < keep.start:
        keep.floor = max(keep.floor, other.end)
        keep.reported = keep.reported or other.kind == "statement"
    if widen:
        keep.verb = keep.verb or other.verb
        if keep is b:
            keep.head_end = max(keep.head_end, keep.end)
        keep.start, keep.end = min(a.start, b.start), max(a.end, b.end)
        keep.first, keep.last = min(a.first, b.first), max(a.last, b.last)
    return keep


# `sailed into the Yellow Sea for joint exercises`: a movement and what it was for
_FOR_PURPOSE = re.compile(r"[^,;:()]*?\sfor\s+(?:[\w-]+\s+){0,3}", re.IGNORECASE)


_VISIT_AND_MEET = re.compile(r"[^,;:()]*?\s(?:and|to\s+\w+(?:\s+\w+){0,3}\s+and)\s+"
                             r"(?:then\s+|later\s+|also\s+)?", re.IGNORECASE)


# `met in Zurich on October 6 and agreed`, `last met in Bali, on the sidelines of the
# summit, and agreed then`: the same subject goes on to what the meeting agreed (at most
# one comma'd aside between, no clause word)
_MET_AND_AGREED = re.compile(r"(?:(?!\b(?:which|who|whom|that|but|while|although|though|"
                             r"because|when|after|before|since)\b)[^;:()])*?"
                             r"\s(?:,\s*)?and\s+(?:then\s+|there\s+|also\s+|later\s+)?",
                             re.IGNORECASE)
_MET_AND_AGREED_GAP = 20  # words from the meeting verb to `agreed`


# `a speech at the Shangri-La Dialogue`, `remarks to the forum`: a speaking, then
# `at`/`to`/`before` the gathering (an article and at most five words of its name, or the
# end of it: `at the close of the summit`)
_SPOKE_AT = re.compile(r"\s+(?:at|to|before|during)\s+(?:the\s+(?:end|close|start|opening|"
                       r"sidelines|margins)\s+of\s+)?(?:the|a|an|this\s+year['’]s|"
                       r"last\s+year['’]s|this\s+week['’]s|last\s+week['’]s)\s+"
                       rf"{_NAME_WORD}{{0,5}}$", re.IGNORECASE)
_SPEAKING = frozenset({"speech", "speeches", "remarks"})


def _spoke_at(ctx: Context, a: Trigger, b: Trigger) -> bool:
    """`Wei used a speech at the Shangri-La Dialogue on June 12 to warn …`, `In a speech
    at the forum on Saturday, Austin said …`: the gathering is where the speaking was
    done, its venue; the event told is the speech (a statement), not the gathering."""
    return a.kind == "statement" and not b.verb and family(b.kind) == "meeting" and \
        a.text.casefold() in _SPEAKING and b.start - a.end <= 80 and \
        _PREPOSITION_NEXT.match(ctx.text, a.end) is not None and \
        _SPOKE_AT.fullmatch(ctx.text, a.end, b.start) is not None


SPOKEN = KindSpec("statement")  # a speech at a gathering: an act, no mere report
_PREPOSITION_NEXT = re.compile(r"\s+(?:at|to|before|during)\s", re.IGNORECASE)


# `a joint declaration to step up climate action, negotiated by the two envoys`: the
# agreement's words up to a comma, then the participle of its negotiating and `by`
_NEGOTIATED_BY = re.compile(r"[^,;:()]*,\s+$")
_BY_NEXT = re.compile(r"\s+by\s", re.IGNORECASE)


def _negotiated_by(ctx: Context, a: Trigger, b: Trigger, gap: int) -> bool:
    """`announcing a joint declaration …, negotiated by the climate envoys John Kerry and
    Xie Zhenhua`: the talks that made an agreement, told as a participle on it, are its
    making, not talks of their own (their negotiators are its parties)."""
    return a.kind == "agreement" and not a.verb and b.verb and b.kind == "talks" and \
        b.text.casefold() == "negotiated" and gap <= 12 and \
        _BY_NEXT.match(ctx.text, b.end) is not None and \
        _NEGOTIATED_BY.fullmatch(ctx.text, a.end, b.start) is not None


def _agreed_at_meeting(ctx: Context, a: Trigger, b: Trigger, gap: int) -> bool:
    """`Sullivan and Yang met in Zurich on October 6 and agreed to hold a summit`,
    `visited Beijing in July and agreed with Chinese officials to prepare for the trip`:
    what the same subject agreed at a meeting or visit it is told with, joined by `and`,
    is part of that meeting (its outcome, told with it), not an event of its own; what
    they signed (`met on Tuesday and signed an accord`) stays an agreement."""
    return a.verb and b.verb and not a.absorbed and not a.outcome and \
        b.kind == "agreement" and \
        b.text.casefold().startswith("agree") and \
        family(a.kind) in ("meeting", "visit") and a.kind != "call" and \
        gap <= _MET_AND_AGREED_GAP and ctx.text.count(",", a.end, b.start) in (0, 2) and \
        _MET_AND_AGREED.fullmatch(ctx.text, a.end, b.start) is not None


# `talks on tariffs`, `a meeting about sanctions on Huawei`: a measure named as what is
# talked about (up to three words after the preposition, none a date's or another
# clause's: `talks on Tuesday amid new sanctions` are no talks on sanctions)
_TOPIC = re.compile(r"\s+(?:on|over|about|regarding|concerning)\s+(?:(?!(?:after|before|amid|"
                    r"following|despite|as|when|while|in|at|with|since|during|and|but|"
                    r"because|until|to|from|by|for|that|which|monday|tuesday|wednesday|"
                    r"thursday|friday|saturday|sunday|january|february|march|april|may|june|"
                    r"july|august|september|october|november|december|jan|feb|mar|apr|jun|"
                    r"jul|aug|sept|sep|oct|nov|dec)\b)[\w.'’-]+\s+){0,3}", re.IGNORECASE)


def _topic_of(ctx: Context, a: Trigger, b: Trigger) -> bool:
    """Whether measure noun `b` is what talks, a meeting or an agreement `a` are about
    (`held a new round of talks on tariffs in Washington on Thursday`, `hammered out an
    accord on wine tariffs`): part of them, no measure laid."""
    return (family(a.kind) == "meeting" or a.kind == "agreement") and not a.spec.light \
        and not a.absorbed and \
        not b.verb and b.kind in MEASURE_KINDS and _TOPIC.fullmatch(ctx.text, a.end, b.start) \
        is not None


_AUXILIARY_OPENS = re.compile(r"(?:been|was|were|is|are|be)\s+", re.IGNORECASE)


# a preposition a noun trigger's form ends on (`meeting with`, `talks between`)
_TRAILING_PREPOSITION = re.compile(r"\s(?:between|with|of|by|in|at|on|to|from)$", re.IGNORECASE)


def _before_preposition(ctx: Context, trig: Trigger) -> int:
    """Where a noun trigger ends once a preposition its own form ends on is left out (`a
    meeting with Clinton in Beijing was called off`, whose form is `meeting with`): the
    preposition opens the phrase on who the event was with, read as the gap's."""
    found = _TRAILING_PREPOSITION.search(ctx.text, trig.start, trig.end)
    return found.start() if found is not None else trig.end


def _past_auxiliary(ctx: Context, trig: Trigger) -> int:
    """Where a calling-off verb starts once an auxiliary its own form opens with is left
    out (`has been pushed back`, whose form is `been pushed back`: the auxiliary belongs
    to the passive between the event and the verb)."""
    aux = _AUXILIARY_OPENS.match(ctx.text, trig.start, trig.end)
    return aux.end() if aux is not None else trig.start


def _combine(ctx: Context, triggers: list[Trigger]) -> list[Trigger]:
    """One trigger where several words name one event: `cancellation of his visit`,
    `announced a ban`, `spy balloon was spotted`."""
    changed = True
    while changed:
        changed = False
        for i in range(len(triggers) - 1):
            a, b = triggers[i], triggers[i + 1]
            gap = _gap_words(ctx, a, b)
            merged: Trigger | None = None
            if _topic_of(ctx, a, b):
                triggers[i:i + 2] = [_join(a, b, a)]
                changed = True
                break
            if not a.spec.light and not a.verb and b.spec.light and (
                    (gap <= 2 and ((gap == 0 and _PARTICIPLE_BY.match(ctx.text, b.start - 2))
                                   or _PASSIVE_GAP.fullmatch(ctx.text, a.end, b.start)))
                    or (a.kind in MEASURE_KINDS and b.kind == "announcement" and b.verb
                        and gap <= 16
                        and _MEASURE_PASSIVE.fullmatch(ctx.text, a.end, b.start))):
                # `The indictment, announced by Holder on Monday`, `the Shanghai
                # Communique, was issued last night`, `New restrictions on the sale of chips
                # to China were unveiled on Oct. 7`: the announcement dates the thing
                # announced.
                triggers[i:i + 2] = [_join(a, b, a, widen=False)]
                changed = True
                break
            if a.kind == "visit" and a.verb and b.verb and family(b.kind) == "meeting" \
                    and b.kind != "call" and gap <= 12 \
                    and _VISIT_AND_MEET.fullmatch(ctx.text, a.end, b.start):
                # `visited Washington late last month and met Blinken`: meeting people
                # there is part of the visit
                triggers[i:i + 2] = [_join(a, b, a)]
                changed = True
                break
            if b.kind == "agreement" and b.verb and not b.outcome and (
                    _agreed_at_meeting(ctx, a, b, gap) or (
                    i > 0 and not a.verb and _agreed_at_meeting(
                        ctx, triggers[i - 1], b, _gap_words(ctx, triggers[i - 1], b)))):
                # (past a gathering named in an aside: `met in Bali, on the sidelines of
                # the summit, and agreed`); the agreeing still ends the stretch of the
                # meeting (`… and agreed to restart talks`: the talks are its plan)
                b.outcome = True
            if a.kind == b.kind == "military_incident" and a.verb and not b.verb \
                    and gap <= 8 and _FOR_PURPOSE.fullmatch(ctx.text, a.end, b.start):
                # `sailed into the Yellow Sea for exercises with the navy`: the exercises
                # the sailing was for are one event with it
                triggers[i:i + 2] = [_join(a, b, a)]
                changed = True
                break
            if not a.spec.light and not a.spec.absorbs and b.spec.absorbs \
                    and (not a.verb or _possessive_before(ctx.tokens, ctx.text, a.first)
                         or _determiner_before(ctx.tokens, a.first)) \
                    and b.verb and not b.absorbed and gap <= 24 \
                    and _PASSIVE_UNDONE.fullmatch(ctx.text, _before_preposition(ctx, a),
                                                  _past_auxiliary(ctx, b)):
                # `A meeting between Wang and Pompeo, which had been set for Tuesday, was
                # postponed`: the subject event is what was called off (`Raimondo's visit
                # …, planned for March 12, has been called off`: a noun after `'s`)
                merged = _join(a, b, b)
                merged.absorbed, merged.inner = True, a.kind
                merged.head_end = a.end  # (`…, scheduled for Tuesday, was postponed`)
                triggers[i:i + 2] = [merged]
                changed = True
                break
            if _negotiated_by(ctx, a, b, gap):
                triggers[i:i + 2] = [_join(a, b, a)]
                changed = True
                break
            if _spoke_at(ctx, a, b):
                # (a speech given at a named gathering is an act of its own, not only a
                # report: it stands beside other events of its sentence)
                merged = _join(a, b, a)
                merged.spec = SPOKEN
                triggers[i:i + 2] = [merged]
                changed = True
                break
            if _venue_of(ctx, a, b):
                # `met Wei on the sidelines of a security forum on Tuesday`, `turned down a
                # meeting between Li and Austin at the Shangri-La Dialogue in June`: the
                # gathering is where the meeting was held (or was to be), one event, dated
                # by what follows the gathering
                triggers[i:i + 2] = [_join(a, b, a)]
                changed = True
                break
            if not _clean_gap(ctx, a, b):
                continue
            sa, sb = a.spec, b.spec
            causal = _CAUSE.search(ctx.text, a.end, b.start) is not None
            if sa.absorbs and not a.absorbed and not sb.absorbs and not sb.light \
                    and gap <= 12 and not causal:
                merged = _join(a, b, a)
                merged.absorbed, merged.inner = True, b.kind
                _as_refusal(ctx, merged)
            elif sb.absorbs and not b.absorbed and not sa.absorbs and not sa.light \
                    and gap <= 4 and not causal:
                merged = _join(a, b, b)
                merged.absorbed, merged.inner = True, a.kind
            elif sa.light and not sb.light and (
                    gap <= 3 or (sa.kind == "announcement" and gap <= 6)):
                merged = _join(a, b, b, widen=False)
            elif sb.light and not sa.light and gap <= 2:
                merged = _join(a, b, a, widen=False)
            elif a.kind == b.kind and gap <= 3:
                merged = _join(a, b, a)  # `spy balloon was spotted`
            elif a.absorbed and a.inner == b.kind and not sb.absorbs and not sb.light \
                    and not b.verb and gap <= 3 and not causal:
                # `pulled out of a scheduled round of maritime consultations`: the noun
                # after the one it took over names the same event
                merged = _join(a, b, a)
            elif family(a.kind) == family(b.kind) and gap <= 1:
                # `face-to-face talks`: the last noun is the head
                merged = _join(a, b, a if a.verb else b)
            if merged is not None:
                triggers[i:i + 2] = [merged]
                changed = True
                break
    return triggers
