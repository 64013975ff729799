"""Whether a mention can be the same real-world event as a cluster, and how well it fits:
compatible dates (a plan and its occurrence included), kinds of one family, and shared
people, places, forums, countries or distinctive topics without clashing parties."""

from __future__ import annotations

from collections.abc import Mapping, Set

from usc_timeline.model import MEASURE_OR_OTHER, DateSpan, Mention, precision_rank

from .acts import acts_differ
from .dates import summit_days_apart
from .features import Features, anonymous, resolve_people, strength
from .fold import people_of
from .kinds import (
    CALL_ZONE_DAYS,
    IN_PERSON,
    INCIDENTS,
    ONE_SIDED,
    RECURRING,
    REMOTE,
    THEATRES,
    wordings_apart,
)
from .offices import strangers_in_office
from .state import Cluster, past_plan
from .told import told_within
from .vague import Side, too_little, vague

CONFLICT_DAYS = 60  # how far apart two dates of one distinctive incident may be
PLAN_REACH = 31  # days after its report within which an undated plan may come true
UNDATED_REACH = 180  # days from its report within which undated evidence joins loosely


def people_clash(a: set[str] | frozenset[str], b: set[str] | frozenset[str], fam: str,
                 country: Mapping[str, str | None]) -> bool:
    """Two meetings with different counterparts (Blinken–Qin vs Blinken–Wang). When both
    name the same people of two countries (Biden and Xi), a name only one of them gives
    is someone who came along, or a name the other report left out, not another meeting
    (`Biden, with Yellen, met Xi` / `Xi met Biden and Raimondo`); `country` gives
    people's countries by name."""
    return fam == "meeting" and other_people(a, b) and \
        len({c for p in a & b if (c := country.get(p))}) < 2


def other_people(a: Set[str], b: Set[str]) -> bool:
    """Both name two or more (people, or countries) and each names one the other does not:
    Blinken–Qin vs Blinken–Wang; US–China ties vs a US–Vietnam treaty."""
    return len(a) >= 2 and len(b) >= 2 and bool(a - b) and bool(b - a)


def parties_differ(a_named: Set[str], a_parties: Set[str], a_where: Set[str],
                   b_named: Set[str], b_parties: Set[str], b_where: Set[str]) -> bool:
    """Both name two or more countries and each names one the other does not
    (`other_people`), unless one side's countries are all the other's (named, or its
    people's) and the other adds only the country the first says it was held in: a
    dateline or a venue (`BUSAN, South Korea -- Trump and Xi met` / `the summit between
    the US and China in Busan`) makes a host country look like a party."""
    if not other_people(a_named, b_named):
        return False
    return not (hosted_extra(a_named, b_named | b_parties, b_named - a_named, a_where)
                or hosted_extra(b_named, a_named | a_parties, a_named - b_named, b_where))


def hosted_extra(named: Set[str], other_cover: Set[str], extra: Set[str],
                 where: Set[str]) -> bool:
    """Every country `named` is a party of the other report, and the other's `extra`
    countries are all where this one places the event."""
    return named <= other_cover and extra <= where


def same_day(a: DateSpan | None, b: DateSpan | None) -> bool:
    """Both dated to the day, and overlapping."""
    return a is not None and b is not None and a.overlaps(b) and \
        a.precision == "day" and b.precision == "day"


def far_from_report(f: Features, span: DateSpan | None) -> bool:
    """The event lies more than UNDATED_REACH days from the mention's report: what an
    article says without a date is most likely about its own time."""
    if f.published is None or span is None:
        return False
    return (f.published - span.end).days > UNDATED_REACH or \
        (span.start - f.published).days > UNDATED_REACH


def told_after(f: Features, span: DateSpan | None) -> bool:
    """The mention's report came more than PLAN_REACH days after the event ended: a
    plan it tells, or talk of no known status, is of something still to come."""
    return f.published is not None and span is not None and \
        (f.published - span.end).days > PLAN_REACH


