"""When and whether: the date that belongs to a trigger, and its status.

The rule of thumb of news English: an event's date follows its trigger in the same
clause (`met … in Vienna in May`) or opens the sentence (`Last month, …`); a report's
date stands for a reported action with none of its own; a sentence that continues the
previous one's event shares its date."""

from __future__ import annotations

import re
from itertools import pairwise

from usc_timeline.merge import family
from usc_timeline.model import Actor, DateSpan, Mention, precision_rank
from usc_timeline.text import Sentence, same_paragraph
from usc_timeline.timex.record import Timex

from . import dates as dt
from .called_off import moved_time
from .context import Context, Prev, Trigger, usable_timexes
from .dayparts import after_the_night
from .determiners import determiner_that
from .guarded import Guarded
from .laid import laid_act
from .new_clause import new_clause_between
from .premodified import premodifier_date
from .restrictive import in_restrictive_clause
from .sayings import in_what_was_said, recent
from .status import cue_window

_PRONOUN_START = re.compile(r"^\W*(?:he|she|they|the pair|the talks|the meeting|during|there|"
                            r"the two (?:men|women|leaders|sides|ministers))\b", re.IGNORECASE)


# (after a preposition, a month's abbreviation point is no sentence end: `On Nov. 8 in
# London, …`; not a subject: `The Nov. 6-17 conference, …`)
_OPENING = Guarded(re.compile(r"\W*(?:(?:in|on|last|this|since|by|during|earlier|later|early|"
                               r"late)?\b[^,;.]{1,30}|(?:in|on|since|by|during)\s+"
                               r"(?:[^,;.]|\.(?=\s\d)){1,30}),", re.IGNORECASE), ",")
_WHEN = Guarded(re.compile(r"\bwhen\b", re.IGNORECASE), "when")
_FALLBACK = "fallback"  # fallback.CHECK (fallback.py imports modules that import this one)
# `that` right after a preposition points at a noun (`after that episode`)
_DETERMINER_THAT = re.compile(r"\b(?:after|before|since|during|of|at|in|on|for|from|with|"
                              r"about|over|until|by)\s+that$", re.IGNORECASE)
# `from the visit`, `about the trip`: a bare definite noun after a preposition …
_BACK_REFERENCE = re.compile(r"\b(?:from|of|about|for|during|throughout|over|around|"
                             r"ahead of|before|after)\s+the\s+$", re.IGNORECASE)
# … that ends its clause (no place, person or date of its own; `from the visit, saying …`)
_CLAUSE_END = re.compile(r"\s*(?:[.;!?]|$|,\s+[a-z]+ing\b)")
# a trigger a few words after `since`, with no break in between: the since-clause's own
_SINCE_CLAUSE = Guarded(re.compile(r"\bsince\s+(?:(?:the|a|an|his|her|their|its|Mr\.|Mrs\.|Ms\.|"
                                   r"[A-Z][\w'’.-]*)\s+){0,4}$"), "since")
_WHEN_NEXT = re.compile(r",?\s*when\b", re.IGNORECASE)
# a date that owns the noun after it, past up to two words (`Tuesday's U.S. sanctions`)
_POSSESSIVE_DATE = re.compile(r"['’]s\s+(?:[\w.-]+\s+){0,2}")
# `…, as both sides try …`, `…, while officials …`: a comma opening a subordinate clause
# (and a since-phrase past a comma and a few words: `met in the Great Hall, the first for a
# US president since the army crushed the movement there nine years ago`)
_SUBORDINATE = re.compile(r",\s*(?:as|while|because|although|though|whereas|if|unless)\s|"
                          r",[^,;:()]{0,60}?\bsince\b|"
                          # `to allow for talks, pushing the increase from Jan. 1 to March
                          # 1`: a participle's clause has dates of its own (not one that
                          # spans the event, `talks, beginning on Monday`, or sets its time,
                          # `ordered …, giving its diplomats until Friday`; and not an aside
                          # before the main verb: `talks, involving six countries, are to
                          # start on Wednesday`)
                          r",\s*(?!(?:including|during|beginning|starting|ending|lasting|"
                          r"running|spanning|continuing|morning|evening|following|giving|"
                          r"allowing|leaving)\b)[a-z]{3,}ing\s[^,;:()]*$", re.IGNORECASE)
# a trigger a few words after `in response to`, `in retaliation for`: the cause answered
_CAUSE_OF = Guarded(re.compile(r"\bin\s+(?:response|retaliation|reprisal|reaction|protest)\s+"
                               r"(?:to|for|against|at|over)\s+(?:[\w'’.-]+\s+){0,5}$",
                               re.IGNORECASE),
                    ("response", "retaliation", "reprisal", "reaction", "protest"))
# a trigger a few words into a clause that happened days or more before the main clause's
# time (`struck back on Monday, days after Trump more than doubled duties on Chinese
# goods`): a main-clause date as fine as the gap's unit is not its (a week's gap from a
# day; a month's from a day or a month); a coarser one may still hold it (`revealed last
# month, a week after FIFA suspended Kenya`). `a day after`, `the month after` are exact
# arithmetic (`two days after`: anchors.days_from), `hours after`, `shortly after` most
# often the same day: none is here.
_DAYS_BEFORE = Guarded(re.compile(r"\b(?:(?:several|few|some)\s+(?P<days>days)|(?:(?:two|three|"
                                  r"four|five|six|several|few|some|\d+)\s+)?(?P<unit>weeks|"
                                  r"months|years)|(?P<bare>days))\s+(?:after|since)\s+"
                                  r"(?:[\w'’.-]+\s+){0,8}$", re.IGNORECASE),
                       ("days", "weeks", "months", "years"))
# a count right before a bare `days` (`two days after`, `a few days after`)
_COUNTED = re.compile(r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+$",
                      re.IGNORECASE)
_GAP_RANK = {"days": precision_rank("week"), "weeks": precision_rank("week"),
             "months": precision_rank("month"), "years": precision_rank("year")}
# a quotation opening after the trigger (`told his hosts: "This was the week …"`): a date
# inside is what was said (not a clock's `12:01`); not a comma before a quote
# mark, which also opens a name (`maneuvers, dubbed "The Great Prophet 2," began on
# Thursday`: measured, it undated that)
_QUOTE_OPENS = Guarded(re.compile(r"(?<!\d):(?!\d)|(?<=\d):\s*[\"“]"), ":")
# `surprised delegates on Nov. 10 by announcing a joint declaration`: a means adjunct
_BY_GERUND = Guarded(re.compile(r",?\s+by\s+[a-z]+ing\s+(?:(?:a|an|the|their|its|his|her|our|new|"
                                r"joint|first|formal)\s+){0,3}$", re.IGNORECASE), "by")
_NEXT_TO = 12  # characters after a trigger where its own date may still stand
_BY_DEADLINE = re.compile(r"\bby\s+$", re.IGNORECASE)  # `will publish the list by June 15`
_BEFORE_TIME = re.compile(r"\bbefore\s+$", re.IGNORECASE)  # `will visit before May`
_LAST_UNTIL = Guarded(re.compile(r"\b(?:last|lasts|lasting|run|runs|running|stay|stays|staying|"
                                 r"continue|continues|continuing)\s+(?:until|till|through)\s+$",
                                 re.IGNORECASE), ("til", "through"))
# `after postponing a trip in February, when …`: a date right after a call-off of a trip
# is the trip's own, even when a when-clause describes that time
_RIGHT_AFTER = re.compile(r"\s+(?:(?:to|for)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)"
                          r"{0,2}\s+)?(?:in|on)\s+")
# `The collision took place on Sunday, when a jet hit a plane`: the when-clause tells
# how the thing itself happened, so the date before it is the thing's own
_TOOK_PLACE = re.compile(r"\s+(?:took place|occurred|happened|was held|were held)\s+"
                         r"(?:(?:early|late)\s+)?(?:on|in|at)\s+", re.IGNORECASE)
# `, a businessman who organized `: a relative clause about a person, opened after a comma
_WHO_ASIDE = Guarded(re.compile(r",[^,;]{0,40}?\bwho\b[^,;]*$", re.IGNORECASE), "who")
# `\b(?:that|which|who|whose|where|when)\b` ignoring case, in the form `Guarded.words` runs
_RELATIVE = Guarded(re.compile(r"(?:that|which|who|whose|where|when)\b"), ("wh", "that"),
                    on_lower=True)


