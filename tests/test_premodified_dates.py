"""A date inside a noun phrase, before its head (`the Oct. 7, 2022, export controls`,
`China's Jan. 11 missile test`): the date of the event the noun names, however the phrase
sits in its sentence; a trigger before the phrase does not take it."""

from __future__ import annotations

from extract_helpers import days_of_kind, mentions_of, one_of_kind


def test_a_full_date_before_the_noun_dates_it_across_a_relative_clause() -> None:
    # failed before: the date fell in the stretch of `rules` and the controls had none
    got = days_of_kind("The rules build on the Oct. 7, 2022, export controls that cut China "
                       "off from advanced chips.", "2024-11-20", "export_control")
    assert got == ["2022-10-07"]


def test_a_dated_owned_noun_after_a_counted_gap_keeps_its_own_day() -> None:
    # failed before: `months after` struck the day from the main clause's dates
    m = one_of_kind(mentions_of("The ban comes months after China's Jan. 11 missile test "
                                "alarmed the Pentagon.", "2024-11-20"), "military_incident")
    assert m.date is not None and str(m.date.start) == "2024-01-11"
    assert m.status == "occurred"
    assert "China" in [a.name for a in m.actors]


def test_a_trigger_before_the_phrase_does_not_take_its_date() -> None:
    ms = mentions_of("Beijing imposed sanctions on five American firms over the Dec. 3 "
                     "arms sale to Taiwan.", "2024-12-20")
    sanction = one_of_kind(ms, "sanction")
    assert sanction.date is None or str(sanction.date.start) != "2024-12-03"


def test_a_verb_done_at_the_dated_event_shares_its_day() -> None:
    ms = mentions_of("The withdrawal of Chinese troops was agreed in the Aug. 15 peace accord "
                     "between Beijing and Washington, officials said on Tuesday.", "2024-11-19")
    assert {str(m.date.start) for m in ms if m.kind == "agreement" and m.date} == {"2024-08-15"}


def test_a_date_after_a_preposition_is_no_modifier_of_the_noun() -> None:
    # near miss: `the statement on Jan. 11 about the test` — the test is not dated by it,
    # nor is a date opening the sentence a modifier of a noun
    assert days_of_kind("The Jan. 11 statement about the missile test angered Japan.",
                        "2024-11-20", "military_incident") != ["2024-01-11"]
    got = days_of_kind("On Jan. 11 the export controls on China were widened.",
                       "2024-11-20", "export_control")
    assert got == ["2024-01-11"]  # (unchanged: dated as before, by the opening date)


def test_a_duration_before_the_noun_is_no_date() -> None:
    assert days_of_kind("The United States lifted the two-year ban on Chinese drones.",
                        "2024-11-20", "ban") in (["undated"], [])


def test_the_balloon_affair_named_in_the_background_is_the_incident() -> None:
    # failed before: `balloon episode` named no event
    m = one_of_kind(mentions_of("Relations between Washington and Beijing have been strained "
                                "since the balloon episode in February.", "2023-04-10"),
                    "military_incident")
    assert m.date is not None and (str(m.date.start), str(m.date.end)) == ("2023-02-01",
                                                                          "2023-02-28")


def test_a_balloon_that_is_no_affair_is_no_incident() -> None:
    ms = mentions_of("The balloon festival in Albuquerque drew American and Chinese "
                     "visitors in October.", "2023-11-10")
    assert not [m for m in ms if m.kind == "military_incident"]
