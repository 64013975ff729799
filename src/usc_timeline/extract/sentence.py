"""The mentions of one sentence: for each trigger, its date, status, actors and places,
from its own stretch of the sentence, the report it sits in, or the sentence before."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from usc_timeline.merge import family
from usc_timeline.model import Actor, DateSpan, Highlight, Mention, Source
from usc_timeline.text import Sentence

from . import dates as dt
from .adjunct import statement_setting
from .anchors import (
    days_from,
    days_to_later,
    hours_from,
    outcome_of,
    purpose_of_visit,
    ranks_last,
    tied_to_last,
    told_before,
    within,
)
from .called_off import (
    date_before_verb,
    plan_ahead,
    plan_date,
    plan_dated,
    plan_told_before,
    said_date,
    verb_date,
)
from .conditions import conditional
from .confirmed import side_right_before
from .context import Context, Prev, Trigger, usable_timexes, words
from .coordinated import second_dates
from .entities import Found, person_actor
from .event_triggers import event_triggers
from .fallback import dated_enough
from .guarded import Guarded
from .here import held_here
from .hosted import guests_of
from .laid import laid_as_said, participle_date, without_laying_acts
from .military import goes_on, incident_told_before
from .new_clause import new_clause_between
from .parties import addressees, another_speaker, not_a_party, sent_by, speaker_itself
from .passives import no_act_announced
from .place_context import of_another_event
from .referents import (
    anaphora,
    attribution,
    it_subject,
    measure_told_before,
    posts_of_both,
    principals_before,
    referents,
)
from .refusals import is_modal_refusal, past_reading
from .segments import clause_start, in_quote, own_agent
from .since import parties_since
from .speakers import speakers_only
from .status import status_of
from .subordinate import clause_subject, fronted_other
from .targets import measure_targets
from .timing import (
    answered,
    before_the_gap,
    carry,
    date_sentence_before,
    own_date,
    report_date,
    then_date,
)
from .told import told_date
from .when_clause import in_when_clause

_HEAD_ROLES = re.compile(r"^(?:President|Premier|Prime Minister|Chancellor|General Secretary|"
                         r"King|Emperor|Chairman)$")


_WILL = re.compile(r"\b(?:will|shall|'ll|’ll|expected to|scheduled to|set to|plans? to)"
                   r"\s+(?:\w+\s+)?$", re.IGNORECASE)


def _actors(found: list[Found], day: date | None) -> tuple[list[Actor], list[Found]]:
    """Actors in text order (the order titles rely on: `US sanctions … from Russia`)."""
    actors: dict[str, Actor] = {}
    used: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        if f.actor is None:
            continue
        actor = person_actor(f.person, day) if f.person is not None else f.actor
        key = actor.name
        if key not in actors:
            actors[key] = actor
        used.append(f)
    return list(actors.values()), used


def _visitors_first(ctx: Context, actors: list[Actor], places: list[str]) -> list[Actor]:
    """`Xi invited Trump to make a state visit to China`: the visitor is the one from
    elsewhere, so put people from outside the visited country first."""
    hosts: set[str] = set()
    for name in places:
        place = ctx.lexicon.place_by_name(name)
        country = ctx.lexicon.country_by_word(name)
        for code in (place.country if place else None, country.code if country else None):
            if code:
                hosts.add(code)
    if not hosts:
        return actors
    return sorted(actors, key=lambda a: (a.kind != "person", a.country in hosts))


def _summit(kind: str, actors: list[Actor]) -> str:
    if kind not in ("meeting", "talks"):
        return kind
    heads = {a.country for a in actors
             if a.kind == "person" and a.role and _HEAD_ROLES.match(a.role) and a.country}
    return "summit" if len(heads) >= 2 else kind


# Nouns share the sentence's subject (`Blinken …, after a meeting with Qin`; `Li has been
# under US sanctions`), but an incident named in passing does not (`Blinken, whose trip
# was postponed due to the balloon incident`).
_BYSTANDER_KINDS = frozenset({"military_incident"})


def sentence_mentions(ctx: Context, sent: Sentence, triggers: list[Trigger],
                       subject_end: int, prev: Prev, day: date | None
                       ) -> tuple[list[Mention], list[Mention]]:
    """The sentence's mentions, and the dated ones too vague to keep (no actor or place)
    that may still date the next sentence (`The last meeting was in June. X and Y …`)."""
    triggers = event_triggers(ctx, sent, triggers)
    content = [t for t in triggers if not t.spec.light]
    # The words before the first trigger are everyone's subject, unless that trigger
    # only reports (`Mao Ning said …`): then they are the speaker (but who gave a speech
    # at a gathering is its party: `Wei used a speech at the forum on June 12 to warn`).
    shared = ctx.entities.between(sent.start, subject_end)
    speaking: list[Found] = []
    if content and ((triggers[0].kind == "statement" and triggers[0].spec.light)
                    or triggers[0].reported):
        # A speaker is not a participant (`Mao Ning said Washington would lift
        # sanctions`), but a government that speaks usually acts (`China said it would
        # sanction …`): keep countries and institutions, drop people.
        shared = [f for f in shared if f.kind in ("country", "organization", "issue")]
        # An institution that speaks acts only in the measures its government takes
        # (`The Treasury said it would sanction …`), not in what it reports of others
        # (`The Pentagon said Chinese jets flew near Taiwan`).
        speaking = [f for f in shared if f.kind == "organization"]
    issues = sorted({f.issue for f in ctx.entities.between(sent.start, sent.end)
                     if f.issue is not None})
    out: list[Mention] = []
    vague: list[Mention] = []
    chosen = content if content else triggers
    lead_trig = chosen[0] if chosen else None
    # `announced on December 15 that the two would establish relations on January 1`:
    # an announcement with a date of its own is an event too, unless what it announces
    # falls on the same day.
    extra = [t for t in triggers if content and t.kind == "announcement" and t.spec.light
             and not t.extra and (_THAT_NEXT.match(ctx.text, t.end) or _dated_right_after(
                 ctx, t))]
    # `China said on Monday it would raise tariffs from June 1`: saying so was the
    # announcement of a plan dated apart from it
    sayings = [t for t in triggers if content and t.kind == "statement" and t.verb
               and not t.extra and _said_on_a_date(ctx, t)]
    announcing = ctx.triggers.kinds.get("announcement")
    if sayings and announcing is not None:
        extra += [replace(t, spec=announcing) for t in sayings]
    if extra:
        chosen = sorted(content + extra, key=lambda t: t.start)
    from_extra: list[Mention] = []
    told: dict[int, Trigger] = {}
    for trig in chosen:
        if ranks_last(ctx, trig, sent, out):
            continue  # `…, the first such visit since 2019`: the clause's event again
        quoted = in_quote(sent, trig.start)
        if quoted:
            close = ctx.text.find("”", trig.end, trig.seg_end)
            if close < 0:
                close = ctx.text.find('"', trig.end, trig.seg_end)
            if close >= 0:
                trig.seg_end = close
        earlier = [t.end for t in triggers if t.end <= trig.start]
        dated = own_date(ctx, trig, subject_end, sent,
                         (trig is lead_trig or trig is triggers[0]) and not quoted
                         and not _after_a_saying(triggers, trig),
                         earlier[-1] if earlier else None)
        if quoted and dated is None:
            continue
        if dated is not None and trig.kind == "statement" and not quoted and \
                _said_within(sent, dated):
            dated = None  # `"… grew in the third quarter," Weber said`: what was said
        # Only a reported action takes the report's date, not a noun in the background
        # (`… in retaliation for her visit to Taiwan`).
        # (a meeting noun too, unless it is planned: `will travel … for talks, the
        # ministry said on Wednesday` does not date the talks)
        # (nor one only supposed: `said it would retaliate if the US imposes sanctions`)
        reported = content and not quoted and (
            trig.verb or trig.absorbed or (family(trig.kind) == "meeting" and
                                           status_of(ctx, trig, sent, None) != "planned")
            or _measure_said_to_come(ctx, triggers, trig)) and not conditional(ctx, trig, sent) \
            and not in_when_clause(ctx, trig, sent)  # `it had promised when X agreed …`
        if dated is None and trig.verb:
            dated = _after_arriving(ctx, trig, out, told)
        if dated is None and not trig.verb:
            dated = tied_to_last(ctx, trig, sent, [m for m in out if m not in from_extra]) \
                or within(ctx, trig, sent)
        if dated is None:
            dated = participle_date(ctx, trig, sent, out, told)  # `…, imposing tariffs`
        if dated is None and reported:
            # (a called-off plan: the verb's date, the report's, the plan's: called_off.py)
            dated = verb_date(ctx, trig, sent) or \
                report_date(ctx, trig, triggers, subject_end, sent) or plan_date(ctx, trig, sent)
        elif dated is not None and plan_dated(ctx, trig, dated):
            # `a trip that X was to make in October was called off, officials said on
            # Sunday`: called off the day it was reported (called_off.py)
            dated = report_date(ctx, trig, triggers, subject_end, sent) or \
                said_date(ctx, trig) or date_before_verb(ctx, trig, sent) or \
                plan_ahead(ctx, trig, dated)
        # (not a clause of its own past `, and` and a subject: new_clause.py)
        reported = reported and not new_clause_between(ctx, triggers[0].end, trig.start)
        if dated is None and reported and triggers[0].spec.light and \
                triggers[0].end <= trig.seg_start:
            # `… told a briefing that the US had demanded on Tuesday that China shut …`:
            # a date in the reported clause, before the action it reports.
            inner = [t for t in usable_timexes(ctx, triggers[0].end, trig.seg_start)
                     if _THAT.search(ctx.text, triggers[0].end, t.start)]
            if inner:
                dated = dt.to_dated(inner[-1], ctx.text)
        if dated is None and reported and triggers[0].spec.light:
            # `China said on Friday it would sanction …`: the date of the report (not of
            # what it answers: `…, days after Washington doubled duties`).
            found = own_date(ctx, triggers[0], subject_end, sent, True)
            if found is not None and not before_the_gap(ctx, trig, sent, found.span) and \
                    not answered(ctx, trig, sent):
                dated = dt.Dated(found.span, found.text, f"{found.how}; the date of the report",
                                 found.start, found.end, 1, "report")
        if trig.spec.light and (dated is None or dated.strength < 2):
            continue  # a reporting word needs a date of its own (nothing below gives one)
        seg = ctx.entities.between(trig.seg_start, trig.seg_end)
        participants = trig.verb or trig.kind not in _BYSTANDER_KINDS
        own_subject = False
        people_before = [f for f in ctx.entities.between(trig.seg_start, trig.start)
                         if f.kind == "person"]
        if people_before and (trig.verb or (
                triggers[0] is not trig and triggers[0].spec.light and triggers[0].verb
                and not _ADJUNCT_WORDS.intersection(
                    ctx.lower[people_before[-1].end:trig.start].split()))):
            # `… since Biden took office`: its own subject; a noun's too after a reporting
            # verb, its possessor or the subject of its support verb (`announced that Wen
            # will pay a visit`), not a person before a preposition (`meet Ahern during
            # his visit`) nor one of several subjects (`Austin and Dong held talks`)
            participants = participants and not trig.verb
            own_subject = True
        if another_speaker(ctx, triggers, trig, subject_end):
            own_subject = True  # `X did A, and Y said it would do B`: B is Y's
        if not trig.verb and _possessed(ctx, trig):
            own_subject = True  # `The Pentagon called China's rejection …`: China's
        if own_agent(ctx, triggers, trig):
            own_subject = True  # `China imposed tariffs after U.S. duties took effect`
        antecedent = _antecedent(ctx, sent, trig, subject_end)
        if antecedent is not None:
            own_subject = True  # `…, drawing a protest from Beijing, which summoned …`
        cut = _adjunct_cut(ctx, sent, trig)
        # `Days before Sherman arrived, on Friday, China imposed sanctions`: the opening
        # clause's names are its own event's
        other = fronted_other(ctx, sent.start, trig)
        # `Austin's call came days after Biden hosted Kishida`: the clause's verb has its
        # own subject; the people and bodies before it are not its doers (a country or a
        # place may be its: `in this French city ... after authorities banned a party`)
        own = clause_subject(ctx, sent.start, sent.end, trig) if trig.verb else None
        found_here = seg + [f for f in shared if f.end <= trig.seg_start
                            and f.start >= cut
                            and (own is None or f.start >= own
                                 or f.kind not in ("person", "organization"))
                            and not (other is not None and other[0] <= f.start < other[1])
                            and (participants or f.kind != "person")
                            and not (own_subject and f.actor is not None)
                            and not (f in speaking and not _own_statement(triggers, trig)
                                     and not _speaker_acts(ctx, triggers[0], trig))]
        if antecedent is not None and antecedent not in found_here:
            found_here.append(antecedent)
        found_here += referents(ctx, prev, sent, trig, found_here, out)
        hosted = guests_of(ctx, sent, trig)
        if hosted is not None:
            # `He Lifeng hosted Yellen during her visit`: the guest's visit, not the host's
            guests, verb_at = hosted
            found_here = [f for f in found_here if not (f.kind == "person" and f.end <= verb_at)]
            found_here += [g for g in guests if g not in found_here]
        # `X told Y … in a call`: the call where a statement was made is the speaker's
        setting = statement_setting(ctx, sent, triggers, trig)
        found_here += [f for f in setting if not any(
            g.actor == f.actor or (g.start, g.end) == (f.start, f.end) for g in found_here)]
        found_here += addressees(ctx, triggers, trig)
        if not any(f.actor is not None for f in found_here):
            found_here += speaker_itself(ctx, triggers, trig)
        if trig in extra and not any(f.kind == "person" for f in found_here):
            # `…, which the President disclosed in a televised announcement on July 15`
            start = clause_start(ctx, sent.start, trig.start) or sent.start
            found_here += [f for f in ctx.entities.between(start, trig.start)
                           if f.kind == "person"]
        found_here = [f for f in found_here if not not_a_party(ctx, trig, f)]
        found_here = [sent_by(ctx, trig, f) or f for f in found_here]
        reacting = None if trig.verb or family(trig.kind) == "visit" else _REACTION.search(
            ctx, max(sent.start, trig.start - _REACTION_REACH), trig.start)
        if reacting is not None and not _WITH_AFTER.match(ctx.text, trig.end):
            # `Abbas condemned the bombing`, `Annan welcomed the resumption of talks`: who
            # reacts takes no part in what they react to (but who welcomes a visit hosts it)
            found_here = [f for f in found_here if f.actor is None
                          or f.start >= reacting.start()]
        # `to the Shanghai Communique`: a place naming the thing is no destination
        found_here = [replace(f, qualifier=False) if f.place is not None and f.qualifier
                      and f.end <= trig.start and not ctx.text[f.end:trig.start].strip()
                      else f for f in found_here]
        if _PARTICIPLE.search(ctx.text, max(sent.start, trig.start - 12), trig.start):
            # `Xi said … when meeting with Blinken`: the speaker is the one meeting.
            speakers = [f for f in ctx.entities.between(sent.start, trig.start)
                        if f.kind == "person" and f.end <= trig.floor]
            found_here += speakers[-1:]
        if ((_FRONTED.match(ctx.text, sent.start, trig.start)
             and not usable_timexes(ctx, sent.start, trig.start)) or (
                _FRONTED_FORM.match(trig.text)
                and not ctx.text[sent.start:trig.start].strip())) and not any(
                f.kind == "person" for f in found_here):
            # `During their meeting in Beijing, Qin told …`: the main clause's people;
            # not after a time opening the sentence (`In January the government
            # approved arms sales …, and in February Obama met …`: a subject follows it)
            found_here += [f for f in ctx.entities.between(trig.seg_end, sent.end)
                           if f.kind == "person"][:1 if trig.kind == "arrival" else 2]
        if dated is not None and dated.span.precision == "day":
            days = (dt.duration_before(ctx, trig.start) or dt.duration_in(trig.text)
                    or dt.duration_after(ctx.text, dated.end, trig.seg_end)
                    or (trig.verb and trig.kind == "visit"
                        and dt.trip_after(ctx.text, dated.end, trig.seg_end)))
            if days:
                dated = dt.widen(dated, days, ctx.text, trig.start,
                                 ended="the date of the report" in dated.how
                                 or "the clause it ends" in dated.how)
        if is_modal_refusal(trig):
            dated = past_reading(ctx, dated)  # `would not meet … in June`: the last June
        status = status_of(ctx, trig, sent, dated)
        if status == "planned" and trig.kind in ctx.triggers.announced_measures and \
                dated is not None and "the date of the report" in dated.how and \
                ctx.published is not None and dated.span.start <= ctx.published.end:
            # `China said on Friday it would sanction X`: no date but the saying's, so the
            # event is the measure announced that day
            status = "occurred"
        # `revealed the plan to visit in a broadcast on July 15`: a past date is the day
        # the plan was made public, not the trip's
        made_public = dated is not None and ctx.published is not None and \
            dated.span.start <= ctx.published.end and (
                _plan_announced(ctx, trig) or _noun_made_public(ctx, trig))
        if status == "planned" and dated is not None and not made_public and \
                told_before(ctx, trig, dated):
            dated = None
        event_day = dated.span.start if dated else day
        # `..., a rights group said`: the people said about are not the speaker
        found_here = speakers_only(ctx, sent, triggers, trig, found_here)
        if not any(f.actor is not None for f in found_here):
            found_here += parties_since(ctx, sent, trig)  # `between A and B since a call`
        if not any(f.actor is not None for f in found_here):
            found_here += posts_of_both(ctx, sent, trig)  # `Embassies are to open`
        actors, actor_found = _actors(found_here, event_day)
        places = _places(found_here, trig, ctx.text) or _there(ctx, sent, trig) or (
            held_here(ctx, trig) if actors else [])
        named_again = incident_told_before(ctx, sent, trig, places)
        if named_again is not None:
            if status == "planned" and named_again.status != "planned" and \
                    goes_on(ctx, sent, trig):
                continue  # `The drills are due to end on Sunday`: under way, no plan
            # `China staged drills around Taiwan. The exercises began on May 23`: its sides
            # are those told before, with any the sentence adds, but not who speaks of it
            # (`The United States said the exercises were destabilizing`, but one that says
            # it acted does: `China said it had tracked the ship`) nor a bare name
            said_by = {f.actor.name for f in found_here if f.actor is not None and (any(
                t.kind == "statement" and f.end <= t.start < trig.start
                and not _speaker_acts(ctx, t, trig) for t in triggers)
                or (trig.reported and f.end <= trig.floor and not _speaker_acts(ctx, trig, trig)))}
            actors = list(named_again.actors) + [
                a for a in actors if a.name not in said_by and a not in named_again.actors
                and not _named_only(a)]
            places = places or list(named_again.places)
        if family(trig.kind) == "visit" and places:
            actors = _visitors_first(ctx, actors, places)
        # a name no lexicon or title vouches for does not make an event by itself
        named_only = not places and bool(actors) and all(_named_only(a) for a in actors)
        if (named_only or not actors) and not places:
            backed = attribution(ctx, triggers, trig) or anaphora(ctx, prev, sent) or \
                measure_told_before(ctx, prev, sent, trig)
            actors = actors + backed if backed else []  # (no actors unless named ones)
        # `On Thursday it imposed sanctions on two Chinese banks`: who `it` is
        actors = actors + [a for a in it_subject(ctx, prev, sent, trig) if a not in actors]
        if not actors:
            actors = principals_before(ctx, prev, sent, trig, dated.span if dated else None)
        if not actors:
            plan = plan_told_before(ctx, sent, trig)  # `The trip was postponed on Friday`
            if plan is not None:
                actors, places = list(plan.actors), places or list(plan.places)
        kind = _summit(trig.kind, actors)
        if named_again is not None and family(named_again.kind) != family(kind):
            kind = named_again.kind  # `The encounter took place on Tuesday`: the intercept
        if trig.spec.light and (dated is None or dated.strength < 2 or (not any(
                a.kind == "person" and (a.role or a.country) for a in actors) and not (
                trig.kind == "announcement" and actors))):
            continue
        if trig.kind == "announcement" and trig.verb and no_act_announced(ctx, trig.start):
            continue  # `Li Peng's death was announced on Tuesday`: no event
        if not actors and not places:
            if dated is not None and not trig.spec.light:
                vague.append(_mention(ctx, sent, trig, kind, status, dated, [], [], [], [],
                                      issues))
            continue
        if dated is not None:
            # `X warned on Sunday ..., a day after a destroyer cut across ...`: the date
            # before the days-from clause is the later event's, so many days from this one
            dated = _days_apart(ctx, dated, trig)
        if dated is None:
            dated = days_from(ctx, trig, sent, out, prev)
        if dated is None:
            dated = purpose_of_visit(ctx, trig, sent, out)
            if dated is not None and status == "unknown":
                status = out[-1].status  # `travels to Moscow this week for talks`: the trip's

        if dated is None:
            dated = hours_from(ctx, trig, sent, out)
        if dated is None:
            dated = outcome_of(ctx, trig, sent, out)  # `ended their summit … with accords`
        if dated is None and trig.inner is not None:
            # `had planned to visit in April, but postponed the trip`
            for m in out + vague:
                if m.date is not None and family(m.kind) == family(trig.inner):
                    dated = dt.Dated(m.date, m.source.date_text,
                                     "the date of the event it concerns", None, None, 1)
        if dated is None:
            carried = carry(prev, ctx, sent, kind, actors, places)
            if carried is not None and status == "planned" and _past(ctx, carried):
                # `They would speak by phone in the coming weeks`: a plan is not dated by
                # the talks the sentence before told of; its own date or none.
                carried = None
            if carried is not None and carried.date is not None:
                said = carried.source.date_text
                dated = dt.Dated(carried.date, None,
                                 "carried over from the previous sentence"
                                 + (f" ({said!r})" if said else ""), None, None, 1, "carried")
                status = carried.status if status == "unknown" else status
        if dated is None:
            dated = told_date(ctx, prev, trig, actors) or date_sentence_before(
                ctx, prev, sent, trig is lead_trig) or then_date(ctx, prev, sent, trig)
        if dated is None and status == "planned" and ctx.published is not None and \
                family(kind) == "meeting" and trig.verb and len({
                    a.country for a in actors if a.kind == "person" and a.country}) >= 2 and \
                _WILL.search(ctx.text[max(sent.start, trig.start - 40):trig.start]) and \
                not _within_another(ctx, sent, trig):
            # `X will meet Y in Anchorage`: after publication, though the text gives no day.
            dated = dt.Dated(dt.future_window(ctx.published), None,
                             "future tense with no date: after publication", None, None, 0,
                             "tense")
        if status == "unknown" and dated is not None and ctx.published is not None:
            status = "occurred" if dated.span.start <= ctx.published.end else "planned"
        if made_public:
            kind, status = "announcement", "occurred"
        if not dated_enough(trig, dated, sent):
            continue
        out.append(_mention(ctx, sent, trig, kind, status, dated, actors, actor_found,
                            places, found_here, issues))
        told[id(out[-1])] = trig
        if trig in extra:
            from_extra.append(out[-1])
    out = [_during_the_visit(ctx, m, told, out) for m in out]
    refined = [days_to_later(ctx, m, told.get(id(m)), told, out) for m in out]
    for old, new in zip(out, refined, strict=True):
        if new is not old:
            told[id(new)] = told[id(old)]
    out = [_undone(ctx, m, told, refined) for m in refined]
    out = without_laying_acts(ctx, sent, out, told)
    if from_extra:
        # (a planned meeting or trip is not made by saying so)
        # (nor one only supposed: `vowed to restore the party if he is elected`)
        plans = [o for o in out if o not in from_extra and (
                     o.status == "planned" or _called_off_to_come(ctx, told.get(id(o)), sent))
                 and family(o.kind) not in ("meeting", "visit")
                 and not (id(o) in told and conditional(ctx, told[id(o)], sent))]
        saying_texts = {t.text for t in sayings}
        # (a side's saying of its own act to come announces it, though the act told
        # is dated apart: `The ministry said on Tuesday that it would keep the tariff
        # suspended for the same period`)
        own_acts = {t.text for t in sayings if _own_act_next(ctx, sent, t)}
        out = [m for m in out if m not in from_extra or not (
            any(o.date == m.date for o in out if o not in from_extra)
            or (m.trigger in saying_texts and not plans and m.trigger not in own_acts))]
        # the saying is the plan's kind of event, on the day it was made public
        # (`China said on Monday it would raise tariffs` and `China struck back on
        # Monday` are one event); saying that something will be called off announces it
        out = [replace(m, kind=plans[0].kind) if plans and m in from_extra
               and m.trigger in saying_texts and family(plans[0].kind) != "cancellation"
               else m for m in out]
    if any(t.outcome for t in triggers):
        # (`met in Zurich on October 6 and agreed to …`: the agreeing is the meeting's,
        # made above only so that what follows it reads as before)
        out = [m for m in out if id(m) not in told or not told[id(m)].outcome]
        vague = [m for m in vague if m.trigger not in {t.text for t in triggers if t.outcome}]
    if content and any(t.spec.light and t.kind == "statement" and t.verb for t in triggers):
        # `China "firmly opposes" the arms sale, spokeswoman Mao Ning told a briefing on
        # Monday`: what was said names events the sentence does not date; the saying of
        # a day is the sentence's event, as if it named none. So it is when what it
        # goes on to tell is dated apart from the saying (`Pompeo told Congress on
        # Wednesday that … under a law Mr. Trump signed in November`): two events of
        # two days; not a saying after the dated event it reports (`The US imposed
        # sanctions on Tuesday, spokesman Lin Jian said on Wednesday`), its source only.
        dated_out = [m for m in out if m.date is not None]
        spoken, spoken_vague = sentence_mentions(
            ctx, sent, [t for t in triggers if t.spec.light], subject_end, prev, day)
        if not dated_out:
            out += [m for m in spoken if m.kind == "statement"]
            vague += spoken_vague
        else:
            out += [m for m in spoken if m.kind == "statement" and m.date is not None
                    and _dated_at_the_saying(ctx, sent, m)
                    and all(_told_at(d) > _told_at(m) and d.date is not None
                            and not d.date.overlaps(m.date) for d in dated_out)]
    return second_dates(ctx, sent, out), vague


# `… during the trip`, `during his visit to Hanoi`: the time adjunct a visit noun makes
_DURING = re.compile(r"\s+(?:[^\s.;:()]+\s+){0,8}?(?:during|in the course of)\s+"
                     r"(?:the|his|her|their|its|this)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)


def _during_the_visit(ctx: Context, m: Mention, told: dict[int, Trigger],
                      out: list[Mention]) -> Mention:
    """`He is expected to meet Tsai during the trip`: a planned event with no date of its
    own (or only the future tense's) is to take place within the visit its clause names
    after it, so it has that visit's date."""
    trig = told.get(id(m))
    if trig is None or m.status != "planned" or (
            m.date is not None and m.source.date_basis != "tense"):
        return m  # (`has already visited X during his visit`: before the visit's date)
    for o in out:
        visit = told.get(id(o))
        if visit is None or o.date is None or family(o.kind) != "visit" or \
                visit.verb or o.source.date_basis == "tense" or visit.start < trig.end or \
                not _DURING.fullmatch(ctx.text, trig.end, visit.start):
            continue
        said = o.source.date_text
        source = replace(m.source, date=o.date, date_text=said,
                         date_how="within the visit named after it"
                         + (f" ({said!r})" if said else ""), date_basis="carried")
        return replace(m, date=o.date, source=source)
    return m


# `… on the sidelines of the summit`, `at the forum`: the time of another event, after the
# meeting in its clause; `before he leaves`: within the trip told around it; `…, where he
# will see X`: the time of the clause it hangs on
_ANCHORED = Guarded(re.compile(r"\b(?:on\s+the\s+sidelines\s+of|during|in\s+the\s+course\s+of|"
                               r"at)\s+(?:the|a|an|his|her|their|its|this)\s+", re.IGNORECASE),
                    ("sidelines", "during", "course", "at"))
_LEAVING = Guarded(re.compile(r"\bbefore\s+(?:(?:he|she|they)\s+(?:leaves|departs|flies|returns)|"
                              r"(?:leaving|departing|flying|returning)\b)", re.IGNORECASE),
                   "before")
_WHERE = Guarded(re.compile(r",\s*where\s+(?:[\w'’-]+\s+){1,4}$", re.IGNORECASE), "where")


def _within_another(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """A meeting set within another event or at the place and time of another clause
    (`is expected to meet Putin on the sidelines of the summit`, `travels to Seoul on
    Thursday, where he will see Park`): its time is that event's, not any time after
    publication."""
    # (from the verb on: `meet … summit` may have taken the event it is set in)
    ahead = _ANCHORED.search(ctx, trig.head_end, max(trig.end, trig.seg_end))
    if ahead is not None and not re.search(r"[,;:()]", ctx.text[trig.head_end:ahead.start()]):
        return True
    leaving = _LEAVING.search(ctx, trig.head_end, sent.end)
    if leaving is not None and not re.search(r"[;:]", ctx.text[trig.head_end:leaving.start()]):
        return True
    return _WHERE.search(ctx, max(sent.start, trig.start - 60), trig.start) is not None


# a verb of reaction and its object up to a noun trigger (not a possessive's: `welcomed
# his talks with Xi`, whose talks they are)
_REACTION = Guarded(re.compile(r"\b(?:welcom|hail|prais|condemn|denounc|criticiz|criticis|"
                               r"deplor|applaud|slamm)ed\s+(?!(?:his|her|their|its|our|my)\b)"
                               r"(?:[\w.'’-]+\s+){0,5}$", re.IGNORECASE),
                    ("welcom", "hail", "prais", "condemn", "denounc", "critici", "deplor",
                     "applaud", "slamm"))
_REACTION_REACH = 60
_WITH_AFTER = re.compile(r"\s+with\b", re.IGNORECASE)


# the day of speaking, however quoted: `"talks went well today," X said`
_SPEAKING_DAY = re.compile(r"(?:to(?:day|night)|this\s+(?:morning|afternoon|evening))\W*$",
                           re.IGNORECASE)


# between a saying and its own date: a few words of its clause (`told Congress on`,
# `said here`), no clause break, no `that` of what was said
_SAYING_GAP = re.compile(r"(?:\s+(?!that\b)[\w.'’-]+){0,5}\s+", re.IGNORECASE)
# a date that opens the sentence (`On Monday, …`, `Late on Friday …`)
_SENTENCE_OPENS = re.compile(r"\W*(?:(?:late|early|later)\s+)?(?:on|in|at|during|last|this)?\s*",
                             re.IGNORECASE)


def _told_at(m: Mention) -> int:
    """Where a mention's trigger starts (its highlight), or -1."""
    return next((h.start for h in m.source.highlights if h.kind == "trigger"), -1)


def _dated_at_the_saying(ctx: Context, sent: Sentence, m: Mention) -> bool:
    """Whether a saying's date is its own (`Pompeo told Congress on Wednesday that …`,
    `Lavrov on Saturday said`, `On Monday, Mao said`), not one of what was said that
    stands far from the verb (`Juncker said Serbia could expect … on Friday`)."""
    if m.source.date_basis != "own":
        return False
    marks = m.source.highlights
    said = next((h for h in marks if h.kind == "trigger"), None)
    day = next((h for h in marks if h.kind == "date"), None)
    if said is None or day is None:
        return False
    if day.start >= said.end:
        return _SAYING_GAP.fullmatch(ctx.text, said.end, day.start) is not None \
            or not ctx.text[said.end:day.start].strip()
    return _SAYING_GAP.fullmatch(ctx.text, day.end, said.start) is not None or \
        _SENTENCE_OPENS.fullmatch(ctx.text, sent.start, day.start) is not None


def _said_within(sent: Sentence, dated: dt.Dated) -> bool:
    """Whether a reporting verb's date stands in the quotation it reports: the date of
    what was said, not of the saying (unless it names the day of speaking)."""
    return dated.start is not None and in_quote(sent, dated.start) and \
        not _SPEAKING_DAY.search(dated.text or "")


def _called_off_to_come(ctx: Context, trig: Trigger | None, sent: Sentence) -> bool:
    """`China said on Friday it would suspend the tariffs from Jan. 1`: a cancellation or
    postponement told under a plan's cue, so still to come when it was said."""
    if trig is None or trig.kind not in ("cancellation", "postponement"):
        return False
    return status_of(ctx, replace(trig, spec=replace(trig.spec, status=None)), sent,
                     None) == "planned"


_DAYS_APART = re.compile(r"\b(a|one|two|three|four|five|six|seven)\s+days?\s+"
                         r"(after|before)\s+(?:[\w.'’-]+\s+){0,5}$", re.IGNORECASE)
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _days_apart(ctx: Context, dated: dt.Dated, trig: Trigger) -> dt.Dated:
    """A day-date before the trigger, with `a day after` (or `two days before`) and at
    most five words between them and the trigger, moved by those days."""
    if dated.end is None or dated.end > trig.start or dated.span.precision != "day" or \
            dated.span.start != dated.span.end:
        return dated
    found = _DAYS_APART.search(ctx.text, max(dated.end, trig.start - 80), trig.start)
    if found is None or re.search(r"[;:()]", ctx.text[dated.end:found.start()]):
        return dated
    n = _NUMBERS[found.group(1).lower()]
    day = dated.span.start + timedelta(days=-n if found.group(2).lower() == "after" else n)
    return dt.Dated(DateSpan(day, day, "day"), dated.text,
                    f"{dated.how}; {found.group(1)} day(s) {found.group(2)} it", dated.start,
                    dated.end, dated.strength, dated.basis)


_THAT_NEXT = re.compile(r"(?:\s+(?:[\w-]+\s+){0,4}?)?\s*that\b", re.IGNORECASE)


_THAT = re.compile(r"\bthat\b", re.IGNORECASE)


_PARTICIPLE = re.compile(r"\b(?:when|while|before|after)\s+$", re.IGNORECASE)


_FRONTED = re.compile(r"\W*(?:during|at|in|after|before|following|ahead of|upon)\s+"
                      r"(?:their|his|her|its|the|a|an)?\s*(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _after_arriving(ctx: Context, trig: Trigger, out: list[Mention],
                    told: dict[int, Trigger]) -> dt.Dated | None:
    """The date of a participle of arriving that opens the sentence, for the main verb
    past its comma (`After landing in Beijing on Tuesday, Blinken met Wang Yi`): the
    clause goes on from the arrival, on its day as far as the text says."""
    first = out[0] if out else None
    opener = told.get(id(first)) if first is not None else None
    if first is None or first.date is None or opener is None or \
            _ARRIVING.match(opener.text) is None or \
            "," not in ctx.text[opener.end:trig.start]:
        return None
    return dt.Dated(first.date, first.source.date_text,
                    "the date of the arrival that opens the sentence", None, None, 1)


_ARRIVING = re.compile(r"(?:arriving|landing)\s", re.IGNORECASE)


# a trigger that is itself the fronted adjunct (`In a call on July 28, Xi told …`)
# (or its participle: `Arriving in Manila on Monday, Austin went …`)
_FRONTED_FORM = re.compile(r"(?:in|during)\s+(?:a|their|his|her)\s+|(?:arriving|landing)\s",
                           re.IGNORECASE)


def _undone(ctx: Context, m: Mention, told: dict[int, Trigger], out: list[Mention]
            ) -> Mention:
    """A plan, or an event named as a noun, that a cancellation or postponement later in
    its clause takes back: `had planned to visit in April, but postponed the trip`,
    `cancelled a series of dialogues, including talks between commanders`."""
    trig = told.get(id(m))
    if trig is None or m.status not in ("planned", "occurred", "unknown"):
        return m
    for other in out:
        undo = told.get(id(other))
        if undo is None or undo.spec.status not in ("cancelled", "postponed") or \
                undo.inner is None or family(undo.inner) != family(m.kind) or \
                undo.start < trig.end:
            continue
        gap = ctx.text[trig.end:undo.start]
        if m.status == "planned" and len(gap) <= 60 and _TAKEN_BACK.fullmatch(gap):
            return replace(m, status=undo.spec.status)
    for other in out:
        undo = told.get(id(other))
        if undo is None or undo.spec.status not in ("cancelled", "postponed") or \
                undo.inner is None or family(undo.inner) != family(m.kind) or \
                trig.verb or undo.end > trig.start:
            continue
        gap = ctx.text[undo.end:trig.start]
        if len(gap) <= 120 and _LISTED.fullmatch(gap):
            return replace(m, status=undo.spec.status)
    for other in out:
        undo = told.get(id(other))
        if undo is None or undo.spec.status not in ("cancelled", "postponed") or \
                undo.inner is None or family(undo.inner) != family(m.kind) or \
                not trig.verb or undo.end > trig.start:
            continue
        if _PLAN_CLAUSE.fullmatch(ctx.text, undo.end, trig.start):
            # `cancelled the summit it was to host next month`: the plan called off
            return replace(m, status=undo.spec.status)
    return m


# `… the summit [that] it was to host`, `… talks they had planned to hold`: a relative
# clause on the called-off noun that tells the plan itself
_PLAN_CLAUSE = re.compile(r"\s*(?:(?:that|which)\s+)?(?:[\w.'’-]+\s+){1,4}?"
                          r"(?:was|were|had|had\s+been)\s+(?:(?:due|set|scheduled|supposed|"
                          r"expected|meant|planned|planning|slated|going)\s+)?to\s+",
                          re.IGNORECASE)


# `…, but postponed`: the plan and what became of it, in one run of the sentence
_TAKEN_BACK = re.compile(r"[^.;:]*?(?:,\s*|\s)(?:but|and|only to|then)\s+(?:[\w-]+\s+){0,2}",
                         re.IGNORECASE)
# `… dialogues with Washington, including talks …`, `a round of dialogues`: what it cancels
_LISTED = re.compile(r"(?:(?!\b(?:but|while|although|after|before|because|since|when|which|"
                     r"who|that|said|says)\b)[^.;:])*\b(?:including|such as|and|as well as|of)\b"
                     r"(?:(?!\b(?:but|while|although|after|before|because|since|when|which|"
                     r"who|that|said|says)\b)[^.;:])*", re.IGNORECASE)


_ADJUNCT = re.compile(r"\b(?:during|amid|at|after|before|ahead of)\s+(?:the\s+|their\s+|"
                      r"his\s+|her\s+|its\s+)?$", re.IGNORECASE)
_CLAUSE_JOIN = re.compile(r",\s*(?:and|but|while)\b|;")


_ADJUNCT_WORDS = words("""during in at on for after before with of from to by amid ahead
    since until over about""")


def _adjunct_cut(ctx: Context, sent: Sentence, trig: Trigger) -> int:
    """Where the words that may be a noun trigger's subject begin. A noun that is only
    an adjunct of a later clause (`..., and in July, during talks with X, they put ...`)
    is not the subject of the clause that ended at `, and` before it: people named
    there (`had linked their fate to Meng's`) take no part in it."""
    if trig.verb or not _ADJUNCT.search(ctx.text, max(sent.start, trig.start - 24),
                                        trig.start):
        return sent.start
    joins = list(_CLAUSE_JOIN.finditer(ctx.text, sent.start, trig.start))
    return joins[-1].end() if joins else sent.start


# `said it would`, `said on Monday that it had`: the speaker is the reported subject
_WORD = re.compile(r"\w+")
_ITSELF = re.compile(r"\W*(?:(?:on\s+)?[\w.]+\s+)?(?:that\s+)?it\b", re.IGNORECASE)


def _own_statement(triggers: list[Trigger], trig: Trigger) -> bool:
    """The trigger is the institution's own statement, the sentence's first (`The State
    Department lodged a protest with Beijing`), not a saying that took over what it tells
    (`The State Department said the meeting in New York touched on ...`)."""
    # (or that saying made the announcement of a day: `The Commerce Ministry said on
    # Tuesday that it would …`, a copy of it with the announcement's kind)
    first = triggers[0]
    return (trig is first or (trig.start, trig.end) == (first.start, first.end)) and \
        first.kind == "statement" and not trig.extra and not trig.absorbed


def _speaker_acts(ctx: Context, saying: Trigger, trig: Trigger) -> bool:
    """Whether an institution that speaks takes part in what it tells: a measure of its
    government (`The Treasury said … sanctions`), or an act it tells as its own (`The
    State Department said it would hold talks`)."""
    if trig.kind in ctx.triggers.announced_measures:
        return True
    # (after the saying's first word, which may be an absorbed span: `said … tariffs`)
    lo = min([saying.start] + [a for a, _ in saying.extra])
    word = _WORD.match(ctx.text, lo)
    said = word.end() if word is not None else lo
    return said < trig.end and _ITSELF.match(ctx.text, said, trig.end) is not None


_POSSESSIVE_GAP = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)


def _possessed(ctx: Context, trig: Trigger) -> bool:
    """`China's rejection of the forum`: a noun with a named possessor of its own (a
    country, body or person) is the possessor's act, not the sentence subject's."""
    lo = max(trig.seg_start, trig.start - 40)
    before = ctx.text[lo:trig.start]
    if "'" not in before and "’" not in before:  # (every possessive has its apostrophe)
        return False
    return any(f.actor is not None and f.end < trig.start
               and _POSSESSIVE_GAP.fullmatch(ctx.text, f.end, trig.start) is not None
               for f in ctx.entities.between(lo, trig.start))


def _past(ctx: Context, m: Mention) -> bool:
    """Whether a mention happened before publication (occurred, or dated before it)."""
    if m.status == "occurred":
        return True
    return m.date is not None and ctx.published is not None and \
        m.date.end < ctx.published.start


def _after_a_saying(triggers: list[Trigger], trig: Trigger) -> bool:
    """A noun after a reporting verb (`… warned that the farm belt, hurt by China's
    tariffs, …`): the sentence's opening date is the saying's, not the noun's."""
    return not trig.verb and any(t.spec.light and t.verb and t.end <= trig.start
                                 for t in triggers)


# `said on Wednesday that it would add …`: right after a saying (past its date), the
# speaker's own `would/will`
_WOULD_NEXT = re.compile(r"\b(?:it|he|she|they|we)\s+(?:would|will)\b", re.IGNORECASE)
_SAID_REACH = 160  # characters from a saying to a measure noun it announces


def _measure_said_to_come(ctx: Context, triggers: list[Trigger], trig: Trigger) -> bool:
    """`The Commerce Department said on Wednesday that it would add Huawei and 70 of its
    affiliates to its entity list`: a measure noun the speaker said it would bring about
    is the measure announced by the saying, however far `would` is from the noun; not a
    measure told before an attribution (`... the ban, the general said on Friday`)."""
    if trig.verb or trig.kind not in ctx.triggers.announced_measures:
        return False
    said = triggers[0]
    if not (said.spec.light and said.verb and said.end <= trig.start
            and trig.start - said.end <= _SAID_REACH):
        return False
    would = _WOULD_NEXT.search(ctx.text, said.end, min(trig.start, said.end + 40))
    return would is not None or laid_as_said(ctx.text, said.end, trig.start)


@cache
def _plan_to(made_public: frozenset[str]) -> re.Pattern[str]:
    """`revealed the plan to`, `had accepted an invitation to`: a made-public word
    (status.toml plan_made_public), up to three words, a plan noun, `to`, at the end."""
    verbs = "|".join(sorted(map(re.escape, made_public)))
    return re.compile(rf"\b(?:{verbs})\s+(?:[\w'’-]+\s+){{0,3}}?(?:plans?|intention|"
                      r"decision|invitation|offer)\s+to\s+$", re.IGNORECASE)


def _plan_announced(ctx: Context, trig: Trigger) -> bool:
    """A visit or meeting verb that is the plan some words before it made public
    (`announced plans to visit Beijing`, `revealed the plan to visit`, `had accepted an
    invitation to visit China`)."""
    if family(trig.kind) not in ("visit", "meeting") or not trig.verb or \
            not ctx.triggers.plan_made_public:
        return False
    folded = ctx.tokens.folded
    if trig.first < 2 or folded[trig.first - 1] != "to" or \
            folded[trig.first - 2] not in _PLAN_NOUNS:
        return False
    return _plan_to(ctx.triggers.plan_made_public).search(
        ctx.text, max(0, trig.start - 60), trig.start) is not None


_PLAN_NOUNS = frozenset({"plan", "plans", "intention", "decision", "invitation", "offer"})
# `The encounter was made public on Dec. 13`, `The visit was disclosed last Thursday`,
# `The encounter between the two ships was made public ...` (a short phrase on the noun)
_MADE_PUBLIC_AFTER = re.compile(r"(?:\s+(?:between|with|of|in|near|off|at)\s[^,.;:]{1,60}?)?"
                                r"\s+(?:was|were|(?:had|has|have)\s+been)\s+(?:first\s+|"
                                r"only\s+|finally\s+)?(?:made\s+public|disclosed|revealed)\b",
                                re.IGNORECASE)


def _noun_made_public(ctx: Context, trig: Trigger) -> bool:
    """An event noun that is the subject of its making public (`The encounter was made
    public on Dec. 13, eight days after it happened`): the date is the disclosure's, and
    the mention is the announcement of that day (the event itself is told elsewhere)."""
    return not trig.verb and _MADE_PUBLIC_AFTER.match(ctx.text, trig.end) is not None


def _said_on_a_date(ctx: Context, trig: Trigger) -> bool:
    """`said on Monday (that) …`: a saying with its own date right after it."""
    near = usable_timexes(ctx, trig.end, trig.end + 6)
    return bool(near) and near[0].start < trig.seg_end


# after a saying's own date: the speaker's `would`/`will` (`said on Monday that it would`)
_OWN_ACT = re.compile(r"\s*,?\s*(?:that\s+)?(?:it|they)\s+(?:would|will)\s+(?!not\b|be\b)",
                      re.IGNORECASE)


def _own_act_next(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """`Beijing said on Friday (that) it would …`: a side's saying of a day that tells
    its own act to come, right after its date (a side speaks of itself as `it` or
    `they`); the side is the subject right before the verb."""
    near = usable_timexes(ctx, trig.end, trig.end + 6)
    return bool(near) and _OWN_ACT.match(ctx.text, near[0].end) is not None and \
        side_right_before(ctx, sent, trig.start)


def _dated_right_after(ctx: Context, trig: Trigger) -> bool:
    """`in a televised announcement on July 15`: a date of its own, right after it."""
    near = usable_timexes(ctx, trig.end, trig.end + 8)
    return bool(near) and near[0].start <= trig.seg_end


# `…, drawing a protest from Beijing, which summoned the ambassador`: a verb whose
# subject is the relative pronoun right after an actor and a comma
_WHICH_BEFORE = re.compile(r",\s*(?:which|who)\s+(?:(?:also|then|later|quickly|promptly|"
                           r"swiftly|immediately|itself|had|has|have)\s+)*$", re.IGNORECASE)


def _antecedent(ctx: Context, sent: Sentence, trig: Trigger, subject_end: int
                ) -> Found | None:
    """The actor a `, which`/`, who` right before a verb trigger stands for, when it is
    no part of the sentence's subject: the verb's own subject, not the main clause's
    (`Trump signed the bill, drawing a protest from Beijing, which summoned the
    ambassador on Thursday`: Beijing summoned; but `Bush, who arrived here on Thursday`
    is the subject's own clause)."""
    if not trig.verb:
        return None
    m = _WHICH_BEFORE.search(ctx.text, max(sent.start, trig.start - 60), trig.start)
    if m is None or m.start() <= subject_end:
        return None
    before = [f for f in ctx.entities.between(sent.start, m.start())
              if f.actor is not None and f.end <= m.start()
              and not ctx.text[f.end:m.start()].strip()]
    return before[-1] if before else None


# `held a town-hall meeting with students there`: `there` in the trigger's own stretch,
# not the `there is/was` that only says something exists
_THERE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|will|would|has|have|had|be|been|"
                    r"seems?|seemed|appears?|appeared|remains?|remained|may|might|could|"
                    r"should|must|can)\b)", re.IGNORECASE)
_HELD_IN_PERSON = frozenset({"meeting", "visit"})


# `flew in from Tokyo, where over the weekend he met ...`: a clause on a place named
# right before it, up to the trigger
_WHERE_CLAUSE = re.compile(r"\s*,?\s*where\b[^,;:()]*", re.IGNORECASE)
# a destination (`flew to Tokyo`) is where the traveller then was, unlike a country
# adjective (`a Chinese official`)
_TO_PLACE = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)


