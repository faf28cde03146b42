"""CoNLL-2003 files: reading them, scoring predictions, writing predictions back.

Scores are mention-level over PER, ORG and LOC with exact spans (MISC ignored),
as the conlleval script counts them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Sentence", "read_conll", "recased", "documents", "spans", "Score", "score"]

TYPES = ("PER", "ORG", "LOC")


@dataclass
class Sentence:
    lines: list[list[str]]  # the columns of each token line
    document: int

    @property
    def words(self) -> list[str]:
        return [columns[0] for columns in self.lines]

    @property
    def tags(self) -> list[str]:
        return [columns[-1] for columns in self.lines]


def read_conll(path: str | Path) -> list[Sentence]:
    sentences: list[Sentence] = []
    current: list[list[str]] = []
    document = 0
    for raw in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.strip()
        if line.startswith("-DOCSTART-"):
            if current:
                sentences.append(Sentence(current, document))
                current = []
            document += 1
            continue
        if not line:
            if current:
                sentences.append(Sentence(current, document))
                current = []
            continue
        current.append(line.split())
    if current:
        sentences.append(Sentence(current, document))
    return sentences


def spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans (start, end exclusive, type) from IOB1 or IOB2 tags."""
    found: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate(tags):
        if tag == "O":
            if start >= 0:
                found.append((start, i, kind))
                start = -1
            continue
        label = tag[2:]
        if tag[0] == "I" and label == kind and start >= 0:
            continue
        if start >= 0:
            found.append((start, i, kind))
        start, kind = i, label
    if start >= 0:
        found.append((start, len(tags), kind))
    return found


def to_iob2(tags: Sequence[str]) -> list[str]:
    out = ["O"] * len(tags)
    for start, end, kind in spans(tags):
        out[start] = f"B-{kind}"
        for i in range(start + 1, end):
            out[i] = f"I-{kind}"
    return out


@dataclass
class Score:
    true_positive: Counter[str]
    predicted: Counter[str]
    gold: Counter[str]

    def prf(self, kind: str | None = None) -> tuple[float, float, float]:
        kinds = [kind] if kind else list(TYPES)
        tp = sum(self.true_positive[k] for k in kinds)
        pred = sum(self.predicted[k] for k in kinds)
        gold = sum(self.gold[k] for k in kinds)
        precision = tp / pred if pred else 0.0
        recall = tp / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def table(self) -> str:
        rows = [f"{'type':<8}{'precision':>10}{'recall':>10}{'F1':>8}{'gold':>8}"]
        for kind in (*TYPES, None):
            p, r, f = self.prf(kind)
            gold = sum(self.gold[k] for k in ([kind] if kind else TYPES))
            rows.append(f"{kind or 'overall':<8}{p:>10.4f}{r:>10.4f}{f:>8.4f}{gold:>8}")
        return "\n".join(rows)


def score(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> Score:
    tp: Counter[str] = Counter()
    npred: Counter[str] = Counter()
    ngold: Counter[str] = Counter()
    for gold_tags, predicted_tags in zip(gold, predicted):
        g = {s for s in spans(gold_tags) if s[2] in TYPES}
        p = {s for s in spans(predicted_tags) if s[2] in TYPES}
        for s in g:
            ngold[s[2]] += 1
        for s in p:
            npred[s[2]] += 1
        for s in g & p:
            tp[s[2]] += 1
    return Score(tp, npred, ngold)


def recased(sentences: Sequence[Sentence], case: Callable[[str], str]) -> list[Sentence]:
    """The sentences with every word put through `case` (str.upper, str.lower), tags kept:
    text set in capitals or in lower case, to learn from and to score on."""
    return [Sentence([[case(columns[0]), *columns[1:]] for columns in s.lines], s.document) for s in sentences]


def documents(sentences: Sequence[Sentence]) -> Iterator[list[Sentence]]:
    current: list[Sentence] = []
    for sentence in sentences:
        if current and sentence.document != current[0].document:
            yield current
            current = []
        current.append(sentence)
    if current:
        yield current
