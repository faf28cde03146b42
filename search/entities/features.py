"""Features of a token for the entity tagger: the word, its shape and affixes, its
neighbours, and two signals from the whole document (is the word also written in
lower case elsewhere; is it capitalised where a sentence does not start)."""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["Document", "sequence_features", "shape"]

_SENTENCE_END = frozenset(".!?:;\"“”'‘’-—–(")


def shape(word: str) -> str:
    out = []
    for ch in word[:12]:
        if ch.isupper():
            out.append("X")
        elif ch.islower():
            out.append("x")
        elif ch.isdigit():
            out.append("d")
        else:
            out.append(ch)
    return "".join(out)


def _short(long: str) -> str:
    return re.sub(r"(.)\1+", r"\1", long)


_WORD_CACHE: dict[str, tuple[list[str], str]] = {}


def _word_features(word: str) -> tuple[list[str], str]:
    """The word's own features and its short shape, computed once per distinct word."""
    cached = _WORD_CACHE.get(word)
    if cached is not None:
        return cached
    lower = word.lower()
    long = shape(word)
    feats = [f"w={lower}", f"sh={long}", f"ss={_short(long)}", f"s3={lower[-3:]}", f"s2={lower[-2:]}",
             f"p2={lower[:2]}", f"p3={lower[:3]}"]
    if word[:1].isupper():
        feats.append("cap")
        if word.isupper() and len(word) > 1:
            feats.append("allcap")
    if any(ch.isdigit() for ch in word):
        feats.append("digit")
    if "-" in word:
        feats.append("hyphen")
    found = (feats, _short(long))
    if len(_WORD_CACHE) < 300_000:
        _WORD_CACHE[word] = found
    return found


class Document:
    """Document-wide facts that help tell names from capitalised words."""

    def __init__(self, words: Sequence[str]) -> None:
        self.lower_seen = {w for w in words if w[:1].islower()}
        self.cap_inside: set[str] = set()
        previous = "."
        for word in words:
            if word[:1].isupper() and previous not in _SENTENCE_END:
                self.cap_inside.add(word)
            previous = word


def sequence_features(words: Sequence[str], document: Document, gazetteer: dict[str, str] | None = None
                      ) -> list[list[str]]:
    """One feature list per word of a sequence (a sentence or a paragraph)."""
    n = len(words)
    lowers = [w.lower() for w in words]
    own = [_word_features(w) for w in words]
    shapes = [short for _, short in own]
    result = []
    for i, word in enumerate(words):
        feats = ["bias", *own[i][0]]
        starts = i == 0 or words[i - 1] in _SENTENCE_END
        if starts:
            feats.append("start")
        if word[:1].isupper():
            if word.lower() in document.lower_seen:
                feats.append("lowseen")
            if word in document.cap_inside:
                feats.append("capinside")
        if gazetteer:
            kind = gazetteer.get(word)
            if kind:
                feats.append("gaz=" + kind)
        if i > 0:
            feats += [f"-1w={lowers[i - 1]}", f"-1s={shapes[i - 1]}", f"-1w|w={lowers[i - 1]}|{lowers[i]}"]
            if i > 1:
                feats += [f"-2w={lowers[i - 2]}", f"-2s|-1s={shapes[i - 2]}|{shapes[i - 1]}"]
        else:
            feats.append("BOS")
        if i < n - 1:
            feats += [f"+1w={lowers[i + 1]}", f"+1s={shapes[i + 1]}", f"w|+1w={lowers[i]}|{lowers[i + 1]}"]
            if i < n - 2:
                feats += [f"+2w={lowers[i + 2]}", f"+1s|+2s={shapes[i + 1]}|{shapes[i + 2]}"]
        else:
            feats.append("EOS")
        result.append(feats)
    return result
