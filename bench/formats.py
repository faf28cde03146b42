"""Reading the formats users have, and fetching feeds: the figures of issue 16.

    python -m bench.formats [--pages 200] [--nexis 500] [--feeds 50] [--out bench/results.json]

- Saved pages: BBC articles (real text) saved as the web pages a browser keeps (head
  metadata, scripts and page state, navigation, a cookie banner, comments, a footer),
  read and built into articles (the whole pipeline: reading, trafilatura, cleaning,
  dates, actors) on one core; the same articles as plain text files beside them, through
  the same pipeline.  Also how much of each article's words the page gave back, and
  whether any furniture came with them.
- A Nexis Uni export of 500 BBC articles in one TXT file (cover page, labels with
  non-breaking spaces, Load-Date after each body): split and indexed by
  `newsdesk index` in a fresh index, timed whole.
- Feeds: a server on 127.0.0.1 serves 50 RSS feeds of 20 items each (items of the RSS
  corpus, their full text in the feed); `fetch_all` is timed, then timed again with
  nothing new, counting what the second fetch asked and got (conditional requests only).
"""

from __future__ import annotations

import argparse
import http.server
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from html import escape
from pathlib import Path
from typing import Any

from search.corpus import find_files, read_file
from search.metadata import build_article

from .copies import bbc_articles, rss_items
from .corpus import shared_corpora
from .measure import save_results

FURNITURE = ("We use cookies to improve your experience", "Skip to main content", "Sign up for our newsletter",
             "Most read", "Share this article", "Posted by reader")


def page_of(title: str, body: str, number: int) -> str:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n") if p.strip())
    state = "<script>window.__STATE__ = " + json.dumps({"k%d" % n: "v" * 40 for n in range(400)}) + ";</script>"
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)} - BBC News</title>'
            f'<meta property="og:title" content="{escape(title)}"><meta property="og:site_name" content="BBC News">'
            f'<meta property="article:published_time" content="2005-03-{1 + number % 28:02d}T08:00:00Z">{state}</head>'
            f'<body><div class="cookie">{FURNITURE[0]}. Accept all?</div><nav><a href="/">{FURNITURE[1]}</a> '
            '<a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>'
            f'<main><article><h1>{escape(title)}</h1>{paragraphs}</article>'
            f'<aside><h2>{FURNITURE[3]}</h2><ul><li><a href="/a">Another story entirely</a></li></ul></aside></main>'
            f'<section class="comments"><p>{FURNITURE[5]}: great piece!</p></section>'
            f'<footer>{FURNITURE[2]}. {FURNITURE[4]}.</footer></body></html>')


