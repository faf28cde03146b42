"""Words quoted twice in one article are one speaker's.

A feed's summary often quotes a phrase with no name ('… will "fan the flames of hatred",
a congresswoman said') that the rest of the item gives whole with its speaker ('Ana Vell
said: "… will only fan the flames of hatred and division."'); a report's last paragraph
repeats a line it gave its speaker before.  A quotation with no speaker whose words
(four or more) stand inside another's that has one, or hold them, is that speaker's,
when every such quotation is the same person's.  A name in quotation marks ('the "Free
Ana and Ivo Day"', every word capitalised) is no one's words, however often it is quoted;
in text set all in capitals, where a capital tells nothing, the rule gives no speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..article import Quote

__all__ = ["same_words_same_speaker"]

MIN_WORDS = 4
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SMALL = frozenset("a an and at for in of on the to".split())


def _words(text: str) -> str:
    return " " + " ".join(word.replace("’", "'") for word in _WORD.findall(text.lower())) + " "


def _inside(part: str, whole: str) -> bool:
    return len(part.split()) >= MIN_WORDS and part in whole


def _a_name(text: str) -> bool:
    return all(word[:1].isupper() or word in _SMALL for word in _WORD.findall(text))


def same_words_same_speaker(body: str, quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes, each with no speaker given the speaker of the quotes that repeat its words."""
    spoken = [(q.speaker, _words(body[q.start:q.end])) for q in quotes
              if q.speaker and not _a_name(body[q.start:q.end])]
    if not spoken:
        return list(quotes)
    given: list[Quote] = []
    for quote in quotes:
        if quote.speaker is None and not _a_name(body[quote.start:quote.end]):
            words = _words(body[quote.start:quote.end])
            speakers = {speaker for speaker, other in spoken if _inside(words, other) or _inside(other, words)}
            if len(speakers) == 1:
                quote = Quote(quote.start, quote.end, speakers.pop())
        given.append(quote)
    return given
