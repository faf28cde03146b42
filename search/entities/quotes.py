"""Who said what: direct quotations in an article body, attributed to a speaker.

Attribution follows how news is written: '"…," Hegseth said', '"…," said Peskov',
'Hegseth said, "…"', 'Trump told reporters: "…"', 'Orbán tweeted that "…"', and a
pronoun ('he said') stands for the subject of the last sentence that names a
person.  A quotation that opens a paragraph and does not close there runs on into
the next paragraph.  A quote with no such cue is kept without a speaker rather
than given a wrong one; scare quotes of fewer than four words are not quotes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..article import ArticleActor, MentionSpan, Quote
from .titles import TITLES

__all__ = ["find_quotes"]

MIN_WORDS = 4
_VERBS = (r"said|says|say|told|tells|added|adds|asked|asks|replied|replies|recalled|noted|notes|wrote|"
          r"writes|tweeted|posted|declared|stated|insisted|insists|warned|warns|argued|argues|explained|"
          r"continued|suggested|acknowledged|announced|responded|remarked|claimed|claims|conceded|"
          r"stressed|urged|predicted|admitted|joked|quipped|vowed|told reporters")
_PRONOUN = r"(?:he|she)"
_AFTER_NAME = re.compile(rf"^[\s,—–-]*(?P<who>\S[^,.;:!?\"“”]{{0,60}}?)\s+(?:{_VERBS})\b", re.IGNORECASE)
# '"…," Lena Ostrova, a spokeswoman for Harwick Foods, said': the name, then who she is.
_AFTER_APPOSITIVE = re.compile(rf"^[\s,—–-]*(?P<who>[^,.;:!?\"“”]{{1,60}}?),\s+(?:a|an|the|its|his|her)\s+"
                               rf"[^.;:!?\"“”]{{1,100}}?,\s+(?:{_VERBS})\b", re.IGNORECASE)
_APPOSITIVE_END = re.compile(r",\s+(?:a|an|the|its|his|her)\s+[^,]{1,100},?\s*$", re.IGNORECASE)
_AFTER_VERB = re.compile(rf"^[\s,—–-]*(?:{_VERBS})\s+(?P<who>[^,.;:!?\"“”]{{1,60}})", re.IGNORECASE)
_VERB = re.compile(rf"\b(?:{_VERBS}|was\s+\w+|answered)\b", re.IGNORECASE)
_BREAK = re.compile(r"[.!?\"“”]")
_OPEN, _CLOSE = "“\"", "”\""


_OPENING = re.compile("[“\"]")
_CLOSING_OR_BREAK = re.compile("[”\"]|\n\n")


def _segments(body: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each quotation, across paragraphs if needed."""
    found: list[tuple[int, int]] = []
    n = len(body)
    opening = _OPENING.search(body)
    while opening is not None:
        i = opening.start()
        if body[i] == '"' and i > 0 and body[i - 1].isalnum():  # a straight mark after a letter: inches, not a quote
            opening = _OPENING.search(body, i + 1)
            continue
        start = j = i + 1
        end = None
        while (stop := _CLOSING_OR_BREAK.search(body, j)) is not None:
            if stop.group() != "\n\n":
                end = stop.start()
                break
            # A quote runs on only when the next paragraph opens with a quotation mark.
            k = stop.end()
            if k < n and body[k] in _OPEN:
                j = k + 1
                continue
            break
        if end is None:
            opening = _OPENING.search(body, start)
            continue
        found.append((start, end))
        opening = _OPENING.search(body, end + 1)
    return found


def _mention_at(mentions: Sequence[MentionSpan], start: int, end: int) -> MentionSpan | None:
    """The person named last in [start, end), if the name stands at its end (before the verb)."""
    inside = [m for m in mentions if start <= m.start < end]
    if inside and end - inside[-1].end <= 15:
        return inside[-1]
    return None


def _subject(body: str, mentions: Sequence[MentionSpan], start: int, end: int) -> MentionSpan | None:
    """The first person named in [start, end) who is not a possessor ("Trump's aide")."""
    for mention in mentions:
        if start <= mention.start < end and body[mention.end:mention.end + 2] not in ("'s", "’s"):
            return mention
    return None


def _is_name_phrase(text: str) -> bool:
    """'Kremlin spokesman Dmitry Peskov', 'the president', 'Trump' — not 'adding that Trump'."""
    return all(word[:1].isupper() or word.lower().strip(",") in TITLES or word.lower() in ("the", "a", "of")
               for word in text.split())


def _pronoun(text: str) -> bool:
    """'he', 'He also', '…partners in Europe, he' — a pronoun stands before the verb."""
    words = text.lower().replace(",", " ").split()
    return bool(words) and (words[-1] in ("he", "she") or (len(words) <= 3 and bool({"he", "she"} & set(words))))


def _sentence_start(body: str, position: int) -> int:
    cut = max(body.rfind(". ", 0, position), body.rfind("\n", 0, position), body.rfind("? ", 0, position),
              body.rfind("! ", 0, position))
    return cut + 1 if cut >= 0 else 0


