"""Acts of kind `other` told by a plain verb are titled from their own clause (`China
publishes retaliation list`), never with a pronoun, markup, a cut-off adjective or a
subject that is one of several; ids keep the placeholder's words."""

from __future__ import annotations

import pytest

from usc_timeline.api import build_timeline
from usc_timeline.lexicon.checks import bundled
from usc_timeline.lexicon.loader import LexiconError
from usc_timeline.merge import clause_titles
from usc_timeline.model import Corpus, Document, Event, Published

# a document must name both sides before a fallback act counts
_LEAD = "WASHINGTON -- The United States and China traded measures this week.\n\n"


def _events(sentence: str) -> list[Event]:
    doc = Document("a.txt", _LEAD + sentence, published=Published("2024-11-15", "catalog.toml"))
    # (a document published is an announcement, titled from its clause the same way)
    return [e for e in build_timeline(Corpus((doc,))).events
            if e.kind in ("other", "announcement")]


def _title(sentence: str) -> str:
    (event,) = _events(sentence)
    return event.title


@pytest.mark.parametrize(("sentence", "title"), [
    # the object ends at the date; the possessive goes, as in a headline
    ("Beijing published its countermeasure list on Tuesday.",
     "China publishes countermeasure list"),
    # a fronted date; the subject by its lexicon alias; the object ends at a preposition
    ("Late on Friday, the administration offered a limited exemption to chipmakers.",
     "White House offers limited exemption"),
    # a nationality and the body it qualifies
    ("The US consulate posted the notice on its website on November 13.",
     "US consulate posts notice"),
    # a plan: the base form after `will`
    ("The Commerce Department will relax the licensing rules on Thursday.",
     "Commerce Department relaxes licensing rules"),
    # irregular pasts; a particle
    ("Beijing withdrew the draft rule on Monday.", "China withdraws draft rule"),
    ("Beijing sealed off the border crossing on Monday.", "China seals off border crossing"),
    # an honorific; `for` ends the object
    ("Mr. Blinken left Shanghai for Washington on Sunday afternoon.",
     "Blinken leaves Shanghai"),
    # `and` before another noun phrase ends the object; an -ing word with an object too
    ("Beijing freed two American pastors and a retired engineer on Monday.",
     "China frees two American pastors"),
    ("China's Commerce Ministry published a draft rule inviting the foreign firms on Monday.",
     "Ministry of Commerce publishes draft rule"),
])
def test_an_act_is_titled_from_its_clause(sentence: str, title: str) -> None:
    assert _title(sentence) == title


@pytest.mark.parametrize("sentence", [
    "Beijing released them on Wednesday.",  # a pronoun tells nothing
    "Beijing released a long and detailed list on Wednesday.",  # `long` is no object
    "Beijing released its **revised** list on Wednesday.",  # markup never enters a title
    "Beijing and Washington released a joint list on Friday.",  # one of two subjects
    "Beijing released on Friday a list of 40 American firms that it said had broken the "
    "rules.",  # the date stands between the verb and its object
])
def test_a_clause_that_cannot_title_well_keeps_the_placeholder(sentence: str) -> None:
    # (the placeholder of its kind: a list released is an announcement)
    assert _title(sentence).startswith(("Event involving ", "Announcement by "))


def test_the_id_keeps_the_words_of_the_placeholder() -> None:
    (event,) = _events("Beijing posted its countermeasure plan on Tuesday.")
    assert event.title == "China posts countermeasure plan"
    assert event.id == "2024-11-12-event-china"


def test_a_document_published_is_an_announcement_titled_from_its_clause() -> None:
    (event,) = _events("Beijing published its countermeasure list on Tuesday.")
    assert (event.kind, event.title) == ("announcement", "China publishes countermeasure list")
    assert event.id == "2024-11-12-announcement-china"


def test_an_object_that_runs_on_is_no_title() -> None:
    assert _title("Beijing published its very long new national countermeasure list on "
                  "Tuesday.").startswith("Event involving ")


def test_a_malformed_past_table_is_reported() -> None:
    text = "particles = []\ncuts = []\ntimes = []\nempty = []\nquantities = []\n" \
           "honorifics = []\ndropped = []\nplural_subjects = []\n[past]\nleft = 3\n"
    with pytest.raises(LexiconError, match="past"):
        clause_titles.read_words(text, "clause_titles.toml", *bundled("fallback.toml"))
