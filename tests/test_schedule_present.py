"""News tells a programme in the simple present (`leaves for Tokyo on Thursday for his
first summit with …`, `leaders open their meeting on Saturday`, `stays in Japan for a
state visit`): a noun or gerund event in such a clause, dated on or after publication, is
planned; the same clause in the past tense tells what happened."""

from __future__ import annotations

from extract_helpers import statuses_of


def test_leaves_for_a_meeting_the_same_day_is_a_plan() -> None:
    found = statuses_of("Prime Minister Narendra Modi leaves for Tokyo on Thursday for his "
                      "first face-to-face meeting with Fumio Kishida.", "2022-03-17")
    assert "planned" in found.values()
    assert "occurred" not in found.values()


def test_leaders_open_their_meeting_today_is_a_plan() -> None:
    found = statuses_of("Leaders of the Group of 20 open their two-day meeting in Rome on "
                      "Saturday.", "2021-10-30")
    assert found.get("meeting", found.get("summit")) == "planned"


def test_stays_for_a_state_visit_is_a_plan() -> None:
    found = statuses_of("Olaf Scholz stays in Tokyo for a state visit and is to address the "
                      "Diet on Monday.", "2023-03-20")
    assert found.get("visit") == "planned"


def test_left_for_a_meeting_the_same_day_happened() -> None:
    # near miss: the past tense
    found = statuses_of("Prime Minister Narendra Modi left for Tokyo on Thursday for his "
                      "first face-to-face meeting with Fumio Kishida.", "2022-03-17")
    assert "planned" not in found.values()
