"""The `newsdesk` command: the reader by default, and scriptable subcommands.

    newsdesk [PATH ...]                      open the reader (default: bundled seeds)
    newsdesk index  [PATH ...] [--rebuild]
    newsdesk search [QUERY] [--corpus PATH]... [--limit N] [--sort rank|date] [--json]
    newsdesk show   ID [--corpus PATH]... [--raw] [--json]
    newsdesk related ID [--corpus PATH]... [--limit N] [--json]
    newsdesk actors [QUERY] [--corpus PATH]... [--with NAME] [--limit N] [--json]
    newsdesk quotes [QUERY] [--corpus PATH]... [--actor NAME] [--limit N] [--json]
    newsdesk timeline [QUERY] [--corpus PATH]... [--by day|week|month] [--actor NAME]... [--json]
    newsdesk config [--path | --init [--force]]

Every answer comes from the search library; this module only reads arguments and
prints.  Exit status: 0 success, 1 failure, 2 a query or usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from rich.text import Text

from search import (Index, IndexUnavailable, NewsdeskError, QueryError, Question, Results, UnknownActor,
                    UnknownArticle, UpdateReport)
from search import config as settings
from search.export import FORMATS, format_of, write
from search.index.report import progress_line, summary_line
from search.locations import seeds_dir
from search.timeline import PERIODS
from search.text import displayable

from . import output

__all__ = ["main"]

SUBCOMMANDS = ("index", "search", "show", "related", "actors", "quotes", "timeline", "config")
EXAMPLES = {
    "search": 'examples:\n  newsdesk search putin talks\n  newsdesk search \'"peace deal" -trump after:2025-02-01\'\n'
              '  newsdesk search \'actor:"Pete Hegseth" date:"Q1 2025"\' --json\n'
              '  newsdesk search --corpus ~/news --sort date\n'
              '  newsdesk search nato --all --format csv --output nato.csv\n'
              '  newsdesk search \'ukraine since:2025-02-01\' --limit 50 --format md > reading-list.md',
    "timeline": "examples:\n  newsdesk timeline\n  newsdesk timeline 'peace talks' --by week\n"
                "  newsdesk timeline --actor zelensky --by month --json\n"
                "  newsdesk timeline nato --corpus ~/news",
    "config": "examples:\n  newsdesk config              # where the file is, what it sets, any problems\n"
              "  newsdesk config --path\n  newsdesk config --init       # write a commented default to edit",
    "index": "examples:\n  newsdesk index ~/news\n  newsdesk index feeds.jsonl.gz articles/ --rebuild",
    "show": "examples:\n  newsdesk show 002_9628709f8aff7fc1\n  newsdesk show business/001 --corpus bbc --raw",
    "related": "examples:\n  newsdesk related 000_280bedb2750b87d1 --limit 3 --json",
    "actors": "examples:\n  newsdesk actors\n  newsdesk actors 'budapest OR alaska' --limit 10 --json\n"
              "  newsdesk actors --with zelensky --json     # who appears with Zelensky",
    "quotes": "examples:\n  newsdesk quotes --actor hegseth\n  newsdesk quotes 'nato after:2025-02-01' --json",
}


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _common(parser: argparse.ArgumentParser, corpus: bool = True) -> None:
    if corpus:
        parser.add_argument("--corpus", action="append", metavar="PATH",
                            help="a folder or file of articles (repeatable; default: the bundled seeds)")
    parser.add_argument("--index-dir", metavar="DIR",
                        help="where the index lives (default: the user cache; or $NEWSDESK_INDEX_DIR)")
    parser.add_argument("--today", type=_day, metavar="YYYY-MM-DD",
                        help="the day relative dates ('last two weeks') count from (default: today)")


def _parser() -> argparse.ArgumentParser:
    from search import __version__

    parser = argparse.ArgumentParser(
        prog="newsdesk",
        description="A terminal reader for news coverage: search a folder of articles by keyword, "
                    "actor and date, and jump between related articles.",
        epilog="With no subcommand, newsdesk opens the reader on PATHs (default: the configured corpus, "
               "else the bundled seeds).\n'newsdesk SUBCOMMAND --help' shows each one's options and examples.\n\n"
               "examples:\n"
               "  newsdesk                                  the reader on the bundled seeds\n"
               "  newsdesk ~/news feeds.jsonl.gz            the reader on your own corpus\n"
               "  newsdesk search 'putin talks' --corpus ~/news --json\n"
               "  newsdesk timeline --actor zelensky --by month\n"
               "  newsdesk search nato --all --output nato.csv\n"
               "  newsdesk config --init                    write a commented configuration",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text, epilog=EXAMPLES[name],
                              formatter_class=argparse.RawDescriptionHelpFormatter)

    p = add("index", "Index a corpus (only new and changed files are read).")
    p.add_argument("paths", nargs="*", metavar="PATH", help="folders and files (default: the bundled seeds)")
    p.add_argument("--rebuild", action="store_true", help="discard the index and build it again")
    p.add_argument("--skipped", action="store_true", help="list every skipped file and record")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--progress-lines", action="store_true", help=argparse.SUPPRESS)  # for the reader
    _common(p, corpus=False)

    p = add("search", "Search articles; an empty query lists them all.")
    p.add_argument("query", nargs="*", help="the query (words, \"phrases\", OR, -word, field:value)")
    p.add_argument("--limit", type=_positive, default=20, help="at most this many results (default 20)")
    p.add_argument("--all", action="store_true", help="every result (overrides --limit)")
    p.add_argument("--sort", choices=("rank", "date"), help="rank (default with words) or date (newest first)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--format", choices=FORMATS, help="export: Markdown, CSV or JSON Lines (title, outlet, date, "
                                                     "link, snippet)")
    p.add_argument("--output", metavar="FILE", help="write to FILE instead of the terminal (the format "
                                                    "follows its extension unless --format is given)")
    _common(p)

    p = add("show", "Show one article, cleaned (or --raw as it is in its file).")
    p.add_argument("id", help="the article id, as search prints it")
    p.add_argument("--raw", action="store_true", help="the text as it is in the file, before cleaning")
    p.add_argument("--json", action="store_true", help="print JSON")
    _common(p)

    p = add("related", "Articles that belong with one article, and why.")
    p.add_argument("id", help="the article id")
    p.add_argument("--limit", type=_positive, default=10, help="at most this many (default 10)")
    p.add_argument("--json", action="store_true", help="print JSON")
    _common(p)

    p = add("actors", "The people, organisations and places in the articles a query matches.")
    p.add_argument("query", nargs="*", help="the query (default: every article)")
    p.add_argument("--with", dest="with_actor", metavar="NAME",
                   help="the actors appearing with this one, by how many articles they share")
    p.add_argument("--limit", type=_positive, default=30, help="at most this many (default 30)")
    p.add_argument("--json", action="store_true", help="print JSON")
    _common(p)

    p = add("quotes", "Direct quotations and who said them, in the articles a query matches.")
    p.add_argument("query", nargs="*", help="the query (default: every article)")
    p.add_argument("--actor", metavar="NAME", help="only this actor's quotations")
    p.add_argument("--limit", type=_positive, default=50, help="at most this many (default 50)")
    p.add_argument("--json", action="store_true", help="print JSON")
    _common(p)

    p = add("timeline", "How many articles a query matches per day, week or month.")
    p.add_argument("query", nargs="*", help="the query (default: every article)")
    p.add_argument("--by", choices=PERIODS, help="the period of each bar (default: chosen for the span)")
    p.add_argument("--actor", action="append", metavar="NAME", help="only articles with this actor: their "
                                                                    "attention over time (repeatable)")
    p.add_argument("--json", action="store_true", help="print JSON")
    _common(p)

    p = add("config", "Show, locate or create the configuration file.")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--path", action="store_true", help="print the file's path")
    which.add_argument("--init", action="store_true", help="write a commented default configuration")
    p.add_argument("--force", action="store_true", help="with --init, replace an existing file")
    return parser


def _reader_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsdesk", add_help=False)
    parser.add_argument("paths", nargs="*")
    _common(parser, corpus=False)
    return parser


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
    """The config's corpus paths, else the bundled seeds."""
    return list(args._config.paths) or [str(seeds_dir())]


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


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in SUBCOMMANDS or argv[:1] in (["-h"], ["--help"], ["--version"]):
            args = _parser().parse_args(argv)
            args._config = settings.load()
            if args.command == "config":
                return _config_command(args)
            if not getattr(args, "progress_lines", False):  # the reader shows them itself
                for problem in args._config.problems:
                    _say(f"newsdesk: {problem}")
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
    if args.command in ("search", "actors", "quotes", "timeline"):
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
            output.dump(output.article_json(article, body)) if args.json else output.print_article(article, body)
        elif args.command == "related":
            related = index.related(args.id, limit=args.limit)
            output.dump(output.related_json(args.id, related)) if args.json else output.print_related(args.id, related)
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
