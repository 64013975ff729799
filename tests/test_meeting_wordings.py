"""Wordings of meetings and calls that other outlets use too: verbs of sitting down and
huddling, people met who are named by what they are, a meeting held somewhere on the
sidelines of a gathering, a rank written out before a name, calls made by telephone or
video. Each rule has a near miss that must stay as it is."""

from __future__ import annotations

from extract_helpers import mentions_of, one_of_kind

DAY = "2031-04-20"  # a Sunday


def _kinds(text: str) -> list[str]:
    return [m.kind for m in mentions_of(text, DAY)]


def test_people_met_named_by_what_they_are_make_a_meeting() -> None:
    m = one_of_kind(mentions_of("Foreign Minister Wang Yi met a visiting congressional "
                                "delegation in Beijing on Tuesday.", DAY), "meeting")
    assert m.date is not None and str(m.date.start) == "2031-04-15"
    assert "Wang Yi" in {a.name for a in m.actors}
    # the delegation visits; Wang Yi, who meets it, makes no visit
    assert "visit" not in _kinds("Foreign Minister Wang Yi met a visiting congressional "
                                 "delegation in Beijing on Tuesday.")


def test_demands_or_resistance_met_are_no_meeting() -> None:
    # near misses: what is met is no one, though people are named after it
    assert "meeting" not in _kinds("The new budget failed to meet lawmakers' demands on "
                                   "Tuesday.")
    assert "meeting" not in _kinds("The proposal met stiff resistance from lawmakers in "
                                   "Beijing on Tuesday.")


def test_sitting_down_and_huddling_with_someone_are_meetings() -> None:
    m = one_of_kind(mentions_of("Climate envoy John Kerry spoke to reporters after sitting "
                                "down with Xie Zhenhua in Beijing on Monday.", DAY), "meeting")
    assert {"John Kerry", "Xie Zhenhua"} <= {a.name for a in m.actors}
    m = one_of_kind(mentions_of("National Security Adviser Jake Sullivan huddled with Wang "
                                "Yi in Malta on Saturday.", DAY), "meeting")
    assert m.places == ("Malta",) and (str(m.date.start) if m.date else "") == "2031-04-19"
    # near miss: huddling with no one
    assert "meeting" not in _kinds("Protesters huddled in tents in Hong Kong on Saturday.")


def test_meeting_behind_closed_doors() -> None:
    m = one_of_kind(mentions_of("John Kerry and Xie Zhenhua met behind closed doors in "
                                "Dubai on Sunday.", DAY), "meeting")
    assert {"John Kerry", "Xie Zhenhua"} <= {a.name for a in m.actors}


def test_held_somewhere_on_the_sidelines_of_a_gathering_is_one_event() -> None:
    ms = mentions_of("The talks were held on Saturday in a resort on the sidelines of the "
                     "ASEAN summit and were attended by Antony Blinken and Wang Yi.", DAY)
    m = one_of_kind(ms, "talks")
    assert (str(m.date.start) if m.date else "") == "2031-04-19"
    assert {"Antony Blinken", "Wang Yi"} <= {a.name for a in m.actors}
    assert "summit" not in [x.kind for x in ms]


def test_a_rank_written_out_is_no_part_of_the_name() -> None:
    m = one_of_kind(mentions_of("Lloyd Austin met China's defense minister, Admiral Dong "
                                "Jun, in Singapore on Friday.", DAY), "meeting")
    assert {a.name for a in m.actors} == {"Lloyd Austin", "China", "Dong Jun"}
    m = one_of_kind(mentions_of("Antony Blinken met China's foreign minister, Admiral Zhao "
                                "Placeholder, in Jakarta on Friday.", DAY), "meeting")
    assert "Admiral Zhao Placeholder" not in {a.name for a in m.actors}
    assert "Zhao Placeholder" in {a.name for a in m.actors}


def test_telephoned_and_connected_by_video_are_calls() -> None:
    m = one_of_kind(mentions_of("Chancellor Olaf Scholz telephoned Premier Li Qiang on "
                                "Thursday.", DAY), "call")
    assert {"Olaf Scholz", "Li Qiang"} <= {a.name for a in m.actors}
    m = one_of_kind(mentions_of("President Biden and Xi Jinping connected by video on "
                                "Monday for two hours.", DAY), "call")
    assert (str(m.date.start) if m.date else "") == "2031-04-14"
    # near miss: places connected
    assert _kinds("The two ports were connected by rail on Monday.") == []
