"""Score the entity tagger on a CoNLL-2003-format file.

    python -m search.entities --conll eng.testa [--case upper|lower] [--predict OUT]

prints precision, recall and F1 per type (PER, ORG, LOC; exact spans, MISC ignored)
and overall, with the same tagger the index uses.  --case scores the same text set
all in capitals or all in lower case (the tags unchanged).  --predict writes the file back
with a fifth column, the predicted tag of every token (IOB2), for any other scorer.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .conll import documents, read_conll, recased, score
from .tagger import tag_words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m search.entities", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conll", type=Path, required=True, help="a CoNLL-2003-format file (4 columns)")
    parser.add_argument("--case", choices=("upper", "lower"), help="score the text recased")
    parser.add_argument("--predict", type=Path, metavar="OUT", help="write the file with a predicted-tag column")
    args = parser.parse_args(argv)
    try:
        sentences = read_conll(args.conll)
    except OSError as exc:
        print(f"cannot read {args.conll}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    if args.case:
        sentences = recased(sentences, str.upper if args.case == "upper" else str.lower)
    predicted: list[list[str]] = []
    started = time.perf_counter()
    for document in documents(sentences):
        predicted.extend(tag_words([s.words for s in document]))
    seconds = time.perf_counter() - started
    tokens = sum(len(s.words) for s in sentences)
    print(score([s.tags for s in sentences], predicted).table())
    print(f"{tokens} tokens in {seconds:.2f} s: {tokens / seconds:,.0f} tokens/s (features and tagging)")
    if args.predict:
        with open(args.predict, "w", encoding="utf-8") as out:
            document = None
            for sentence, tags in zip(sentences, predicted):
                if sentence.document != document:
                    out.write("-DOCSTART- -X- -X- O O\n\n")
                    document = sentence.document
                for columns, tag in zip(sentence.lines, tags):
                    out.write(" ".join([*columns, tag]) + "\n")
                out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
