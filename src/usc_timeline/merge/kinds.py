"""Kind families and priorities: which kinds can name one real-world event, which kind
and status an event shows, and which issue tags are too broad to identify an event."""

from __future__ import annotations

from collections.abc import Set

FAMILIES: dict[str, str] = {
    "meeting": "meeting", "talks": "meeting", "summit": "meeting",
    "visit": "visit", "arrival": "visit", "call": "meeting",
    "cancellation": "cancellation", "postponement": "cancellation",
    # `banned exports of gallium` and `export controls on gallium` are one measure, and
    # so are `imposed trade sanctions on China in August` and `barred the sale of
    # technology to China in late August`: one side's measure told in other words
    "ban": "restriction", "export_control": "restriction", "sanction": "restriction",
}
# Within the restriction family, the wordings one article keeps for different measures:
# an article that tells a sanction and a ban tells two measures (`raised duties on $200
# billion of goods on May 10` / `put Huawei on its entity list last month`); only across
# articles is one measure told as a sanction by one and as a ban by another.
WORDINGS: dict[str, str] = {"sanction": "sanction", "ban": "ban", "export_control": "ban"}


def wordings_apart(a: Set[str], b: Set[str]) -> bool:
    """Two sets of kinds one article gives two reports (or clusters) that share no
    measure wording (see WORDINGS) while both have one: two measures of that article."""
    mine = {w for k in a if (w := WORDINGS.get(k))}
    theirs = {w for k in b if (w := WORDINGS.get(k))}
    return bool(mine) and bool(theirs) and not mine & theirs


# Issue tags too broad to say two reports are about one incident.
GENERIC_ISSUES = frozenset({
    "military", "trade", "technology", "sanctions", "economy", "human_rights", "taiwan",
    "export_controls", "people_exchanges", "climate", "ukraine_russia", "south_china_sea",
    "tariffs", "semiconductors", "cyber", "covid", "north_korea",
})
# Kinds of one-off incident (a warship's passage, a missile test): two reports of one on the
# same day in the same theatre are one incident even when one names nobody and the other
# names the theatre differently (`the South China Sea` / `Subi Reef in the Spratlys`).
INCIDENTS = frozenset({"military_incident"})
# Issue tags that name a theatre (a sea, a strait, a region) rather than a topic: shared by
# two same-day incidents, they place both in one area.
THEATRES = frozenset({"south_china_sea", "taiwan", "hong_kong", "xinjiang", "tibet",
                      "north_korea"})
KIND_PRIORITY = ("summit", "talks", "meeting", "visit", "call", "agreement", "sanction",
                 "export_control", "ban", "military_incident", "cancellation", "postponement",
                 "appointment", "arrival", "announcement", "statement", "other")
STATUS_PRIORITY = ("occurred", "planned", "cancelled", "postponed", "unknown")
# Families whose events recur between the same people (a meeting, a visit): two of their
# reports with firm, different days are two events, never one event with a date conflict.
RECURRING = frozenset({"meeting", "visit"})
# A forum's summit lasts days and the forum meets no sooner again: its reports dated to days
# so many or fewer apart (`opens on Sunday` / `ended on Monday`) are one summit.
SUMMIT_DAYS = 2
# Kinds not done in person: undated evidence of one (`will speak by phone`) does not join
# an event held in person, though `talks` may be held either way.
REMOTE = frozenset({"call"})
# Kinds held in person only: a call is never one of them (`talks` may be held either way).
IN_PERSON = frozenset({"meeting", "summit"})
# A call between two countries spans their time zones: articles date it by either side's
# clock (`on Thursday evening, Washington time` / `on Friday, Beijing time`), so its
# reports in different articles may lie so many days apart.
CALL_ZONE_DAYS = 1
# Kinds one side does (says, announces): reports whose sides are different countries are
# different acts, even on one day in one capital.
ONE_SIDED = frozenset({"statement", "announcement"})
# Kinds done by two sides together, so one report may name one side only.
TWO_SIDED = frozenset({"agreement"})


def family(kind: str) -> str:
    """The family of a kind: `talks` and `meeting` report one event in other words."""
    return FAMILIES.get(kind, kind)