def same_month(a: DateSpan | None, b: DateSpan | None) -> bool:
    """Both dated to a month or finer, and overlapping."""
    return a is not None and b is not None and a.overlaps(b) and \
        precision_rank(a.precision) <= 2 and precision_rank(b.precision) <= 2


def one_summit(m: Mention, f: Features, c: Cluster) -> bool:
    """Days of one forum's summit (`the G20 summit opens on Sunday` / `the G20 summit
    ended on Monday`): a summit of a forum lasts days, and the forum meets no sooner
    again, so reports of its summit dated to days SUMMIT_DAYS or fewer apart are one."""
    return m.kind == "summit" and "summit" in c.kinds and bool(f.forums & c.forums) and \
        summit_days_apart(m.date, c.span)


def one_call(m: Mention, c: Cluster) -> bool:
    """One call dated by the clocks of its two ends: another article's report of a call
    dated to a day CALL_ZONE_DAYS or fewer from this one's (`spoke on Thursday evening,
    Washington time` / `a telephone call on Feb. 10`, Beijing's date)."""
    if m.kind not in REMOTE or not c.kinds & REMOTE or m.source.document in c.docs:
        return False
    if m.date is None or c.span is None or m.date.precision != "day" or \
            c.span.precision != "day":
        return False
    gap = max((m.date.start - c.span.end).days, (c.span.start - m.date.end).days)
    return gap <= CALL_ZONE_DAYS


def remote_and_in_person(m: Mention, c: Cluster, shared_persons: int) -> bool:
    """A call and a meeting held in person tied by no person are two events (`a telephone
    call between Washington and Beijing on Friday` is not the summit a president hosts at
    home that day); only `talks` may be held either way."""
    if shared_persons or not c.kinds:
        return False
    return (m.kind in REMOTE and c.kinds <= IN_PERSON) or \
        (m.kind in IN_PERSON and c.kinds <= REMOTE)


def plan_and_fact(m: Mention, f: Features, c: Cluster, shared: frozenset[str]) -> bool:
    """A plan and a fact are one event only when their dates agree to the month or
    finer (`will visit in 2024` is not tied to a visit that happened in March), or when
    the plan came true soon after it was told (`fulfilled`)."""
    if {m.status} | c.statuses != {"planned", "occurred"} or len(c.statuses) != 1:
        return False
    if past_plan(m, f) or (m.status == "occurred" and c.past_plans):
        # a plan its report dates in the past (`was allowed to visit ... in 1995`) either
        # happened or not: overlapping dates are enough to make it the visit that did
        return False
    return not same_month(m.date, c.span) and not fulfilled(m, f, c, shared)


def fulfilled(m: Mention, f: Features, c: Cluster, shared: frozenset[str]) -> bool:
    """A plan told without a date (`Kerry is expected to meet Li and Wang before he
    leaves`, dated from its report on by its tense alone) is the meeting of the same
    people (two or more) that happened within PLAN_REACH days after the report."""
    if m.status != "planned" or strength(m) != 0 or len(shared) < 2:
        return False
    if f.published is None or m.date is None or c.span is None:
        return False
    return m.date.contains(c.span) and 0 <= (c.span.start - f.published).days <= PLAN_REACH


def sides_differ(m: Mention, f: Features, c: Cluster) -> bool:
    """A statement by one country is not a statement by another."""
    return c.family in ONE_SIDED and bool(f.countries) and bool(c.countries) and \
        not f.countries & c.countries


def inside(m: Mention, f: Features, c: Cluster) -> bool:
    """A place of one lies in a country the other names (`Osaka` / `Japan`), unless
    that country is a party (some person's country), so that `Beijing` does not tie
    every report naming China; never for a statement or announcement, whose every
    country named is a party (`Hong Kong` does not tie everything China announced)."""
    if c.family in ONE_SIDED:
        return False
    ties = (f.hosts & c.named) | (c.hosts & f.named)
    parties = c.parties | {a.country for a in m.actors if a.kind == "person" and a.country}
    return bool(ties - parties)