# `a visit that began on Sunday`, `tariffs which are due to take effect on Friday`, `a
# summit that will begin on Tuesday`: a clause whose verb is the thing's own happening
# (after an auxiliary, a modal or a word of plan, in its base form or participle), also
# as someone expects or says it (`a meeting, which officials expect to take place in
# April`, `which aides say will open on Monday`)
_SELF_CLAUSE = re.compile(r"\s+(?:(?:[\w'’.-]+\s+){1,5}?(?:expect|expects|expected|say|says|"
                          r"said|hope|hopes|believe|believes|predict|predicts)\s+"
                          r"(?:it\s+)?(?:to\s+(?=take|begin|start|open|end|be\s+held))?)?"
                          r"(?:(?:is|are|was|were|will|would|shall|has|have|had)\s+)?"
                          r"(?:been\s+)?(?:(?:(?:due|set|scheduled|expected|slated|poised|"
                          r"supposed|planned|going|meant|intended)\s+)?to\s+)?"
                          r"(?:began|begins|begin|begun|started|starts|start|ended|ends|end|"
                          r"concluded|concludes|conclude|opened|opens|open|closed|closes|close|"
                          r"took place|takes place|take place|taken place|"
                          r"was held|were held|is held|be held|been held|lasted|lasts|last|"
                          r"runs|ran|run|took effect|takes effect|take effect|taken effect|"
                          r"went into effect|goes into effect|go into effect|gone into effect|"
                          r"came into force|comes into force|come into force|"
                          r"entered into force|enters into force|enter into force)\b",
                          re.IGNORECASE)
# an aside's opening comma right before its relative word, and its closing comma
_ASIDE_OPENS = re.compile(r",\s*$")
_ASIDE_CLOSES = re.compile(r"[^,;:()\"“”]{1,160}?,")


def _aside_before_own_verb(ctx: Context, relative: re.Match[str], end: int) -> int | None:
    """Where an aside opened by a relative word after a comma closes (`, which brings X
    and Y together,`), when the noun's own verb of happening follows it (`is to be
    held`, `will take place`); None otherwise."""
    if not _ASIDE_OPENS.search(ctx.text, max(0, relative.start() - 3), relative.start()):
        return None
    closes = _ASIDE_CLOSES.match(ctx.text, relative.end(), end)
    if closes is None or not _SELF_CLAUSE.match(ctx.text, closes.end(), end):
        return None
    return closes.end()


# `goes to Los Angeles, where he is to spend Thursday and Friday`: the time of a stay at
# the place of a visit is the visit's own
_STAY_CLAUSE = re.compile(r"\s+(?:he|she|they|the\s+\w+)\s+(?:(?:is|are|was|were|will|would|"
                          r"shall)\s+)?(?:(?:due|set|scheduled|expected|slated|to)\s+)*"
                          r"(?:spend|spends|spent|spending|stay|stays|stayed|staying)\s",
                          re.IGNORECASE)
# `will meet Wang in Vientiane on Monday, when ministers gather`: a date in the verb's own
# clause (no break between, not after a word that ties it to something else: `a change
# from last year, when …`) is the verb's; the when-clause says what else happens then
_CLAUSE_BREAK = re.compile(r"[,;:()\n]|\b(?:and|but|or|that|which|who|where)\b")
_TIES = frozenset(["from", "since", "after", "before", "than", "until", "till", "to", "of",
                   "between", "like", "by", "through", "following", "ahead"])
# `…, and on Friday the US doubled the tariff`: a clause of its own, whose fronted date
# is its event's.
_COORDINATION = Guarded(re.compile(r"(?:;|,\s*(?:and|but|while|whereas|then)\b)", re.IGNORECASE),
                        (",", ";"))
_COORDINATED = re.compile(r"\s*(?:and|to|through|until|till|or|-|–|—)\s*(?:on\s+)?$",
                          re.IGNORECASE)
_FROM_RANGE = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_RANGE_TO = re.compile(r"\s*(?:to|through|until|till|and|-|–)\s*", re.IGNORECASE)
# `the summit opens on Sunday and closes on Monday`: a closing day after an opening verb
# (between the trigger and its date, in the same clause) ends the span too
_OPENS = re.compile(r"\b(?:opens?|opened|begins?|began|starts?|started|convene[sd]?|"
                    r"kick(?:s|ed)?\s+off)\b", re.IGNORECASE)
_CLOSES = re.compile(r"\s+and\s+(?:(?:will|is\s+to|is\s+due\s+to)\s+)?(?:close[sd]?|"
                     r"end(?:s|ed)?|conclude[sd]?|finish(?:es|ed)?|wrap(?:s|ped)?\s+up)\s+"
                     r"(?:on\s+)?$", re.IGNORECASE)


