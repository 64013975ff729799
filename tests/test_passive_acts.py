"""An act of announcing told in the passive with no agent (`The policy was announced on
Jan. 29`) is an announcement by the actor the article gives elsewhere: the subject's
owner, a when-clause's people, or the owner or agent of the noun where it was named before
(extract/passives.py); with no such actor, or a thing no government announces, there is
none. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import mentions_of

from usc_timeline.extract.passives import read_passives
from usc_timeline.lexicon.checks import LexiconError, bundled
from usc_timeline.model import Mention


def _passive(text: str, published: str) -> list[Mention]:
    """The announcements this rule made (its trigger: the subject noun … the verb)."""
    return [m for m in mentions_of(text, published)
            if m.kind == "announcement" and " … " in m.trigger]


def test_owner_named_before_the_passive() -> None:
    text = ("Britain's new visa policy for Hong Kong residents angered Beijing. Officials in "
            "London defended the policy on television. The policy was announced on Jan. 29, "
            "and took effect at once.")
    [m] = _passive(text, "2020-02-05")
    assert m.status == "occurred"
    assert m.date is not None and m.date.start == m.date.end == dt.date(2020, 1, 29)
    assert [a.name for a in m.actors] == ["United Kingdom"]
    assert m.trigger == "policy … announced"


def test_agent_named_before_the_passive() -> None:
    text = ("New import quotas announced by Commerce Secretary Gina Raimondo drew complaints "
            "from Beijing last week. The quotas were outlined in a briefing on Tuesday.")
    [m] = _passive(text, "2024-03-10")
    assert m.date is not None and m.date.start == dt.date(2024, 3, 5)
    assert [a.name for a in m.actors] == ["Gina Raimondo"]


def test_owner_in_the_subject_itself() -> None:
    # (the sentence is read for the trigger after it: sentences far from any are not)
    text = ("Vietnam's new fishing zone was proclaimed on Monday, May 6. China sanctioned "
            "two Vietnamese firms the next day.")
    [m] = _passive(text, "2024-05-09")
    assert [a.name for a in m.actors] == ["Vietnam"]
    assert m.date is not None and m.date.start == dt.date(2024, 5, 6)


def test_people_of_a_when_clause() -> None:
    text = ("The outline of the plan was announced on March 3, when Secretary of State "
            "Antony Blinken met Foreign Minister Wang Yi in Beijing.")
    [m] = _passive(text, "2024-03-10")
    assert m.date is not None and m.date.start == dt.date(2024, 3, 3)
    assert {"Antony Blinken", "Wang Yi"} <= {a.name for a in m.actors}
    assert m.places == ("Beijing",)


@pytest.mark.parametrize("text", [
    # no owner or agent anywhere: the actor is not guessed
    "Officials defended the new policy. The policy was announced on Jan. 29.",
    "The new rules were announced on Monday.",
    # a product is not a measure, whoever owns it
    "Officials in Seoul praised Japan's new phone. The phone was unveiled on Tuesday.",
    # a result is not either, though a when-clause names a country
    "The final tally was announced on Sunday, when the Chinese team lifted the trophy.",
    # no date of its own
    "Britain's new visa policy angered Beijing. The policy was announced after weeks of "
    "debate.",
])
def test_no_passive_act(text: str) -> None:
    assert _passive(text, "2020-02-05") == []


def test_an_empty_list_is_an_error() -> None:
    text, source = bundled("passives.toml")
    broken = text.replace('verbs = ["announced"', 'verbs = [] # ["announced"', 1)
    assert broken != text
    with pytest.raises(LexiconError, match="at least one"):
        read_passives(broken, source)
    assert read_passives(text, source).nouns


@pytest.mark.parametrize("text", [
    "Former Premier Li Peng's death was announced on Tuesday.",
    "The final score was announced on Sunday, when the Chinese team lifted the trophy in "
    "Beijing.",
    "Huawei's new phone was unveiled on Tuesday.",
])
def test_announcing_no_act_is_no_event(text: str) -> None:
    assert [m for m in mentions_of(text, "2019-07-25") if m.kind == "announcement"] == []


@pytest.mark.parametrize("text", [
    "The plan was announced by Mr. Kerry on Tuesday.",
    "Mr. Kerry announced on Tuesday that Li Peng's death had saddened him.",
])
def test_announcing_an_act_stays_an_event(text: str) -> None:
    [m] = [m for m in mentions_of(text, "2019-07-25") if m.kind == "announcement"]
    assert "John Kerry" in [a.name for a in m.actors]