def elsewhere(f: Features | Cluster, c: Cluster) -> bool:
    """A visit to one country is not a visit to another (`a trip to Beijing by the
    defence secretary` / `the president's state visit to Washington`), even when a
    person both name ties them: both say where, and no country or place is shared."""
    return c.family == "visit" and bool(f.where) and bool(c.where) and \
        not f.where & c.where and not f.places & c.places


def stranger_within(a: DateSpan | None, a_people: frozenset[str],
                    b: DateSpan | None, b_people: frozenset[str]) -> bool:
    """Two reports tied only by a place of one inside a country the other names, the
    one dated to a week or a month naming someone the other does not: `club owners met
    the commissioner in New York earlier this week` is not `the US and North Korea held
    talks on Tuesday`. A place inside a country is weak ground; a vague date spans many
    meetings there."""
    return (vague(a) and bool(a_people - b_people)) or (vague(b) and bool(b_people - a_people))


def held_apart(f: Features | Cluster, c: Cluster) -> bool:
    """Talks held in one country are not talks held in another (`talks in Tokyo earlier
    this week` / `talks in Tianjin in July`), even when one person attends both: both
    say where they were held, no place is shared, and no host country either."""
    return c.family == "meeting" and bool(f.hosts) and bool(c.hosts) and \
        not f.hosts & c.hosts and not f.places & c.places


# Families of what a forum holds (its summits and meetings, and their calling-off): a
# forum both name ties their reports in one month. A forum's other acts (sanctions,
# declarations, deployments) are many in a month, as a country's are: `NATO` does not tie
# `the parliament extended the deployment of German soldiers in NATO's force last month`
# to `a NATO air strike killed 80 civilians on Oct. 24`.
FORUM_HELD = frozenset({"meeting", "cancellation"})

# Kinds of measure one side takes against another (a tariff is an `other` measure).


def sentence_sibling(m: Mention, c: Cluster) -> bool:
    """The cluster holds a dated mention of the same kind from the same sentence under
    another trigger: the extractor found two acts there (`Washington sent two carrier
    groups after Chinese missile tests`, `Blinken met Qin and later met Wang`); for
    measures, when the two name different sides first (`Canada imposed duties a day after
    U.S. tariffs took effect`: tit for tat)."""
    measure = m.kind in MEASURE_OR_OTHER
    if m.kind not in INCIDENTS and not measure:
        return False  # `met ... their first meeting`: one meeting under two words
    told = c.told.get((m.source.document, m.source.char_start))
    if told is None or not any(k == m.kind and t != m.trigger for k, t in told):
        return False
    return not measure or any(tit_for_tat(m, o) for o in c.members)


def tit_for_tat(m: Mention, o: Mention) -> bool:
    """Two measures of one kind told in one sentence under different triggers and taken
    by different sides (`Canada imposed duties a day after U.S. tariffs took effect`)."""
    agent = _agent(m)
    return m.kind in MEASURE_OR_OTHER and o.kind == m.kind and o.trigger != m.trigger and \
        (o.source.document, o.source.char_start) == (m.source.document, m.source.char_start) \
        and agent is not None and _agent(o) not in (None, agent)


def _agent(m: Mention) -> str | None:
    """The country a measure is taken by, as far as its mention tells: that of the first
    actor it names (its subject or possessor: `Canada imposed duties on U.S. steel`)."""
    return m.actors[0].country if m.actors else None


def aimed_apart(a: Set[str], b: Set[str]) -> bool:
    """Measures aimed at different countries are different measures, even on one day
    between the same two countries (`U.S. tariffs on Chinese goods took effect on Friday`
    / `China hit back on Friday with tariffs on American soybeans`): both say whom they
    hit (extract/targets.py) and no country is on both lists."""
    return bool(a) and bool(b) and not a & b