def find_quotes(body: str, actors: Sequence[ArticleActor], mentions: Sequence[MentionSpan]) -> list[Quote]:
    segments = [(s, e) for s, e in _segments(body) if len(body[s:e].split()) >= MIN_WORDS]
    inside = [(s, e) for s, e in _segments(body)]
    outside = [m for m in mentions if not any(s <= m.start < e for s, e in inside)
               and actors[m.actor].type == "PER"]
    quotes: list[Quote] = []
    previous: tuple[int, str | None] | None = None  # (paragraph start, speaker) of the last quote
    for start, end in segments:
        speaker = _attribute(body, start, end, actors, outside, previous)
        quotes.append(Quote(start, end, speaker))
        paragraph = body.rfind("\n\n", 0, start) + 1
        previous = (paragraph, speaker)
    return quotes


def _attribute(body: str, start: int, end: int, actors: Sequence[ArticleActor], people: Sequence[MentionSpan],
               previous: tuple[int, str | None] | None) -> str | None:
    line_end = body.find("\n", end)
    after = body[end + 1: line_end if line_end >= 0 else len(body)][:90]
    # Attribution stands close to the quote: look at most 240 characters back.
    paragraph = max(body.rfind("\n", 0, start - 1) + 1, start - 1 - 240)
    before = body[paragraph:start - 1]

    for pattern in (_AFTER_NAME, _AFTER_APPOSITIVE, _AFTER_VERB):
        match = pattern.match(after)
        if match:
            who_start = end + 1 + match.start("who")
            who_end = end + 1 + match.end("who")
            if re.fullmatch(_PRONOUN, match.group("who").strip(), re.IGNORECASE):
                return _antecedent(body, start, actors, people)
            if pattern is not _AFTER_VERB and not _is_name_phrase(match.group("who")):
                continue
            mention = _mention_at(people, who_start, who_end)
            if mention:
                return actors[mention.actor].name
            return None  # "a spokesperson said": attributed, but not to an actor we know
    found = _speaker_before(before)
    if found:
        who_start, who_end = found
        appositive = _APPOSITIVE_END.search(before[who_start:who_end])
        if appositive:  # 'Lena Ostrova, a spokeswoman for Harwick Foods, said: "…"'
            who_end = who_start + appositive.start()
        who = before[who_start:who_end]
        subject = _sentence_start(before, who_end)
        if _pronoun(who) or _pronoun(before[subject:who_end]):
            return _antecedent(body, start, actors, people)
        mention = _mention_at(people, paragraph + subject, paragraph + who_end)
        last_word = who.split()[-1] if who.split() else ""
        if mention is None and not last_word[:1].isupper():
            # "Trump, 79, did not say … but suggested": the sentence's subject speaks.
            mention = _subject(body, people, paragraph + subject, paragraph + who_end)
        if mention:
            return actors[mention.actor].name
    return None  # a name we do not know stands before the verb: better no speaker than a wrong one


def _speaker_before(before: str) -> tuple[int, int] | None:
    """'Hegseth said, ', 'Trump told reporters: ', 'Orbán tweeted that ', or a sentence
    'Hegseth said.' just before the quote: where the speaker phrase stands."""
    for verb in reversed(list(_VERB.finditer(before))):
        tail = before[verb.end():].rstrip()
        if len(tail) > 100:
            break
        leads_in = len(tail) <= 60 and not _BREAK.search(tail.rstrip(",:"))
        said_sentence = tail.endswith(".") and not _BREAK.search(tail[:-1])
        if not (leads_in or said_sentence):
            continue
        breaks = list(_BREAK.finditer(before, 0, verb.start()))
        who_start = breaks[-1].end() if breaks else 0
        if verb.start() - who_start > 80:
            who_start = verb.start() - 80
        if before[who_start:verb.start()].strip():
            return who_start, verb.start() - (len(before[:verb.start()]) - len(before[:verb.start()].rstrip()))
    return None


def _antecedent(body: str, position: int, actors: Sequence[ArticleActor], people: Sequence[MentionSpan]
                ) -> str | None:
    """The subject of the last sentence before `position` that names a person."""
    earlier = [m for m in people if m.end <= position]
    if not earlier:
        return None
    last = earlier[-1]
    sentence = _sentence_start(body, last.start)
    # The subject, not a possessor: in "Trump's new defense secretary, Pete Hegseth,
    # laid out…" the sentence is about Hegseth.
    candidates = [m for m in earlier if m.start >= sentence and body[m.end:m.end + 2] not in ("'s", "’s")]
    if len({m.actor for m in candidates}) > 1 and not _is_name_phrase(body[sentence:candidates[0].start]):
        # Two people and neither is the sentence's subject ("On Monday the board heard from
        # Ana and Tom. 'Fine,' he said"): no speaker rather than a guess.
        return None
    return actors[(candidates or [last])[0].actor].name
