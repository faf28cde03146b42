"""Related articles, stories and near-copy finding at 100,000 articles.

    python -m bench.scale [--work DIR] [--queries 200] [--out bench/results.json]

The corpus is the 110,541 real items of ../shared/corpora/rss/news-2022.jsonl.gz (read
in place), indexed with `newsdesk index` into --work (kept: a second run reuses it, and
says so).  Then, on that index, in this process:

- related: `related` of --queries articles (a seeded sample), each timed; p50 and p95.
  The actor table is made first, as the reader's sidebar makes it (and an earlier
  opening keeps it): related then reads an actor's articles from it;
- stories: `stories` of result sets of 1,500 to 2,500 articles (the words whose
  articles number that many, a seeded sample of 12), three runs each; p50 and p95;
- near-copies: the index's own fingerprint and near-copy finder (the work the build adds
  for them, done in the writer, on the build's critical path) over every article's
  headline and body, in one process, as a share of the build's wall time.

Goals (issue 15): related p95 <= 50 ms, stories p95 <= 500 ms, near-copies <= 15%.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .corpus import shared_corpora
from .measure import Timing, percentile, run_process

CORPUS = "rss/news-2022.jsonl.gz"
STORY_SET = (1500, 2500)  # articles in a result set given to `stories`


def build(corpus: Path, index_dir: Path) -> dict[str, Any]:
    done = index_dir.with_name(index_dir.name + ".built.json")  # beside it: an index folder holds only the index
    if done.exists():
        return {**json.loads(done.read_text(encoding="utf-8")), "reused": True}
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    run = run_process([sys.executable, "-m", "tui", "index", str(corpus), "--index-dir", str(index_dir), "--json"],
                      env)
    report = json.loads(run.stdout)
    figures = {"seconds": round(run.seconds, 1), "articles": report["articles"],
               "articles_per_s": round(report["articles"] / run.seconds, 1), "peak_rss_mb": round(run.peak_rss / 2**20)}
    done.write_text(json.dumps(figures), encoding="utf-8")
    return {**figures, "reused": False}


def related_times(snapshot: Any, ids: list[str]) -> Timing:
    took = []
    for article_id in ids:
        started = time.perf_counter()
        snapshot.related(article_id)
        took.append(time.perf_counter() - started)
    return Timing(took)


def story_questions(snapshot: Any, rng: random.Random, count: int = 12) -> list[tuple[str, int]]:
    reader = snapshot.searcher.reader()
    fitting = []
    for raw, info in reader.iter_field("body"):
        word = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        if word.isalpha() and STORY_SET[0] <= info.doc_frequency() <= STORY_SET[1]:
            fitting.append(word)
    chosen = sorted(rng.sample(sorted(fitting), min(count, len(fitting))))
    return [(word, len(snapshot.matches(f"body:{word}"))) for word in chosen]


def stories_times(snapshot: Any, questions: list[tuple[str, int]], runs: int = 3) -> Timing:
    took = []
    for word, _ in questions:
        for _ in range(runs):
            started = time.perf_counter()
            snapshot.stories(f"body:{word}")
            took.append(time.perf_counter() - started)
    return Timing(took)


def near_copy_seconds(snapshot: Any) -> tuple[float, int]:
    from search.index.copies import CopyFinder, fingerprint

    texts = [(fields.get("title") or "", fields.get("body") or "", fields.get("published"))
             for fields in snapshot.searcher.all_stored_fields()]
    finder = CopyFinder(None)
    found = 0
    started = time.perf_counter()
    for position, (title, body, when) in enumerate(texts):
        found += bool(finder.copies(str(position), fingerprint(body, title), when))
    return time.perf_counter() - started, found


def run(corpora: Path, work: Path, queries: int) -> dict[str, Any]:
    from search import Index

    corpus = corpora / CORPUS
    index_dir = work / "ix-news-2022"
    built = build(corpus, index_dir)
    print(f"index of {built['articles']:,} articles: {built['seconds']} s, {built['articles_per_s']}/s"
          + (" (built by an earlier run)" if built["reused"] else ""), flush=True)
    rng = random.Random(15)
    with Index.open([str(corpus)], index_dir) as index:
        snapshot = index.snapshot()
        every = snapshot.matches("")
        ids = sorted(every.row(n).id for n in rng.sample(range(len(every)), queries))
        started = time.perf_counter()
        snapshot.table  # as the reader's sidebar makes it
        table = time.perf_counter() - started
        started = time.perf_counter()
        snapshot.related(ids[0])  # the wording and near-copy groups are made on first use
        first = time.perf_counter() - started
        related = related_times(snapshot, ids)
        print(f"related: p50 {related.median * 1000:.0f} ms, p95 {related.p95 * 1000:.0f} ms "
              f"({queries} articles; the first, which works out the word counts and, unless kept, "
              f"the actor directory: {first:.2f} s; the actor table before it: {table:.2f} s)", flush=True)
        questions = story_questions(snapshot, rng)
        stories = stories_times(snapshot, questions)
        print(f"stories of {STORY_SET[0]:,}-{STORY_SET[1]:,} articles: p50 {stories.median * 1000:.0f} ms, "
              f"p95 {stories.p95 * 1000:.0f} ms ({len(questions)} result sets x 3)", flush=True)
        copies, with_copy = near_copy_seconds(snapshot)
    share = copies / built["seconds"]
    print(f"near-copy finding: {copies:.1f} s for {built['articles']:,} articles ({with_copy:,} with an earlier copy),"
          f" {share:.1%} of the build's {built['seconds']} s", flush=True)
    return {"corpus": CORPUS, "build": built,
            "related": {**related.as_json(), "first_seconds": round(first, 2), "actor_table_seconds": round(table, 2),
                        "queries": queries},
            "stories": {**stories.as_json(), "result_sets": [{"query": f"body:{w}", "articles": n}
                                                               for w, n in questions]},
            "near_copies": {"seconds": round(copies, 1), "share_of_build": round(share, 3),
                            "articles_with_an_earlier_copy": with_copy},
            "related_p95_ms": round(percentile(related.values, 95) * 1000, 1),
            "stories_p95_ms": round(percentile(stories.values, 95) * 1000, 1),
            "stories_p50_ms": round(statistics.median(stories.values) * 1000, 1)}


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True,
                              cwd=Path(__file__).resolve().parent).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", type=Path, default=shared_corpora())
    parser.add_argument("--work", type=Path, default=Path("/tmp/newsdesk-bench-scale"))
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results.json")
    args = parser.parse_args()
    if not (args.corpora / CORPUS).exists():
        sys.exit(f"bench.scale: {args.corpora / CORPUS} is missing (the shared corpora are needed)")
    args.work.mkdir(parents=True, exist_ok=True)
    results = run(args.corpora, args.work, args.queries)
    saved = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
    earlier = saved.get("scale_100k")
    if earlier:  # kept, so a figure is always read beside the ones before it
        results["earlier_runs"] = [{k: v for k, v in earlier.items() if k != "earlier_runs"},
                                   *earlier.get("earlier_runs", [])]
    results["commit"] = _commit()
    saved["scale_100k"] = results
    args.out.write_text(json.dumps(saved, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
