"""The tagger on CoNLL text it never saw: an estimate for unseen news.

    python -m bench.held_out [--corpora ../shared/corpora] [--share 0.2] [--out bench/results.json]

`eng.testa` chose the tagger's features and settings, so its score flatters them, and the
shipped model learned every document of `eng.train`.  Here two models are trained the
same way (search/entities/train.py, same features and settings) in a temporary folder,
side by side: one on the first documents of `eng.train` only (as the shipped model is
trained), one on those and `eng.testa` (tried, not shipped: see train.py).  Both are
scored on the last `--share` of `eng.train`'s documents (never trained on, never tuned
on); the first also on `eng.testa`, which tuned it.  The shipped model is not touched.

What it cannot hide: the held-out documents come from the same weeks of 1996 as those
trained on, and `lowercase.txt` counted word cases over all of `eng.train`; a test set
from later weeks (as CoNLL's own) usually scores lower still.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from typing import Any

from .corpus import shared_corpora


def split_documents(train: Path, share: float, folder: Path) -> tuple[Path, Path, int, int]:
    """eng.train cut at a document boundary: the first (1 - share) to learn, the rest held out."""
    text = train.read_text(encoding="utf-8", errors="replace")
    head, *documents = text.split("-DOCSTART-")
    cut = int(len(documents) * (1 - share))
    learned, held = folder / "learned.conll", folder / "held.conll"
    learned.write_text(head + "".join("-DOCSTART-" + d for d in documents[:cut]), encoding="utf-8")
    held.write_text("".join("-DOCSTART-" + d for d in documents[cut:]), encoding="utf-8")
    return learned, held, cut, len(documents) - cut


def scored(path: Path) -> tuple[Any, float]:
    from search.entities.conll import documents, read_conll, score
    from search.entities.tagger import tag_words

    sentences = read_conll(path)
    started = time.perf_counter()
    predicted = [tags for document in documents(sentences) for tags in tag_words([s.words for s in document])]
    rate = sum(len(s.words) for s in sentences) / (time.perf_counter() - started)
    return score([s.tags for s in sentences], predicted), rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", type=Path, default=None)
    parser.add_argument("--share", type=float, default=0.2, help="share of eng.train's documents held out")
    parser.add_argument("--out", type=Path, help="merge the figures into this results file")
    args = parser.parse_args()
    corpora = args.corpora or shared_corpora()
    conll = corpora / "conll2003"

    import search.entities.tagger as tagger
    from search.entities.train import train

    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as folder:
        learned, held, trained_on, held_out = split_documents(conll / "eng.train", args.share, Path(folder))
        models = {"eng_train_part": ([learned], ("held_out_of_eng_train", held), ("eng_testa", conll / "eng.testa")),
                  "eng_train_part_and_eng_testa": ([learned, conll / "eng.testa"],
                                                   ("held_out_of_eng_train", held))}
        for trained, (paths, *scored_on) in models.items():
            model = Path(folder) / f"{trained}.crfsuite"
            seconds = train(paths, model)
            print(f"\n{trained}: trained on {' + '.join(p.name for p in paths)} in {seconds:.0f} s; "
                  f"{held_out} documents of eng.train held out")
            tagger.MODEL = model  # read when the tagger is first used, below
            tagger._tagger.cache_clear()
            figures[trained] = {}
            for name, path in scored_on:
                result, rate = scored(path)
                print(f"\n{name} ({rate:,.0f} tokens/s):\n{result.table()}")
                figures[trained][name] = {kind or "overall": dict(zip(("precision", "recall", "f1"),
                                                                      (round(x, 4) for x in result.prf(kind))))
                                          for kind in ("PER", "ORG", "LOC", None)}
                figures[trained][name]["tokens_per_s"] = round(rate)
    figures["documents"] = {"trained_on": trained_on, "held_out": held_out}
    if args.out:
        existing = json.loads(args.out.read_text()) if args.out.exists() else {}
        existing["entities_held_out"] = figures
        args.out.write_text(json.dumps(existing, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
