"""Subscriptions and fetching, against a real HTTP server these tests start on
127.0.0.1 (nothing else is contacted): a good feed and its 304, a 404, a feed that
hangs past the timeout, an endless response past the size cap, malformed XML, an XML
entity bomb, a redirect loop, gzip, a busy server, summaries made full text from the
item's page, items never written twice."""

from __future__ import annotations

import gzip
import http.server
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from search.corpus import find_files, read_file
from search.feeds import BadSubscription, Limits, Subscriptions, fetch_all
from tui.cli import main

STRIKE = ("Dock workers at the port of Harwick returned to work on Tuesday after union leaders accepted a pay "
          "offer that ends a three-week strike which had left container ships queuing offshore.")
MORE = ("The deal gives workers a rise of 7 percent this year and a further 4 percent next year, the union said "
        "in a statement. Shipping lines said it would take days to clear the backlog at the container terminal.")


def _rss(base: str, items: list[tuple[str, str, str]]) -> bytes:
    body = "".join(f"<item><title>{title}</title><link>{base}{link}</link><guid>{base}{link}</guid>"
                   f"<pubDate>Tue, 05 Mar 2024 08:30:00 GMT</pubDate><description>{summary}</description></item>"
                   for title, link, summary in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Harwick Courier</title>{body}</channel></rss>'.encode()


PAGE = (f"<html><head><title>Port strike ends</title></head><body><nav>Home World</nav><article><h1>Port strike ends"
        f"</h1><p>{STRIKE}</p><p>{MORE}</p></article><footer>Subscribe</footer></body></html>").encode()


class _Handler(http.server.BaseHTTPRequestHandler):
    log: list[tuple[str, dict[str, str]]] = []
    busy_once: set[str] = set()

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.log.append((self.path, dict(self.headers)))
        if self.path == "/good.xml":
            if self.headers.get("If-None-Match") == '"v1"':
                return self._send(304, b"")
            feed = _rss(base, [("Port strike ends", "/page.html", "Dock workers return."),
                               ("Floods close roads", "/gone.html", "Rivers burst their banks overnight.")])
            return self._send(200, feed, {"ETag": '"v1"', "Content-Type": "application/rss+xml"})
        if self.path == "/gzip.xml":  # no validators: the second fetch gets the same items again
            data = gzip.compress(_rss(base, [("Zipped item", "/zipped.html", "Text of a zipped feed.")]))
            return self._send(200, data, {"Content-Encoding": "gzip", "Content-Type": "application/rss+xml"})
        if self.path == "/page.html":
            return self._send(200, PAGE, {"Content-Type": "text/html"})
        if self.path == "/busy.xml":
            if self.path not in self.busy_once:
                self.busy_once.add(self.path)
                return self._send(503, b"busy", {"Retry-After": "0"})
            return self._send(200, _rss(base, [("After a pause", "/p2.html", "Busy then fine.")]))
        if self.path == "/hang.xml":
            time.sleep(3)
            return self._send(200, _rss(base, []))
        if self.path == "/endless.xml":
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            try:
                self.wfile.write(b'<?xml version="1.0"?><rss><channel><title>')
                for _ in range(10_000):
                    self.wfile.write(b"x" * 8192)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return None
        if self.path == "/malformed.xml":
            return self._send(200, b"this is << not a feed at all >> \x00\x01")
        if self.path == "/bomb.xml":
            entities = "".join(f'<!ENTITY e{n} "{("&e" + str(n - 1) + ";") * 10}">' for n in range(1, 10))
            return self._send(200, (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e0 "boom">{entities}]>'
                                    '<rss version="2.0"><channel><title>t</title><item><title>&e9;</title>'
                                    '</item></channel></rss>').encode())
        if self.path in ("/loop-a", "/loop-b"):
            self.send_response(302)
            self.send_header("Location", "/loop-b" if self.path == "/loop-a" else "/loop-a")
            self.end_headers()
            return None
        return self._send(404, b"not here")

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture
def server() -> Iterator[str]:
    _Handler.log = []
    _Handler.busy_once = set()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