def own_date(ctx: Context, trig: Trigger, subject_end: int, sent: Sentence,
              first_content: bool, prev_end: int | None = None) -> dt.Dated | None:
    """The date in the trigger's own stretch: the first after it (not inside a relative
    clause about something else), else the last before it; else, for the sentence's
    first event, one opening the sentence (`Last month, …`)."""
    made = _made_on(ctx, trig)
    if made is not None:
        return made
    if not trig.verb:
        named = premodifier_date(ctx, sent.start, trig.start)
        if named is not None:
            return dt.to_dated(named, ctx.text)  # `since the April 1 collision`
    if not usable_timexes(ctx, min(sent.start, trig.seg_start),
                          max(sent.end, trig.seg_end, subject_end)):
        # every date read below lies in the sentence, the trigger's stretch or the
        # subject: with none there, none is found (the common case, spared a dozen
        # pattern searches)
        return None
    if not trig.verb:
        spent = _spent_on(ctx, trig, sent)
        if spent is not None:
            return spent
    if not trig.verb and _CLAUSE_END.match(ctx.text, trig.end) and \
            _BACK_REFERENCE.search(ctx.text, max(sent.start, trig.start - 24), trig.start):
        # `… used a speech on Friday to set out what Washington wants from the visit.`:
        # the visit the article is about, named again, not one dated by this sentence
        return None
    inside = usable_timexes(ctx, trig.seg_start, trig.seg_end)
    means = _by_gerund_date(ctx, trig, sent, inside)
    if means is not None:
        return means
    since_from = max(sent.start, trig.start - 60)
    if _SINCE_CLAUSE.search(ctx, since_from, trig.start):
        # `the most extensive talks since Mr. Biden took office`: the since-clause's
        # event has only a date of its own (`… took office in January`), none from outside;
        # a verb that took over an event noun has it right after the verb too (`since
        # Washington disinvited China in May from the exercise`)
        own_from = trig.head_end if trig.absorbed else trig.end
        own = [t for t in inside if t.start >= own_from
               and not re.search(r"[,;:()]", ctx.text[own_from:t.start])]
        return dt.to_dated(own[0], ctx.text) if own else None
    if answered(ctx, trig, sent):
        # `sanctioned X in July in response to American sanctions over Xinjiang`: what
        # is answered came before the answer, whose date it does not share; it has only
        # a date of its own (`… to the tariffs imposed on May 10`)
        own = [t for t in inside if t.start >= trig.end
               and not re.search(r"[,;:()]", ctx.text[trig.end:t.start])]
        return dt.to_dated(own[0], ctx.text) if own else None
    limit = trig.seg_end
    made_in = None
    relatives = _RELATIVE.words(ctx, trig.head_end, trig.seg_end)
    asides: list[tuple[int, int]] = []
    for relative in relatives:
        if any(t.start <= relative.start() < t.end for t in inside):  # not `that month`
            continue
        if any(a <= relative.start() < b for a, b in asides):
            continue
        aside_end = None if trig.verb else _aside_before_own_verb(ctx, relative, trig.seg_end)
        if aside_end is not None:
            # `The next round, which brings X and Y together, is to be held in May`: an
            # aside between commas, then the noun's own verb; its dates are the aside's
            asides.append((relative.start(), aside_end))
            continue
        if _DETERMINER_THAT.search(ctx.text, max(sent.start, relative.start() - 12),
                                   relative.end()):
            continue  # `after that episode`: a determiner, no relative clause
        if trig.spec.check == _FALLBACK and not ctx.text[trig.end:relative.start()].strip() \
                and determiner_that(ctx.text, trig.end) is not None:
            # `upheld that law on Jan. 17` (determiners.py): a plain act verb; a reporting
            # or trigger verb keeps `that` as its clause's start (`announced that trade
            # with China would resume`)
            continue
        if _SELF_CLAUSE.match(ctx.text, relative.end()) or (
                trig.kind == "visit" and _STAY_CLAUSE.match(ctx.text, relative.end())):
            continue  # `a visit that began on Sunday` is about the visit itself
        if any(relative.start() < end for _, end in trig.extra):
            continue  # `rebuffed when he sought a meeting`: the clause is part of it
        limit = relative.start()
        if not trig.verb or _on_the_noun(ctx, trig, relative.start()):
            made_in = _made_in_clause(ctx, relative.end(), trig.seg_end)
        break
    quote = _QUOTE_OPENS.search(ctx, trig.head_end, limit)
    if quote is not None:
        limit = quote.start()
    # `imposed sanctions on the firms; on Friday China said …`: a `;` closes the clause,
    # what follows dates what follows
    semicolon = ctx.text.find(";", trig.head_end, limit)
    if semicolon >= 0:
        limit = semicolon
    # `a turnaround from last year, when …`: the time the when-clause describes
    after = [t for t in inside if trig.head_end <= t.start < limit
             and not any(a <= t.start < b for a, b in asides)
             and (not _WHEN_NEXT.match(ctx.text, t.end)
                  or (trig.absorbed and _RIGHT_AFTER.fullmatch(ctx.text, trig.end, t.start))
                  or _TOOK_PLACE.fullmatch(ctx.text, trig.end, t.start)
                  or (trig.verb and _verb_adjunct(ctx.text, trig.end, t.start))
                  or _noun_adjunct(ctx.text, trig.end, t.start))]
    if after:
        # `for a state visit, …, as both sides try to mend ties strained last year`: a date
        # past a comma and a subordinating word is that clause's
        after = [t for t in after if not _SUBORDINATE.search(ctx.text, trig.end, t.start)]
    if trig.verb and after:
        # `agreed to double trade by 2008`: the deadline of the goal, not the agreeing's date
        after = [t for t in after if not _goal_deadline(ctx, trig, t)]
    if after:
        # `pushed back the talks to August`: the time the event moves to, not the put-off's
        after = [t for t in after if not moved_time(ctx, trig, t)]
    if trig.kind == "statement" and trig.verb and after:
        # `Burns said the war that ended in 1975 …`: what was said has its own dates
        after = [t for t in after if not in_what_was_said(ctx.text, trig.end, t.start)
                 or recent(dt.to_dated(t, ctx.text).span, ctx.published)]
    if len(after) > 1 and _APPOSED_DATE.fullmatch(ctx.text, after[0].end, after[1].start) \
            and _COUNTED_FROM.search(after[0].text) \
            and not _COUNTED_FROM.search(after[1].text):
        # `had been in Beijing two weeks earlier, in November`: the date set beside a
        # counted one says which it is; counted from the last date named, it may be wrong
        after = after[1:]
    if len(after) > 1 and _POSSESSIVE_NOUN.fullmatch(ctx.text, after[0].end, after[1].start):
        # `said in his New Year's address on Dec. 31`: the first names the speech, the
        # date after its noun is the day
        after = after[1:]
    if len(after) > 1 and bare_clock(after[0]):
        # `took effect at midnight in Brussels on March 3`: the clock time has no day of
        # its own (the publication's is a guess); the date right after it has
        day = after[1]
        if day.type == "DATE" and day.start - after[0].end <= _CLOCK_TO_DAY and \
                not _CLAUSE_PUNCT.search(ctx.text, after[0].end, day.start):
            after = after[1:]
    # not across `, and` (`…, disclosed in June, and the White House has prepared
    # sanctions`: June is the other clause's)
    after = [t for t in after if not day_of_a_noun(ctx, sent, trig, t)]
    before = [t for t in inside if t.end <= trig.start
              and not day_of_a_noun(ctx, sent, trig, t)
              and not _COORDINATION.search(ctx, t.end, trig.start)
              and not _in_aside(ctx, sent, t.start, t.end, trig.start)
              and not _attributed(ctx, sent, t, trig.start)
              and not in_restrictive_clause(ctx, sent, t, trig.start)]
    lead = usable_timexes(ctx, sent.start, subject_end) if first_content else []
    lead = [t for t in lead if not _in_aside(ctx, sent, t.start, t.end, trig.start)
            and not in_restrictive_clause(ctx, sent, t, trig.start)]
    if lead and _COORDINATION.search(ctx, lead[-1].end, trig.start):
        # past `, and` only a date opening the sentence counts (below)
        lead = []
    # `The same evening, X announced that Y, a businessman who organized trips to Z, had
    # been released`: the sentence's date is not that of a trigger in a who-aside
    aside_from = max(sent.start, trig.start - 120)
    aside = _WHO_ASIDE.search(ctx, aside_from, trig.start)
    if aside is not None and aside.start() >= subject_end:
        lead = []
    elif not lead:
        # `In 1972, Nixon visited China and met Mao`: an opening adverbial dates the
        # whole sentence.
        opening = _OPENING.match(ctx, sent.start, subject_end)
        if opening is not None:
            lead = usable_timexes(ctx, sent.start, _apposed_end(ctx, opening.end(),
                                                                 subject_end))
            joint = _COORDINATION.search(ctx, opening.end(), trig.start)
            if lead and joint is not None and usable_timexes(ctx, joint.end(), trig.start):
                # `On Jan. 29 X notified Congress, and on Jan. 30 Beijing said it would …`:
                # the clause after `, and` has a date of its own
                lead = []
    lead = [t for t in lead if not day_of_a_noun(ctx, sent, trig, t)]
    if lead and _attributed(ctx, sent, lead[-1], trig.start):
        lead = []  # `Exports will double by 2030, predicted Zhang at a forum`: what was said
    if lead and trig.verb and _caused_before(ctx, trig, lead[-1]):
        lead = []  # `China protested on Saturday after Trump spoke with Tsai`: the protest's
    gap = days_before(ctx, trig, sent)
    if gap is not None:
        # `struck back on Monday, days after Trump doubled duties`: the main clause's date
        # is not the doubling's; a date within the clause or after the trigger is
        before = [t for t in before if t.start > gap[0] or not too_fine(t, ctx.text, gap)]
        lead = [t for t in lead if not too_fine(t, ctx.text, gap)]
    if after and lead and "," in ctx.text[trig.head_end:after[0].start]:
        after = []  # `In February X postponed it, originally due on March 1, …`
    if after and (before or lead):
        # `on Tuesday ordered China to close its consulate by Friday`: the order's own
        # date, not the deadline it set (with no other date, the deadline is the day
        # the ordered act is due, which the trigger names: `ordered China to close …,
        # giving its diplomats until Friday`)
        after = [t for t in after if not _ordered_deadline(ctx, trig, sent, t)
                 and not _TERM_END.search(ctx.text, max(sent.start, t.start - 24), t.start)]
    if after and (before or lead) and trig.verb:
        # `On December 20 X slammed Hamas for running in elections last January`, `on
        # Monday accused Y of selling arms in 2019`: what the verb is about has its own
        # date; the verb has the one before it
        after = [t for t in after if not _GERUND_COMPLEMENT.search(ctx.text, trig.end, t.start)]
    fronted = _fronted_in_clause(ctx, trig, sent, sent.start if prev_end is None else prev_end)
    # `Wednesday's summit`, `this week's talks`, `Tuesday's U.S. sanctions`: the noun's own
    ahead = usable_timexes(ctx, max(sent.start, trig.start - 40), trig.start)
    owner = ahead[-1] if ahead and _POSSESSIVE_DATE.fullmatch(
        ctx.text, ahead[-1].end, trig.start) else None
    chosen: Timex | None
    if owner is not None and not trig.verb:
        chosen = owner
    elif made_in is not None and not after:
        chosen = made_in  # `tariffs that Washington imposed in May 2019`
    elif fronted is not None:
        chosen = fronted
    else:
        chosen = after[0] if after else (before[-1] if before else None)
    if chosen is None and owner is not None:
        chosen = owner
    if chosen is None and not trig.verb:
        chosen = _then_clause_date(ctx, trig, sent) or _followed_by_date(ctx, trig, sent)
    if chosen is None and not trig.verb:
        chosen = _support_verb_date(ctx, trig, sent)
    if chosen is None and trig.verb:
        chosen = _when_clause_date(ctx, trig, sent)
    if chosen is None:
        chosen = _laid_date(ctx, trig, sent)
    if chosen is None and not trig.verb:
        chosen = _past_the_since_date(ctx, trig, sent)
    if chosen is None and lead:
        chosen = lead[-1]
    if chosen is None and trig.verb and prev_end is not None:
        chosen = _main_verb_date(ctx, trig, sent)
    if chosen is None and not trig.verb and prev_end is not None and trig.extra and \
            trig.extra[0][0] < trig.start:
        # `signed the bill on Tuesday and issued an executive order`: the noun's support
        # verb, coordinated with the verb before it, is dated as a verb would be
        chosen = _main_verb_date(ctx, trig, sent, trig.extra[0][0])
    if chosen is None:
        # `in April, when Trump raised duties`: the time the when-clause describes.
        # (the when-clause may run on: `last year, when X, who …, declined to meet`)
        when_from = max(sent.start, trig.start - 200)
        whens = _WHEN.finditer(ctx, when_from, trig.start)
        if whens:
            at = whens[-1].start()
            ahead = usable_timexes(ctx, max(sent.start, at - 60), at)
            if ahead and ctx.text[ahead[-1].end:at].strip(" ,") == "" and \
                    not re.search(r"[;:]", ctx.text[at:trig.start]) and \
                    not re.search(r"\b(?:who|which)\b[^,]*$", ctx.text[at:trig.start]) and \
                    not new_clause_between(ctx, at, trig.start):
                # (past `, and` a clause of its own goes on, not the when-clause: `on May
                # 27, when Pompeo told Congress …, and the NPC approved the plan the
                # following day`)
                chosen = ahead[-1]
    if chosen is None:
        return None
    latest = usable_timexes(ctx, chosen.end, min(trig.seg_end, chosen.end + 40))
    if latest and _MOST_RECENTLY.fullmatch(ctx.text, chosen.end, latest[0].start):
        # `has sent destroyers there twice this year, most recently on May 10`: the
        # events told together are dated by the last of them, the one a timeline can place
        chosen = latest[0]
    dated = after_the_night(ctx, sent, chosen, dt.to_dated(chosen, ctx.text))
    if ctx.published is not None and _BY_DEADLINE.search(
            ctx.text, max(sent.start, chosen.start - 10), chosen.start):
        dated = dt.deadline(dated, ctx.published)
    elif ctx.published is not None and chosen.start >= trig.end and _BEFORE_TIME.search(
            ctx.text, max(sent.start, chosen.start - 10), chosen.start):
        # `will visit China before May of next year`: any time up to it, not in it
        dated = dt.before_deadline(dated, ctx.published)
    until_from = max(sent.start, chosen.start - 30)
    if _LAST_UNTIL.search(ctx, until_from, chosen.start):
        # `arrived on Sunday for a visit expected to last until Wednesday`: the stay runs
        # from the day named before it to that end
        begun = [t for t in usable_timexes(ctx, sent.start, trig.start)
                 if not _COORDINATION.search(ctx, t.end, trig.start)]
        if begun:
            first = dt.to_dated(begun[-1], ctx.text)
            if first.span.precision == dated.span.precision == "day" and \
                    0 < (dated.span.start - first.span.end).days <= 31:
                return dt.Dated(DateSpan(first.span.start, dated.span.end, "day"),
                                ctx.text[begun[-1].start:chosen.end],
                                f"{first.how}; until {dated.span.label}", begun[-1].start,
                                chosen.end)
    # `on Saturday and Sunday`, `from May 10 to 11`: both ends.
    following = usable_timexes(ctx, chosen.end, min(sent.end, chosen.end + 32))
    if following and (_COORDINATED.fullmatch(ctx.text, chosen.end, following[0].start) or (
            _CLOSES.fullmatch(ctx.text, chosen.end, following[0].start)
            and trig.end <= chosen.start and "," not in ctx.text[trig.end:chosen.start]
            and _OPENS.search(ctx.text, trig.end, chosen.start))):
        other = dt.to_dated(following[0], ctx.text)
        # `from Jan. 1 until March 31`: a range said as one may run longer
        reach = 366 if _FROM_RANGE.search(ctx.text, max(sent.start, chosen.start - 12),
                                          chosen.start) and _RANGE_TO.fullmatch(
            ctx.text, chosen.end, following[0].start) else 31
        if other.span.precision == dated.span.precision and other.span.start > dated.span.end \
                and (other.span.start - dated.span.end).days <= reach:
            span = DateSpan(dated.span.start, other.span.end, dated.span.precision)
            dated = dt.Dated(span, ctx.text[chosen.start:following[0].end],
                             f"{dated.how}; through {other.span.label}", chosen.start,
                             following[0].end)
    return dated


