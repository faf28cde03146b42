"""Related articles at scale: the story-labelled dev sets hidden among a large corpus.

    python -m bench.related_among [--among rss/news-2022.jsonl.gz] [--work DIR] [--queries 200]

`bench.related` measures related articles on each dev set indexed alone (1,064 and 196
articles): a candidate step that misses the closest articles among 100,000 others goes
unseen there.  Here both dev sets are indexed together with --among (by default the
110,541 feed items of 2022, read in place), and the same seeded query articles are put
to `related` as in bench.related.  An article of the large corpus in a top 10 counts as
wrong (it is in none of the dev stories).  Each question is timed.  The index is kept in
--work: a second run reuses it.  It prints the figures and merges them into the results
file as "related_among".

Note the large corpus is from another time (2022) than UCI (2014) and has no ECB+ topic
in it by design; closeness in time (a fifth of a related score at most) counts against
its articles.  What it measures is the candidates' and the cosine's hold at scale, not a
harder set of stories.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from .corpus import shared_corpora
from .measure import save_results
from .related import SETS, labels, precision_recall, records


def run(corpora: Path, among: str, work: Path, queries: int) -> dict[str, Any]:
    from search.index.store import Index

    files = [corpora / among] + [corpora / "stories" / f"{name}-dev.jsonl" for name in SETS]
    gold = labels(corpora)
    started = time.perf_counter()
    index = Index.open([str(path) for path in files], work / "ix")
    index.update(wait=True)
    built = time.perf_counter() - started
    snapshot = index.snapshot()
    snapshot.table  # as the reader's sidebar makes it
    out: dict[str, Any] = {"among": among, "articles": len(snapshot.matches("")), "build_or_open_seconds": round(built, 1)}
    for name in SETS:
        items = records(corpora, name)
        ids = [record["id"] for record in items]
        story = [gold[name][record_id] for record_id in ids] + ["(not in the dev set)"]
        random.seed(1)  # the query articles of bench.related
        asked = sorted(random.sample(range(len(items)), min(queries, len(items))))
        prefix = f"{name}-dev.jsonl/{name}-dev#"
        position = {prefix + record_id: n for n, record_id in enumerate(ids)}
        took: list[float] = []

        def rank(n: int) -> list[int]:
            started = time.perf_counter()
            found = snapshot.related(prefix + ids[n], limit=10)
            took.append(time.perf_counter() - started)
            return [position.get(r.id, len(ids)) for r in found]

        out[name] = {"newsdesk": precision_recall(rank, story, asked), "queries": len(asked),
                     "related_ms_median": round(statistics.median(took) * 1000, 1)}
    index.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", type=Path, default=shared_corpora())
    parser.add_argument("--among", default="rss/news-2022.jsonl.gz")
    parser.add_argument("--work", type=Path, default=Path("/tmp/newsdesk-bench-related-among"))
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results.json")
    args = parser.parse_args()
    if not (args.corpora / args.among).exists():
        sys.exit(f"bench.related_among: {args.corpora / args.among} is missing (the shared corpora are needed)")
    results = run(args.corpora, args.among, args.work, args.queries)
    print(f"dev sets among {results['articles']:,} articles ({args.among}):")
    for name in SETS:
        f = results[name]["newsdesk"]
        print(f"{name:5} P@1 {f['P@1']:.3f} P@5 {f['P@5']:.3f} R@10 {f['R@10']:.3f} empty {f['empty']}"
              f"  (related median {results[name]['related_ms_median']} ms)")
    save_results(args.out, "related_among", results)


if __name__ == "__main__":
    main()
