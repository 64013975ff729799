"""An event's date: the best-supported, most precise date its sources agree on; and the
sources that disagree with it, kept as a conflict rather than dropped."""

from __future__ import annotations

from collections.abc import Iterable

from usc_timeline.model import Conflict, DateSpan, Mention, Source, precision_rank

from .features import strength
from .kinds import INCIDENTS, SUMMIT_DAYS


def event_date(members: list[Mention]) -> tuple[DateSpan | None, list[Mention]]:
    """The best-supported, most precise date; and the sources that disagree with it."""
    dated = [m for m in members if m.date is not None]
    if not dated:
        return None, []
    top = max(strength(m) for m in dated)
    strong = [m for m in dated if strength(m) == top]
    finest = min(precision_rank(m.date.precision) for m in strong if m.date)
    fine = sorted((m for m in strong if m.date and precision_rank(m.date.precision) == finest),
                  key=lambda m: (m.date.start, m.date.end) if m.date else ())
    groups: list[list[Mention]] = []
    for m in fine:
        assert m.date is not None
        if groups and any(g.date is not None and (g.date.overlaps(m.date) or days_of_summit(
                g, m)) for g in groups[-1]):
            groups[-1].append(m)
        else:
            groups.append([m])

    def support(g: list[Mention]) -> tuple[int, int, int]:
        start = min(x.date.start for x in g if x.date)
        end = max(x.date.end for x in g if x.date)
        docs = len({x.source.document for x in g})
        return (-docs, -len(g), (end - start).days)

    chosen = min(groups, key=lambda g: (support(g), min(x.date.start for x in g if x.date)))
    start = min(x.date.start for x in chosen if x.date)
    end = max(x.date.end for x in chosen if x.date)
    if all(x.kind in INCIDENTS for x in chosen):
        # a one-off incident happened once: `last weekend's confrontation` and `on
        # Sunday` agree on the Sunday (a visit's `18-19 June` and `on June 19` do not)
        first = max(x.date.start for x in chosen if x.date)
        last = min(x.date.end for x in chosen if x.date)
        if first <= last:
            start, end = first, last
            chosen = [x for x in chosen if x.date and x.date.start == first
                      and x.date.end == last] or chosen
    precision = chosen[0].date.precision if chosen[0].date else "day"
    labels = {x.date.label for x in chosen if x.date}
    span = (chosen[0].date if len(labels) == 1 and chosen[0].date
            else DateSpan(start, end, precision))
    disagree = [m for m in dated if strength(m) >= 1 and m.date and not m.date.overlaps(span)]
    return span, disagree


def days_of_summit(a: Mention, b: Mention) -> bool:
    """Two summit reports dated to days close together (merging joined them as days of
    one forum's summit): they agree on a summit lasting from the first to the last."""
    return a.kind == b.kind == "summit" and summit_days_apart(a.date, b.date)


def summit_days_apart(a: DateSpan | None, b: DateSpan | None) -> bool:
    """Both dated to a day, SUMMIT_DAYS or fewer apart: days of one summit may be."""
    if a is None or b is None or a.precision != "day" or b.precision != "day":
        return False
    return max((b.start - a.end).days, (a.start - b.end).days) <= SUMMIT_DAYS


def conflicts(span: DateSpan | None, members: list[Mention],
               disagree: list[Mention]) -> tuple[Conflict, ...]:
    if span is None or not disagree:
        return ()
    agreeing = [m for m in members if m.date is not None and strength(m) >= 1
                and m.date.overlaps(span)]
    sources = unique_sources(agreeing + disagree, span)
    parts = []
    for s in sources:
        when = s.date_text or (s.date.label if s.date else "?")
        parts.append(f"{s.document}: {when} ({s.date.label if s.date else 'undated'})")
    return (Conflict("Sources give dates that cannot all be true: " + "; ".join(parts),
                     tuple(sources)),)


def unique_sources(members: Iterable[Mention], span: DateSpan | None = None) -> list[Source]:
    """One source per sentence. Where two mentions of one sentence are in the event
    (`spoke by telephone on Friday, their third conversation this year`), the sentence
    is cited with the date that tells the event best: a date before none, one that fits
    the event's date before one that does not, the finer before the coarser."""
    by_span: dict[tuple[str, int, int], Source] = {}
    for m in members:
        s = m.source
        k = (s.document, s.char_start, s.char_end)
        old = by_span.get(k)
        if old is None or _tells_better(s.date, old.date, span):
            by_span[k] = s
    return [by_span[k] for k in sorted(by_span)]


def _tells_better(new: DateSpan | None, old: DateSpan | None, span: DateSpan | None) -> bool:
    if new is None:
        return False
    if old is None:
        return True
    if span is not None and new.overlaps(span) != old.overlaps(span):
        return new.overlaps(span)
    return precision_rank(new.precision) < precision_rank(old.precision)


