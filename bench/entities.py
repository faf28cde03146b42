"""Entity extraction: quality on CoNLL-2003 and speed, side by side in one run.

    python -m bench.entities [--corpora ../shared/corpora] [--runs 5]

Prints precision/recall/F1 per type on eng.testa (the development set, which chose the
features: `python -m bench.held_out` estimates unseen text), tokens per
second of the tagger on CoNLL text and on real articles (BBC bodies), the model's
load time and size, and the cost of extraction inside a bulk index build: the
same BBC build with and without extraction, as a ratio.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path
from unittest import mock

from search import Index
from search.corpus import find_files, read_file
from search.entities.conll import documents, read_conll, recased, score
from search.entities.tagger import find_mentions, tag_words
from search.entities.tokens import tokenize
from search.entities.train import MODEL


def _median(values: list[float]) -> str:
    spread = f" (min {min(values):.3g}, max {max(values):.3g})" if len(values) > 1 else ""
    return f"{statistics.median(values):.3g}{spread}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "corpora")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bbc-files", type=int, default=500, help="BBC files for the build comparison")
    args = parser.parse_args()

    import pycrfsuite

    loads = []
    for _ in range(args.runs):
        started = time.perf_counter()
        tagger = pycrfsuite.Tagger()
        tagger.open(str(MODEL))
        loads.append(time.perf_counter() - started)
        tagger.close()
    print(f"model {MODEL.name}: {MODEL.stat().st_size / 1e6:.1f} MB, load {_median([x * 1000 for x in loads])} ms")

    sentences = read_conll(args.corpora / "conll2003" / "eng.testa")
    docs = list(documents(sentences))
    tokens = sum(len(s.words) for s in sentences)
    rates = []
    predicted: list[list[str]] = []
    for run in range(args.runs):
        started = time.perf_counter()
        out = [tags for document in docs for tags in tag_words([s.words for s in document])]
        rates.append(tokens / (time.perf_counter() - started))
        predicted = out
    print("\neng.testa (development set), exact spans, MISC ignored:")
    print(score([s.tags for s in sentences], predicted).table())
    print(f"\ntagger on CoNLL text: {_median(rates)} tokens/s over {tokens} tokens, {args.runs} runs")
    for name, case in (("capitals", str.upper), ("lower case", str.lower)):
        shaped = recased(sentences, case)
        guessed = [tags for document in documents(shaped) for tags in tag_words([s.words for s in document])]
        print(f"\neng.testa set in {name}:")
        print(score([s.tags for s in shaped], guessed).table())

    files, _ = find_files([args.corpora / "bbc"])
    bodies = [a.text for f in files[:args.bbc_files] for a in read_file(f).articles]
    article_tokens = sum(len(tokenize(b)) for b in bodies)
    rates = []
    for _ in range(args.runs):
        started = time.perf_counter()
        for body in bodies:
            find_mentions(body)
        rates.append(article_tokens / (time.perf_counter() - started))
    print(f"find_mentions on {len(bodies)} BBC articles: {_median(rates)} tokens/s ({article_tokens} tokens)")

    def build(extract: bool) -> float:
        with tempfile.TemporaryDirectory() as folder:
            corpus = Path(folder) / "corpus"
            corpus.mkdir()
            for file in files[:args.bbc_files]:
                (corpus / Path(file.path).name.replace(".txt", f"-{Path(file.path).parent.name}.txt")).write_bytes(
                    Path(file.path).read_bytes())
            with Index.open([corpus], Path(folder) / "ix", overrides=Path(folder) / "none.toml") as index:
                started = time.perf_counter()
                if extract:
                    index.update()
                else:  # no actors, no quotes, all in this process (a worker would not see the patch)
                    with mock.patch("search.metadata.actors_and_credits", return_value=((), [], ())), \
                            mock.patch("search.index.incremental.PARALLEL_THRESHOLD", 10**9):
                        index.update()
                return time.perf_counter() - started

    with_actors = [build(True) for _ in range(max(1, args.runs // 2))]
    without = [build(False) for _ in range(max(1, args.runs // 2))]
    ratio = statistics.median(with_actors) / statistics.median(without)
    print(f"\nbulk build of {args.bbc_files} BBC files: with extraction (in worker processes) "
          f"{_median(with_actors)} s, without extraction (one process) {_median(without)} s: "
          f"ratio {ratio:.2f} (budget: under 2.0)")


if __name__ == "__main__":
    main()
