"""The `newsdesk` command: the reader by default, and scriptable subcommands.

    newsdesk [PATH ...]                      open the reader (default: bundled seeds)
    newsdesk index  [PATH ...] [--rebuild]
    newsdesk search [QUERY] [--corpus PATH]... [--limit N] [--sort rank|date] [--json]
    newsdesk show   ID [--corpus PATH]... [--raw] [--json]
    newsdesk related ID [--corpus PATH]... [--limit N] [--json]
    newsdesk stories [QUERY] [--corpus PATH]... [--limit N] [--json]
    newsdesk actors [QUERY] [--corpus PATH]... [--with NAME] [--limit N] [--json]
    newsdesk quotes [QUERY] [--corpus PATH]... [--actor NAME] [--limit N] [--json]
    newsdesk timeline [QUERY] [--corpus PATH]... [--by day|week|month] [--actor NAME]... [--json]
    newsdesk config [--path | --init [--force]]
    newsdesk feeds [list | add URL [--no-full-text] | import FILE.opml | remove URL] [--json]
    newsdesk fetch [--json]

Every answer comes from the search library; this module only reads arguments and
prints.  Exit status: 0 success, 1 failure, 2 a query or usage error.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from rich.text import Text

from search import (Index, IndexUnavailable, NewsdeskError, QueryError, Question, Results, UnknownActor,
                    UnknownArticle, UpdateReport)
from search import config as settings
from search.export import format_of, write
from search.feeds import BadSubscription
from search.index.report import progress_line, summary_line
from search.locations import seeds_dir
from search.text import displayable

from . import output
from .arguments import SUBCOMMANDS, parser as _parser, reader_parser as _reader_parser
from .subscribing import feeds_command, fetch_command, subscriptions_of

__all__ = ["main"]

def _open(paths: Sequence[str] | None, args: argparse.Namespace, rebuild: bool = False) -> Index:
    corpus = list(paths) if paths else _default_corpus(args)
    index = Index.open(corpus, args.index_dir, rebuild=rebuild)
    progress = _progress_lines if getattr(args, "progress_lines", False) else _progress_bar()
    report = index.update(progress=progress, today=args.today)
    if args.command != "index":  # `index` prints its own summary; this goes to stderr
        output.print_report(report, index.notices)
    args._report = report
    if args.today is None and args._config.relative_to == "newest":
        args.today = index.newest()  # relative dates count from the newest article
    return index


def _default_corpus(args: argparse.Namespace) -> list[str]:
    """The config's corpus paths, else the subscribed feeds' items, else the bundled seeds."""
    if args._config.paths:
        return list(args._config.paths)
    try:
        subscriptions = subscriptions_of(args)
    except BadSubscription as exc:  # a damaged list of feeds must not keep the reader shut
        _say(f"newsdesk: {exc}; opening the bundled seeds")
        return [str(seeds_dir())]
    return [str(subscriptions.items_folder)] if subscriptions.feeds else [str(seeds_dir())]


class _Bar:
    """A Rich progress bar on stderr while files are read (only on a terminal)."""

    def __init__(self) -> None:
        from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(TextColumn("indexing"), BarColumn(), DownloadColumn(), TimeRemainingColumn(),
                                 console=output.console(stderr=True), transient=True)
        self.task = None

    def __call__(self, done: int, total: int, path: str) -> None:
        if self.task is None:
            if total < 200_000 or done >= total:  # small corpora index in a blink
                return
            self.progress.start()
            self.task = self.progress.add_task("indexing", total=total)
        self.progress.update(self.task, completed=done)
        if done >= total:
            self.progress.stop()


def _progress_lines(done: int, total: int, path: str) -> None:
    """'progress DONE TOTAL' lines on stdout, for the reader running this command."""
    print(progress_line(done, total), flush=True)


def _progress_bar() -> _Bar | None:
    return _Bar() if sys.stderr.isatty() else None


class Stopped(KeyboardInterrupt):
    """A subcommand was sent SIGTERM (`kill`, or the reader quitting while it indexes)."""


@contextmanager
def _stopped_by_kill() -> Iterator[None]:
    """A `kill` stops a subcommand as Ctrl-C does: the work it started (an index
    build's worker processes) is stopped with it, what was committed stays.  By
    default SIGTERM ended this process alone and left those workers waiting."""
    def stop(signum: int, frame: object) -> None:
        raise Stopped

    try:
        before = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in SUBCOMMANDS or argv[:1] in (["-h"], ["--help"], ["--version"]):
            args = _parser().parse_args(argv)
            args._config = settings.load()
            if args.command == "config":
                return _config_command(args)
            if args.command == "feeds":
                return feeds_command(args)
            if not getattr(args, "progress_lines", False):  # the reader shows them itself
                for problem in args._config.problems:
                    _say(f"newsdesk: {problem}")
            with _stopped_by_kill():
                return _run(args)
        args = _reader_parser().parse_args(argv)
        args.command = None
        args._config = settings.load()
        return _reader(args)
    except QueryError as exc:
        _say(f"newsdesk: query error: {exc}")
        return 2
    except (UnknownArticle, UnknownActor) as exc:
        _say(f"newsdesk: {exc}")
        return 1
    except (IndexUnavailable, NewsdeskError) as exc:
        _say(f"newsdesk: {exc}")
        return 1
    except Stopped:
        print("newsdesk: stopped", file=sys.stderr)
        return 128 + signal.SIGTERM
    except KeyboardInterrupt:
        print("newsdesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # writing an export or the config file
        _say(f"newsdesk: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
        return 1
    except SystemExit as exc:  # argparse: --help, --version and usage errors (status 2)
        return exc.code if isinstance(exc.code, int) else 2


def _say(message: str) -> None:
    """A message on stderr; ids and paths in it come from file names: never raw controls."""
    print(displayable(message), file=sys.stderr)


def _query(words: list[str]) -> str:
    return " ".join(words)


def _run(args: argparse.Namespace) -> int:
    if args.command == "fetch":
        return fetch_command(args)
    if args.command == "index":
        with _open(args.paths, args, rebuild=args.rebuild) as index:
            report: UpdateReport = args._report
            total = len(index)
            if args.progress_lines:
                print(summary_line(report, total), flush=True)
            elif args.json:
                output.dump({"articles": total, **report.to_dict()})
            else:
                output.print_report(report, index.notices)
                if args.skipped:
                    for item in report.skipped:
                        print(displayable(str(item)))
                output.console(stderr=True).print(f"newsdesk: {total} articles in the index at {index.directory}")
            return 0 if total or not (report.files or report.skipped) else 1
    order = args._config.date_order
    if args.command in ("search", "stories", "actors", "quotes", "timeline"):
        Question(_query(args.query), today=args.today, order=order).check()  # fails before any indexing
    if args.command == "search" and args.output and not args.format:
        try:
            args.format = format_of(args.output)
        except ValueError as exc:
            _say(f"newsdesk: {exc}")
            return 2
    with _open(args.corpus, args) as index:
        question = Question(_query(getattr(args, "query", [])), today=args.today, order=order)  # today: maybe the newest
        if args.command == "search":
            results = index.search(question.sorted_by(args.sort), limit=None if args.all else args.limit)
            if args.format or args.output:
                return _export(results, args)
            output.dump(output.results_json(results)) if args.json else output.print_results(results)
        elif args.command == "timeline":
            found = index.timeline(question.with_actors([index.actor(name).name for name in args.actor or ()]),
                                   period=args.by)
            output.dump(output.timeline_json(_query(args.query), found)) if args.json \
                else output.print_timeline(found)
        elif args.command == "show":
            article = index.article(args.id)
            body = None
            if args.raw:
                from search.corpus import raw_text

                try:
                    body = raw_text(article.path, article.line)
                except OSError as exc:
                    _say(f"newsdesk: cannot read the raw text of {args.id}: {exc}")
                    return 1
            if args.removed and not args.json:
                output.print_removed(article)
            else:
                copies = index.copies_of(args.id)
                output.dump(output.article_json(article, body, copies)) if args.json \
                    else output.print_article(article, body, copies)
        elif args.command == "related":
            related = index.related(args.id, limit=args.limit)
            output.dump(output.related_json(args.id, related)) if args.json else output.print_related(args.id, related)
        elif args.command == "stories":
            found = index.stories(question)
            output.dump(output.stories_json(found, args.limit)) if args.json else output.print_stories(found, args.limit)
        elif args.command == "actors":
            actors = index.actors(question, limit=args.limit, with_actor=args.with_actor)
            output.dump(output.actors_json(actors)) if args.json else output.print_actors(actors)
        elif args.command == "quotes":
            found = index.quotes(question, speaker=args.actor, limit=args.limit)
            output.dump(output.quotes_json(found)) if args.json else output.print_quotes(found)
    return 0


def _export(results: Results, args: argparse.Namespace) -> int:
    """Write the results as --format, to --output or stdout."""
    form = args.format or "md"
    heading = f"newsdesk: {_query(args.query) or 'every article'}"
    if not args.output:
        write(results.hits, sys.stdout, form, heading)
        return 0
    target = Path(args.output).expanduser()
    with open(target, "w", encoding="utf-8", newline="") as out:
        count = write(results.hits, out, form, heading)
    more = f" of {results.total}" if count < results.total else ""
    _say(f"newsdesk: wrote {count}{more} articles to {target} ({form})")
    return 0


def _config_command(args: argparse.Namespace) -> int:
    config: settings.Config = args._config
    path = settings.config_path()
    if args.path:
        print(path)
        return 0
    if args.init:
        if path.exists() and not args.force:
            _say(f"newsdesk: {path} already exists; --force replaces it")
            return 1
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(settings.DEFAULT_CONFIG, encoding="utf-8")
        print(f"wrote {path}")
        return 0
    from .keys import known_keys  # the reader's bindings decide which ids are real

    known_keys(config)
    out = output.console()
    out.print(Text(f"{path}{'' if path.exists() else ' (not there: defaults; --init writes one)'}", style="bold"))
    out.print(Text(f"corpus paths: {', '.join(config.paths) or 'the bundled seeds'}"))
    out.print(Text(f"date order: {config.date_order}; relative dates from: {config.relative_to}"))
    out.print(Text(f"theme: {config.theme or 'the default'}; columns: {', '.join(config.columns)}"))
    for binding, keys in config.keys.items():
        out.print(Text(f"key {binding} = {keys}"))
    for problem in config.problems:
        out.print(Text(f"problem: {problem}", style="bold red"))
    return 1 if config.problems else 0


def _reader(args: argparse.Namespace) -> int:
    """The reader, on PATHs (else the configured corpus, else the bundled seeds).
    Without a terminal, the list."""
    paths = args.paths or _default_corpus(args)
    if not (sys.stdout.isatty() and sys.stdin.isatty()):
        for problem in args._config.problems:
            _say(f"newsdesk: {problem}")
        with _open(paths, args) as index:
            output.print_results(index.search(Question(today=args.today), limit=None))
        return 0
    from .app import run

    run(paths, args.index_dir, args.today, args._config)
    return 0


if __name__ == "__main__":
    sys.exit(main())