def siblings_apart(a: Cluster, b: Cluster) -> bool:
    """`sentence_sibling` for two finished clusters: one holds an incident the other's
    sentence tells under another trigger, or a measure taken there by another side, so
    the second look must not join what the first kept apart."""
    small, large = (a, b) if len(a.told) <= len(b.told) else (b, a)
    for key, told in small.told.items():
        other = large.told.get(key)
        if not other:
            continue
        if any(k in INCIDENTS and k == k2 and t != t2 for k, t in told for k2, t2 in other):
            return True
        if any(k in MEASURE_OR_OTHER for k, _ in told) and any(
                tit_for_tat(m, o) for m in small.members if m.date is not None
                and (m.source.document, m.source.char_start) == key
                for o in large.members if o.date is not None):
            return True
    return False


def one_theatre(m: Mention, f: Features, c: Cluster) -> bool:
    """One incident told twice: the same incident kind on the same day in one theatre
    (`sailed within 12 miles of an island in the South China Sea on Tuesday` / `sailed
    near Subi Reef in the Spratlys on Oct. 27`), one of the reports naming no one, so
    nothing tells them apart; reports that name different sides stay apart."""
    return m.kind in INCIDENTS and m.kind in c.kinds and same_day(m.date, c.span) and \
        bool(f.theatres & c.theatres) and (anonymous(f) or c.anonymous())


def one_voice(m: Mention, f: Features, c: Cluster, people: frozenset[str],
              country: Mapping[str, str | None]) -> bool:
    """One side's statement of one day about one place or matter, told with different
    speakers (`Pompeo rejected China's claims in the South China Sea on July 13` / `On
    July 13 the administration declared China's claims in the South China Sea
    unlawful`): a government speaks through many people, so speakers who are all of one
    country do not make two statements."""
    if c.family not in ONE_SIDED or m.kind not in c.kinds or not same_day(m.date, c.span):
        return False
    sides = {country.get(p) for p in people}
    if len(sides) != 1 or None in sides:
        return False
    return bool((f.places & c.places) - c.country_names - f.country_names
                or f.specific & c.specific) or one_act(m, f, c)


def one_act(m: Mention, f: Features, c: Cluster) -> bool:
    """One side's formal act of one day told as a statement (acts.toml: `the United
    States protested to Beijing on Friday` / `lodged a formal protest on Friday`): a
    government lodges one protest a day over a matter, so reports of it are one act even
    when one names no matter; reports naming different matters are two protests."""
    return c.family in ONE_SIDED and f.act is not None and f.act in c.acts and \
        same_day(m.date, c.span) and bool(f.countries & c.countries) and \
        not (f.topics and c.topics and not f.topics & c.topics)