# between a date and the verb it dates, only the verb's subject: `on July 14, the same
# day he issued an order`, `in May Beijing imposed tariffs` (no comma: `X, who took
# office on Jan. 20, issued …`)
_SUBJECT_ONLY = re.compile(r"\s*(?:(?:he|she|it|they|we|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
                           r"\s+)?(?:also\s+)?")


# `on Saturday after Trump spoke`, `on Monday, because the envoy had met`: a clause of
# its own subject (not a pronoun, which is most often the main clause's own: `left on
# Monday after he met Xi`; not `a`, which opens a noun: `left on Tuesday after a
# three-day visit`) opened after a day, with no break in between
_CAUSE_CLAUSE = re.compile(r"\s*,?\s*(?:after|before|because)\s+"
                           r"(?!(?:he|she|they|it|we|i|a|an)\s)"
                           r"(?:[\w.'’-]+\s+){1,6}", re.IGNORECASE)


def days_before(ctx: Context, trig: Trigger, sent: Sentence) -> tuple[int, int] | None:
    """When the trigger stands a few words into a clause of what happened days or more
    before the main clause (`_DAYS_BEFORE`): where that clause opens, and the coarsest
    precision (rank) a main-clause date cannot share with it."""
    found = _DAYS_BEFORE.search(ctx, max(sent.start, trig.start - 90), trig.start)
    if found is None:
        return None
    if found.group("bare") and _COUNTED.search(ctx.text, max(0, found.start() - 12),
                                                found.start()):
        return None  # `two days after`: so many days, anchors.days_from's arithmetic
    unit = found.group("unit") or "days"
    return found.start(), _GAP_RANK[unit.casefold()]


def too_fine(timex: Timex, text: str, gap: tuple[int, int] | None) -> bool:
    """A main-clause date as fine as a `days_before` gap, so not the earlier event's."""
    return gap is not None and _as_fine_as(dt.to_dated(timex, text).span, gap)


def _as_fine_as(span: DateSpan, gap: tuple[int, int]) -> bool:
    """Whether a date is as fine as the gap between two events (`days after`: a day), so
    it cannot date both."""
    return precision_rank(span.precision) <= gap[1]


def answered(ctx: Context, trig: Trigger, sent: Sentence) -> bool:
    """A measure noun a few words into `in response to`, `in retaliation for` (`China
    sanctioned X in July in response to American sanctions`): the cause answered, which
    came before the answer and shares no date of its, nor its report's."""
    return not trig.verb and _CAUSE_OF.search(
        ctx, max(sent.start, trig.start - 60), trig.start) is not None


def before_the_gap(ctx: Context, trig: Trigger, sent: Sentence, span: DateSpan) -> bool:
    """The trigger tells what happened days or more before a main-clause date `span`
    that is as fine as the gap (`said on Monday …, days after Trump doubled duties`)."""
    gap = days_before(ctx, trig, sent)
    return gap is not None and _as_fine_as(span, gap)


def _caused_before(ctx: Context, trig: Trigger, timex: Timex) -> bool:
    """Whether a verb trigger stands in an `after`/`before`/`because` clause with a subject
    of its own, opened right after a day that dates the main clause (`China lodged a
    protest on Saturday after Trump spoke with Tsai`): the day is the protest's; the call
    came before it, most often another day. (A gerund, `left on Monday after meeting Xi`,
    is the main subject's, most often that day: not here.)"""
    if trig.text.casefold().endswith("ing") or \
            dt.to_dated(timex, ctx.text).span.precision != "day":
        return False
    return _CAUSE_CLAUSE.fullmatch(ctx.text, timex.end, trig.start) is not None


# `had been agreed when Biden met Xi in Bali on November 14`: a when-clause right after
# the verb (up to three words between, no break) tells when it happened
_WHEN_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?when\s", re.IGNORECASE)