QUICK = Limits(timeout=1.5, deadline=2.5, feed_bytes=256 * 1024, page_bytes=256 * 1024, pause=0.01, retries=1)


def test_a_fetch_reports_each_feed_and_the_rest_go_on(tmp_path: Path, server: str) -> None:
    subscriptions = Subscriptions.load(tmp_path)
    for name in ("good", "gzip", "busy", "hang", "endless", "malformed", "bomb", "missing"):
        subscriptions.add(f"{server}/{name}.xml")
    subscriptions.add(f"{server}/loop-a")
    subscriptions.save()
    started = time.monotonic()
    report = fetch_all(Subscriptions.load(tmp_path), QUICK)
    assert time.monotonic() - started < 15
    by_path = {result.url.rsplit("/", 1)[1]: result for result in report.results}
    assert by_path["good.xml"].new == 2 and by_path["good.xml"].error is None
    assert by_path["good.xml"].pages_failed == 1  # /gone.html is a 404: its summary is kept
    assert by_path["gzip.xml"].new == 1 and by_path["busy.xml"].new == 1
    assert "HTTP 404" in by_path["missing.xml"].error
    assert "no answer within 1.5 s" in by_path["hang.xml"].error  # the limit as set, not rounded
    assert "larger than" in by_path["endless.xml"].error
    assert "not a readable feed" in by_path["malformed.xml"].error
    assert "redirect" in by_path["loop-a"].error
    assert by_path["bomb.xml"].new <= 1  # expanded or refused, never a billion laughs
    assert len(report.failed) == 5, [(result.url, result.error) for result in report.failed]

    saved = Subscriptions.load(tmp_path)
    good = saved.find(f"{server}/good.xml")
    assert good is not None and good.etag == '"v1"' and good.items == 2 and good.last_error is None
    assert "HTTP 404" in (saved.find(f"{server}/missing.xml").last_error or "")

    files, _ = find_files([saved.items_folder])
    articles = {a.title: a for f in files for a in read_file(f).articles}
    assert STRIKE in articles["Port strike ends"].text and MORE in articles["Port strike ends"].text
    assert articles["Floods close roads"].text == "Rivers burst their banks overnight."
    assert articles["Port strike ends"].outlet == "Harwick Courier"


def test_a_second_fetch_is_conditional_and_writes_nothing_twice(tmp_path: Path, server: str) -> None:
    subscriptions = Subscriptions.load(tmp_path)
    subscriptions.add(f"{server}/good.xml")
    subscriptions.add(f"{server}/gzip.xml")
    subscriptions.save()
    first = fetch_all(Subscriptions.load(tmp_path), QUICK)
    assert first.new == 3
    _Handler.log.clear()
    second = fetch_all(Subscriptions.load(tmp_path), QUICK)
    assert second.new == 0
    good = [r for r in second.results if r.url.endswith("good.xml")][0]
    assert good.not_modified
    feed_requests = [headers for path, headers in _Handler.log if path == "/good.xml"]
    assert feed_requests and feed_requests[0].get("If-None-Match") == '"v1"'
    assert not any(path == "/page.html" for path, _ in _Handler.log)  # no page fetched again
    lines = [line for path in Subscriptions.load(tmp_path).items_folder.rglob("*.jsonl")
             for line in path.read_text().splitlines()]
    assert len(lines) == 3


