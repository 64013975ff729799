"""Mentions of one real-world event, in one article or several, become one Event.

Two mentions are the same event when their kinds belong to one family (a meeting reported
as talks, a sanction reported as a ban by another article — one article telling both
tells two measures), their dates are compatible, and they share a person, a place, or — when
neither names a person — a country (and, if both name who acted and no one is on both
sides, `Boeing` vs `Obama and Xi`, only on the same day; what a country says or
announces, across articles only when both name the same matter, or when both tell one
formal act of one day, such as a protest it lodged, whoever of its people each names).
Reports of a meeting that name its principals of two countries are one meeting whatever
companions each adds, and one government's statement of a day about one place or matter
is one statement whichever of its people each report names. A report dated only to a week
or a month joins another article's report through a country, or a statement through a
person, only if it names no party the other lacks and is about the same matter; a forum
ties a report its own sentence does not date only to reports of its kind, and reports of
a forum's summit dated to days up to two apart are one summit over those days (when
neither names a person, whatever member countries each names); reports of a call in two
articles dated a day apart are one call (its two ends keep different clocks), and a call
is not a meeting held in person that no person ties it to. An undated mention adds its
evidence to a dated event of the same article — not one naming other people, not a call's
evidence to a meeting held in person, and for an event far from the report's date only
through its people or place and kind, and never, as a plan or of no known status, to an
event ended a month before the report — or, when its article dates nothing it could be
evidence for, joins the one event of another article ended in the few days before its
report that shares both sides of a meeting (a traveller and his place for a visit), or,
on that ground, the one within the date its sentence gives another report, or, when the
extractor tied no time of its sentence to any report there, the one event of another
article of its family within such a time that shares a person or a place (`The meeting
that set off the protests took place on Wednesday in Lisbon`: an echo, which adds a
source and never makes an event), or is dropped;
a clause going on from an earlier time of its sentence (`toured China in April and was
received by Zhou`) tells that time, not its article's event a month or more away (Zhou's
July talks), when another article's event of that time fits it. The status is what the
reports vote, unless a report published after the event's date says it happened, or a
cancellation told after the last plan overrules it. An incident that names no one joins
the same-day incident of its kind in its theatre (`the South China Sea` / `the
Spratlys`); two incident triggers of one sentence are two incidents; a visit told without
a place takes the meeting its visitor held abroad during it, a visit takes the meeting
told only by an institution of the country visited (`received at the Kremlin`) or, on a
known day of the visit, by a person of it, a planned visit takes the meeting held on it,
and one article's `visited X, when he met Y` is one visit; a plan told without a date is
the meeting of its people held within a month of the report. What one article reports a
person said joins what another reports he announced, the same day or on the same matter
or place, and what one reports he announced joins the agreement another reports he made
that day; an act of no named kind one reports a person did joins the announcement or the
measure another reports him making that day about the same matter; what one reports a
side announced joins the one measure another reports it taking that day, through a person
or body both name or its country and a matter both name; and an announcement that names
no matter (`Beijing confirmed it on April 1`) joins the one announcement of its side that
day told by an article of the same story (one already sharing another event with its
own), as does an act of no named kind (`China broke its silence on Tuesday`) the one
measure, calling-off, incident or announcement of its side such an article names; an
incident its reports date only by the day it was told (`..., U.S. officials said on
Friday`) joins the one announcement or statement of that day such an article tells (`The
Navy disclosed it last Friday`); and an act one article dates only to a month, or part of
one (`In May, Mr. Clinton extended China's trade privileges`), joins the one act of its
person on a day within it, on a matter both name, that such an article tells in other
words (`On May 28 he signed an executive order extending them`), or of its body on no
matter that differs (`The administration closed the door ... at the end of January` /
`On Jan. 31 the administration barred ...`), and an act of a day the
one act of another family that such an article tells its person or body doing that day
(`Cui was summoned to the State Department on March 13` / `Cui was called to the State
Department last Friday and told ...`); an act of a day told with no one named (`The order,
signed in Washington on Wednesday afternoon, ...`) joins the one act of that day such an
article tells on a matter or in a place both name (`President Biden signed an executive
order on Wednesday ...`).
Deterministic:
mentions are put in a canonical order first, so the output does not depend on the order
they come in; and a fold's candidates are found through keys its rule needs (a person,
body, side or venue within a date), so events that share none of them with a cluster
never crowd out the one it joins.

Modules: `kinds` (families, priorities), `features` (what is compared, with the
lexicon in use), `state` (a cluster being built), `compat` (can a mention join a
cluster), `cluster` (the indexed clustering), `dates` (an event's date and conflicts),
`vague` (the evidence a week or month date needs), `titles` (titles and id parts),
`events` (clusters to Events, ids, order), `fold` (parts folded into wholes after
clustering), `told` (a part told in a clause of its whole's sentence), `outcomes`
(agreements told as the summit, or only by the venue it was held at), `said`
(statements told as an announcement, announcements told as the agreement), `acted`
(acts of no named kind told by another article as the announcement or measure),
`announced` (a side's announcement told by another article as the measure),
`matterless` (an announcement naming no matter told by another article of its story),
`kindless` (an act of no named kind another article of its story names), `disclosed`
(an incident known only by its disclosure day, told by another as the disclosure),
`coarse` (an act dated to a month, told by another article on its day in other words),
`oneday` (an act of a day, told by another article that day in other words), `nameless`
(an act of a day told with no one named, told by another article that day), `story`
(articles that already tell one event together), `once`
(acts that happen once between two countries, in once.toml), `stray` (undated reports
their own article dates nothing for), `echo` (undated reports placed by a time their
sentence gives and ties to nothing), `calledoff` (a plan and the report that it was
called off, by the words of calledoff.toml), `clauses` (one event told twice in a
sentence, the second time in a when-clause about the first's time).
"""

from .events import merge_mentions
from .kinds import FAMILIES, family
from .titles import title_for

__all__ = ["FAMILIES", "family", "merge_mentions", "title_for"]