def _when_clause_date(ctx: Context, trig: Trigger, sent: Sentence) -> Timex | None:
    """The date of a when-clause right after a verb with no date of its own (`a trip
    that had been agreed when Biden met Xi on November 14`): the verb's time is the
    clause's, not one that opens the sentence for its main verb."""
    m = _WHEN_AFTER.match(ctx.text, trig.end, sent.end)
    if m is None:
        return None
    stop = ctx.text.find(";", m.end(), sent.end)
    found = usable_timexes(ctx, m.end(), sent.end if stop < 0 else stop)
    if not found or re.search(r"[,;:()]|\bwhen\b", ctx.text[m.end():found[0].start]):
        return None
    return found[0]


def _support_verb_date(ctx: Context, trig: Trigger, sent: Sentence) -> Timex | None:
    """A noun with the verb it takes (`issued … an executive order`) is dated as that
    verb would be: by a date right before the verb and its subject, which the noun's own
    stretch (from the noun on) does not reach."""
    if not trig.extra or trig.extra[0][0] >= trig.start:
        return None
    verb_at = trig.extra[0][0]
    near = usable_timexes(ctx, max(sent.start, verb_at - 40), verb_at)
    if near and near[-1].start >= sent.start and \
            _SUBJECT_ONLY.fullmatch(ctx.text, near[-1].end, verb_at) and \
            not _in_aside(ctx, sent, near[-1].start, near[-1].end, verb_at):
        return near[-1]
    return None


# `their first talks since 2022 on Monday`: the since-phrase a date alone, then the
# noun's own date right after it
_SINCE_DATE = re.compile(r"\s*since\s+", re.IGNORECASE)
_NEXT_DATE = re.compile(r"\s+(?:on\s+|in\s+)?")


def _past_the_since_date(ctx: Context, trig: Trigger, sent: Sentence) -> Timex | None:
    """The date right after a since-phrase that is a date alone, which closes the noun's
    stretch (`held their first talks since 2022 on Monday`: Monday; 2022 is the last
    talks before)."""
    m = _SINCE_DATE.match(ctx.text, trig.seg_end)
    if m is None:
        return None
    found = usable_timexes(ctx, m.end(), min(sent.end, m.end() + 60))
    if len(found) < 2 or found[0].start != m.end() or \
            not _NEXT_DATE.fullmatch(ctx.text, found[0].end, found[1].start):
        return None
    return found[1]


# between a date and the act that dates a measure it lays, the act's subject (a date
# before a comma only when it opens the sentence: `On Friday, the Treasury issued …`,
# not `X, who took office on Jan. 20, signed …`)
_ACT_SUBJECT = re.compile(r"\s*,?\s*(?:(?!(?:who|which|that|when|where|after|before|and|but|"
                          r"while|because|since|said|says|as|if)\b)[^\s,;:()]+\s+){0,5}",
                          re.IGNORECASE)


def _laid_date(ctx: Context, trig: Trigger, sent: Sentence) -> Timex | None:
    """The date of the act that lays the measure `trig` names (laid.py: `on Saturday
    signed executive orders imposing tariffs`): one between the act and the measure
    (`signed an order on Friday imposing …`), else one right before the act and its
    subject."""
    act = laid_act(ctx, trig, sent)
    if act is None:
        return None
    own = usable_timexes(ctx, act.end("act"), act.start("link"))
    if own:
        return own[0]
    near = usable_timexes(ctx, max(sent.start, act.start() - 60), act.start())
    if not near:
        return None
    last = near[-1]
    gap = _ACT_SUBJECT.fullmatch(ctx.text, last.end, act.start())
    if gap is None or (("," in gap.group()) and not _OPENING_DATE.fullmatch(
            ctx.text, sent.start, last.start)):
        return None
    return last


# `…, most recently on May 10`, `, the latest in March`, `, last in Jakarta on Friday`
_MOST_RECENTLY = re.compile(r",\s+(?:most\s+recently|the\s+(?:latest|most\s+recent)(?:\s+one)?|"
                            r"the\s+last\s+(?:one|time)|last)\s+(?:[^\s,;:()]+\s+){0,4}?",
                            re.IGNORECASE)


def _verb_adjunct(text: str, end: int, start: int) -> bool:
    """Is a date at text[start:] an adjunct of the verb ending at `end`: close (80
    characters), in the same clause and not the object of a tying preposition?"""
    between = text[end:start]
    if len(between) > 80 or _CLAUSE_BREAK.search(between):
        return False
    words = between.split()
    return not words or words[-1].lower() not in _TIES


_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
_NOUN_REACH = 5  # words from a noun to a date of its own before a when-clause


def _noun_adjunct(text: str, end: int, start: int) -> bool:
    """`a state visit to Washington last October, when …`, `the summit in June when …`: a
    date a few words after a noun, in its clause, is the noun's own even before a
    when-clause (not one a verb of being ties to something else: `the pact was revoked
    in 1999, when …`; not a tied date: `a change from last year, when …`)."""
    words = text[end:start].lower().split()
    return len(words) <= _NOUN_REACH and not _BE.intersection(words) and \
        _verb_adjunct(text, end, start)


_DAY_WORD = re.compile(r"day|tonight|tomorrow|this|last|next|jan|feb|mar|apr|may|jun|jul|aug|"
                       r"sep|oct|nov|dec|\d/", re.IGNORECASE)
_CLOCK_TO_DAY = 40  # characters from a bare clock time to the date that gives its day
# (not across a break or a coordination: `arrested teachers overnight and deployed police
# Wednesday` gives the arrests no day)
_CLAUSE_PUNCT = re.compile(r"[,;:()]|\b(?:and|but|or|while|then)\b")


def bare_clock(timex: Timex) -> bool:
    """A time of day that names no day (`at midnight`, `at 12:01 a.m.`), whose day the
    normaliser could only guess."""
    return bool(timex.type == "TIME" and not _DAY_WORD.search(str(timex.text)))


# an infinitive or gerund of a goal (`to double`, `aimed at bringing`, `the objective of
# saving`); not a passive (`for the talks to be opened by the year's end`: the talks')
_GOAL = re.compile(r"\bto\s+(?!be\b|the\b|an?\b)[a-z]+\b|\b(?:of|at)\s+[a-z]+ing\b")


def _goal_deadline(ctx: Context, trig: Trigger, timex: Timex) -> bool:
    """Whether `timex` is a `by` deadline of a goal the verb trigger sets after it (`agreed
    to double trade by 2008`, `urged the parties to end the crisis by April 21`)."""
    return _BY_DEADLINE.search(ctx.text, max(trig.end, timex.start - 10), timex.start) \
        is not None and _GOAL.search(ctx.text, trig.end, timex.start) is not None


def _by_gerund_date(ctx: Context, trig: Trigger, sent: Sentence,
                    inside: list[Timex]) -> dt.Dated | None:
    """`surprised delegates on Nov. 10, 2021, by announcing a joint declaration on climate
    action in the 2020s`: what is done `by VERB-ing` is the main clause's act, on its
    date; a later date (`in the 2020s`) is what the noun is about. A date right after
    the trigger (`by signing an accord on Tuesday`) is still its own."""
    lo = max(sent.start, trig.start - 50)
    m = _BY_GERUND.search(ctx, lo, trig.start)
    if m is None or any(trig.end <= t.start <= trig.end + _NEXT_TO for t in inside):
        return None
    main = usable_timexes(ctx, sent.start, m.start())
    if not main or re.search(r"[;:()]", ctx.text[main[-1].end:m.start()]):
        return None
    return dt.to_dated(main[-1], ctx.text)


# `visited Seoul in May and met Moon there`, `met in Osaka on Saturday, agreeing …`:
# a second verb of the same subject, or a participle, right after the main clause
_SAME_SUBJECT = re.compile(r"(?:\s+and|,)\s+(?:then\s+|later\s+|also\s+)?$", re.IGNORECASE)
_OTHER_CLAUSE = re.compile(r"[;:()]|\b(?:when|since|after|before|who|which|that|while|"
                           r"because|until|whose|where)\b", re.IGNORECASE)


