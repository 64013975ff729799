"""Whether an event is planned, done or called off: the status words of its clause
(status.toml: `will`, `is expected to`, `plans to`; `averted`; `at risk`), the tense of
its verb, and a date after the publication. Split out of timing.py, which finds the
event's date."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from usc_timeline.text import Sentence
from usc_timeline.timex.tense import is_past_word

from . import dates as dt
from .conditions import conditional
from .context import Context, Trigger, all_timexes
from .guarded import Guarded
from .laid import enacted, laid_act


def _enacted_by_act(ctx: Context, trig: Trigger, sent: Sentence) -> bool:
    """`signed a law to ban …`: the `to` of a measure an enacting act lays plans nothing."""
    act = laid_act(ctx, trig, sent)
    return act is not None and enacted(act)


# `signed orders that would bar transactions`, `issued a rule that will ban imports`: the
# measure an order, law or rule lays is laid when that is signed or issued (what it lays
# may take effect later), so the modal of its relative clause plans nothing; `a bill that
# would ban` (not signed) stays a plan
# (pre-checked: tried before most verb triggers, where few windows hold a modal)
_LAID_BY_ACT = Guarded(re.compile(r"\b(?:signed|signs|issued|issues|enacted|enacts|adopted|"
                                  r"adopts|approved|approves|imposed|imposes)\s+"
                                  r"(?:[\w-]+\s+){0,3}?(?:orders?|laws?|decrees?|directives?|"
                                  r"rules?|regulations?|measures?|legislation)\s+"
                                  r"(?:that|which)\s+(?:will|would)\s+$", re.IGNORECASE),
                       ("will", "would"))


def status_of(ctx: Context, trig: Trigger, sent: Sentence, dated: dt.Dated | None) -> str:
    if conditional(ctx, trig, sent):
        return "planned"  # `if X holds talks on Friday`: supposed, not done (conditions.py)
    if trig.spec.status:
        return trig.spec.status
    if trig.verb and _UNREALISED.search(ctx.text, max(sent.start, trig.start - 48), trig.start):
        return "cancelled"  # `the two were to have met on Tuesday`: a plan not carried out
    if dt.before_ahead(dated):
        return "planned"  # `will visit before May of next year`: still to come
    if trig.kind == "statement" and (dated is None or ctx.published is None
                                     or dated.span.start <= ctx.published.end):
        return "occurred"  # what was said was said, whatever it promises
    tl = ctx.triggers
    # the words back for both windows at once: the nearer is the tail of the farther
    near, far = tl.window, tl.far_window
    words_back = cue_window(ctx, trig, sent, max(near, far) if near > 0 and far > 0 else 0)
    window = words_back[-near:]
    lo = bisect_left(ctx.token_starts, max(sent.start, trig.seg_start - 200))
    between = ctx.text[ctx.tokens.starts[lo] if lo < trig.first else trig.start:trig.start]
    # a modal right before the verb is its own, even just after an aside's comma
    # (`Wang Yi, who is in Moscow, will meet Putin on Wednesday`)
    at_risk = bool(tl.at_risk.intersection(window[-_AT_RISK_GAP:]))
    past = dated is not None and ctx.published is not None and \
        dated.span.end < ctx.published.start
    if not at_risk and (not _break_at_end(between) or (window[-1:] and window[-1] in _MODALS)) \
            and not _LAID_BY_ACT.search(ctx, max(sent.start, trig.start - 90), trig.start):
        found = tl.cues_in(window)
        # `ahead of Wednesday's summit` places the summit after something else, not
        # after publication: a past date wins (`made possible by last July's trip`).
        if found and not (past and found <= {("ahead", "of"), ("upcoming",), ("next",),
                                              ("possible",), ("potential",)}):
            return "planned"
    if not trig.verb and _still_to_come(ctx, trig, sent):
        return "planned"
    if not past and not at_risk:
        # `is due to join other leaders at the summit on Thursday`: a plan further back
        if tl.far_cue_in(words_back[-far:]):
            return "planned"
        # `He travels to Moscow this week for talks`: the present of a programme (a verb
        # by its own form: `Li, who heads the bank, met Wang today` is no programme; a
        # gerund or noun by the clause's: `leaves for China on Wednesday for his first
        # meeting with Jiang`)
        trig_words = trig.text.casefold().split()
        if dated is not None and (
                (trig.verb and trig_words[0] in tl.scheduled)
                or ((not trig.verb or any(w.endswith("ing") for w in trig_words))
                    and _scheduled_in(tl.scheduled, words_back[-far:]))):
            return "planned"
    if trig.verb and window[-1:] == ["to"] and not _ORDINAL_TO.intersection(window) and \
            not _superlative(window) and not _carried_out(ctx, window, dated, past) and \
            not _enacted_by_act(ctx, trig, sent):
        # (`the last adviser to visit China was Rice` tells who did, not a plan)
        return "planned"
    if dated is not None and ctx.published is not None:
        if dated.span.start > ctx.published.end:
            return "planned"
        if dated.span.end < ctx.published.start:
            return "occurred"
    if trig.verb and _planned_before(ctx, trig, sent):
        return "planned"
    if trig.verb:
        return "occurred"
    return "occurred" if dated is not None else "unknown"


# `were to have met`, `was supposed to have visited`: the perfect infinitive after a past
# `be (due/supposed …) to` tells a plan that did not happen; not `is said to have met`,
# `was the first to have visited`, nor `were to have talks` (a plan, no perfect)
_UNREALISED = re.compile(r"\b(?:was|were)\s+(?:(?:supposed|due|scheduled|meant|slated)\s+)?"
                         r"to\s+have\s+$", re.IGNORECASE)


def _still_to_come(ctx: Context, trig: Trigger, sent: Sentence) -> bool:
    """A measure named before what says it is yet to apply (`a new round of tariffs on
    consumer goods was due to take effect`), in the same clause."""
    tl = ctx.triggers
    folded, starts, ends = ctx.tokens.folded, ctx.token_starts, ctx.tokens.ends
    end = min(bisect_left(starts, sent.end), trig.last + tl.after_window)
    text = ctx.text
    words: list[str] = []
    for i in range(trig.last, end):  # (`last` is the first token after the trigger)
        # (tokens are words: the clause ends at a `;` between two of them, or at a `,`
        # that opens another clause, the first one after the trigger too; not at
        # `, which …`, which is about the measure)
        if (text.find(";", ends[i - 1], starts[i]) >= 0 or (
                folded[i] in _CLAUSE_OPENERS and text.find(",", ends[i - 1], starts[i]) >= 0)):
            break
        words.append(folded[i])
    return tl.still_to_come_in(words)


_CLAUSE_OPENERS = frozenset({"and", "but", "while", "though", "although", "whereas", "as",
                             "because", "after", "before", "when", "since", "if", "so",
                             "yet", "or"})


def _planned_before(ctx: Context, trig: Trigger, sent: Sentence) -> bool:
    """A gerund joined by `before`/`after` to a planned clause is part of the plan
    (`will meet congressional leaders before flying to Chicago`), and so is a bare verb
    joined by `and`/`then` (`is due to meet Xi on Wednesday and then fly to Ulaanbaatar`;
    not a past one: `will meet Xi, officials said, and met …` is told apart by its form)."""
    if trig.first < 1:
        return False
    folded = ctx.tokens.folded
    first_word = trig.text.split()[0].casefold()
    k = trig.first - 1
    if first_word.endswith("ing"):
        if folded[k] not in _LINKED_GERUND:
            return False
    elif folded[k] in _LINKED_BARE and first_word.isalpha() and \
            not is_past_word(first_word) and not first_word.endswith("s"):
        if folded[k] == "then" and k > 0 and folded[k - 1] == "and":
            k -= 1
        if _break_at_end(ctx.text[max(sent.start, ctx.tokens.starts[k] - 3):
                                  ctx.tokens.starts[k]]):
            return False  # `…, and fly`: a clause of its own after a comma
    else:
        return False
    lo = max(bisect_left(ctx.token_starts, sent.start), k - ctx.triggers.far_window)
    return bool(ctx.triggers.cues_in(folded[lo:k]))


_LINKED_GERUND = frozenset({"before", "after", "then"})
_LINKED_BARE = frozenset({"and", "then"})


def _carried_out(ctx: Context, window: list[str], dated: dt.Dated | None, past: bool) -> bool:
    """A `to`-infinitive that was done, not planned: the purpose of a past going (`went on
    television to announce`, `flew to Beijing to meet Wang`), dated before the report or
    not at all; or what a past order demanded."""
    if (past or dated is None) and ctx.triggers.purpose.intersection(window):
        return True
    if past and ctx.triggers.decided.intersection(window):
        return True  # `decided in May 1994 to renew`: decided, then done
    return bool(ctx.triggers.directive.intersection(window)) and (
        dated is None or ctx.published is None or dated.span.start <= ctx.published.end)


def _scheduled_in(scheduled: frozenset[str], window: list[str]) -> bool:
    """A present verb of a programme in `window`, not an infinitive (`left on Monday to
    resume the dialogue` is no present)."""
    return any(w in scheduled and (k == 0 or window[k - 1] not in _INFINITIVE)
               for k, w in enumerate(window))


_INFINITIVE = frozenset({"to", "will", "would", "shall", "can", "could", "may", "might",
                         "must", "should"})


_MODALS = frozenset({"will", "shall", "would"})
_AT_RISK_GAP = 4  # `threatened to derail [high-level] talks`: the verb and up to 3 words
_ORDINAL_TO = frozenset({"first", "last", "only", "latest", "previous", "second", "third",
                         "highest-ranking", "highest-level", "most-senior"})


def _superlative(window: list[str]) -> bool:
    """`the most senior official to visit the country under Biden held talks`: a rank
    among those who did, like `the first ... to visit`, not a plan."""
    return "likely" not in window and any(
        a == "the" and b == "most" for a, b in pairwise(window))


# adverbs that may stand inside a cue (`is also expected to`, `are now due to`)
_CUE_ADVERBS = frozenset({"also", "still", "now", "again", "reportedly", "tentatively",
                          "provisionally", "currently", "widely"})


def cue_window(ctx: Context, trig: Trigger, sent: Sentence, size: int | None = None
                ) -> list[str]:
    """The last few words (casefolded) of the trigger's clause before it, at most 200
    characters back, leaving out the words of time expressions (`size`: how many; by
    default the lexicon's window)."""
    starts = ctx.token_starts
    lo = bisect_left(starts, max(sent.start, trig.seg_start - 200))
    in_dates = {i for tx in all_timexes(ctx, sent.start, trig.start)
                for i in range(bisect_left(starts, tx.start), bisect_left(starts, tx.end))}
    breaks, folded = ctx.triggers.clause_breaks, ctx.tokens.folded
    size = ctx.triggers.window if size is None else size
    limit = size if size > 0 else -1  # (0: all words back to the break)
    window: list[str] = []
    # from the trigger back to the last clause break; the `size` nearest words count
    for i in range(trig.first - 1, lo - 1, -1):
        if i in in_dates or folded[i] in _CUE_ADVERBS:
            continue  # (`is also expected to`: the cue without its adverb)
        word = folded[i]
        if word in breaks or len(window) == limit:
            break
        window.append(word)
    window.reverse()
    return window if size > 0 else window[-size:]


def _break_at_end(between: str) -> bool:
    """Whether `,` `;` or `:` comes in the last word or ends the one before it (what
    `[,;:]\\s*\\S*\\s*$` finds, without trying every position)."""
    words = between.rsplit(None, 2)
    if not words:
        return False
    last = words[-1]
    if "," in last or ";" in last or ":" in last:
        return True
    return len(words) >= 2 and words[-2][-1] in ",;:"