def _there(ctx: Context, sent: Sentence, trig: Trigger) -> list[str]:
    """`landed in Shanghai and held a town-hall meeting there`, `flew in from Tokyo, where
    he met Onodera`: a meeting or visit held `there`, or in a `where` clause on a place,
    is held at the last place its sentence named before it."""
    if family(trig.kind) not in _HELD_IN_PERSON or trig.kind == "call":
        return []
    before = [(f, name) for f in ctx.entities.between(sent.start, trig.start)
              if (name := _place_named(ctx, sent, f)) is not None]
    if not before:
        return []
    f, name = before[-1]
    if _THERE.search(ctx.text, trig.end, max(trig.end, trig.seg_end)) or \
            _WHERE_CLAUSE.fullmatch(ctx.text, f.end, trig.start):
        return [name]
    return []


def _place_named(ctx: Context, sent: Sentence, f: Found) -> str | None:
    """The place an entity names: a place (a destination too: `flew to Tokyo`), or a
    capital read as its government (`left Tokyo for Beijing`); not a country adjective."""
    if f.place is not None:
        if not f.qualifier or _TO_PLACE.search(ctx.text, max(sent.start, f.start - 8),
                                               f.start):
            return f.place
        return None
    if f.kind == "country":
        place = ctx.lexicon.place_by_name(ctx.text[f.start:f.end])
        return place.name if place is not None else None
    return None