def _main_verb_date(ctx: Context, trig: Trigger, sent: Sentence, at: int | None = None
                    ) -> Timex | None:
    """The main clause's date for a coordinated verb or participle with no date of its
    own (not across a subordinate or relative clause); `at`: where the verb starts, when
    it is a noun's support verb (`signed the bill on Tuesday and issued an executive
    order`)."""
    start = trig.start if at is None else at
    if not _SAME_SUBJECT.search(ctx.text, max(sent.start, start - 12), start):
        return None
    comma = ctx.text[max(sent.start, start - 3):start].strip().endswith(",")
    verb = trig.text if at is None else ctx.text[at:ctx.text.find(" ", at)]
    if comma and not verb.casefold().endswith("ing"):
        return None  # `…, and X met`: a clause with its own subject
    found = usable_timexes(ctx, sent.start, start)
    if not found or (at is not None and not _BEFORE_PAST_VERB.match(ctx.text, found[-1].end)):
        # (a support verb only by a date right before the first verb, `X on Tuesday
        # signed …`, which dates all its subject does: not `…, since … in 1964, X has
        # invited … and called for more visits`)
        return None
    if _OTHER_CLAUSE.search(ctx.text, found[-1].end, start) and not (
            _BEFORE_PAST_VERB.match(ctx.text, found[-1].end)
            and _COMMA_AND.search(ctx.text, max(sent.start, start - 8), start)
            and not re.search(r"[;:()]", ctx.text[found[-1].end:start])):
        # (but `X on Tuesday signed a bill that …, and issued an order`: a date right
        # before the first verb dates its subject's acts, past a relative clause on the
        # first verb's object, to the `, and` that adds the second)
        return None
    return found[-1]


_BEFORE_PAST_VERB = re.compile(r"\s+[a-z]+ed\b")
_COMMA_AND = re.compile(r",\s+and\s+$")


# `received Xi on Friday, then joined him in talks`: a second verb of the same subject
# (no subject of its own: a lower-case word that is no determiner or pronoun)
_THEN_VERB = Guarded(re.compile(r",\s*(?:and\s+)?then\s+([a-z]+)\b"), "then")
_NOT_A_VERB = frozenset({"the", "a", "an", "he", "she", "it", "they", "we", "i", "you",
                         "this", "that", "these", "those", "his", "her", "their", "its", "our",
                         "there", "on", "in", "at", "by", "for", "with", "to", "after",
                         "as", "only", "again", "both", "all", "some", "each"})


def _then_clause_date(ctx: Context, trig: Trigger, sent: Sentence) -> Timex | None:
    """The main clause's date for a noun in a `, then VERB …` clause that goes on with the
    same subject (`welcomed Xi on Friday, then pressed him in private talks`)."""
    lo = max(sent.start, trig.start - 80)
    thens = _THEN_VERB.finditer(ctx, lo, trig.start)
    if not thens or thens[-1].group(1) in _NOT_A_VERB:
        return None
    then = thens[-1]
    if _OTHER_CLAUSE.search(ctx.text, then.end(), trig.start) or \
            _COORDINATION.search(ctx, then.end(), trig.start):
        return None
    found = usable_timexes(ctx, sent.start, then.start())
    if not found or _OTHER_CLAUSE.search(ctx.text, found[-1].end, then.start()) or \
            _COORDINATION.search(ctx, found[-1].end, then.start()):
        return None
    return found[-1]


# a date that is the possessor of a noun, then the noun's own date (`New Year's address
# on Dec. 31`)
_POSSESSIVE_NOUN = re.compile(r"['’]s\s+(?:[\w-]+\s+){1,3}(?:on|in)\s+", re.IGNORECASE)


# a complement that tells what a verb is about with an -ing clause (`for recognising
# Abbas`, `of selling arms`, `over his handling of`)
_GERUND_COMPLEMENT = re.compile(r"\b(?:for|of|over)\s+(?:(?:not|its|his|her|their)\s+)?"
                                r"\w{3,}ing\b", re.IGNORECASE)


# `…, giving its diplomats until 4 p.m. on Friday`, `ordered … shut by Friday`: a date
# that closes a time allowed
_DEADLINE = re.compile(r"\b(?:by|until|till|before|no later than)\s+$", re.IGNORECASE)
_ALLOWED_UNTIL = re.compile(r"\b(?:gave|give|gives|giving|given|allowed|allowing)\s+"
                            r"(?:[\w'’-]+\s+){0,4}?(?:until|till)\s+$", re.IGNORECASE)


# `two weeks earlier, in November`: a counted time and the calendar date set beside it
_APPOSED_DATE = re.compile(r",\s*(?:in|on|during)?\s*")
_COUNTED_FROM = re.compile(r"\b(?:earlier|later|before|after|ago|previously)\b", re.IGNORECASE)


# `On Nov. 8 they signed an accord limiting exports through 2008`, `on Monday extended the
# truce until November`: the end of the term the act sets, not the act's day (which the
# date before the trigger gives)
_TERM_END = re.compile(r"\b(?:through|thru|until|till)\s+(?:the\s+(?:end|close)\s+of\s+)?$",
                       re.IGNORECASE)


def _ordered_deadline(ctx: Context, trig: Trigger, sent: Sentence, timex: Timex) -> bool:
    """Whether `timex` is the deadline an order sets (`ordered China to close its
    consulate, giving its diplomats until Friday to leave`, `gave them until Friday to
    leave`): the day by which it is to be done, not the day the order was given."""
    lo = max(sent.start, timex.start - 60)
    if not _DEADLINE.search(ctx.text, max(lo, timex.start - 14), timex.start):
        return False
    if _ALLOWED_UNTIL.search(ctx.text, lo, timex.start):
        return True
    return bool(ctx.triggers.directive.intersection(cue_window(ctx, trig, sent)))


# `a state arrival ceremony on Friday, followed by talks`: what follows a dated act on
# the same occasion (a comma, then `followed by` and a few words, the list it opens)
_FOLLOWED_BY = Guarded(re.compile(r",\s*(?:and\s+)?followed\s+by\s+(?:[\w'’-]+,?\s+){0,6}$",
                                  re.IGNORECASE), "followed")


def _followed_by_date(ctx: Context, trig: Trigger, sent: Sentence) -> Timex | None:
    """The date of the act a noun follows (`will be welcomed with a ceremony on Friday,
    followed by talks`; `the programme begins on Wednesday with a ceremony, followed by
    talks`), with no other clause between the date and the comma."""
    m = _FOLLOWED_BY.search(ctx, max(sent.start, trig.start - 80), trig.start)
    if m is None:
        return None
    found = usable_timexes(ctx, sent.start, m.start())
    if not found or _OTHER_CLAUSE.search(ctx.text, found[-1].end, m.start()) or \
            _COORDINATION.search(ctx, found[-1].end, m.start()):
        return None
    return found[-1]


_SPENT = Guarded(re.compile(r"\bspen(?:t|ds|d|ding)\s+([^,;:.()]{1,60}?)\s+(?:in|on)\s+"
                            r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE), "spen")
_THAT_DAY = re.compile(r"(?:that|the same) day\b", re.IGNORECASE)


# `last week's executive orders, signed on Aug. 6, that …`: a participle right after a
# noun that gives the day the thing was made
_MADE_ON = re.compile(r"\s*,\s*(?:signed|issued|announced|imposed|unveiled|approved|adopted|"
                      r"published|introduced|enacted|released|agreed|concluded)\s+(?:on|in)\s+",
                      re.IGNORECASE)


# `tariffs that Washington imposed in May 2019`, `an investigation that the office of the
# trade representative, Jane Doe, opened in August`, `the drills that the army held around
# the island on May 3`, `the summit that Obama is hosting in Washington on April 12`, `the
# duties that the president proclaimed on March 8`, `the note that the envoy delivered on
# April 11`: the making or holding of the thing the noun names, in an object relative
# clause (its subject, up to eight words, then the verb; a verb of making may follow a
# `to` of threat or plan: `the tariff he had threatened to impose on Nov. 1`)
_MADE_BY = re.compile(r"\s+(?:[^\s;:()]+\s+){1,8}?(?:opened|launched|began|started|"
                      r"initiated|imposed|issued|announced|signed|adopted|held|holding|"
                      r"hold|holds|staged|conducted|carried\s+out|mounted|proclaimed|"
                      r"ordered|unveiled|introduced|enacted|delivered|published|declared|"
                      r"to\s+(?:impose|issue|announce|sign|adopt|stage|conduct|launch|"
                      r"proclaim|order|unveil|introduce|enact|deliver|publish|declare)|"
                      r"(hosted|hosting|host|hosts|convened|convening|convene|convenes))\s+",
                      re.IGNORECASE)