def score(m: Mention, f: Features, c: Cluster, *, dated: bool) -> int | None:
    """How well a mention fits a cluster, or None when it cannot be the same event."""
    # a bare surname (`Morris`) is the one full name it can be (`Dana Morris`)
    country = {**c.person_country, **f.person_country}
    persons = resolve_people(f.persons, c.persons, country)
    c_persons = resolve_people(c.persons, persons, country)
    summit_days = False
    if dated:
        assert m.date is not None
        summit_days = one_summit(m, f, c)
        close = c.span is None or m.date.overlaps(c.span) or summit_days or one_call(m, c)
        if not close:
            if c.family in RECURRING:
                return None  # the same people meet again: a month apart is another meeting
            near = c.span is not None and (
                abs((m.date.start - c.span.end).days) <= CONFLICT_DAYS
                or abs((c.span.start - m.date.end).days) <= CONFLICT_DAYS)
            # a distinctive matter (`the balloon`) ties disagreeing dates; a region where
            # many acts happen (`Hong Kong`) does not: a law signed and the answer to it
            if not (near and m.kind in c.kinds and (f.specific & c.specific) - THEATRES):
                return None
    if dated and plan_and_fact(m, f, c, persons & c_persons):
        return None
    if dated and sentence_sibling(m, c):
        return None
    if wordings_apart({m.kind}, c.doc_kinds.get(m.source.document, set())):
        return None  # `raised duties on May 10` is not `put Huawei on its entity list`
    if f.act is not None and acts_differ({f.act}, c.acts):
        return None  # `charged two hackers` is not `ordered the consulate closed`
    if aimed_apart(set(m.targets), c.targets):
        return None
    if elsewhere(f, c) or held_apart(f, c):
        return None
    if persons and c_persons:
        shared = persons & c_persons
        if shared and people_clash(persons, c_persons, c.family, country):
            return None
        if not shared and not (dated and one_voice(m, f, c, persons | c_persons, country)):
            return None
    shared_persons = len(persons & c_persons)
    if remote_and_in_person(m, c, shared_persons):
        return None
    if not shared_persons and (sides_differ(m, f, c) or (not (
            summit_days and not persons and not c_persons) and parties_differ(
            f.named | f.seats, set(filter(None, f.person_country.values())), f.where,
            c.named | c.seats, c.parties, c.where))):
        # (a forum's summit told by no one's name is the forum's: the countries each
        # report names are members it decided about, not its parties: `NATO leaders
        # urged Albania and Croatia to go on` / `decided at the summit to invite Serbia`;
        # a body names its country: `the Treasury Department` is the United States)
        return None
    # a one-off act between two countries, or one side's formal act of the day (a
    # protest), is firm ground like a shared place
    once = (f.once is not None and f.once in c.once) or (dated and one_act(m, f, c))
    # a country named as a place (`a visit to China`, `a meeting in Vietnam`) says
    # little about which event: many are held in a country
    shared_places = len((f.places & c.places) - c.country_names - f.country_names - f.realms)
    shared_specific = len(f.specific & c.specific)
    shared_countries = len(f.countries & c.countries)
    same_doc = m.source.document in c.docs
    # visits by different travellers (people or bodies, none on both sides) are tied by
    # their place alone, never by a country (`a Chinese navy fleet arrived home on
    # Tuesday` / `the visiting president toured Hainan on Tuesday`)
    travellers_differ = c.family == "visit" and \
        strangers_in_office(persons, f.bodies, f.offices, c_persons, c.bodies, c.offices)
    if not shared_places and dated and (same_month(m.date, c.span) or summit_days) and (
            (f.forums & c.forums and c.family in FORUM_HELD
             and (m.kind in c.kinds or strength(m) == 2))
            or (inside(m, f, c) and not travellers_differ)):
        # `the G20 summit in Osaka` / `the G20 summit in Japan` in the same month; a
        # forum meets in many ways, so a report its own sentence does not date (`a
        # joint declaration at the close of the summit is unlikely, US and EU officials
        # said Tuesday`) ties through it only to reports of its kind (not to `EU
        # finance ministers, meeting in Brussels on Tuesday`)
        if not same_doc and not (f.forums & c.forums) and \
                stranger_within(m.date, persons, c.span, c_persons):
            return None
        shared_places = 1
    if not (shared_persons or shared_places or shared_specific or once) and dated and \
            one_theatre(m, f, c):
        shared_places = 1
    if dated and not same_doc and too_little(
            c.family, Side(persons, f.countries, f.forums, f.topics, m.date),
            Side(c_persons, c.countries, c.forums, c.topics, c.span),
            ground=bool(shared_places or shared_specific or once),
            person=bool(shared_persons)):
        return None
    if not (shared_persons or shared_places or shared_specific or once):
        if not shared_countries or (persons and c_persons):
            return None
        if dated and strangers_in_office(persons, f.bodies, f.offices, c_persons, c.bodies,
                                         c.offices) and \
                (not same_day(m.date, c.span) or travellers_differ):
            # `Chinese companies agreed to buy Boeing jets this week` is not `Obama and Xi
            # agreed on Friday`: different doers tie through a country only on one day;
            # different travellers never
            return None
        # across articles, countries alone tie only reports of one family dated to the
        # same month or closer (`US and Chinese officials held talks` / `met`)
        if not same_doc and not (dated and m.date is not None and c.span is not None
                                 and precision_rank(m.date.precision) <= 2
                                 and precision_rank(c.span.precision) <= 2):
            return None
        if not same_doc and c.family in ONE_SIDED and not f.topics & c.topics and \
                f.opening not in c.openings:
            # what a government says or announces in one article is not what it says in
            # another unless both name the matter and it is the same (`China announced
            # a bird flu quarantine on Tuesday` / `a tax inspection on Tuesday`), or the
            # two tell it in one wire report's words
            return None
    if not dated:
        # Evidence without a date joins an event of its own article only, and only on
        # firm ground: a shared person or place, or the same sentence; never across a
        # plan and a fact (`will visit` is not the visit that happened).
        if not same_doc:
            return None
        same_sentence = (m.source.document, m.source.char_start) in c.sentences
        if not (shared_persons or shared_places or shared_specific or same_sentence):
            return None
        if m.status in ("planned", "occurred") and m.status not in c.statuses:
            return None
        if m.status in ("planned", "unknown") and not same_sentence and told_after(f, c.span):
            return None  # `will take him to the White House for talks` is not last year's
        if not same_sentence and other_people(persons, c_persons):
            return None  # `Biden and Xi agree` is not the deal Trump and Liu He signed
        if not same_sentence and m.kind in REMOTE and not c.kinds & REMOTE:
            return None  # `will speak by phone` is not evidence for a summit
        if not same_sentence and far_from_report(f, c.span) and not (
                (shared_persons or shared_places) and m.kind in c.kinds):
            return None  # an event years from the report needs its people or place
        if same_sentence:
            shared_persons += 1
    # a dated report of the sentence that told a member is that member's event, not
    # another the person attended that week (`Last week Hagel hosted ministers in Hawaii,
    # the first such meeting held in the US`: the meeting is the hosting, not his Tokyo
    # talks of the weekend); it only ranks clusters the mention can join anyway
    told_here = dated and (m.source.document, m.source.char_start) in c.sentences
    # so does the act a member reports (acts.toml): `In February Beijing expelled three
    # reporters` is the expulsion of Feb. 19, not the designation of outlets on Feb. 18
    same_act = f.act is not None and f.act in c.acts
    return (8 * shared_persons + 4 * shared_places + 4 * shared_specific + 4 * once
            + shared_countries + (4 if told_here else 0) + (2 if same_act else 0)
            + (2 if same_doc else 0) + (1 if m.kind in c.kinds else 0))


