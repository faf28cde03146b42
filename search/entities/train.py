"""Train the entity tagger on a CoNLL-2003-format file.

    python -m search.entities.train ../shared/corpora/conll2003/eng.train

writes search/entities/ner.crfsuite (a linear-chain CRF, python-crfsuite).  The
training data is read in place and never copied into the repository.

Besides every document as written, the tagger learns from a copy of every fourth
document set in capitals and of another fourth in lower case (as wire headlines,
old agency copy and some feeds are written): there the case of a word says nothing,
and the word, its clusters and its neighbours must say it all.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from .conll import documents, read_conll, recased, to_iob2
from .data import MODEL
from .features import Document, sequence_features

__all__ = ["train", "MODEL"]



def train(path: Path, output: Path = MODEL, c1: float = 0.05, c2: float = 0.05, iterations: int = 150) -> float:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for number, document in enumerate(documents(read_conll(path))):
        shapes = [document]
        if number % 4 in (1, 2):
            shapes.append(recased(document, str.upper if number % 4 == 1 else str.lower))
        for shape in shapes:
            context = Document([s.words for s in shape])
            for sentence in shape:
                trainer.append(sequence_features(sentence.words, context), to_iob2(sentence.tags))
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True, "feature.minfreq": 1})
    started = time.perf_counter()
    trainer.train(str(output))
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("train", type=Path, help="a CoNLL-2003-format training file (eng.train)")
    parser.add_argument("--output", type=Path, default=MODEL)
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.05)
    parser.add_argument("--iterations", type=int, default=150)
    args = parser.parse_args()
    seconds = train(args.train, args.output, args.c1, args.c2, args.iterations)
    size = args.output.stat().st_size / 1e6
    print(f"trained in {seconds:.0f} s; model {args.output} ({size:.1f} MB)")


if __name__ == "__main__":
    main()
