"""`newsdesk feeds` and `newsdesk fetch`: the subscriptions and fetching them, printed.
What they do is search/feeds/; this module reads arguments and prints."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.text import Text

from search.feeds import FetchReport, Subscriptions, fetch_all
from search.index.report import progress_line
from search.text import displayable

from . import output

__all__ = ["feeds_command", "fetch_command", "subscriptions_of", "FETCHED"]

FETCHED = "fetched "  # the last line `fetch --progress-lines` prints: the report as JSON, for the reader


def subscriptions_of(args: argparse.Namespace) -> Subscriptions:
    folder = getattr(args, "feeds_folder", None)
    return Subscriptions.load(Path(folder).expanduser() if folder else None)


def feeds_command(args: argparse.Namespace) -> int:
    subscriptions = subscriptions_of(args)
    if args.action in ("add", "import", "remove") and not args.target:
        _say(f"newsdesk: feeds {args.action} needs {'a file' if args.action == 'import' else 'a feed address'}")
        return 2
    if args.action == "add":
        known = subscriptions.find(args.target.strip())
        feed = subscriptions.add(args.target, full_text=not args.no_full_text)
        subscriptions.save()
        _say(f"newsdesk: {'already subscribed to' if known else 'subscribed to'} {feed.url}"
             f"{'' if feed.full_text else ' (summaries only)'}; `newsdesk fetch` fetches it")
        return 0
    if args.action == "import":
        added, problems = subscriptions.import_opml(Path(args.target).expanduser())
        subscriptions.save()
        for problem in problems:
            _say(f"newsdesk: skipped: {problem}")
        _say(f"newsdesk: {len(added)} feeds added from {args.target}"
             f"{f', {len(problems)} skipped' if problems else ''}; `newsdesk fetch` fetches them")
        return 0
    if args.action == "remove":
        feed = subscriptions.remove(args.target.strip())
        subscriptions.save()
        _say(f"newsdesk: unsubscribed from {feed.url} (its items fetched so far stay in {subscriptions.items_folder})")
        return 0
    if args.json:
        output.dump({"folder": str(subscriptions.folder), "feeds": [vars(feed) for feed in subscriptions.feeds]})
        return 0
    out = output.console()
    if not subscriptions.feeds:
        out.print(Text("No feeds yet: newsdesk feeds add URL, or newsdesk feeds import FILE.opml"))
        return 0
    for feed in subscriptions.feeds:
        line = Text(displayable(feed.title or feed.url), style="bold")
        if feed.title:
            line.append(f"  {displayable(feed.url)}", style="dim")
        out.print(line)
        state = f"  last fetch {feed.last_fetch or 'never'}; {feed.items} items"
        state += "" if feed.full_text else "; summaries only"
        out.print(Text(state))
        if feed.last_error:
            out.print(Text(f"  error: {displayable(feed.last_error)}", style="red"))
    out.print(Text(f"{len(subscriptions.feeds)} feeds; items in {subscriptions.items_folder}", style="dim"))
    return 0


def fetch_command(args: argparse.Namespace) -> int:
    """Fetch every feed, then index the items folder (unless the reader does it)."""
    subscriptions = subscriptions_of(args)
    if not subscriptions.feeds:
        _say("newsdesk: no feeds to fetch: newsdesk feeds add URL, or newsdesk feeds import FILE.opml")
        return 1
    report = fetch_all(subscriptions, progress=_progress_out if args.progress_lines else None)
    indexed = None
    if not args.no_index:
        from search import Index

        with Index.open([str(subscriptions.items_folder)], args.index_dir) as index:
            index.update(today=args.today)
            indexed = len(index)
    if args.progress_lines:
        print(FETCHED + report.to_line(), flush=True)
    elif args.json:
        output.dump({**report.to_dict(), "folder": str(subscriptions.items_folder), "articles": indexed})
    else:
        _print(report, subscriptions, indexed)
    return 1 if report.failed else 0


def _progress_out(done: int, total: int, url: str) -> None:
    print(progress_line(done, total), flush=True)


def _print(report: FetchReport, subscriptions: Subscriptions, indexed: int | None) -> None:
    out = output.console()
    for result in report.results:
        name = displayable(result.title or result.url)
        if result.error:
            out.print(Text(f"✗ {name}: {displayable(result.error)}", style="red"))
        elif result.not_modified:
            out.print(Text(f"= {name}: not changed since the last fetch", style="dim"))
        else:
            pages = f" ({result.pages_failed} pages could not be fetched: their summaries kept)" \
                if result.pages_failed else ""
            out.print(Text(f"✓ {name}: {result.new} new{pages}"))
    failed = f"; {len(report.failed)} failed" if report.failed else ""
    where = f"; {indexed} articles in {subscriptions.items_folder}" if indexed is not None else ""
    _say(f"newsdesk: {report.new} new items from {len(report.results)} feeds in {report.seconds:.1f} s{failed}{where}")


def _say(message: str) -> None:
    print(displayable(message), file=sys.stderr)
