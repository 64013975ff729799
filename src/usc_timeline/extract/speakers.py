"""Who speaks in a trailing attribution (`..., a rights group said on Monday`, `...," said
Wang Yi`): the reporting verb's own subject, however generic. People named in what was
said, or in another clause after the attribution, are not the speaker. The word lists
live in lexicon/data/speakers.toml (read once)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from usc_timeline.lexicon.checks import bundled, check_top_level, number, parse, words
from usc_timeline.text import Sentence

from .context import Context, Trigger
from .found import Found

# the last comma or closing quote before the verb, and the subject after it
_SUBJECT = re.compile(r"(?:,\s*[\"”’']?|[\"”]\s*)([^,\"“”;:()]*)$")
# what follows the verb up to the next break (a stop inside a sentence ends an
# abbreviation: `said Mr. Trump had asked`)
_AFTER = re.compile(r"[^,;:\"“”()\n]*")
_WORD = re.compile(r"[\w'’-]+")
# where an inverted attribution (`..., said X, the minister, on Monday`) ends
_CLAUSE_END = re.compile(r";|,\s+(?:and|but|while|whereas)\b")


@dataclass(frozen=True, slots=True)
class SpeakerWords:
    max_subject_words: int
    openers: frozenset[str]
    no_speaker: frozenset[str]
    pronouns: frozenset[str]
    adjuncts: frozenset[str]


def read_speaker_words(text: str, source: str) -> SpeakerWords:
    """The lists of a speakers.toml text (LexiconError naming the file and key if one is
    missing or of the wrong type)."""
    data = parse(text, source)
    keys = ("max_subject_words", "openers", "no_speaker", "pronouns", "adjuncts")
    check_top_level(data, keys, source)

    def folded(key: str) -> frozenset[str]:
        return frozenset(w.casefold() for w in words(data, key, source, text))

    return SpeakerWords(number(data, "max_subject_words", source, text), folded("openers"),
                        folded("no_speaker"), folded("pronouns"), folded("adjuncts"))


@cache
def speaker_words() -> SpeakerWords:
    return read_speaker_words(*bundled("speakers.toml"))


def attribution_span(ctx: Context, sent: Sentence, triggers: list[Trigger],
                     trig: Trigger) -> tuple[int, int] | None:
    """The stretch of a trailing attribution (from its subject to the end of what follows
    the verb) when the reporting verb `trig` follows what was said; None otherwise, and
    when the reported clause has a reporting verb of its own (`X called on Y ..., X's
    office said`: X speaks there) or the subject is a pronoun (`he said`: maybe the one
    named) or no speaker (`was told`, `due to be announced`)."""
    if not (trig.spec.light and trig.verb):
        return None
    lists = speaker_words()
    m = _SUBJECT.search(ctx.text, sent.start, trig.start)
    if m is None or not ctx.text[sent.start:m.start()].strip() or any(
            t.spec.light and t.verb and sent.start <= t.start < m.start() for t in triggers):
        return None
    subject = [w.casefold() for w in _WORD.findall(m.group(1))]
    if len(subject) > lists.max_subject_words or (subject and (
            subject[0] in lists.openers or subject[-1] in lists.no_speaker
            or (len(subject) == 1 and subject[0] in lists.pronouns))):
        return None
    after = _AFTER.match(ctx.text, trig.end, sent.end)
    end = after.end() if after is not None else trig.end
    said = _WORD.findall(ctx.text[trig.end:end])
    for word in said:
        if not (word[:1].isupper() or word[:1].isdigit() or word.casefold() in lists.adjuncts):
            return None  # `..., said Japan must stop`: what is said follows
    if not subject:
        # `...," said Wang Yi, the minister, on Monday`: the speaker comes after the verb
        # (and his appositive with it); `..., the minister, said on Monday`: an aside
        # before the verb, whose subject stands further back
        if not said or not said[0][:1].isupper():
            return None
        close = _CLAUSE_END.search(ctx.text, trig.end, sent.end)
        return trig.start, close.start() if close is not None else sent.end
    return m.start(1), end


def speakers_only(ctx: Context, sent: Sentence, triggers: list[Trigger], trig: Trigger,
                  found: list[Found]) -> list[Found]:
    """A trailing attribution's people: only those of the attribution itself (people
    from other sentences, taken for a pronoun, stay)."""
    span = attribution_span(ctx, sent, triggers, trig)
    if span is None:
        return found
    start, end = span
    return [f for f in found if f.kind != "person" or not sent.start <= f.start < sent.end
            or start <= f.start < end]