def test_subscribing_by_hand_and_from_opml(tmp_path: Path) -> None:
    subscriptions = Subscriptions.load(tmp_path)
    with pytest.raises(BadSubscription):
        subscriptions.add("file:///etc/passwd")
    with pytest.raises(BadSubscription):
        subscriptions.add("not an address")
    opml = tmp_path / "subs.opml"
    opml.write_text('<?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body>'
                    '<outline text="News"><outline text="Courier" type="rss" xmlUrl="http://127.0.0.1:9/a.xml"/>'
                    '<outline text="Bad" type="rss" xmlUrl="ftp://127.0.0.1/x"/></outline>'
                    '<outline text="Post" xmlUrl="http://127.0.0.1:9/b.xml"/></body></opml>')
    added, problems = subscriptions.import_opml(opml)
    assert [f.title for f in added] == ["Courier", "Post"] and len(problems) == 1
    assert subscriptions.import_opml(opml)[0] == []  # twice: nothing new
    subscriptions.save()
    assert [f.url for f in Subscriptions.load(tmp_path).feeds] == ["http://127.0.0.1:9/a.xml", "http://127.0.0.1:9/b.xml"]
    broken = tmp_path / "broken.opml"
    broken.write_text("<opml><body><outline")
    with pytest.raises(BadSubscription):
        subscriptions.import_opml(broken)


def test_the_commands_subscribe_fetch_index_and_list(tmp_path: Path, server: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    folder = ["--feeds-folder", str(tmp_path / "feeds")]
    assert main(["feeds", "add", f"{server}/good.xml", *folder]) == 0
    assert main(["feeds", "add", f"{server}/missing.xml", "--no-full-text", *folder]) == 0
    capsys.readouterr()
    assert main(["fetch", "--json", "--index-dir", str(tmp_path / "index"), *folder]) == 1  # one feed failed
    report = json.loads(capsys.readouterr().out)
    assert report["new"] == 2 and report["failed"] == 1 and report["articles"] == 2
    assert main(["feeds", "--json", *folder]) == 0
    listed = json.loads(capsys.readouterr().out)["feeds"]
    assert [(f["items"], bool(f["last_error"]), f["full_text"]) for f in listed] == [(2, False, True), (0, True, False)]
    assert main(["search", "strike", "--json", "--corpus", str(tmp_path / "feeds" / "items"),
                 "--index-dir", str(tmp_path / "index")]) == 0
    hits = json.loads(capsys.readouterr().out)["results"]
    assert [hit["title"] for hit in hits] == ["Port strike ends"]
    assert main(["feeds", "remove", f"{server}/missing.xml", *folder]) == 0
    assert main(["feeds", "add", *folder]) == 2


@pytest.mark.asyncio
async def test_the_readers_fetch_key_fetches_says_what_is_new_and_lists_it(tmp_path: Path, server: str) -> None:
    from datetime import date

    from search.state import ReadingState
    from tui.app import NewsdeskApp

    from .test_app import _rows, _until

    subscriptions = Subscriptions.load()  # newsdesk's own data folder (the tests' is a temporary one)
    subscriptions.add(f"{server}/good.xml")
    subscriptions.save()
    subscriptions.items_folder.mkdir(parents=True)
    app = NewsdeskApp([str(subscriptions.items_folder)], str(tmp_path / "ix"), date(2025, 12, 20),
                      state=ReadingState("test", tmp_path / "state.sqlite"))
    async with app.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: app.index is not None and _rows(app) == 0 and not app.reader.indexing, 30)
        assert any("press F" in note.message for note in app._notifications)  # an empty feeds folder says how
        await pilot.press("F")
        await _until(pilot, lambda: _rows(app) == 2, 60)
        said = [note.message for note in app._notifications]
        assert any("2 new items from 1 feeds" in message for message in said), said
    assert [path for path, _ in _Handler.log].count("/good.xml") == 1  # fetched once, when asked


def test_a_damaged_list_of_feeds_is_reported_and_the_seeds_still_open(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    folder = Subscriptions.load().folder
    folder.mkdir(parents=True)
    (folder / "subscriptions.json").write_text("{not json")
    assert main(["search", "--json", "--index-dir", str(tmp_path / "ix")]) == 0
    captured = capsys.readouterr()
    assert "cannot read the list of feeds" in captured.err and json.loads(captured.out)["total"] == 5
    assert main(["feeds"]) == 1 and "cannot read the list of feeds" in capsys.readouterr().err