def same_event(a: Cluster, b: Cluster) -> bool:
    """Two finished clusters that report one event (for the second look)."""
    if a.span is None or b.span is None or not a.span.overlaps(b.span) or elsewhere(a, b) \
            or held_apart(a, b) or siblings_apart(a, b) or acts_differ(a.acts, b.acts) \
            or aimed_apart(a.targets, b.targets):
        return False
    if any(wordings_apart(a.doc_kinds[d], b.doc_kinds[d]) for d in a.docs & b.docs):
        return False
    if a.persons and b.persons and (not a.persons & b.persons or people_clash(
            a.persons, b.persons, a.family, {**b.person_country, **a.person_country})):
        return False
    if not a.persons & b.persons and (
            parties_differ(a.named | a.seats, a.parties, a.where, b.named | b.seats,
                           b.parties, b.where)
            or (a.family in ONE_SIDED and a.countries and b.countries
                and not a.countries & b.countries)):
        return False
    if {frozenset(a.statuses), frozenset(b.statuses)} == {frozenset({"planned"}),
                                                         frozenset({"occurred"})} and not (
            a.past_plans or b.past_plans or same_month(a.span, b.span)):
        return False  # a plan and a fact, as in plan_and_fact
    places = (a.places - a.country_names) & (b.places - b.country_names)
    forums = a.forums & b.forums if a.family in FORUM_HELD and same_month(
        a.span, b.span) and (a.kinds & b.kinds or (a.firm and b.firm)) else set()
    if not a.docs & b.docs and too_little(
            a.family, Side(a.persons, a.countries, a.forums, a.topics, a.span),
            Side(b.persons, b.countries, b.forums, b.topics, b.span),
            ground=bool(places or forums or a.specific & b.specific or a.once & b.once),
            person=bool(a.persons & b.persons)):
        return False
    return bool(a.persons & b.persons or places or a.specific & b.specific or forums)



