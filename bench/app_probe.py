"""Runs the real reader (headless) in its own process and reports, as JSON on
stdout, when the article list first showed rows and how much memory it held.

    BENCH_T0=$(date +%s.%N) python -m bench.app_probe CORPUS --index-dir DIR [--keep-open 3]

`first_rows` is the wall time from BENCH_T0 (set by the caller just before it
started this process) to the first painted frame whose list has rows.  With
--keep-open the app stays up that many seconds more (indexing in the background
goes on), then `rss_mb` is the app process's peak resident memory.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import time


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--index-dir", required=True)
    parser.add_argument("--keep-open", type=float, default=0.0)
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()
    t0 = float(os.environ.get("BENCH_T0") or time.time())

    from tui.app import NewsdeskApp
    from tui.components.article_list import ArticleList

    app = NewsdeskApp(args.paths, index_dir=args.index_dir)
    found: dict[str, float | int | None] = {"first_rows": None, "rows": 0}

    async def watch() -> None:
        deadline = time.monotonic() + args.timeout
        while time.monotonic() < deadline:
            await asyncio.sleep(0.005)
            try:
                articles = app.query_one(ArticleList)
            except Exception:
                continue
            if articles.matches is not None and len(articles.matches):
                painted = asyncio.get_running_loop().create_future()
                app.call_after_refresh(lambda done=painted: done.done() or done.set_result(None))
                await painted
                found["first_rows"] = time.time() - t0
                found["rows"] = len(articles.matches)
                break
        await asyncio.sleep(args.keep_open)
        app.exit()

    async def run() -> None:
        watcher = asyncio.create_task(watch())
        await app.run_async(headless=True, size=(150, 40))
        watcher.cancel()

    asyncio.run(run())
    found["rss_mb"] = round(_peak_rss_kb() / 1024, 1)
    print(json.dumps(found))


def _peak_rss_kb() -> int:
    """This process's own peak resident memory.  Not getrusage's ru_maxrss: Linux keeps
    that across exec, so a probe started by a large parent (the bench, holding indexes)
    reports the parent's size, which is how the bench once read 330 MB for a 98 MB reader."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    main()
