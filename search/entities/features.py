"""Features of a token for the entity tagger: the word, its shape and affixes, its
word clusters (clusters.py) and its neighbours', whether news prose writes it capitalised
wherever it uses it (proper.py), whether it opens or continues a place name of the
gazetteer (gazetteer.py), whether its line is set all in capitals or all in lower case,
and signals from the whole document: is the word also written in lower case elsewhere,
is it capitalised where a sentence does not start, and which words stand before and
after its other mentions ("Mr Ruto" early in an article tells the tagger what a bare
"Ruto" later is)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clusters import word_clusters
from .gazetteer import place_marks
from .proper import capitalised_words

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


class _Word:
    """A word's own features and the strings its neighbours' features are made of,
    worked out once per distinct word (the tagger sees the same words again and again)."""

    __slots__ = ("own", "lower", "short", "prose", "before", "after", "before2", "after2", "shape_before",
                 "shape_after", "cluster_before", "cluster_after")

    def __init__(self, word: str) -> None:
        lower = word.lower()
        long = shape(word)
        short = _short(long)
        own = ["bias", f"w={lower}", f"sh={long}", f"ss={short}", f"s3={lower[-3:]}", f"s2={lower[-2:]}",
               f"p2={lower[:2]}", f"p3={lower[:3]}"]
        if word[:1].isupper():
            own.append("cap")
            if word.isupper() and len(word) > 1:
                own.append("allcap")
        if any(ch.isdigit() for ch in word):
            own.append("digit")
        if "-" in word:
            own.append("hyphen")
        # Whether news prose writes the word as a name is written: said of a word whose own
        # case does not say it (capitalised, or in a line set in one case).
        self.prose = "prose=cap" if lower in capitalised_words() else ""
        clusters = word_clusters(word)
        if clusters:
            own += [f"c{size}={number}" for size, number in enumerate(clusters)]
            self.cluster_before, self.cluster_after = f"-1c={clusters[1]}", f"+1c={clusters[1]}"  # of 1,000
        else:
            own.append("c=none")
            self.cluster_before = self.cluster_after = ""
        self.own = own
        self.lower = lower
        self.short = short
        self.before, self.after = f"-1w={lower}", f"+1w={lower}"  # as the word before / after another
        self.before2, self.after2 = f"-2w={lower}", f"+2w={lower}"
        self.shape_before, self.shape_after = f"-1s={short}", f"+1s={short}"


_WORD_CACHE: dict[str, _Word] = {}


def _word(word: str) -> _Word:
    found = _WORD_CACHE.get(word)
    if found is None:
        found = _Word(word)
        if len(_WORD_CACHE) < 300_000:
            _WORD_CACHE[word] = found
    return found


CONTEXTS = 12  # the neighbours of a name's first mentions that its features carry


class Document:
    """Document-wide facts that help tell names from capitalised words."""

    def __init__(self, sentences: Sequence[Sequence[str]]) -> None:
        self.lower_seen = {w for sentence in sentences for w in sentence if w[:1].islower()}
        self.cap_inside: set[str] = set()
        # For each capitalised word, the words before and after its mentions, in the
        # order first met (dicts keep it), as features.
        self.contexts: dict[str, tuple[dict[str, None], dict[str, None]]] = {}
        for sentence in sentences:
            last = len(sentence) - 1
            for i, word in enumerate(sentence):
                if not word[:1].isupper():
                    continue
                if i > 0 and sentence[i - 1] not in _SENTENCE_END:
                    self.cap_inside.add(word)
                before, after = self.contexts.setdefault(word, ({}, {}))
                if len(before) < CONTEXTS:
                    before["dp=" + (sentence[i - 1].lower() if i else "<s>")] = None
                if len(after) < CONTEXTS:
                    after["dn=" + (sentence[i + 1].lower() if i < last else "</s>")] = None

    def context_features(self, word: str) -> list[str]:
        before, after = self.contexts[word]
        return [*before, *after]


def sequence_features(words: Sequence[str], document: Document, case: str | None) -> list[list[str]]:
    """One feature list per word of a sequence (a sentence or a paragraph) whose
    `line_case` is `case`."""
    n = len(words)
    known = [_word(w) for w in words]
    # The features of two neighbouring words, made once per pair.
    words_pair = [f"{known[i].lower}|{known[i + 1].lower}" for i in range(n - 1)]
    shapes_pair = [f"{known[i].short}|{known[i + 1].short}" for i in range(n - 1)]
    places = place_marks(words, case is not None)
    result = []
    for i, word in enumerate(words):
        this = known[i]
        feats = this.own.copy()
        if i == 0 or words[i - 1] in _SENTENCE_END:
            feats.append("start")
        if word[:1].isupper():
            if this.lower in document.lower_seen:
                feats.append("lowseen")
            if word in document.cap_inside:
                feats.append("capinside")
            feats += document.context_features(word)
        if case:
            feats.append(case)
        if this.prose and (case or word[:1].isupper()):
            feats.append(this.prose)
        if places[i]:
            feats.append("gaz=" + places[i])
        if i > 0:
            previous = known[i - 1]
            feats += (previous.before, previous.shape_before, "-1w|w=" + words_pair[i - 1])
            if previous.cluster_before:
                feats.append(previous.cluster_before)
            if i > 1:
                feats += (known[i - 2].before2, "-2s|-1s=" + shapes_pair[i - 2])
        else:
            feats.append("BOS")
        if i < n - 1:
            following = known[i + 1]
            feats += (following.after, following.shape_after, "w|+1w=" + words_pair[i])
            if following.cluster_after:
                feats.append(following.cluster_after)
            if i < n - 2:
                feats += (known[i + 2].after2, "+1s|+2s=" + shapes_pair[i + 1])
        else:
            feats.append("EOS")
        result.append(feats)
    return result
