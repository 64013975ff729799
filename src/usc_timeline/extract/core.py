"""From one document to its event mentions: the document-wide work (tokens, phrase
hits, time expressions, entities) done once, and only on the sentences that can yield a
mention; each of those goes to `sentence.sentence_mentions`."""

from __future__ import annotations

from bisect import bisect_left

from usc_timeline.lexicon import Lexicon, default_lexicon
from usc_timeline.model import Document, Mention
from usc_timeline.text import Sentence, split_sentences

from . import dates as dt
from .backrefs import told_again
from .clauses import sentence_triggers
from .context import Context, Prev
from .doer import with_doer
from .entities import ISSUES, NAMES, TITLES, entity_index, find_entities
from .fallback import CHECK as FALLBACK
from .fallback import for_both_sides
from .following import with_followed_visits
from .later_date import later_dates
from .object_relative import object_relative_hits
from .passives import passive_acts
from .phrases import Hit, tokenize
from .segments import segments
from .sentence import sentence_mentions
from .triggers import LAYER, trigger_lexicon


def extract_mentions(document: Document, lexicon: Lexicon | None = None) -> list[Mention]:
    """Every event mention of a document, in text order."""
    from usc_timeline.timex import find_timexes

    lex = lexicon if lexicon is not None else default_lexicon()
    text = document.text
    published = document.published.span if document.published else None
    dct = document.published.value if document.published else None
    day = published.start if published else None
    tokens = tokenize(text)
    index = entity_index(lex)
    hits = index.matcher.find(tokens, (NAMES, TITLES, ISSUES, LAYER))
    all_triggers = for_both_sides([h for h in hits if h.layer == LAYER], hits)
    relative = object_relative_hits(tokens, text, all_triggers, lex.extra_dirs)
    if relative:  # `the investigation that Lighthizer opened in August 2017`
        verbs = {h.first for h in relative}
        all_triggers = sorted([h for h in all_triggers if h.first not in verbs] + relative,
                              key=lambda h: (h.start, h.end))
    if not all_triggers:
        return []  # no word names an event: nothing to date or resolve
    timexes = sorted(find_timexes(text, dct), key=lambda t: (t.start, t.end))
    # Only sentences with a trigger, and the two before each (dates and people carried
    # over, `These relations`), are ever read.
    sentences = split_sentences(text, [h.start for h in all_triggers], before=2)
    trigger_hits = _worth_reading(sentences, all_triggers,
                                  [t.start for t in timexes if dt.usable(t)])
    if not trigger_hits:
        return []  # only reporting words, in sentences with no date
    entities = find_entities(text, tokens, index, day,
                             [h for h in hits if h.layer != LAYER],
                             _regions(sentences, [h.start for h in trigger_hits]),
                             trigger_hits)
    tl = trigger_lexicon(lex.extra_dirs)
    ctx = Context(document, text, tokens, tokens.starts, entities, timexes,
                   [t.start for t in timexes], tl, published, lex)
    hit_starts = [h.start for h in trigger_hits]
    out: list[Mention] = []
    prev = Prev()
    for sent in sentences:
        lo = bisect_left(hit_starts, sent.start)
        hi = bisect_left(hit_starts, sent.end)
        triggers = sentence_triggers(ctx, sent, trigger_hits[lo:hi]) if lo < hi else []
        mentions: list[Mention] = []
        context: list[Mention] = []
        if triggers:
            subject_end = segments(ctx, sent, triggers)
            mentions, context = sentence_mentions(ctx, sent, triggers, subject_end, prev, day)
            # `Tariffs on Chinese chips rise on Jan. 1`: whose tariffs (doer.py)
            mentions = [with_doer(ctx, sent, m) for m in mentions]
        # `The measures were unveiled last Tuesday`: an event told before, dated here
        mentions = mentions + told_again(ctx, prev, sent, triggers, mentions)
        # `The zone was declared on Saturday`: an act whose actor the article named before
        mentions = mentions + passive_acts(ctx, sent, mentions)
        # `…, following Blinken in June and Yellen in July`: their visits, by ellipsis
        mentions = with_followed_visits(ctx, sent, mentions)
        # `… in force since Sept. 24 and are scheduled to rise on Jan. 1`: the later plan
        mentions = mentions + later_dates(ctx, sent, mentions)
        if not mentions and not triggers:
            prev.sentence = sent
            continue
        out.extend(mentions)
        ctx.history.extend(mentions)
        dated = [m for m in mentions + context if m.date is not None]
        if dated:
            prev = Prev(sent.end, dated)
        prev.sentence = sent
    return out


def _worth_reading(sentences: list[Sentence], hits: list[Hit], dates: list[int]) -> list[Hit]:
    """Trigger hits of sentences that can make a mention: a sentence whose only
    triggers report (`said`) or are fallback verbs (fallback.py) and that has no date
    cannot."""
    out: list[Hit] = []
    i = 0
    for sent in sentences:
        while i < len(hits) and hits[i].start < sent.start:
            i += 1
        j = i
        while j < len(hits) and hits[j].start < sent.end:
            j += 1
        here = hits[i:j]
        if here and (any(not e.payload.spec.light and e.payload.spec.check != FALLBACK
                         for h in here for e in h.entries)
                     or _any_between(dates, sent.start, sent.end)):
            out.extend(here)
        i = j
    return out


def _any_between(points: list[int], start: int, end: int) -> bool:
    k = bisect_left(points, start)
    return k < len(points) and points[k] < end


def _regions(sentences: list[Sentence], triggers: list[int]) -> list[tuple[int, int]]:
    """Where entities matter: sentences with a trigger, and the two before each
    (dates carried over, `These relations`, `She met …`)."""
    out: list[tuple[int, int]] = []
    for k, sent in enumerate(sentences):
        i = bisect_left(triggers, sent.start)
        if i < len(triggers) and triggers[i] < sent.end:
            first = sentences[max(0, k - 2)].start
            if out and first <= out[-1][1]:
                out[-1] = (out[-1][0], sent.end)
            else:
                out.append((first, sent.end))
    return out
