"""Guess whether the clause around a time expression talks about the past or the future.

News reports mostly look back, so an undated "Monday" or "May" defaults to the past; a
future cue ("will", "plans", "set for") close to the expression flips it. Only cues within
a few words count: a verb at the other end of a long sentence says little.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import accumulate, pairwise

from usc_timeline.timex.lexicon import lexicon

# "Chinese-owned", "U.S.-led" are one word; a dash ("Monday--the") is no hyphen. A numeral
# is a word too, so "who is 74, landed" does not read as the passive "is landed"
_WORD = re.compile(r"(?:(?<=[A-Za-z.])-)?[A-Za-z']+(?:-[A-Za-z']+)*|\d+(?:[.,]\d+)*")
_BOUNDARY = re.compile(r"[.!?;\n]")
_AFTER_COMMA = re.compile(r",\s*(?:in|on|at|by|from|until|through|starting)?\s*$")
_AND_ON = re.compile(r"\b(?:and|but)\s+(?:on|in|at|by|late|early)\s*$")
_COMMA_AND_ON = re.compile(r",\s+(?:and|but)\s+(?:on|in|at|by|late|early)\s*$")
_MAIN_STOP = re.compile(r"[!?;\n\"“”]|''|\.(?=\s)")
_SPEECH_STOP = re.compile(r":|,\s*(?:\"|”|'')")
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|although|though)\s")
# ", six months after it took effect": a subordinate clause with its own verb
_SUBORDINATE = re.compile(r",\s+(?:[a-z'-]+\s+){0,3}?(?:after|before|since|following)\s")
# ", led on the American side by", ", held in": a past participle and its preposition
_PARTICIPLE_ASIDE = re.compile(r"\s*,\s+([a-z]+)\s+(?:[a-z]+\s+){0,3}?(?:by|in|at|on|with|from|"
                               r"under|for|as)\s")
PAST, FUTURE = "past", "future"
_RELATIVE_VERB_REACH = 5  # words a present verb right after `that`/`which` may lie back
REACH = 10  # words on each side that may hold a cue
_DETERMINERS = frozenset(["a", "an", "the", "its", "their", "his", "her", "our", "my", "your",
                          "this", "that", "these", "those", "some", "any", "no", "each",
                          "every", "newly", "recently", "still", "long", "so", "much"])
_PREPOSITIONS = frozenset(["of", "from", "for", "with", "by", "in", "on", "at", "after",
                          "before", "during", "about", "over", "into", "to"])
# `agreed to it at Mar-a-Lago in April`, `the structure they agreed to at the summit`:
# after `to`, a pronoun or a preposition makes `to` no infinitive
_OBJECT_PRONOUNS = frozenset(["it", "them", "him", "me", "us", "you"])
_RIGHT_STOPS = frozenset(["that", "which", "who", "whose"])  # a clause about something else
# past verbs a plan word after which is a participle of theirs, not an adjective
_LINKING_PAST = frozenset(["had", "been", "got", "became", "seemed", "appeared", "remained",
                           "looked"])
# the particle of a phrasal verb of calling off, after its verb ("called off", "put off")
_PARTICLES = frozenset(["off", "back", "down", "out", "up"])
_AFTER_NOUN = frozenset(["for", "of", "were", "was", "had", "have", "are", "is", "and", "or"])
_PAST_ADVERBS = frozenset(["already", "previously", "recently", "former", "once", "since"])
_OPENERS = frozenset(["on", "in", "by", "early", "late", "at", "during"])  # "Early on Monday"
_BE_PAST = frozenset(["was", "were"])
_PASSIVE_BE = frozenset(["be", "being", "is", "are", "am"])
_POSSESSIVES = frozenset(["his", "her", "its", "their", "our", "my", "your"])
_ONCE_NOT_PAST = frozenset(["more", "again", "a", "an", "every", "each", "per"])
_DONE = frozenset(["previously", "originally", "already", "had"])
# a verb right after one of these is a bare infinitive, whatever its form: "is to put",
# "will hit", "would cut" name no past act ("put", "hit", "cut" are also past forms)
_BARE_BEFORE = frozenset(["to", "will", "would", "shall", "can", "could", "may", "might",
                          "must", "should", "cannot"])
_NOT_VERBS = frozenset(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
                        "this", "that", "these", "those", "be", "date", "day", "week", "month",
                        "year", "and", "or", "which", "whom", "what", "some", "any", "all"])

def may_open_infinitive(word: str) -> bool:
    """Can `to <word>` be an infinitive ('agreed to meet')? Not before a determiner, an
    object pronoun or a preposition ('agreed to a truce', 'agreed to it', 'returned to
    power' is left to the caller's plan-verb check)."""
    return word not in _DETERMINERS and word not in _OBJECT_PRONOUNS and word not in _PREPOSITIONS



@cache
def _cue_words() -> frozenset[str]:
    """Every word `_cue` or the scan in `clause_tense` can react to, -ed forms aside: any
    other word is skipped without a look (most words of a sentence are neither)."""
    lex = lexicon()
    pair_words = {w for pair in lex.future_pairs for w in pair}
    return frozenset().union(
        lex.neutral_cues, lex.future_nouns, lex.future_cues, lex.past_cues, lex.present_verbs,
        pair_words, _PAST_ADVERBS, _BE_PAST, ["to", "due", "would"], lex.schedule_verbs,
        (a for a, _ in lex.schedule_pairs), lex.conditions, lex.schedule_progressives,
        lex.possible_modals)


def is_past_word(word: str) -> bool:
    """A past-tense form: listed, or a regular -ed ending that is not a known exception."""
    lex = lexicon()
    if word in lex.past_cues:
        return True
    if "-" in word:  # "Chinese-owned", "state-backed": an adjective, unless "re-elected"
        return word[: word.rfind("-")] in lex.verb_prefixes and is_past_word(
            word[word.rfind("-") + 1:])
    return len(word) > 4 and word.endswith(lex.past_endings) and word not in lex.not_past


def _past_verb(words: list[str], caps: list[bool], i: int, opens: bool = True) -> bool:
    """Is words[i] a past verb in running text? A capitalised word that does not open the
    sentence is a name ('Khaled', 'Hamed', 'Saeed'), not one (`opens`: may words[0] open
    a sentence? Not where the words start right after the expression)."""
    return is_past_word(words[i]) and not (caps[i] and (i > 0 or not opens))


def _present_perfect(words: list[str], j: int) -> bool:
    """Is words[j] a participle after 'has/have (been)'? Such a clause is anchored now."""
    before = words[max(0, j - 2):j]
    return bool(before) and (before[-1] in ("has", "have")
                             or before[-2:] in (["has", "been"], ["have", "been"]))


def _cue(words: list[str], caps: list[bool], i: int, objects: bool = True,
         opens: bool = True) -> str | None:
    """The tense words[i] signals, looking at its neighbours for two-word cues.

    `objects`: may an infinitive after an object ("asked Katsav to dissolve parliament")
    count? Not for a weekday, which mostly dates the asking itself, nor the infinitive of
    an appointment ("picked Burns to be ambassador on Wednesday"). `opens`: may words[0]
    open a sentence (see `_past_verb`)?"""
    lex = lexicon()
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    prev = words[i - 1] if i > 0 else ""
    if w in lex.neutral_cues:
        return None
    if w in lex.conditions:
        # "if Kishida holds talks on Friday": a condition looks ahead
        return None if prev in lex.conditions_not_after else FUTURE
    if not objects and (w == "to" or (w == "be" and prev == "to")) and _appointing(
            words, i if w == "to" else i - 1):
        return None
    if w == "once" and (nxt in _ONCE_NOT_PAST or prev == "at"):
        return None  # "will turn out once more in June", "at once": no 'once upon a time'
    if (w in lex.future_nouns or (w in lex.future_cues and w.endswith("ed"))) and (
            prev in _DETERMINERS or prev.endswith("'s")
            or (w in lex.future_nouns and (prev in lex.plan_adjectives
                                           or _name_modified(words, caps, i)))):
        # a noun or an adjective: "cut their forecasts", "a planned trip", "cancelled
        # planned visits" (the plan's noun: the clause's verb dates it)
        return None
    if w in lex.plan_adjectives and i > 0 and _past_verb(words, caps, i - 1) and \
            prev not in _BE_PAST and prev not in _LINKING_PAST:
        # "cancelled planned visits on Friday": the adjective of the object (but "were
        # expected Monday", "had planned": the verb itself)
        return None
    if w in lex.future_nouns and (prev in _PREPOSITIONS or nxt in _AFTER_NOUN):
        return None  # a noun: "a series of visits", "talks on plans", "vacation plans for"
    # "agreed to meet", "named to lead": an infinitive after a forward-looking verb
    # the governor may stand a date away: "agreed on Monday to resume talks"
    governed = prev in lex.future_governors or (
        i > 2 and words[i - 3] in lex.future_governors and words[i - 2] in _PREPOSITIONS) or (
        i > 1 and words[i - 2] in lex.future_governors and (
            prev in lex.full_weekdays or prev in ("today", "yesterday")))  # "vowed Friday to"
    # "invited Xi to visit", "ordered the company to pay": an object between the verb and
    # its infinitive (up to three words)
    told = w == "to" and objects and any(words[k] in lex.object_governors and (
        k == 0 or words[k - 1] not in _DETERMINERS) for k in range(max(0, i - 4), i - 1))
    infinitive = (w == "to" and (governed or told) and nxt.isalpha()
                  and not caps[i + 1] and nxt not in _NOT_VERBS
                  and nxt not in _PREPOSITIONS and nxt not in _OBJECT_PRONOUNS
                  and (told or i < 2 or words[i - 2] not in _DETERMINERS))  # "their offers to"
    if "due" in (w, prev) and "to" in (w, nxt):
        after = words[i + 2] if w == "due" and i + 2 < len(words) else nxt if w == "to" else ""
        if after not in lex.due_to_verbs and after not in lex.present_verbs:
            return None  # "due to injuries", "due to enemy action": a cause, not a plan
    if w == "would" and nxt == "have" and words[i + 2:i + 3] != ["to"]:
        return PAST  # "would have been 85 on April 15": a past counterfactual
    if w in _BE_PAST and nxt in lex.future_cues:
        return None  # "were planning to drive": the next word decides
    if w in _BE_PAST and nxt == "to" and _bare_verb(words, caps, i + 2):
        return None  # "was to meet the king on July 6": a plan seen from the past, either side
    head = i - 1 if (prev, w) in lex.future_pairs and (w, nxt) not in lex.future_pairs else i
    if (w in lex.future_cues or head != i or (w, nxt) in lex.future_pairs) and (
            head > 0 and words[head - 1] in _DONE):
        return PAST  # "as previously planned"
    if w in lex.future_cues and prev in ("than", "as") and (w, nxt) not in lex.future_pairs:
        return None  # "grew more than expected", "opened as scheduled": an outcome measured
    if w in lex.possible_modals:
        # "could meet again in November": a possibility ahead; "could be located", "could
        # not travel" say nothing of it
        return FUTURE if _bare_verb(words, caps, i + 1) and \
            nxt not in lex.possible_not_before else None
    if (w, nxt) in lex.future_pairs or (prev, w) in lex.future_pairs or w in lex.future_cues \
            or infinitive:
        if any(x in lex.pluperfect for x in words[max(0, i - 5):i]):
            return PAST  # "had been due to end": a future in the past
        return FUTURE
    if w in _PAST_ADVERBS:
        return PAST  # "are already low": an adverb, not a passive participle
    if _past_verb(words, caps, i, opens):
        if prev in _BARE_BEFORE:
            return None  # an infinitive: "is to put tariffs on July 6", "will hit on Monday"
        if _present_perfect(words, i):
            return None
        if w not in lex.past_cues and (w.startswith("un") or (prev in _DETERMINERS
                                                              and prev != "that")):
            return None  # an adjective: "the proposed rule", "Series H preferred shares"
        # "will be held", "to be signed": a participle after 'be' is not a past tense
        passive = prev in ("be", "being", "is", "are", "am")
        perfect_future = (prev == "been" and i > 2 and words[i - 2] == "have"
                          and words[i - 3] in ("will", "would"))
        if passive or perfect_future:
            modal = i > 1 and words[i - 2] in ("will", "to", "would", "shall")
            return FUTURE if modal or prev in ("is", "are", "am") or perfect_future else None
        return PAST
    return None


def _bare_verb(words: list[str], caps: list[bool], i: int) -> bool:
    """Could words[i] be a verb's base form after 'to' ('was to meet'), not the noun of a
    preposition ('rose to 5 percent', 'was to Beijing', 'was to the king's liking')?"""
    return i < len(words) and words[i].isalpha() and not caps[i] and \
        words[i] not in _NOT_VERBS and words[i] not in _PREPOSITIONS


def _appointing(words: list[str], to: int) -> bool:
    """Is words[to] ('to') the infinitive of an appointment verb right before it or up to
    three words of object back ('named to lead', 'picked Burns to be')? Not an adjective
    ('the appointed envoy to')."""
    governors = lexicon().appointment_governors
    return any(words[k] in governors and (k == 0 or words[k - 1] not in _DETERMINERS)
               for k in range(max(0, to - 4), to))


def clause_tense(low: str, start: int, end: int, text: str | None = None) -> str | None:
    """PAST, FUTURE or None from the nearest cue in the sentence around low[start:end]."""
    left = low[max(0, start - 120):start]
    cut = None
    for m in _BOUNDARY.finditer(left):
        # a period after an abbreviation ("Jan.", "U.S.") is not a sentence end, nor the
        # one of a title or an initial: "will meet Mr. Jiang on Friday" keeps its "will"
        if m.group(0) != "." or m.start() + 1 >= len(left) or left[m.start() + 1] in " \n":
            if m.group(0) == "." and title_period(left, m.start()) and (
                    m.end() < len(left) and left[m.end()] in " \n"):
                continue
            cut = m.end()
    if cut is not None:
        left = left[cut:]
    if low.startswith(",", end) and (new := _AND_ON.search(left)):
        left = left[new.end():]  # "... extended to the West Bank and on Sunday, the group ..."
    elif new := _COMMA_AND_ON.search(left):
        # "ordered a review of trade, and in late January he said ...": a new clause
        left = left[new.end():]
    rel = max(left.rfind(", who "), left.rfind(", which "), left.rfind(", whose "),
              left.rfind(" since "))
    if rel >= 0 and "," not in left[rel + 2:] and left.startswith(", wh", rel):
        left = _after_relative_and(left, rel)
    aside: tuple[int, int] | None = None
    if (tail := _AFTER_COMMA.search(left)) and (open_ := left.rfind(",", 0, tail.start())) >= 0:
        # "will visit Beijing, the first such trip since 2019, in July": skip the aside
        base = start - len(left)
        aside = (base + open_, base + tail.start())
    right = low[end:end + 80]
    if (ends := _sentence_stop(right)) is not None:
        right = right[:ends]
    if speech := _SPEECH_STOP.search(right):
        # 'will take place on Tuesday," Lavrov was quoted as saying', 'told reporters on
        # Thursday: "It's going to be weeks"': the attribution after a closing quote, or
        # the speech after a colon, is a clause of its own
        right = right[: speech.start()]
    stop = _NEW_CLAUSE.search(right)
    if stop:
        right = right[: stop.start()]  # "on Monday, and some warned that ... would"
    if (sub := _SUBORDINATE.search(right)) and len(_WORD.findall(left)) >= 3:
        right = right[: sub.start()]  # "are to review it on Aug. 15, a year after it took"
    if (part := _PARTICIPLE_ASIDE.match(right)) and is_past_word(part.group(1)) and \
            len(_WORD.findall(left)) >= 3:
        # "is due to hold its first session on Tuesday, led by a deputy adviser": a
        # participle opening an aside after the date describes, it does not tell the time
        right = right[: part.start(1)]
    if rel >= 0 and "," not in left[rel + 2:] and "," in right:
        right = right[: right.index(",")]  # "who underwent surgery in November, will ..."
    src = low if text is None else text
    lo_left = start - len(left)
    cuts = [c for c in (_closed_relative(left, src, lo_left), aside) if c is not None]
    lw, at = [], lo_left
    for a, b in sorted(cuts):
        lw += _WORD.findall(src, at, max(at, a))
        at = max(at, b)
    lw += _WORD.findall(src, at, start)
    lw = lw[-(2 * REACH + 3):]  # 3 more for context only
    rw = _WORD.findall(src, end, end + len(right))[:2 * REACH]
    raw = [*lw, "|", *rw]
    words = [w.lower() for w in raw]
    caps = [w[:1].isupper() for w in raw]
    here = len(lw)
    lex = lexicon()
    # the right side stops at reported speech: "On Wednesday the ministry said it would ..."
    right_end = len(words)
    for i in range(here + 1, len(words)):
        if words[i] in lex.neutral_cues or words[i] in _RIGHT_STOPS:
            # ... but "In February, scientists said" dates the saying: a weak past cue
            w = words[i]
            right_end = i + 1 if w in lex.neutral_cues and (
                is_past_word(w) or w in ("said", "told", "wrote")) else i
            break
    best: tuple[int, int, str] | None = None
    # visit words from the nearest outwards; penalties only add, so stop once past the best
    # names ("Xi", "San Francisco") and numerals ("March 29") do not push a cue further
    # away: count other words only
    acc = list(accumulate((0 if (c or w[:1].isdigit()) and 0 < i != here else 1
                           for i, (c, w) in enumerate(zip(caps, words, strict=True))),
                          initial=0))  # acc[k]: counted words before index k
    # only words that can be a cue, within reach: any other would be skipped below anyway
    cue_words, endings = _cue_words(), lex.past_endings
    a_here, a_next = acc[here], acc[here + 1]
    order: list[tuple[int, int]] = []
    for i in range(min(len(words), right_end)):
        w = words[i]
        if i == here or (w not in cue_words and not w.endswith(endings)):
            continue
        d = a_here - acc[i + 1] + 1 if i < here else acc[i] - a_next + 2
        if d <= REACH:
            order.append((d, i))
    order.sort()
    has_pluperfect = any(x in lex.pluperfect for x in words[max(0, here - 8):here])
    if _planned_phrase(words, caps, here):
        return PAST if has_pluperfect else FUTURE
    objects = not any(x.rstrip(".") in lex.weekdays for x in low[start:end].split())
    for raw_dist, i in order:
        if best is not None and raw_dist > best[0]:
            break
        w = words[i]
        t = _cue(words, caps, i, objects)
        weak_past = False
        if t is None and i < here and raw_dist <= 5 and w in lex.neutral_cues and not caps[i] \
                and words[i - 1] not in _DETERMINERS and words[i - 1] not in _PASSIVE_BE:
            # (after a present or bare 'be' the word is a passive participle, no saying:
            # 'the results will be announced on Tuesday' looks ahead with its 'will')
            t = PAST  # "said on Monday", "told him by phone on Tuesday": the saying's date
            weak_past = raw_dist > 2
        if t is None and i > here and raw_dist <= 5 and w in lex.neutral_cues \
                and not _trailing_attribution(words, caps, i, right):
            t, weak_past = PAST, True  # only a past saying is inside right_end
        relative_verb = _relative_verb(words, i)
        if t is None and i < here and (raw_dist <= lex.present_reach or (
                relative_verb and raw_dist <= _RELATIVE_VERB_REACH) or (
                raw_dist <= lex.schedule_reach and i >= here - _words_after_comma(left))) \
                and w in lex.present_verbs and words[i - 1:i] != ["to"] \
                and (relative_verb or not (_noun_use(words, i) or _name_modified(words, caps, i))) \
                and not _inside_name(caps, i):
            # "the envoys meet separately Monday"; "had been scheduled to hear motions
            # beginning on Friday" is a plan already past
            t = PAST if has_pluperfect else FUTURE
        if t is None and i < here and raw_dist <= lex.schedule_reach \
                and _schedule_verb(words, caps, i) and i >= here - _words_after_comma(left) \
                and not _inside_name(caps, i):
            t = PAST if has_pluperfect else FUTURE  # "flies to Tokyo on Friday"
        if t == PAST and i > here and words[i + 1:i + 2] == ["by"] and re.search(
                r",\s*" + w + r"\s+by\b", right):
            continue  # "on Friday, followed by talks": a participle, not a past verb
        if t is None:
            continue
        if i > here and t == FUTURE and w not in lex.strong_future and (
                words[i - 1] not in lex.strong_future):
            continue  # after the expression only a modal says future
        dist = raw_dist
        if weak_past:
            dist += 3
        if w in lex.weak_future:
            if any(x in lex.pluperfect for x in words) or _denied_in_past(words, i):
                # "Until Thursday, police had not named a suspect", "did not arrive
                # until Tuesday": what happened then, in the past
                t = PAST
            elif i != here - 1:
                dist += 6  # only "until Tuesday" itself is a clear deadline
        # a cue before the expression wins a tie
        key = (dist, 0 if i < here else 1, t)
        if best is None or key[:2] < best[:2]:
            best = key
    if best is None and ((len(lw) <= 1 and low.startswith(",", end)) or (
            len(lw) <= 2 and all(w.lower() in _OPENERS for w in lw))):
        # "On Sunday the deputy minister of ... will fly": no comma, the verb out of reach
        return _main_clause(low, src, end)
    if best is None:
        return _far_modal(words, caps, here)
    if best[2] == PAST and words[here - 1:here] in (["from"], ["starting"], ["until"]) \
            and _under_modal(words, caps, here):
        return None  # "would suspend the tariffs it put on cars for a year from Jan. 1"
    return best[2] if best else None


_DENIAL_REACH = 6  # words before a deadline word where a past denial counts


def _denied_in_past(words: list[str], i: int) -> bool:
    """A past verb denied before the deadline word at `i` (`did not confirm it until`,
    `didn't arrive until`), or a fronted `Not until Tuesday did …`: it happened then."""
    lex = lexicon()
    before = words[max(0, i - _DENIAL_REACH):i]
    if "|" in before:
        return False
    if any(w in lex.past_denials for w in before) or any(
            w in lex.past_denied_aux and nxt == "not" for w, nxt in pairwise(before)):
        return True
    return words[i - 1:i] == ["not"] and any(w in lex.past_denied_aux
                                             for w in words[i + 1:i + 5])


_MODALS = frozenset(["will", "would", "'ll", "shall"])
_EMBEDDERS = frozenset(["that", "which", "who", "whom", "whose", "when", "where", "after",
                        "before", "since", "because", "as", "if", "but", "while"])


def _under_modal(words: list[str], caps: list[bool], here: int) -> bool:
    """Is the nearest (past) cue a verb inside the object of a modal's verb further left
    ('would suspend the tariffs it put on cars ... from Jan. 1')? Then the two cues
    disagree and neither decides (asked only for the start or end of a period, which
    belongs to the modal's verb: 'the tariffs it imposed in March' is the relative's own).
    Not across a that/which/when clause, a reporting verb or a form of be/have, which
    give the past verb a clause of its own."""
    lex = lexicon()
    seen_past = False
    for i in range(here - 1, max(-1, here - 2 * REACH - 1), -1):
        w = words[i]
        if w in _EMBEDDERS or w in lex.neutral_cues or w in _FAR_STOPS:
            return False
        if w in _MODALS:
            return seen_past
        if _past_verb(words, caps, i):
            seen_past = True
    return False


_FAR_MODALS = frozenset(["will", "'ll", "shall"])
# a verb form, or a preposition before an earlier event ("will take office on Monday after
# his reelection on October 29"), between the modal and the date
_FAR_STOPS = frozenset(["was", "were", "had", "has", "have", "is", "are", "did", "after",
                        "since", "following"])


def _far_modal(words: list[str], caps: list[bool], here: int) -> str | None:
    """'They will then return to Mina to sacrifice an animal, usually a sheep, for Eid
    al-Adha, the Feast of the Sacrifice, on Saturday': with no cue within reach, a 'will'
    further back in the sentence still governs the date if no other verb form (a past
    form, a reporting verb, a form of be or have) and no 'after'/'since' stands between."""
    lex = lexicon()
    for i in range(here - 1, -1, -1):
        w = words[i]
        if w in _FAR_MODALS:
            return FUTURE
        if w in _FAR_STOPS or w in lex.neutral_cues or _past_verb(words, caps, i):
            return None
    return None


def _closed_relative(left: str, src: str, base: int) -> tuple[int, int] | None:
    """'The envoy, who will lead the talks, landed on Sunday': a closed who/which clause
    before the main verb says nothing of its tense. Its span in `src`, when the main clause
    goes on after it with a verb (not a list: 'who stepped down as chairman, president and
    ...'; not 'Geneva, Switzerland') up to the expression with no other comma."""
    rel = max(left.rfind(", who "), left.rfind(", which "), left.rfind(", whose "))
    if rel < 0:
        return None
    close = left.find(",", rel + 2)
    if close < 0 or "," in left[close + 1:]:
        return None
    nxt = _WORD.search(src, base + close + 1, base + len(left))
    if nxt is None or not nxt.group(0)[:1].islower():
        return None
    w = nxt.group(0)
    lex = lexicon()
    if not (is_past_word(w) or w in lex.future_cues or w in lex.strong_future
            or w in lex.present_verbs or w in lex.neutral_cues):
        return None
    return base + rel, base + close + 1


def _main_clause(low: str, src: str, end: int) -> str | None:
    """'In January, a week after the anniversary, a bomb killed a guard': a date opening
    its sentence belongs to the main clause after it, whose verb may stand beyond reach.
    The first past verb or modal of that clause decides; a reporting verb dates the saying."""
    right = low[end:end + 240]
    for stop in _MAIN_STOP.finditer(right):
        if stop.group(0) != "." or len(_last_word(right, stop.start())) > 3:
            right = right[: stop.start()]  # a sentence end or quoted speech, not "vs. Wade"
            break
    raw = _WORD.findall(src, end, end + len(right))[:4 * REACH]
    words = [w.lower() for w in raw]
    caps = [w[:1].isupper() for w in raw]
    lex = lexicon()
    for i, w in enumerate(words):
        if w in lex.neutral_cues:
            return PAST if is_past_word(w) or w in ("said", "told", "wrote") else None
        if w in _RIGHT_STOPS:
            return None
        t = _cue(words, caps, i, opens=False)
        past = _past_verb(words, caps, i, opens=False)
        if t is None and past and i > 0 and words[i - 1] in _DETERMINERS:
            continue  # an adjective: "the newly appointed envoy"
        if t is None and past:
            return None  # "could have emerged", "has risen": no plain past or future
        if t != PAST and i > 0 and _present_schedule(words, caps, i):
            return FUTURE  # "On Wednesday he travels to Iowa": a timetable, ahead
        if t == PAST or (t == FUTURE and (w in lex.strong_future or (
                i > 0 and words[i - 1] in lex.strong_future))):
            return t
    return None


def _present_schedule(words: list[str], caps: list[bool], i: int) -> bool:
    """Is words[i] a present-tense schedule verb after its subject ('On Friday the envoys
    meet', 'On Wednesday Mr. Xi travels to Iowa')? Not a noun ('the talks'), a gerund, a
    word of a name, nor an infinitive or a verb after a modal or a negation."""
    lex = lexicon()
    w = words[i]
    if w.endswith("ing") or caps[i] or _noun_use(words, i) or _name_modified(words, caps, i):
        return False  # (a capitalised word: also any word inside a name)
    if w in lex.present_verbs:
        return words[i - 1] not in lex.schedule_not_after
    return _schedule_verb(words, caps, i)


def _after_relative_and(left: str, rel: int) -> str:
    """'Ms. Park, who won the runoff on March 3 and takes office on ...': the main clause
    goes on after 'and' with a present or future verb; the relative clause's past verb
    says nothing about it, so the left context starts at that verb."""
    at = left.rfind(" and ", rel)
    if at < 0:
        return left
    nxt = _WORD.match(left, at + 5)
    if nxt is None:
        return left
    w = nxt.group(0)
    lex = lexicon()
    if w in lex.present_verbs or w in lex.schedule_verbs or w in lex.future_cues \
            or w in lex.strong_future or any(w == a for a, _ in lex.schedule_pairs):
        return left[at + 5:]
    return left


def _planned_phrase(words: list[str], caps: list[bool], here: int) -> bool:
    """Does the date close a noun phrase like 'a possible visit by the premier to Tokyo'?
    Such a plan is ahead, whatever the verb of the clause ('preparations ... were going on')."""
    lex = lexicon()
    if _prospective_phrase(words, caps, here):
        return True
    for j in range(here - 1, max(0, here - 9), -1):
        w = words[j]
        if (w in lex.present_verbs or w in lex.event_nouns) and words[j - 1] in \
                lex.plan_adjectives:
            k = j - 3 if j > 2 and words[j - 2] in _DETERMINERS else j - 2
            if k > 0 and words[k] in _PARTICLES:
                k -= 1  # "called off the planned talks on Wednesday": the verb before `off`
            # "postponed a planned trip in February": the verb's own date, not the plan's
            return (k < 0 or not _past_verb(words, caps, k)) and not _plan_overtaken(
                words, caps, here)
        if w in _RIGHT_STOPS or w in lex.neutral_cues or w in lex.strong_future or (
                not caps[j] and is_past_word(w)) or w in ("is", "are", "has", "have"):
            return False  # a verb: the date belongs to a clause, not to the noun phrase
    return False


def _prospective_phrase(words: list[str], caps: list[bool], here: int) -> bool:
    """Does the date close the noun phrase of an event that a phrase prepares ('…, setting
    up a meeting between President Trump and President Xi in South Korea on Thursday',
    'paving the way for talks in May')? Names do not count towards the reach."""
    lex = lexicon()
    counted = 0
    for j in range(here - 1, 0, -1):
        w = words[j]
        if (w in lex.present_verbs or w in lex.event_nouns):
            k = j - 1 if words[j - 1] in _DETERMINERS else j
            return any(tuple(words[max(0, k - len(p)):k]) == p for p in lex.prospective)
        if w in _RIGHT_STOPS or w in lex.neutral_cues or w in lex.strong_future or (
                not caps[j] and is_past_word(w)) or w in ("is", "are", "has", "have"):
            return False
        counted += not caps[j]
        if counted > 8:
            return False
    return False


def _plan_overtaken(words: list[str], caps: list[bool], here: int) -> bool:
    """'The planned visit in April was cancelled / never took place': a past verb after the
    phrase says the plan's date has come; only a past progressive ('preparations ... were
    continuing') leaves it ahead."""
    for k in range(here + 1, min(len(words), here + 7)):
        w = words[k]
        if w in _RIGHT_STOPS:
            return False
        if _past_verb(words, caps, k) or w == "never":
            nxt = words[k + 1] if k + 1 < len(words) else ""
            return not (w in _BE_PAST and nxt.endswith("ing"))
    return False


def _relative_verb(words: list[str], i: int) -> bool:
    """Is words[i] the verb of a relative clause ('the summit that opens in Gyeongju on
    Friday', 'talks which begin …')? After `that` only a form in -s is sure to be one
    ('that visit in June' is a noun)."""
    prev = words[i - 1] if i > 0 else ""
    return prev == "which" or (prev == "that" and words[i].endswith("s"))


def _noun_use(words: list[str], i: int) -> bool:
    """Is words[i] a noun ('Smith's visit', 'the talks', 'a state visit')? Then it is no
    present-tense schedule verb: 'It came after Smith's visit in June' looks back."""
    prev = words[i - 1] if i > 0 else ""
    return prev in _DETERMINERS or prev in _PREPOSITIONS or prev.endswith("'s") or prev == "s" \
        or prev in lexicon().noun_modifiers or "-" in prev \
        or (i > 1 and words[i - 2] in ("a", "an") and not words[i].endswith("s"))
    # ("a two-day visit in June"; "a bitter start in March": after `a` and one word, a
    # base form is a noun, no verb)


def _name_modified(words: list[str], caps: list[bool], i: int) -> bool:
    """Is words[i] a noun after a name used as its modifier ('his French hosts', 'the Knesset
    vote', 'after returning from India visit')? The name must follow a possessive, or, for a
    base form (which a singular name as subject would not take), a determiner or a
    preposition: 'after President Xi visits Seattle' keeps its verb."""
    if words[i].endswith(("ing", "ed")):
        return False  # a participle: 'the Leaders' Meeting scheduled on Friday'
    j = i - 1
    while j >= 0 and caps[j] and words[j] != "|":
        j -= 1
    if j == i - 1 or j < 0:
        return False
    before, base = words[j], not words[i].endswith("s")
    # an -s form after 'the <Name>' is the name's verb ('the United States hosts')
    return before in _POSSESSIVES or before.endswith("'s") or (
        base and (before in _DETERMINERS or before in _PREPOSITIONS))


def _inside_name(caps: list[bool], i: int) -> bool:
    """A capitalised word between two capitalised words is part of a name ('signed the
    Taiwan Travel Act on Friday'), not a schedule verb."""
    return 0 < i < len(caps) - 1 and caps[i - 1] and caps[i] and caps[i + 1]


def _schedule_verb(words: list[str], caps: list[bool], i: int) -> bool:
    """A present-tense movement or timetable verb at words[i] ('flies', 'takes office',
    'is flying')."""
    lex = lexicon()
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if w in lex.schedule_progressives:
        # right after a present "be", or one adverb after it ("is also flying")
        be = i - 1 if i > 0 and words[i - 1] in lex.present_be else i - 2
        return be >= 0 and words[be] in lex.present_be and (
            be == i - 1 or words[i - 1].endswith("ly") or words[i - 1] in ("now", "still", "also"))
    if w not in lex.schedule_verbs and (w, nxt) not in lex.schedule_pairs:
        return False
    prev = words[i - 1] if i > 0 else ""
    return prev not in lex.schedule_not_after and not (
        i > 0 and _past_verb(words, caps, i - 1)) and nxt not in (
        "of", "back")  # "heads of state", "goes back to March"


def _last_word(s: str, pos: int) -> str:
    """The run of lower-case letters ending at `pos` (scanned back: a regex anchored at
    the end would be tried from every earlier position)."""
    i = pos
    while i > 0 and "a" <= s[i - 1] <= "z":
        i -= 1
    return s[i:pos]


def title_period(s: str, pos: int) -> bool:
    """Whether the period at s[pos] (lower-cased text) closes a title or an initial
    ('Mr. Jiang', 'J. Smith') rather than a sentence."""
    last = _last_word(s, pos)
    return last in lexicon().title_abbreviations or len(last) == 1


def _sentence_stop(right: str) -> int | None:
    """Where the sentence ends in `right`: not at the period of "Mr." or "U.S.", so "On
    Sunday Mr. Lee will fly" still reaches its verb."""
    for m in _BOUNDARY.finditer(right):
        if m.group(0) == "." and title_period(right, m.start()) and (
                m.end() < len(right) and right[m.end()] in " \n"):
            continue
        return m.start()
    return None


def _words_after_comma(left: str) -> int:
    """How many words of the left context follow its last comma (all of them if none)."""
    at = left.rfind(",")
    return len(_WORD.findall(left, at)) if at >= 0 else 10_000


def _trailing_attribution(words: list[str], caps: list[bool], i: int, right: str) -> bool:
    """', officials said.' closing the sentence dates the saying, not the plan before it
    (so does ', Kyodo reported, citing government sources': what follows the saying's own
    comma is its aside)."""
    lex = lexicon()
    at = right.find(words[i])
    if at <= 0 or "," not in right[:at]:
        return False
    rest = range(i + 1, len(words))
    if right[at + len(words[i]):].lstrip().startswith(","):
        rest = range(i + 1, i + 1)
    return len(rest) <= 4 and all(words[k] in lex.trailing_attribution or caps[k] for k in rest)
