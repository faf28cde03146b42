"""A quotation with no cue of its own, in the first person, set right after a sentence
of narration about one person: 'Campbell signalled his intent to move abroad. "I'm 30
now and in five years' time I won't be in this country."'  News sets a person's words
so, after the sentence that tells what they did or felt; the 'I' of the words is the
one the sentence is about.

Only when nothing else may be meant: the sentence names no one else and no one it
leaves unnamed ('Vell met a widow who lost her son. "My boy …"'), tells of nothing done
to its subject by another ('Vell was attacked by …'), and the quote before it, if near,
is no one else's ('"…," said Brask. Vell left. "I …"' may be Brask's still).  Not in text
set all in one case, where a sentence's start and the pronoun 'I' cannot be told.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..article import ArticleActor, MentionSpan
from .nouns import person_nouns
from .owned import one_person_about
from .speech import sentence_start

__all__ = ["narrated_speaker"]

# The speaker's own 'I' (not 'we', which may be a team's, a firm's or a crowd's words)
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]yself|[Mm]ine)(?![\w'’])")
# A sentence's end before the quote opens, with any closing marks of a quote it ended on
_ENDS = re.compile(r"[.!?][\"”’')]*\s*$")
# Done to the subject by someone else: 'was attacked by', 'had been told by'
_BY_ANOTHER = re.compile(r"\b(?:was|were|is|are|been|being|got|get)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ld|ht)\s+by\b",
                         re.IGNORECASE)
# Someone the sentence does not name: 'a widow', 'the boy's mother', 'his lawyer'
_SOMEONE = re.compile(r"\b(?:a|an|the|his|her|their|one|another)\s+(?P<words>(?:[\w'’-]+\s+){0,2}[a-z-]+)\b")
NEAR = 400  # characters: a quote ended this near before may still be its speaker's


def narrated_speaker(body: str, start: int, end: int, people: Sequence[MentionSpan], actors: Sequence[ArticleActor],
                     quoted: Sequence[tuple[int, int]], previous: tuple[int, str | None] | None) -> str | None:
    """The speaker of the uncued quote [start, end) when it is in the first person and the
    sentence right before it is about one person; `previous` is the end and speaker of
    the quote before, if any.  None when anyone else may be meant."""
    if body.isupper() or body.islower():
        return None
    words = body[start:end]
    if not words[:1].isupper() or _FIRST_PERSON.search(words) is None:
        return None
    before = body[:max(0, start - 1)].rstrip()
    if not _ENDS.search(before[-4:]):
        return None  # the quote is inside a sentence, not one of its own
    opened = sentence_start(body, len(before) - 1)
    if any(s <= opened < e for s, e in quoted):
        return None  # the sentence before is someone's words
    meant = one_person_about(body, opened, len(before), actors, people, quoted)
    if meant is None:
        return None
    sentence = body[opened:len(before)]
    if _BY_ANOTHER.search(sentence) or any(word.lower() in person_nouns() for found in _SOMEONE.finditer(sentence)
                                           for word in found.group("words").split()):  # 'a grieving widow'
        return None
    if previous is not None and previous[1] != meant and start - previous[0] <= NEAR:
        return None
    return meant