# a host's year is its turn to host, not the day of the meeting (`the APEC summit, which
# China is hosting this year`): a hosting verb dates the noun only to the month or finer
_HOST_PRECISIONS = frozenset({"day", "week", "month"})
# between that verb and its date, a few words of its own clause (`imposed on General Li
# in`, `held around Taiwan on`): no punctuation, no word that opens another clause
_MADE_GAP = re.compile(r"(?:(?!(?:that|which|who|when|where|and|but|after|before|because|"
                       r"while|since|as|if)\b)[^\s,;:()\"“”]+\s+){0,6}", re.IGNORECASE)
_MADE_REACH = 60  # characters after the verb where its date may start
_BY_NEXT = re.compile(r"by\b", re.IGNORECASE)
# the passive's auxiliary right before the verb of making (`tariffs that were imposed by`)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+[a-z]+(?:\s+out)?\s+$",
                             re.IGNORECASE)


def _made_in_clause(ctx: Context, start: int, end: int) -> Timex | None:
    """The date of the verb of making in an object relative clause opening at `start`
    (see `_MADE_BY`), a few words after it in its clause (`_MADE_GAP`), if any."""
    m = _MADE_BY.match(ctx.text, start, end)
    if m is None:
        return None
    if _BY_NEXT.match(ctx.text, m.end()) and not _PASSIVE_BEFORE.search(ctx.text, start,
                                                                       m.end()):
        # `a statement that Resolution 1636 adopted by the Council on Monday …`: a
        # participle on the clause's subject, not the clause's own verb
        return None
    told = _clause_date(ctx, m.end(), end)
    if told is None:
        return None
    if m.group(1) and dt.to_dated(told, ctx.text).span.precision not in _HOST_PRECISIONS:
        return None
    return told


def _clause_date(ctx: Context, verb_end: int, end: int) -> Timex | None:
    """The date a few words after a verb ending at `verb_end`, in its own clause
    (`_MADE_GAP`), before `end`."""
    told = usable_timexes(ctx, verb_end, min(end, verb_end + _MADE_REACH))
    while verb_end < len(ctx.text) and ctx.text[verb_end].isspace():
        verb_end += 1
    if not told or not _MADE_GAP.fullmatch(ctx.text, verb_end, told[0].start):
        return None
    return told[0]


# between a noun a verb took over and the relative clause on it, the noun's short
# complement at most (`agreed in the letter of regret that …`)
_NOUN_TO_RELATIVE = re.compile(r"\s*(?:of\s+[\w-]+\s*)?$", re.IGNORECASE)


def _on_the_noun(ctx: Context, trig: Trigger, relative: int) -> bool:
    """Whether a relative clause at `relative` is on the noun a verb trigger took over
    (`The meeting was agreed in the letter that the envoy delivered on April 11`): the
    clause dates the noun, so the act done in it."""
    if not trig.extra:
        return False
    noun_end = max(end for _, end in trig.extra)
    return noun_end <= relative and \
        _NOUN_TO_RELATIVE.fullmatch(ctx.text, noun_end, relative) is not None


def _made_on(ctx: Context, trig: Trigger) -> dt.Dated | None:
    """The date of a participle that tells when the thing the noun names was made (`the
    orders, signed on Aug. 6,`): its own, ahead of a vaguer one before the noun (`last
    week's`)."""
    m = _MADE_ON.match(ctx.text, trig.end)
    if m is None:
        return None
    told = [t for t in usable_timexes(ctx, m.end(), m.end() + 40) if t.start == m.end()]
    return dt.to_dated(told[0], ctx.text) if told else None


def _spent_on(ctx: Context, trig: Trigger, sent: Sentence) -> dt.Dated | None:
    """`spent Monday and Tuesday in talks`: the days spent are the noun's; `that day`
    is the day named before it in the sentence (`arrived on Tuesday and spent that day
    and Wednesday in talks`)."""
    lo = max(sent.start, trig.start - 90)
    m = _SPENT.search(ctx, lo, trig.start)
    if m is None:
        return None
    inner = usable_timexes(ctx, m.start(1), m.end(1))
    first = inner[0] if inner else None
    if _THAT_DAY.match(m.group(1)):
        earlier = usable_timexes(ctx, sent.start, m.start())
        if earlier:
            first = earlier[-1]
    if first is None:
        return None
    last = inner[-1] if inner else first
    a, b = dt.to_dated(first, ctx.text), dt.to_dated(last, ctx.text)
    if a.span.precision != b.span.precision or b.span.end < a.span.start or \
            (b.span.end - a.span.start).days > 31:
        return a
    span = DateSpan(a.span.start, b.span.end, a.span.precision)
    return dt.Dated(span, ctx.text[m.start(1):m.end(1)], f"{a.how}; the days spent",
                    m.start(1), m.end(1))


# `…, 10 times that of 2001, predicted Zhang at a forum`, `… this year," Weber said in a
# speech at a forum`: an attribution after what was said
# (`said` and the like only with an adjunct of the saying next, `said in a speech`: `…,
# said Peru had imposed sanctions` goes on with what was said)
_ATTRIBUTION = Guarded(re.compile(r"[,\"”]\s*(?:(?:[A-Z][\w.'’-]*|the|a|an|his|her|its|their)"
                                  r"\s+){0,4}(?:told\b|(?:said|says|added|predicted|noted|"
                                  r"stressed|stated|explained|insisted|argued)\s+"
                                  r"(?:[A-Z][\w.'’-]*\s+){0,3}(?:at|in|to|during|before|on|for)\b)"),
                       (",", '"', "”"))


# `planned drills after the sinking of the frigate on March 26`, `cancelling the trip after
# the March 3 bombing`: a day inside an `after`/`before`/`following the …` phrase is the day
# of what the phrase names, which came before (or after) the trigger's event
_DAY_OF_NOUN = re.compile(
    r"\b(?i:after|before|following)\s+"
    r"(?:(?i:the|a|an|his|her|its|their)|[A-Z][\w.'’-]*['’]s)\s+"
    r"(?:[\w.'’-]+\s+){0,7}?(?:(?i:on|of)\s+)?$")

_DATED_NOUN = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}")
# `speaking before the securities commissioners in London on Thursday`: before an audience
_BEFORE_AUDIENCE = re.compile(r"\b(?:speak(?:s|ing)?|spoke|testif(?:y|ies|ied|ying)|"
                              r"appear(?:s|ed|ing)?|address(?:es|ed|ing)?)\s+$", re.IGNORECASE)


def day_of_a_noun(ctx: Context, sent: Sentence, trig: Trigger, timex: Timex) -> bool:
    """Whether a day-precise `timex` ends an `after the …` phrase that does not hold the
    trigger (`_DAY_OF_NOUN`): the day of another event, not the trigger's."""
    if dt.to_dated(timex, ctx.text).span.precision != "day":
        return False
    found = _DAY_OF_NOUN.search(ctx.text, max(sent.start, timex.start - 80), timex.start)
    if found is None or found.start() <= trig.start < timex.end or \
            _BEFORE_AUDIENCE.search(ctx.text, max(sent.start, found.start() - 14),
                                    found.start()):
        return False
    # `after the Monday talks`, `before the Tuesday air strike`: the day is the trigger's
    return not (trig.start >= timex.end and _DATED_NOUN.fullmatch(ctx.text, timex.end,
                                                                   trig.start))


def _attributed(ctx: Context, sent: Sentence, timex: Timex, end: int) -> bool:
    """Whether an attribution after what was said (`…," Weber said`, `…, predicted Zhang`)
    stands between `timex` and `end`: the date is what was said's, not that of a trigger
    after the attribution (`… in a speech at a forum`). A date opening the sentence (`On
    Sunday, the general told a cabinet meeting`) is the saying's own."""
    text, start = ctx.text, timex.end
    found = _ATTRIBUTION.search(ctx, start, end)
    if found is None:
        return False
    if _OPENING_DATE.fullmatch(text, sent.start, timex.start) and text.startswith(",", start):
        return False
    return text.find("that", found.end(), end) < 0


_OPENING_DATE = re.compile(r"\W*(?:[\w-]+\s+){0,2}")


# `, who …`, and `, the prime minister who was murdered in 1961,` (a short appositive
# before the relative word)
_ASIDE_OPEN = re.compile(r",\s*(?:[^\s,;]+\s+){0,5}?(?:who|which|whose)\b[^,;]*$",
                         re.IGNORECASE)
# `, ousted in late 2001,`, `, founded in 1928,`: a past participle opening a short aside
# (a long stretch after a comma is more likely a main verb after an appositive)
_PARTICIPLE_OPEN = re.compile(r",\s*(?:(?:first|originally|initially|already|previously|once|"
                              r"only|also|later)\s+)?([a-z]+(?:ed|en|wn))\s+[^,;]{0,60}$")
