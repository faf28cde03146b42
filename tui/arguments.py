"""The command line's words: every subcommand, its options, and examples for its help.
cli.py runs what these parse."""

from __future__ import annotations

import argparse
from datetime import date

from search.export import FORMATS
from search.timeline import PERIODS

__all__ = ["SUBCOMMANDS", "EXAMPLES", "parser", "reader_parser"]

SUBCOMMANDS = ("index", "search", "show", "related", "stories", "actors", "quotes", "timeline", "config", "feeds",
               "fetch")
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
    "show": "examples:\n  newsdesk show 002_9628709f8aff7fc1\n  newsdesk show business/001 --corpus bbc --raw\n"
            "  newsdesk show 003_88b91152cc9c2647 --removed      # what cleaning removed, and why",
    "related": "examples:\n  newsdesk related 000_280bedb2750b87d1 --limit 3 --json",
    "stories": "examples:\n  newsdesk stories\n  newsdesk stories ukraine --limit 5 --json",
    "actors": "examples:\n  newsdesk actors\n  newsdesk actors 'budapest OR alaska' --limit 10 --json\n"
              "  newsdesk actors --with zelensky --json     # who appears with Zelensky",
    "feeds": "examples:\n  newsdesk feeds                                 # each feed: last fetch, items, errors\n"
             "  newsdesk feeds add https://example.org/rss.xml\n"
             "  newsdesk feeds add https://example.org/rss.xml --no-full-text\n"
             "  newsdesk feeds import subscriptions.opml\n  newsdesk feeds remove https://example.org/rss.xml",
    "fetch": "examples:\n  newsdesk fetch            # every feed's new items, written and indexed\n"
             "  newsdesk fetch --json",
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


def parser() -> argparse.ArgumentParser:
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
    which = p.add_mutually_exclusive_group()
    which.add_argument("--raw", action="store_true", help="the text as it is in the file, before cleaning")
    which.add_argument("--removed", action="store_true", help="what cleaning removed, each piece with its rule")
    p.add_argument("--json", action="store_true", help="print JSON")
    _common(p)

    p = add("related", "Articles that belong with one article, and why.")
    p.add_argument("id", help="the article id")
    p.add_argument("--limit", type=_positive, default=10, help="at most this many (default 10)")
    p.add_argument("--json", action="store_true", help="print JSON")
    _common(p)

    p = add("stories", "The articles a query matches, grouped into stories: each with its most central "
                       "headline, its articles by date, outlets and main actors.")
    p.add_argument("query", nargs="*", help="the query (default: every article)")
    p.add_argument("--limit", type=_positive, default=20, help="at most this many stories (default 20)")
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

    p = add("feeds", "List, add, import or remove the feeds you subscribe to (nothing is fetched here).")
    p.add_argument("action", nargs="?", choices=("list", "add", "import", "remove"), default="list",
                   help="what to do (default: list)")
    p.add_argument("target", nargs="?", metavar="URL|FILE", help="a feed's address, or an OPML file to import")
    p.add_argument("--no-full-text", action="store_true",
                   help="with add: keep the feed's summaries, never fetch an item's page")
    p.add_argument("--json", action="store_true", help="print JSON")
    _feeds_folder(p)

    p = add("fetch", "Fetch every subscribed feed now: new items are written into the feeds folder and indexed.")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--no-index", action="store_true", help=argparse.SUPPRESS)  # the reader indexes itself
    p.add_argument("--progress-lines", action="store_true", help=argparse.SUPPRESS)  # for the reader
    _feeds_folder(p)
    _common(p, corpus=False)

    p = add("config", "Show, locate or create the configuration file.")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--path", action="store_true", help="print the file's path")
    which.add_argument("--init", action="store_true", help="write a commented default configuration")
    p.add_argument("--force", action="store_true", help="with --init, replace an existing file")
    return parser


def _feeds_folder(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--feeds-folder", metavar="DIR",
                        help="where subscriptions and fetched items live (default: newsdesk's data folder)")


def reader_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsdesk", add_help=False)
    parser.add_argument("paths", nargs="*")
    _common(parser, corpus=False)
    return parser
