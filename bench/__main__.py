"""newsdesk's speed and memory at scale, against baselines measured in the same run.

    python -m bench [--sizes 1000,10000,100000] [--bbc] [--out bench/results.json]

For the BBC corpus (full texts) and generated corpora of the given sizes (see
bench/corpus.py: collages of real BBC sentences under real RSS headlines and
dates), it measures the budgets of issue 5 through the real code paths: the
`newsdesk index` command, the library, and the reader (headless, in its own
process or under Pilot).  Every figure is a median over several runs with its
spread, beside the baseline measured in the same run, and a ratio.  It prints a
table and writes JSON.  Nothing here asserts: the test suite is never timed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .corpus import generate, shared_corpora
from .measure import Timing, percentile, run_process, timed

PY = sys.executable


def _env(home: Path) -> dict[str, str]:
    """Isolated user directories, so no saved state or overrides colour a run."""
    return {"XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"), "PYTHONPATH": str(Path(__file__).resolve().parents[1])}


class Bench:
    def __init__(self, work: Path, runs: int) -> None:
        self.work = work
        self.runs = runs
        self.env = _env(work / "home")
        os.environ.update(self.env)
        self.results: dict[str, Any] = {}
        self.rows: list[tuple[str, str, str, str, str]] = []  # corpus, measure, ours, baseline, verdict

    def row(self, corpus: str, measure: str, ours: str, baseline: str, verdict: str) -> None:
        self.rows.append((corpus, measure, ours, baseline, verdict))
        print(f"  {measure:<38} {ours:<28} {baseline:<34} {verdict}", flush=True)

    # Build ----------------------------------------------------------------------------

    def build(self, name: str, corpus: Path, articles: int, baseline_limit: int | None,
              previous: dict[str, Any] | None = None) -> Path:
        out: dict[str, Any] = {}
        index_dir = self.work / f"ix-{name}"
        if previous and "build" in previous and index_dir.is_dir():
            # The same corpus and index from an earlier run in this work folder.
            self.results.setdefault(name, {}).update(
                {k: previous[k] for k in ("build", "rebuild_seconds") if k in previous} | {"build_reused": True})
            b = previous["build"]
            self.row(name, "bulk build, articles/s (earlier run)", f"{b['ours_articles_per_s']:.0f}/s",
                     f"tuned {b['tuned_articles_per_s']:.0f}/s, naive {b['naive_articles_per_s']:.0f}/s",
                     f"{b['ratio_to_tuned']:.2f}x tuned, {b['ratio_to_naive']:.2f}x naive")
            self.row(name, "bulk build peak memory (earlier run)", f"{b['peak_rss_mb']} MB", "", "budget 1024 MB")
            return index_dir
        runs = self.runs if articles <= 3000 else 1
        ours = []
        peak = 0
        for _ in range(runs):
            shutil.rmtree(index_dir, ignore_errors=True)
            run = run_process([PY, "-m", "tui", "index", str(corpus), "--index-dir", str(index_dir)], self.env)
            ours.append(run.seconds)
            peak = max(peak, run.peak_rss)
        ours_rate = articles / statistics.median(ours)
        sample = min(articles, baseline_limit) if baseline_limit else articles
        rates: dict[str, Timing] = {}
        for kind in ("tuned", "naive"):
            values = []
            for _ in range(runs):
                bare = self.work / f"bare-{kind}"
                shutil.rmtree(bare, ignore_errors=True)
                run = run_process([PY, "-m", "bench.baseline", "build", kind, str(corpus), str(bare),
                                   "--limit", str(sample)], self.env)
                values.append(run.seconds)
                shutil.rmtree(bare, ignore_errors=True)
            rates[kind] = Timing(values)
        tuned = sample / rates["tuned"].median
        naive = sample / rates["naive"].median
        on = f" (baselines on the first {sample:,})" if sample < articles else ""
        out["build"] = {"ours_seconds": Timing(ours).as_json(), "ours_articles_per_s": round(ours_rate, 1),
                        "tuned_articles_per_s": round(tuned, 1), "naive_articles_per_s": round(naive, 1),
                        "baseline_articles": sample, "ratio_to_tuned": round(ours_rate / tuned, 3),
                        "ratio_to_naive": round(ours_rate / naive, 3), "peak_rss_mb": round(peak / 2**20)}
        self.row(name, "bulk build, articles/s", f"{ours_rate:.0f}/s ({statistics.median(ours):.1f} s)",
                 f"tuned {tuned:.0f}/s, naive {naive:.0f}/s{on}",
                 f"{ours_rate / tuned:.2f}x tuned (>=0.6), {ours_rate / naive:.2f}x naive (>=2)")
        self.row(name, "bulk build peak memory (process tree)", f"{peak / 2**20:.0f} MB", "", "budget 1024 MB")
        self.results.setdefault(name, {}).update(out)
        if articles > 10_000:
            return index_dir  # shown on the smaller corpora; at 100k it would double the run
        # A rebuild of the unchanged corpus: extraction comes from the cache.
        run = run_process([PY, "-m", "tui", "index", str(corpus), "--index-dir", str(index_dir), "--rebuild"],
                          self.env)
        out["rebuild_seconds"] = round(run.seconds, 2)
        self.row(name, "rebuild, extraction cached", f"{run.seconds:.1f} s",
                 f"first build {statistics.median(ours):.1f} s", f"{run.seconds / statistics.median(ours):.2f}x")
        self.results.setdefault(name, {}).update(out)
        return index_dir

    # Library ---------------------------------------------------------------------------

    def library(self, name: str, corpus: Path, index_dir: Path) -> None:
        from search import Index

        out = self.results.setdefault(name, {})
        with Index.open([corpus], index_dir) as index:
            check = timed(lambda: index.update(), max(3, self.runs))
            out["change_check"] = check.as_json()
            self.row(name, "unchanged corpus checked", f"{check.median * 1000:.0f} ms median", "",
                     "budget 1000 ms")
            queries = self.queries(index)
            out["queries"] = queries
            self.search(name, index, queries, out)
            self.sidebar(name, index, queries, out)
            self.likeness(name, index, out)

    def queries(self, index: Any) -> list[str]:
        """At least 50 queries from the corpus itself: words, phrases, actors, dates."""
        from search import Question

        rng = random.Random(7)
        hits = index.search(Question(sort="date"), limit=400).hits
        titles = [h.title for h in hits]
        words = sorted({w.lower() for t in titles for w in t.split() if w.isalpha() and len(w) >= 5})
        rng.shuffle(words)
        pairs = sorted({" ".join(t.split()[i:i + 2]).lower() for t in titles for i in range(len(t.split()) - 1)
                        if all(w.isalpha() for w in t.split()[i:i + 2])})
        rng.shuffle(pairs)
        actors = [a.name for a in index.all_actors()[:60]]
        rng.shuffle(actors)
        dated = sorted(h.published for h in hits if h.published)
        middle = dated[len(dated) // 2].date().isoformat() if dated else "2022-06-01"
        queries = words[:15] + [f'"{p}"' for p in pairs[:10]]
        queries += [f"{a} {b}" for a, b in zip(words[15:25], words[25:35])]
        queries += [f'actor:"{a}"' for a in actors[:8]]
        queries += [f'{w} actor:"{a}"' for w, a in zip(words[35:40], actors[8:13])]
        queries += [f"{w} after:{middle}" for w in words[40:45]]
        queries += [f"{w} before:{middle}" for w in words[45:48]]
        queries += [f"{a} OR {b}" for a, b in zip(words[48:51], words[51:54])]
        queries += [f"{a} -{b}" for a, b in zip(words[54:57], words[57:60])]
        return queries

    def search(self, name: str, index: Any, queries: list[str], out: dict[str, Any]) -> None:
        from whoosh import highlight
        from whoosh.qparser import MultifieldParser

        from search.index.storage import storage

        # The same storage as newsdesk's, so that only the searching differs.
        searcher = storage(index.directory).open_index().searcher()
        parser = MultifieldParser(["title", "body"], searcher.schema)

        def ours(q: str) -> None:
            index.search(q, limit=50, snippets=20)

        def bare(q: str) -> None:
            results = searcher.search(parser.parse(q), limit=50)
            results.fragmenter = highlight.ContextFragmenter(maxchars=240, surround=60)
            for hit in results[:20]:
                hit.highlights("body", top=2)

        for q in queries:  # warm both: caches, the actor directory
            ours(q)
            bare(q)
        mine, theirs = [], []
        for _ in range(max(3, self.runs)):
            for q in queries:
                for action, into in ((ours, mine), (bare, theirs)):
                    started = time.perf_counter()
                    action(q)
                    into.append(time.perf_counter() - started)
        p95, base = percentile(mine, 95), percentile(theirs, 95)
        out["search"] = {"queries": len(queries), "ours": Timing(mine).as_json(), "bare": Timing(theirs).as_json(),
                         "ratio_p95": round(p95 / base, 2)}
        self.row(name, f"search top 50, {len(queries)} queries", f"p95 {p95 * 1000:.0f} ms, "
                 f"p50 {statistics.median(mine) * 1000:.0f}", f"bare Whoosh p95 {base * 1000:.0f} ms",
                 f"{p95 / base:.2f}x; budget p95 50 ms")

    def sidebar(self, name: str, index: Any, queries: list[str], out: dict[str, Any]) -> None:
        started = time.perf_counter()
        index.actor_table()
        first = time.perf_counter() - started
        asked = ["", *queries]
        values = []
        for _ in range(max(3, self.runs)):
            for q in asked:
                begun = time.perf_counter()
                index.actors(q, limit=200)
                values.append(time.perf_counter() - begun)
        everything = timed(lambda: index.actors("", limit=200), max(3, self.runs))
        p95 = percentile(values, 95)
        out["sidebar"] = {"ours": Timing(values).as_json(), "all_articles": everything.as_json(),
                          "table_build_seconds": round(first, 3)}
        self.row(name, "actor sidebar (top 200 of result set)", f"p95 {p95 * 1000:.0f} ms, all "
                 f"{everything.median * 1000:.0f} ms", f"table built once in {first:.2f} s", "budget p95 100 ms")

    def likeness(self, name: str, index: Any, out: dict[str, Any]) -> None:
        """related for one article, stories for a result set of about 2,000 articles, and
        what finding near-copies costs per article (against the build's own rate)."""
        from search.index.copies import CopyFinder, fingerprint

        snapshot = index.snapshot()
        everyone = list(snapshot.searcher.reader().all_doc_ids())
        rng = random.Random(5)
        asked = [snapshot.searcher.stored_fields(doc)["id"] for doc in rng.sample(everyone, min(60, len(everyone)))]
        took = []
        for article_id in asked:
            begun = time.perf_counter()
            index.related(article_id)
            took.append(time.perf_counter() - begun)
        out["related"] = Timing(took).as_json()
        self.row(name, "related, one article", f"p95 {percentile(took, 95) * 1000:.0f} ms, "
                 f"p50 {statistics.median(took) * 1000:.0f}", f"{len(took)} articles", "budget p95 50 ms")
        word = _word_matching(snapshot, 2000)
        count = len(index.matches(word))
        grouping = timed(lambda: index.stories(word), max(3, self.runs))
        out["stories"] = {"query": word, "articles": count, **grouping.as_json()}
        self.row(name, "stories of a result set", f"p95 {grouping.p95 * 1000:.0f} ms for {count} articles",
                 f"query {word!r}", "budget p95 500 ms at 2,000")
        sample = [snapshot.searcher.stored_fields(doc) for doc in everyone[:2000]]
        finder = CopyFinder(None)
        begun = time.perf_counter()
        for fields in sample:
            finder.copies(fields["dupkey"], fingerprint(fields.get("body") or "", fields.get("title") or ""),
                          fields.get("published"))
        per_article = (time.perf_counter() - begun) / max(1, len(sample))
        rate = self.results.get(name, {}).get("build", {}).get("ours_articles_per_s")
        share = per_article * rate if rate else None
        out["copies"] = {"ms_per_article": round(per_article * 1000, 3),
                         "share_of_build": round(share, 3) if share is not None else None}
        self.row(name, "near-copy finding, per article", f"{per_article * 1000:.2f} ms",
                 f"{share:.0%} of the build's time per article" if share is not None else "", "budget 15% of build")

    # The reader ------------------------------------------------------------------------

    def reader(self, name: str, corpus: Path, index_dir: Path) -> None:
        out = self.results.setdefault(name, {})
        warm, bare, rss = [], [], 0.0
        for _ in range(self.runs):
            found = self._probe([str(corpus), "--index-dir", str(index_dir)])
            warm.append(found["first_rows"])
            rss = max(rss, found["rss_mb"])
            run = run_process([PY, "-m", "bench.baseline", "start"], {**self.env, "BENCH_T0": repr(time.time())})
            bare.append(float(run.stdout.split()[-1]))
        ratio = statistics.median(warm) / statistics.median(bare)
        out["warm_start"] = {"ours": Timing(warm).as_json(), "bare_textual": Timing(bare).as_json(),
                             "ratio": round(ratio, 2)}
        self.row(name, "warm start to list painted", f"{statistics.median(warm):.2f} s",
                 f"bare Textual app {statistics.median(bare):.2f} s", f"{ratio:.2f}x")
        found = self._probe([str(corpus), "--index-dir", str(index_dir), "--keep-open", "3"])
        out["app_rss_mb"] = found["rss_mb"]
        self.row(name, "reader memory, index open", f"{found['rss_mb']:.0f} MB", "", "budget 300 MB")
        asyncio.run(self._pilot(name, corpus, index_dir, out))

    def _probe(self, args: list[str]) -> dict[str, Any]:
        run = run_process([PY, "-m", "bench.app_probe", *args], {**self.env, "BENCH_T0": repr(time.time())})
        return json.loads(run.stdout.strip().splitlines()[-1])

    async def _pilot(self, name: str, corpus: Path, index_dir: Path, out: dict[str, Any]) -> None:
        """Keystroke to repainted list, and the list's mount and scrolling, under Pilot."""
        from textual.widgets import Input

        from tui.app import NewsdeskApp
        from tui.components.article_list import ArticleList

        app = NewsdeskApp([str(corpus)], index_dir=str(index_dir))
        async with app.run_test(size=(150, 40)) as pilot:
            articles = app.query_one(ArticleList)
            while articles.matches is None or not len(articles.matches):
                await pilot.pause(0.02)
            while app.reader.indexing:
                await pilot.pause(0.05)
            field = app.query_one("#search", Input)
            words = [q for q in out.get("queries", []) if q.isalpha()][:12] or ["news"]
            keystrokes = []
            for word in words:
                field.value = ""
                await pilot.pause(0.3)
                for ch in word[:4]:
                    before = articles.matches
                    started = time.perf_counter()
                    field.insert_text_at_cursor(ch)
                    while articles.matches is before:
                        await asyncio.sleep(0.002)
                    await _next_frame(app)
                    keystrokes.append(time.perf_counter() - started)
            out["keystroke"] = Timing(keystrokes).as_json()
            self.row(name, "keystroke to repainted list", f"p95 {percentile(keystrokes, 95) * 1000:.0f} ms, "
                     f"p50 {statistics.median(keystrokes) * 1000:.0f}", "", "budget p95 100 ms")

            field.value = ""
            await pilot.pause(0.5)
            everything = app.index.matches("")
            mounts = []
            for _ in range(self.runs):
                articles.matches = None
                articles.refresh()
                await pilot.pause()
                started = time.perf_counter()
                articles.show(everything)
                await _next_frame(app)
                mounts.append(time.perf_counter() - started)
            out["list_show"] = {"rows": len(everything), **Timing(mounts).as_json()}
            self.row(name, f"list of {len(everything):,} rows shown", f"{statistics.median(mounts) * 1000:.0f} ms",
                     "", "budget 100 ms")
            pages: dict[str, list[float]] = {}
            for label, row in (("row 0", 0), ("row 90%", int(len(everything) * 0.9))):
                values = []
                for step in range(self.runs * 2):
                    articles.cursor = row + (step % 2)
                    await pilot.pause()
                    started = time.perf_counter()
                    articles.action_page(1)
                    await _next_frame(app)
                    values.append(time.perf_counter() - started)
                    articles.action_page(-1)
                    await pilot.pause()
                pages[label] = values
            ratio = statistics.median(pages["row 90%"]) / statistics.median(pages["row 0"])
            out["page_scroll"] = {k: Timing(v).as_json() for k, v in pages.items()} | {"ratio": round(ratio, 2)}
            self.row(name, "page down at row 90% vs row 0", f"{statistics.median(pages['row 90%']) * 1000:.0f} ms",
                     f"{statistics.median(pages['row 0']) * 1000:.0f} ms at row 0", f"{ratio:.2f}x (same cost)")

    def first_rows(self, name: str, corpus: Path) -> None:
        """Opening a corpus never indexed: the first articles on screen."""
        index_dir = self.work / f"fresh-{name}"
        shutil.rmtree(index_dir, ignore_errors=True)
        found = self._probe([str(corpus), "--index-dir", str(index_dir), "--timeout", "300"])
        self.results.setdefault(name, {})["first_rows_new_corpus"] = found["first_rows"]
        self.row(name, "new corpus: first articles on screen", f"{found['first_rows']:.2f} s",
                 "", "budget 3 s")
        shutil.rmtree(index_dir, ignore_errors=True)

    def incremental(self, name: str, corpus: Path, index_dir: Path) -> None:
        extra = corpus / "added" / "one-more.txt"
        extra.parent.mkdir(exist_ok=True)
        extra.write_text(" date 2022-06-01\n\nA benchmark adds one article\n\nZanzibarian pelicans "
                         "were counted by the benchmark on Wednesday, officials said.\n")
        try:
            run = run_process([PY, "-m", "tui", "search", "zanzibarian", "--json", "--corpus", str(corpus),
                               "--index-dir", str(index_dir)], self.env)
            found = json.loads(run.stdout)["total"] == 1
        finally:
            shutil.rmtree(extra.parent)
        run_process([PY, "-m", "tui", "index", str(corpus), "--index-dir", str(index_dir)], self.env)
        self.results.setdefault(name, {})["incremental_seconds"] = round(run.seconds, 2)
        self.row(name, "one file added, searchable (CLI)", f"{run.seconds:.2f} s" + ("" if found else " NOT FOUND"),
                 "", "budget 2 s")


async def _next_frame(app: Any) -> None:
    """Until the screen has been refreshed (painted) after what was just done."""
    painted = asyncio.get_running_loop().create_future()
    app.call_after_refresh(lambda: painted.done() or painted.set_result(None))
    await painted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000", help="generated corpus sizes (0 for none)")
    parser.add_argument("--no-bbc", action="store_true", help="leave out the BBC corpus")
    parser.add_argument("--no-seeds", action="store_true", help="leave out the warm start on the seeds")
    parser.add_argument("--corpora", type=Path, default=shared_corpora())
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline-limit", type=int, default=10_000,
                        help="larger corpora measure the baseline loops on their first N articles")
    parser.add_argument("--work", type=Path, help="keep generated corpora and indexes here")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results.json")
    parser.add_argument("--reuse", type=Path, help="an earlier results.json whose indexes (in --work) "
                        "are reused: their build figures are copied, everything else measured again")
    args = parser.parse_args()
    reused: dict[str, Any] = json.loads(args.reuse.read_text()) if args.reuse else {}
    if not (args.corpora / "bbc").is_dir():
        sys.exit(f"bench: the shared corpora are not at {args.corpora} (use --corpora)")
    work = args.work or Path(tempfile.mkdtemp(prefix="newsdesk-bench-"))
    bench = Bench(work, args.runs)
    started = time.time()
    print(f"newsdesk bench in {work}: {os.cpu_count()} cores, Python {platform.python_version()}")
    if not args.no_seeds:  # the warm-start budget is set on the bundled seeds
        from search.locations import seeds_dir

        print("\nseeds", flush=True)
        seeds_index = work / "ix-seeds"
        run_process([PY, "-m", "tui", "index", str(seeds_dir()), "--index-dir", str(seeds_index)], bench.env)
        bench.reader("seeds", seeds_dir(), seeds_index)
    corpora: list[tuple[str, Path, int]] = []
    if not args.no_bbc:
        corpora.append(("bbc", args.corpora / "bbc", 2225))
    for size in (int(s) for s in args.sizes.split(",") if int(s)):
        path = work / f"generated-{size}"
        if not (path / "README.txt").exists():
            generate(path, size, args.corpora)
        corpora.append((f"generated {size:,}", path, size))
    for name, path, size in corpora:
        print(f"\n{name} ({path})", flush=True)
        if name.startswith("generated"):
            bench.first_rows(name, path)
        index_dir = bench.build(name, path, size, args.baseline_limit, reused.get(name))
        bench.library(name, path, index_dir)
        bench.reader(name, path, index_dir)
        bench.incremental(name, path, index_dir)
    bench.results["_meta"] = {"cores": os.cpu_count(), "python": platform.python_version(),
                              "date": time.strftime("%Y-%m-%d"), "minutes": round((time.time() - started) / 60, 1),
                              "generated": "generated corpora are collages of real BBC sentences under real "
                                           "RSS headlines and dates (bench/corpus.py), not real articles",
                              "rows": bench.rows}
    args.out.write_text(json.dumps(bench.results, indent=2, default=str) + "\n")
    print(f"\n{len(bench.rows)} figures in {(time.time() - started) / 60:.1f} min; written to {args.out}")


def _word_matching(snapshot: Any, articles: int) -> str:
    """A body word that about `articles` articles contain (the nearest there is)."""
    best, gap = "news", None
    for raw, info in snapshot.searcher.reader().iter_field("body"):
        word = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        if not word.isalpha() or len(word) < 4:
            continue
        off = abs(info.doc_frequency() - articles)
        if gap is None or off < gap:
            best, gap = word, off
    return best


if __name__ == "__main__":
    main()

