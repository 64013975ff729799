"""Kind `other` gathers unrelated acts: a legal charge and a consulate ordered closed on
one day between the same two countries are two events, while two reports of one act
still merge. Invented mentions only."""

from __future__ import annotations

from merge_builders import US, day, mention

from usc_timeline.merge import merge_mentions
from usc_timeline.model import Actor

IR = Actor("Iran", "IR", None, "country")


def test_a_charge_and_a_closure_of_one_day_stay_two_events() -> None:
    # `Prosecutors charged two Iranian hackers on May 3` / `Washington ordered the
    # Iranian consulate in Houston closed on May 3`
    charged = mention("a.txt", 0, "other", day(2031, 5, 3), US, IR, places=("Houston",),
                      trigger="charged")
    closed = mention("b.txt", 0, "other", day(2031, 5, 3), US, IR, places=("Houston",),
                     trigger="ordered closed")
    for order in ([charged, closed], [closed, charged]):
        assert len(merge_mentions(order)) == 2


def test_two_reports_of_one_closure_still_merge() -> None:
    # `ordered the consulate closed on Tuesday` / `the closure of the consulate`
    closed = mention("a.txt", 0, "other", day(2031, 5, 3), US, IR, places=("Houston",),
                     trigger="ordered closed")
    closure = mention("b.txt", 0, "other", day(2031, 5, 3), US, IR, places=("Houston",),
                      trigger="closure")
    assert len(merge_mentions([closed, closure])) == 1


def test_an_other_act_of_no_known_name_may_join_a_known_one() -> None:
    # `Washington retaliated on May 3` / `Washington raised tariffs on May 3`
    retaliated = mention("a.txt", 0, "other", day(2031, 5, 3), US, IR, trigger="retaliated")
    tariffs = mention("b.txt", 0, "other", day(2031, 5, 3), US, IR, trigger="raised tariffs")
    assert len(merge_mentions([retaliated, tariffs])) == 1


def _apart(first: str, second: str) -> bool:
    """Two `other` acts of one day between the same countries at one place stay apart."""
    a = mention("a.txt", 0, "other", day(2031, 5, 3), US, IR, places=("Houston",),
                trigger=first)
    b = mention("b.txt", 0, "other", day(2031, 5, 3), US, IR, places=("Houston",),
                trigger=second)
    return all(len(merge_mentions(order)) == 2 for order in ([a, b], [b, a]))


def test_an_investigation_opened_is_not_a_post_opened() -> None:
    assert _apart("opened an investigation", "opened the consulate")
    assert _apart("launched a probe", "reopened its consulate")


def test_every_form_of_opening_a_post_is_an_opening_not_its_closure() -> None:
    # `the consulate closed on May 3` / `the consulate will be reopening on May 3`
    for form in ("open", "opening", "reopen", "reopening"):
        assert _apart("closed", form), form


def test_a_currency_move_and_a_law_are_known_acts() -> None:
    assert _apart("devalued", "imposed tariffs")
    assert _apart("depegged", "imposed tariffs")
    assert _apart("signed the measure", "imposed tariffs")


def test_titles_and_merging_know_the_same_acts() -> None:
    """One table (acts.toml) tells merging which act a trigger reports and titles what to
    call it: whatever merging knows as an act, a title names, and the reverse for acts
    with a merge name (a closure told as `closures`, a renewal as `extended`)."""
    from usc_timeline.merge import title_for
    from usc_timeline.merge.acts import act_of

    assert title_for("other", (), ("Houston",), "closures") == "Closure in Houston"
    assert title_for("other", (), (), "signed the measure") == "Legislation"
    # `signed` is `other` only when a law is what was signed (triggers.toml signed_what)
    assert title_for("other", (), ("Washington",), "signed") == "Legislation in Washington"
    extended = mention("a.txt", 0, "other", day(2031, 5, 3), US, trigger="extended")
    assert act_of(extended) == "renewal"
    assert title_for("other", (), (), "extended") == "Renewal"
    # so an MFN renewal and a tariff of one day are two acts
    assert _apart("extended", "raised tariffs")