def plan_then_fact(a: Cluster, b: Cluster) -> bool:
    """One told only as planned, the other only as occurred (`Pompeo is expected to stop
    in Beijing next Monday` / `Pompeo and Wang met in Beijing on Monday`): in the same
    month (checked by the caller), the plan and what came of it."""
    return {frozenset(a.statuses), frozenset(b.statuses)} == {frozenset({"planned"}),
                                                             frozenset({"occurred"})}


def day_of(meet: Cluster, visit: Cluster) -> bool:
    """The meeting is dated to a day that lies within a visit whose days are known."""
    return meet.span is not None and visit.span is not None and \
        meet.span.precision == "day" and visit.span.precision == "day" and \
        visit.span.contains(meet.span)


def meeting_during_visit(meet: Cluster, visit: Cluster, visit_docs: set[str]) -> bool:
    """A meeting that other articles report as the visit it was part of: the visitor
    meets there while the visit lasts (`Rudd met Kishida in Tokyo on 4 March` / `Rudd
    visited Tokyo on 3–5 March`). An article that reports both keeps them apart
    (`visit_docs`: the articles that report the visit itself), unless it tells the
    meeting in a clause of the visit's own sentence (`visited Beijing in November, when
    he met Hu`), which also says where the meeting was."""
    if meet.family != "meeting" or visit.family != "visit":
        return False
    shared = meet.docs & visit_docs
    within = told_within(meet, visit) if shared else set()
    if shared - within:
        return False
    # a plan joins what came of it only when it says where (`Rudd plans a visit in
    # March` may be to anywhere)
    if not same_month(meet.span, visit.span) or not (
            meet.statuses & visit.statuses or (visit.where and plan_then_fact(meet, visit))):
        return False
    assert meet.span is not None and visit.span is not None
    if precision_rank(visit.span.precision) <= precision_rank(meet.span.precision) and \
            not visit.span.contains(meet.span):
        return False  # the visit's days are known and the meeting is not among them
    places = (meet.places - meet.country_names) & (visit.places - visit.country_names)
    # a visit told without a place (`Blinken's visit in June`) takes the meeting its
    # visitor held abroad in those days (`Blinken met Xi in Beijing on June 19`)
    placeless = not visit.places and not visit.where and bool(meet.hosts)
    # told within the visit's sentence, a meeting naming no place but the visit's is held
    # there; one naming another place is not (`visited Beijing, when she met Abe in Tokyo`)
    there = bool(within) and not (meet.places - meet.country_names - visit.places) and \
        not meet.hosts - visit.where
    # a meeting naming no place, held with a body of the country visited, is held there
    # (`Hu is to be received at the White House on Jan. 19` / `Hu travels to Washington
    # next week`): the visitor meets that country's institutions on its soil
    received = not meet.places and bool(meet.seats & visit.where)
    # or with a person of the country visited on a day of the visit, its days known
    # (`Pompeo met Wang Yi on Monday` / `Pompeo stops in Beijing on Monday`)
    hosted = not meet.places and day_of(meet, visit) and bool(
        set(meet.person_country.values()) & visit.where)
    if not (places or meet.hosts & visit.where or placeless or there or received
            or hosted):
        return False
    # the person both name is the visitor: from abroad, not the host (`Fradkov visited
    # China at Wen's invitation` does not make every meeting of Wen part of that visit)
    home = visit.where | meet.hosts
    met, visitors = people_of(meet, visit)
    return any(visit.person_country.get(p) or meet.person_country.get(p)
               for p in met & visitors
               if (visit.person_country.get(p) or meet.person_country.get(p)) not in home)
