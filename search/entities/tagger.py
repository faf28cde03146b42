"""Finding mentions of people, organisations and places in text with the trained
CRF (ner.crfsuite, see train.py).  Loading the model is lazy and happens once."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..article import Mention
from .conll import spans
from .consistency import consistent_types
from .features import Document, sequence_features
from .tokens import line_case, paragraphs, title_cased, tokenize
from .data import MODEL
from .vocabulary import lowercase_words

__all__ = ["find_mentions", "tag_words"]

KEPT = ("PER", "ORG", "LOC")


@lru_cache(maxsize=1)
def _tagger() -> Any:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    return tagger


def _sentence_case(words: list[str]) -> list[str]:
    """'Biden Meets With Zelensky In Kyiv' -> 'Biden meets with Zelensky in Kyiv': in a
    Title Case line every word looks like a name to the tagger."""
    if not title_cased(words):
        return words
    common = lowercase_words()
    return [w.lower() if w[:1].isupper() and not w.isupper() and w.lower() in common else w for w in words]


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-"})


def tag_words(sentences: list[list[str]]) -> list[list[str]]:
    """IOB2 tags for sentences of one document (CoNLL evaluation uses this), each name
    given the type the document gives it most (consistency.py)."""
    document = Document(sentences)
    tagger = _tagger()
    cases = [line_case(sentence) for sentence in sentences]
    tags = [tagger.tag(sequence_features(sentence, document, case)) if sentence else []
            for sentence, case in zip(sentences, cases)]
    return consistent_types(sentences, tags, cases)


def find_mentions(text: str) -> list[Mention]:
    """Mentions of PER, ORG and LOC in `text`, with character offsets, in order."""
    pieces = [(offset, tokenize(line, offset)) for offset, line in paragraphs(text)]
    pieces = [(offset, tokens) for offset, tokens in pieces if tokens]
    # CoNLL's Reuters text has straight quotes only.
    tags = tag_words([_sentence_case([t.text.translate(_QUOTES) for t in tokens]) for _, tokens in pieces])
    mentions = []
    for (_, tokens), sentence_tags in zip(pieces, tags):
        # In a line of mixed case a name has a capital; without one it is a word the
        # tagger learned from lower-case text ("li" of a style sheet's "ul>li").
        mixed = line_case([t.text for t in tokens]) is None
        for first, last, kind in spans(sentence_tags):
            if kind in KEPT and not (mixed and all(t.text.lower() == t.text for t in tokens[first:last])):
                start, end = tokens[first].start, tokens[last - 1].end
                mentions.append(Mention(start, end, text[start:end], kind))  # type: ignore[arg-type]
    return mentions
