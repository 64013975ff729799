"""Sentence splitting keeps exact offsets and skips page furniture and headings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from usc_timeline.text import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_offsets_point_into_the_original_text() -> None:
    text = "  Officials met on Monday.  The talks ended.\nNew paragraph here.\n"
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
    assert texts(text) == ["Officials met on Monday.", "The talks ended.", "New paragraph here."]


def test_abbreviations_do_not_end_sentences() -> None:
    text = ("Mr. Li met U.S. officials on Jan. 5 in Washington. Antony J. Blinken spoke later. "
            "Dr. Chen said it was item No. 5 on the list.")
    assert texts(text) == [
        "Mr. Li met U.S. officials on Jan. 5 in Washington.",
        "Antony J. Blinken spoke later.",
        "Dr. Chen said it was item No. 5 on the list.",
    ]


def test_an_initial_that_is_also_a_page_abbreviation_ends_no_sentence() -> None:
    # `P.` (and `F.`, `V.`) is a person's initial before a surname; `p.` before a number is
    # a page, and ends no sentence either, but before a capitalised word it may
    text = ("The cruiser USS Robert P. Carney left port on Friday. Read p. 5 first. "
            "The list ended at p. The next page began.")
    assert texts(text) == ["The cruiser USS Robert P. Carney left port on Friday.",
                           "Read p. 5 first.", "The list ended at p.",
                           "The next page began."]


def test_dotted_acronym_ends_a_sentence_before_a_clear_starter() -> None:
    assert texts("The envoy flew to the U.S. The talks began at once.") == [
        "The envoy flew to the U.S.", "The talks began at once."]


def test_quotes_and_question_marks() -> None:
    text = "“We will talk,” he said. Is that enough? She said “no.” Then she left."
    assert texts(text) == ["“We will talk,” he said.", "Is that enough?", "She said “no.”",
                           "Then she left."]


def test_lowercase_after_period_is_not_a_new_sentence() -> None:
    assert texts("He said in his opening statement. speech when meeting the envoy.") == [
        "He said in his opening statement. speech when meeting the envoy."]


def test_boilerplate_lines_are_skipped() -> None:
    text = "\n".join([
        "Trade envoys met in Geneva on Sunday.",
        "- Advertisement -",
        "Read: Ministers to meet again next month",
        "Follow Jane Doe on Twitter at @janedoe",
        "Share This Article",
        "Like it Loading…",
        "Leave a comment",
        "%d bloggers like this:",
        "The talks lasted two days.",
    ])
    assert texts(text) == ["Trade envoys met in Geneva on Sunday.", "The talks lasted two days."]


def test_headings_are_skipped() -> None:
    text = "\n".join([
        "Ministers Agree To Resume Military Dialogue After Long Freeze",
        "Why it matters",
        "March 3, 2024",
        "Defence ministers met in Jakarta on Tuesday.",
        "Short line with a period.",
    ])
    assert texts(text) == ["Defence ministers met in Jakarta on Tuesday.",
                           "Short line with a period."]


def test_punctuation_only_pieces_are_dropped() -> None:
    assert texts("They will meet in Oslo. . This is the first contact.") == [
        "They will meet in Oslo.", "This is the first contact."]


@given(st.text(alphabet=st.sampled_from(list("ab .?!\n\"”MrU.S")), max_size=200))
def test_sentences_are_ordered_disjoint_substrings(text: str) -> None:
    last = 0
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
        assert s.start >= last and s.end > s.start
        assert s.text == s.text.strip()
        last = s.end


def test_wire_datelines_are_not_part_of_the_first_sentence() -> None:
    text = ("GENEVA, May 12 (Pacific Wire) -- The two sides agreed on Monday to cut tariffs.\n"
            "BEIJING/WASHINGTON, Sept 22 (Reuters) - A trip was scrapped. More follows.\n"
            "OSAKA, Japan, June 29 (Pacific Wire) -- Leaders met on Saturday.")
    assert texts(text) == ["The two sides agreed on Monday to cut tariffs.", "A trip was scrapped.",
                           "More follows.", "Leaders met on Saturday."]


def test_headline_with_dotted_acronym_is_a_heading() -> None:
    assert texts("U.S. and China agree framework in London to ease strains\nThey met.") == [
        "They met."]