def _places(found: list[Found], trig: Trigger, text: str) -> list[str]:
    """The trigger's places, without one where another event named beside it happened
    (`the Dujail massacre`, `the offensive in Beit Hanoun`)."""
    places: list[str] = []
    for f in found:
        if f.place is None:
            continue
        if f.qualifier and family(trig.kind) not in ("visit", "cancellation"):
            continue
        if of_another_event(f.start, f.end, text, trig.start, trig.end):
            continue
        if f.place not in places:
            places.append(f.place)
    return places


def _mention(ctx: Context, sent: Sentence, trig: Trigger, kind: str, status: str,
             dated: dt.Dated | None, actors: list[Actor], actor_found: list[Found],
             places: list[str], found: list[Found], issues: list[str]) -> Mention:
    # (start, end, kind) tuples, deduplicated and sorted as tuples, then made highlights:
    # plain tuples hash and compare in C, dataclass instances through Python methods
    marks = {(trig.start, trig.end, "trigger")}
    if dated is not None and dated.start is not None and dated.end is not None \
            and sent.start <= dated.start < sent.end:
        marks.add((dated.start, dated.end, "date"))
    marks.update((f.start, f.end, "actor") for f in actor_found)
    marks.update((f.start, f.end, "place") for f in found
                 if f.place is not None and f.place in places)
    source = Source(
        document=ctx.document.id, sentence=sent.text, char_start=sent.start,
        char_end=sent.end, date_text=dated.text if dated else None,
        date=dated.span if dated else None, date_how=dated.how if dated else None,
        highlights=tuple(Highlight(*mark) for mark in sorted(marks)),
        date_basis=dated.basis if dated else "own",
    )
    return Mention(kind=kind, status=status, source=source, trigger=trig.text,
                   date=dated.span if dated else None, actors=tuple(actors),
                   places=tuple(places), issues=tuple(issues),
                   targets=measure_targets(ctx, trig, kind) if actors else ())


def _named_only(actor: Actor) -> bool:
    """A person known by a name alone: no lexicon entry or title gave a role or country
    (`Ljubicic stormed past Kucera`). Such names are kept on events that something else
    makes (a place, a known actor) but do not make one: on real news the triggers they
    alone carried were mostly sports and other non-events."""
    return actor.kind == "person" and actor.country is None and actor.role is None