def pages(corpora: Path, count: int, work: Path) -> dict[str, Any]:
    articles = [(t, b) for t, b in bbc_articles(corpora) if len(b.split()) > 80][:count]
    (work / "pages").mkdir(parents=True)
    (work / "texts").mkdir(parents=True)
    for number, (title, body) in enumerate(articles):
        (work / "pages" / f"{number:04d}.html").write_text(page_of(title, body, number), encoding="utf-8")
        (work / "texts" / f"{number:04d}.txt").write_text(f"{title}\n\n{body}", encoding="utf-8")
    out: dict[str, Any] = {"articles": len(articles)}
    for kind in ("pages", "texts"):
        files, _ = find_files([work / kind])
        read_file(files[0])  # imports and models loaded before the clock starts
        started = time.process_time()
        built = [build_article(raw)[0] for f in files for raw in read_file(f).articles]
        seconds = time.process_time() - started
        out[kind] = {"per_second_one_core": round(len(files) / seconds, 1), "built": len(built)}
        if kind == "pages":
            recall, leaked = [], 0
            for (title, body), article in zip(articles, built):
                want = body.split()
                got = set(article.body.split())
                recall.append(sum(1 for word in want if word in got) / len(want))
                leaked += any(f in article.body for f in FURNITURE)
            recall.sort()
            out[kind].update(words_recovered_median=round(recall[len(recall) // 2], 3),
                             words_recovered_min=round(recall[0], 3), pages_with_furniture=leaked,
                             dated=sum(1 for a in built if a.published is not None))
    out["pages_to_texts_cost"] = round(out["texts"]["per_second_one_core"] / out["pages"]["per_second_one_core"], 2)
    return out


def nexis(corpora: Path, count: int, work: Path) -> dict[str, Any]:
    articles = [(t, b) for t, b in bbc_articles(corpora)][:count]
    cover = (f"User Name: =bench\nDate and Time: Monday, March 7, 2005 9:00:00 AM EST\nJob Number: 1\n\n"
             f"Documents ({len(articles)})\n\n" + "".join(f"{n}. {t}\n" for n, (t, _) in enumerate(articles, 1))
             + "Search Terms: bbc\nSearch Type: Terms and Connectors\n\n")
    docs = [f"{title}\nBBC News\nMarch {1 + n % 28}, 2005 Monday\n\nCopyright 2005 BBC All Rights Reserved\n\n"
            f"Section:\u00a0NEWS\nLength:\u00a0{len(body.split())} words\n\nBody\n\n{body}\n\n"
            f"Load-Date:\u00a0March 8, 2005\n\n\nEnd of Document\n\n" for n, (title, body) in enumerate(articles)]
    export = work / "nexis" / "export.TXT"
    export.parent.mkdir(parents=True)
    export.write_text(cover + "".join(docs), encoding="utf-8")
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "tui", "index", str(export.parent), "--index-dir",
                          str(work / "nexis-index"), "--json"], capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    report = json.loads(run.stdout)
    return {"articles_in_export": len(articles), "indexed": report["articles"],
            "exact_duplicates_folded": report["duplicates"], "skipped": len(report["skipped"]),
            "seconds": round(seconds, 2), "budget_seconds": 30}


def feeds(corpora: Path, count: int, work: Path) -> dict[str, Any]:
    from search.feeds import Subscriptions, fetch_all

    items = [(t, d, s) for t, d, s, _ in rss_items(corpora, count * 30) if d.strip()]
    random.Random(1).shuffle(items)
    documents = {}
    for number in range(count):
        chunk = items[number * 20:(number + 1) * 20]
        body = "".join(f"<item><title>{escape(t)}</title><guid>feed{number}-{k}</guid>"
                       f"<link>http://127.0.0.1/{number}/{k}</link><pubDate>Tue, 05 Mar 2024 08:30:00 GMT</pubDate>"
                       f"<content:encoded>{escape('<p>' + d + '</p>')}</content:encoded></item>"
                       for k, (t, d, _) in enumerate(chunk))
        documents[f"/{number}.xml"] = (f'<?xml version="1.0"?><rss version="2.0" '
                                       f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
                                       f"<title>Feed {number}</title>{body}</channel></rss>").encode()
    asked: list[tuple[str, int]] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            tag = f'"{self.path}"'
            if self.headers.get("If-None-Match") == tag:
                asked.append((self.path, 304))
                self.send_response(304)
                self.end_headers()
                return
            data = documents.get(self.path)
            asked.append((self.path, 200 if data else 404))
            self.send_response(200 if data else 404)
            self.send_header("ETag", tag)
            self.send_header("Content-Length", str(len(data or b"")))
            self.end_headers()
            self.wfile.write(data or b"")

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        subscriptions = Subscriptions.load(work / "feeds")
        for path in documents:
            subscriptions.add(f"http://127.0.0.1:{server.server_address[1]}{path}")
        subscriptions.save()
        first = fetch_all(Subscriptions.load(work / "feeds"))
        asked.clear()
        second = fetch_all(Subscriptions.load(work / "feeds"))
    finally:
        server.shutdown()
        server.server_close()
    return {"feeds": count, "items_per_feed": 20, "first_fetch_seconds": round(first.seconds, 2),
            "first_fetch_new": first.new, "second_fetch_seconds": round(second.seconds, 2),
            "second_fetch_new": second.new, "second_fetch_requests": len(asked),
            "second_fetch_not_modified": sum(1 for _, status in asked if status == 304), "budget_seconds": 10}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", type=Path, default=shared_corpora())
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--nexis", type=int, default=500)
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results.json")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newsdesk-formats-"))
    os.environ.setdefault("XDG_CACHE_HOME", str(work / "cache"))  # a fresh extraction cache: nothing reused
    try:
        results = {"pages": pages(args.corpora, args.pages, work), "nexis": nexis(args.corpora, args.nexis, work),
                   "fetch": feeds(args.corpora, args.feeds, work)}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    p, n, f = results["pages"], results["nexis"], results["fetch"]
    print(f"saved pages: {p['pages']['per_second_one_core']}/s on one core through the whole pipeline "
          f"(the same articles as text: {p['texts']['per_second_one_core']}/s, {p['pages_to_texts_cost']}x); "
          f"words recovered median {p['pages']['words_recovered_median']} (min {p['pages']['words_recovered_min']}), "
          f"{p['pages']['pages_with_furniture']} of {p['articles']} pages with furniture, "
          f"{p['pages']['dated']} dated from metadata; goal >= 30/s")
    print(f"Nexis export of {n['articles_in_export']}: {n['indexed']} indexed and {n['exact_duplicates_folded']} exact "
          f"duplicates folded, {n['skipped']} skipped, in {n['seconds']} s (goal < 30 s)")
    print(f"fetch of {f['feeds']} local feeds: {f['first_fetch_new']} items in {f['first_fetch_seconds']} s "
          f"(goal < 10 s); again with nothing new: {f['second_fetch_requests']} requests, "
          f"{f['second_fetch_not_modified']} answered 304, {f['second_fetch_new']} new, {f['second_fetch_seconds']} s")
    save_results(args.out, "formats", results)


if __name__ == "__main__":
    main()
