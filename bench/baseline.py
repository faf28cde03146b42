"""The baselines newsdesk is compared with, each the plainest honest way to do the
same job with the same libraries:

- build: a bare Whoosh loop that adds the same titles and bodies (first line is the
  title, the rest the body) with newsdesk's analyzers, either tuned (`procs=2`,
  `limitmb`, `multisegment`) or naive (one process, the default writer);
- search: the same queries run straight on Whoosh, top 50 with highlights;
- start: a bare Textual app that shows one line.

    python -m bench.baseline build tuned|naive CORPUS INDEX_DIR [--limit N]
    python -m bench.baseline start
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

__all__ = ["corpus_files", "bare_schema"]


def corpus_files(root: Path, limit: int | None = None) -> list[Path]:
    files = sorted(p for p in root.rglob("*.txt") if not p.name.lower().startswith("readme"))
    return files[:limit] if limit else files


def bare_schema():  # type: ignore[no-untyped-def]
    from whoosh.fields import ID, TEXT, Schema

    from search.index.schema import text_analyzer

    return Schema(id=ID(stored=True, unique=True), title=TEXT(analyzer=text_analyzer(), stored=True),
                  body=TEXT(analyzer=text_analyzer(), stored=True))


def _title_body(path: Path) -> tuple[str, str]:
    text = path.read_bytes().decode("utf-8", "replace")
    lines = text.split("\n")
    if lines and lines[0].startswith(" date "):
        lines = lines[1:]
    while lines and not lines[0].strip():
        lines.pop(0)
    return (lines[0] if lines else ""), "\n".join(lines[1:])


def build(kind: str, corpus: Path, index_dir: Path, limit: int | None) -> None:
    from whoosh import index

    index_dir.mkdir(parents=True, exist_ok=True)
    ix = index.create_in(str(index_dir), bare_schema())
    files = corpus_files(corpus, limit)
    started = time.perf_counter()
    writer = ix.writer(procs=2, limitmb=256, multisegment=True) if kind == "tuned" else ix.writer()
    for number, path in enumerate(files):
        title, body = _title_body(path)
        writer.add_document(id=str(number), title=title, body=body)
    writer.commit()
    print(f"{len(files)} {time.perf_counter() - started:.3f}")


def start() -> None:
    """A bare Textual app showing one line; exits after its first frame is painted."""
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("one line")

        def on_mount(self) -> None:
            self.call_after_refresh(self.exit)

    Bare().run(headless=True)
    print(f"{time.time() - float(os.environ.get('BENCH_T0', '0')):.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build")
    b.add_argument("kind", choices=["tuned", "naive"])
    b.add_argument("corpus", type=Path)
    b.add_argument("index_dir", type=Path)
    b.add_argument("--limit", type=int)
    sub.add_parser("start")
    args = parser.parse_args()
    if args.command == "build":
        build(args.kind, args.corpus, args.index_dir, args.limit)
    else:
        start()


if __name__ == "__main__":
    sys.exit(main())
