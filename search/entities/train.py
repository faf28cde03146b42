"""Train the entity tagger on CoNLL-2003-format files.

    python -m search.entities.train ../shared/corpora/conll2003/eng.train

writes search/entities/ner.crfsuite (a linear-chain CRF, python-crfsuite).  The
training data is read in place and never copied into the repository.

The shipped model learned `eng.train` only; `eng.testa` chose its features and settings.
More files may be given (they are read in order).  Learning `eng.testa` too was tried on
2026-12-03: on documents of `eng.train` held out of both, F1 0.902 -> 0.911 and ORG
0.814 -> 0.835 (`python -m bench.held_out`), but on the 64k RSS corpus it found fewer
lone surnames in headlines ("takes on Trump": 1,142 of 1,500 items naming Trump against
1,221) and `actor:` recall over the top 40 actors fell from 0.934 to 0.893, so it is
not shipped.

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
from .tokens import line_case

__all__ = ["train", "MODEL"]



def train(paths: Path | list[Path], output: Path = MODEL, c1: float = 0.05, c2: float = 0.05,
          iterations: int = 150) -> float:
    """Train on the documents of `paths` in order; the seconds training took."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    every = (document for path in ([paths] if isinstance(paths, Path) else paths)
             for document in documents(read_conll(path)))
    for number, document in enumerate(every):
        shapes = [document]
        if number % 4 in (1, 2):
            shapes.append(recased(document, str.upper if number % 4 == 1 else str.lower))
        for shape in shapes:
            context = Document([s.words for s in shape])
            for sentence in shape:
                features = sequence_features(sentence.words, context, line_case(sentence.words))
                trainer.append(features, to_iob2(sentence.tags))
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True, "feature.minfreq": 1})
    started = time.perf_counter()
    trainer.train(str(output))
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("train", type=Path, nargs="+", help="CoNLL-2003-format training files (eng.train)")
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