# participles that are no aside of their own time: the words around a saying (`Trump,
# asked on Monday about tariffs, said …`), the publishing of a text that says (`the
# editorial, posted on Saturday, said`), the holding or the plan of the subject itself
# (`the talks, held on Monday, produced a deal`; `the visit, planned for early September,
# was put off`), and words that only look like participles
_NOT_OWN_TIME = frozenset({"asked", "pressed", "questioned", "interviewed", "quoted", "cited",
                           "reached", "contacted", "briefed", "posted", "published",
                           "released", "issued", "broadcast", "aired", "printed", "carried",
                           "circulated", "distributed", "unveiled", "presented", "delivered",
                           "held", "convened", "hosted", "attended", "chaired", "planned",
                           "scheduled", "slated", "expected", "proposed", "then", "when",
                           "even", "often", "seven", "ten", "eleven", "between", "own",
                           "known", "shown"})


def _in_aside(ctx: Context, sent: Sentence, start: int, end: int, at: int) -> bool:
    """Whether [start, end) lies in a `, who …,` aside or a `, ousted in …,` participle
    aside closed before `at` (`Kissinger, who opened relations in the 1970s, met Xi`: the
    1970s are the aside's; `the general, ousted in late 2001, met …`: 2001 is the
    ousting's)."""
    if "," not in ctx.text[end:at]:
        return False
    lo = max(sent.start, start - 120)
    if _ASIDE_OPEN.search(ctx.text, lo, start) is not None:
        return True
    part = _PARTICIPLE_OPEN.search(ctx.text, lo, start)
    return part is not None and part.group(1) not in _NOT_OWN_TIME


# `Earlier this month, on April 3, …`: after an opening date and its comma, a date set
# beside it that names the same time more closely, and its own comma
_APPOSED_OPENING = re.compile(r"\s*(?:(?:in|on|during)\s+)?")


def _apposed_end(ctx: Context, end: int, limit: int) -> int:
    """Where the opening adverbial ending at `end` ends when a date in apposition follows
    it (`Earlier this month, on April 3, the administration published …`: the opening
    is both, and April 3 its closer date); else `end`."""
    beside = usable_timexes(ctx, end, limit)
    if beside and _APPOSED_OPENING.fullmatch(ctx.text, end, beside[0].start) and \
            ctx.text.startswith(",", beside[0].end):
        return beside[0].end
    return end


def _fronted_in_clause(ctx: Context, trig: Trigger, sent: Sentence, lower: int) -> Timex | None:
    """The last date between a coordinating break (`, and`, `;`) and the trigger, with
    no other trigger in between: `…, and in March Beijing expelled …`."""
    breaks = _COORDINATION.finditer(ctx, max(sent.start, lower), trig.start)
    if not breaks:
        return None
    found = usable_timexes(ctx, breaks[-1].end(), trig.start)
    return found[-1] if found else None


# `Days later, …`, `Two weeks earlier, …`: a sentence set apart in time from the one before
_APART = re.compile(r"\W*(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|"
                    r"several|some|\d+)\s+)?(?:hours?|days?|weeks?|months?|years?)\s+"
                    r"(?:later|earlier|afterwards?|before|after)\b", re.IGNORECASE)


def carry(prev: Prev, ctx: Context, sent: Sentence, kind: str,
           actors: list[Actor], places: list[str]) -> Mention | None:
    if not prev.mentions or not same_paragraph(ctx.text, prev.end, sent.start):
        return None
    if _APART.match(sent.text):
        return None  # not the day of the sentence before: days from it
    names = {a.name for a in actors if a.kind == "person"}
    pronoun = _PRONOUN_START.match(sent.text) is not None
    for m in prev.mentions:
        if m.date is None or family(m.kind) != family(kind):
            continue
        prev_people = {a.name for a in m.actors if a.kind == "person"}
        if places and m.places and not set(places) & set(m.places):
            continue
        if names & prev_people or set(places) & set(m.places) or pronoun or not prev_people:
            return m
    return None


def date_sentence_before(ctx: Context, prev: Prev, sent: Sentence, lead: bool = False
                         ) -> dt.Dated | None:
    """The date of a sentence before, in the same paragraph, that is a date and nothing
    else (`The date was November 12, 2014. In the Great Hall, Obama and Xi sat …`,
    `Friday, March 18. Shortly after 9 a.m., …`): it sets the time of what follows; or,
    for the sentence's `lead` event, one that only says when a reply came (_answer_came:
    not an event told in the background, `the think tank that had hosted her`)."""
    before = prev.sentence
    if before is None or not same_paragraph(ctx.text, before.end, sent.start):
        return None
    found = usable_timexes(ctx, before.start, before.end)
    if not found:
        return None
    gaps = [ctx.text[a.end:b.start] for a, b in pairwise(found)]
    rest = ctx.text[before.start:found[0].start] + ctx.text[found[-1].end:before.end]
    if any(g.strip(" ,") for g in gaps) or (
            _DATE_ONLY_REST.fullmatch(rest) is None
            and not (lead and _answer_came(ctx, before, found))):
        return None
    return dt.Dated(dt.to_dated(found[-1], ctx.text).span, found[-1].text,
                    "the date a sentence of its own gives before", None, None, 1, "carried")


# `The president and the premier then sat down`: `then` between the subject and the verb
# (no comma or clause between the sentence's start and it)
_THEN_BEFORE = re.compile(r"[^,;:()]{1,80}?\sthen\s+$", re.IGNORECASE)


def then_date(ctx: Context, prev: Prev, sent: Sentence, trig: Trigger) -> dt.Dated | None:
    """`Thursday opened with an arrival ceremony. The president and the premier then sat
    down for talks`: a verb that `then` puts next in a sequence, in a sentence with no
    date, goes on in the day of the sentence before (same paragraph), when that sentence
    names one day and no other time."""
    before = prev.sentence
    if not trig.verb or before is None or not same_paragraph(ctx.text, before.end, sent.start):
        return None
    if not _THEN_BEFORE.fullmatch(ctx.text, sent.start, trig.start):
        return None
    found = usable_timexes(ctx, before.start, before.end)
    if len(found) != 1:
        return None
    dated = dt.to_dated(found[0], ctx.text)
    if dated.span.precision != "day":
        return None
    return dt.Dated(dated.span, found[0].text, "the day of the sentence before, which `then` "
                    "goes on from", None, None, 1, "carried")


def _answer_came(ctx: Context, before: Sentence, found: list[Timex]) -> bool:
    """`China's next answer came in the early hours of Tuesday, Beijing time.`: a sentence
    that only says when a side's reply came dates the reply the next sentence tells."""
    return _ANSWER_CAME.fullmatch(ctx.text, before.start, found[0].start) is not None and \
        _CLOCK_ZONE.fullmatch(ctx.text, found[-1].end, before.end) is not None


_ANSWER_CAME = re.compile(r"\W*(?:[\w’'.-]+\s+){0,3}(?:answer|response|reply|riposte|reaction|"
                          r"retaliation|counterstroke|countermove)\s+(?:came|arrived)\s+"
                          r"(?:[a-z]+\s+){0,5}")
_CLOCK_ZONE = re.compile(r"[\s,]*(?:(?:[A-Z][a-z]+|local)\s+time)?[\s.]*")


# what a sentence that is only a date may hold besides its time expressions
_DATE_ONLY_REST = re.compile(r"\W*(?:(?:the\s+(?:date|day)|it|this)\s+(?:was|is)\s*)?"
                             r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                             r"\W*)?[\s,.:;]*", re.IGNORECASE)


def report_date(ctx: Context, trig: Trigger, triggers: list[Trigger],
                 subject_end: int, sent: Sentence) -> dt.Dated | None:
    """`…, the Pentagon said this week`: the report's date for an undated event."""
    for light in triggers:
        if light.spec.light and light.start > trig.end and light.start != trig.other_verb:
            # (`agreed to X after Japan announced a fund last month`: the clause's own
            # report is another event's, not this one's)
            if ctx.text.find(";", trig.end, light.start) >= 0:
                break  # `X did A; on Friday Y said …`: a report of the next clause
            found = own_date(ctx, light, subject_end, sent, False)
            if found is not None:
                return dt.Dated(found.span, found.text, f"{found.how}; the date of the report",
                                found.start, found.end, 1, "report")
    return None
