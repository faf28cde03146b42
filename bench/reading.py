"""Reading that holds on text newsdesk has never seen: words kept whatever the text's
shape, publication dates right or absent, headlines right.

    python -m bench.reading [--rss-items 20000] [--out bench/results.json]

- Shapes: every article of the seeds, the BBC corpus and a sample of RSS items is
  re-shaped (bench/reshape.py: wrapped at 60-80 columns, no blank lines, indented
  paragraph starts, one paragraph per line, CRLF, trailing spaces, a table, a text
  browser's dump, lines broken after hyphens) and read again.  Words kept: of the words cleaning keeps from the
  original, the share it keeps from the re-shaped text (over all articles, and the
  worst article), hyphenated words kept whole ("Jean-Pierre", not "Jean- Pierre");
  paragraphs, titles and dates unchanged.  RSS items read as the app reads them
  (title from the feed): the share whose paragraphs are unchanged when re-shaped.
- Dates: RSS items without their date field (the story's own dates left in), and the
  seeds without their header: right, none, wrong (per 10,000).
- Headlines: BBC files (line 1 is the headline) and RSS items written as a text file
  (headline, blank line, description): the share read right.

It prints a table and merges its figures into the results file under "reading".
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import time
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from search.article import RawArticle, Source
from search.metadata import build_article

from .corpus import shared_corpora
from .reshape import SHAPES, reshape

_WORD = re.compile(r"\w+")
_HYPHENATED = re.compile(r"\b\w+(?:-\w+)+\b")  # "Jean-Pierre", "1990-91": whole, or broken by a wrap
NO_ACTORS: tuple = ((), (), (), ())


def read(text: str, title: str | None = None) -> Any:
    raw = RawArticle(id="x", source=Source(path="<bench>", root="<bench>"), text=text, title=title)
    return build_article(raw, extractor=lambda t, b: NO_ACTORS)[0]


def words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in _WORD.findall(text))


def texts(corpora: Path, rss_items: int) -> Iterator[tuple[str, str]]:
    """(corpus, text with its headline on line 1) for the seeds, BBC and an RSS sample."""
    from search.locations import seeds_dir

    for path in sorted(seeds_dir().glob("*.txt")):
        yield "seeds", path.read_text(encoding="utf-8")
    for path in sorted((corpora / "bbc").rglob("*.txt")):
        yield "bbc", path.read_bytes().decode("utf-8", errors="replace")
    for record in rss_sample(corpora, rss_items):
        yield "rss", f"{record['title']}\n\n{record.get('description') or ''}"


@lru_cache(maxsize=4)
def rss_sample(corpora: Path, count: int) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for name in ("ukraine-2022-2023.jsonl.gz", "news-2022.jsonl.gz"):
        with gzip.open(corpora / "rss" / name, "rt", encoding="utf-8") as handle:
            records.extend(json.loads(line) for line in handle)
    records = [r for r in records if r.get("title") and r.get("description") and r.get("date_published")]
    return random.Random(13).sample(records, min(count, len(records)))


def shapes(corpora: Path, rss_items: int) -> dict[str, Any]:
    kept: dict[str, list[int]] = {shape: [0, 0] for shape in SHAPES}
    joined: dict[str, list[int]] = {shape: [0, 0] for shape in SHAPES}  # hyphenated words kept whole
    worst: dict[str, float] = {shape: 1.0 for shape in SHAPES}
    same_title: Counter[str] = Counter()
    same_date: Counter[str] = Counter()
    same_paragraphs: Counter[str] = Counter()
    articles = 0
    for corpus, text in texts(corpora, rss_items):
        original = read(text)
        want = words(original.body)
        if not want:
            continue
        articles += 1
        for number, shape in enumerate(SHAPES):
            width = 60 + (articles * 7 + number * 3) % 21  # 60..80 columns
            again = read(reshape(text, shape, width))
            got = sum((want & words(again.body)).values())
            kept[shape][0] += got
            kept[shape][1] += sum(want.values())
            worst[shape] = min(worst[shape], got / sum(want.values()))
            hyphenated = Counter(_HYPHENATED.findall(original.body))
            joined[shape][0] += sum((hyphenated & Counter(_HYPHENATED.findall(again.body))).values())
            joined[shape][1] += sum(hyphenated.values())
            same_title[shape] += again.title == original.title
            same_paragraphs[shape] += _paragraphs(again.body) == _paragraphs(original.body)
            same_date[shape] += again.published == original.published
    return {shape: {"words_kept": round(kept[shape][0] / max(1, kept[shape][1]), 5),
                    "worst_article": round(worst[shape], 3),
                    "hyphenated_kept": round(joined[shape][0] / max(1, joined[shape][1]), 5),
                    "paragraphs_unchanged": round(same_paragraphs[shape] / max(1, articles), 5),
                    "titles_unchanged": round(same_title[shape] / max(1, articles), 5),
                    "dates_unchanged": round(same_date[shape] / max(1, articles), 5)} for shape in SHAPES} | {
        "_articles": articles}


FEED_SHAPES = ("wrapped", "wrapped, no blank lines", "indented, no blank lines", "one paragraph per line",
               "trailing spaces")


def feed_paragraphs(corpora: Path, rss_items: int) -> dict[str, Any]:
    """RSS items read as the app reads them (the feed's title known, the description as
    the text), then with the description re-shaped: the share whose paragraphs are the
    same.  A wrapped description whose first line was taken for a headline splits its
    first sentence (and who said what in it)."""
    same: Counter[str] = Counter()
    items = 0
    for record in rss_sample(corpora, rss_items):
        description, title = record["description"], record["title"]
        original = _paragraphs(read(description, title=title).body)
        if not original:
            continue
        items += 1
        for number, shape in enumerate(FEED_SHAPES):
            width = 60 + (items * 7 + number * 3) % 21
            shaped = reshape("HEAD\n\n" + description, shape, width).replace("\r\n", "\n").split("\n", 1)[1]
            same[shape] += _paragraphs(read(shaped.lstrip("\n"), title=title).body) == original
    return {shape: round(same[shape] / max(1, items), 5) for shape in FEED_SHAPES} | {"_items": items}


def _paragraphs(body: str) -> list[str]:
    return [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]


def dates(corpora: Path, rss_items: int) -> dict[str, Any]:
    """Items whose date field is removed: the date read from the text is right, absent or wrong."""
    from search.dates import parse_published
    from search.locations import seeds_dir

    counts: Counter[str] = Counter()
    wrong: list[str] = []
    for record in rss_sample(corpora, rss_items):
        truth = parse_published(record["date_published"]).date()
        found = read(record.get("description") or "", title=record["title"])
        outcome = "none" if found.published is None else "right" if found.published.date() == truth else "wrong"
        counts[outcome] += 1
        if outcome == "wrong" and len(wrong) < 10:
            wrong.append(f"{truth} read as {found.published.date()}: {record['title'][:60]} ({found.published_why})")
    seeds = Counter()
    for path in sorted(seeds_dir().glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        truth_match = re.match(r"\s*date (\d{4}-\d\d-\d\d)", text)
        found = read(re.sub(r"^\s*date \d{4}-\d\d-\d\d", "", text))
        truth = truth_match.group(1) if truth_match else None
        seeds["right" if truth and found.published_iso == truth else "none" if found.published is None else
              "right" if truth is None else "wrong"] += 1
    total = sum(counts.values())
    return {"rss_items": total, "right": counts["right"], "none": counts["none"], "wrong": counts["wrong"],
            "wrong_per_10000": round(counts["wrong"] * 10000 / max(1, total), 2), "wrong_examples": wrong,
            "seeds_without_header": dict(seeds)}


def headlines(corpora: Path, rss_items: int) -> dict[str, Any]:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses: list[str] = []
    for corpus, text in texts(corpora, rss_items):
        if corpus == "seeds":
            continue
        truth = " ".join(text.split("\n", 1)[0].split())
        got = read(text).title
        total[corpus] += 1
        if got == truth:
            right[corpus] += 1
        elif len(misses) < 10:
            misses.append(f"{corpus}: {truth[:60]!r} read as {got[:60]!r}")
    return {corpus: round(right[corpus] / total[corpus], 5) for corpus in total} | {"misses": misses}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=shared_corpora())
    parser.add_argument("--rss-items", type=int, default=20_000)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results.json")
    args = parser.parse_args()
    started = time.perf_counter()
    found = {"shapes": shapes(args.corpora, min(args.rss_items, 3000)),
             "feed_paragraphs": feed_paragraphs(args.corpora, min(args.rss_items, 3000)),
             "dates": dates(args.corpora, args.rss_items),
             "headlines": headlines(args.corpora, args.rss_items)}
    found["seconds"] = round(time.perf_counter() - started, 1)
    print(f"shapes over {found['shapes']['_articles']} articles (seeds, BBC, RSS sample):")
    print(f"  {'shape':28} {'words kept':>10} {'worst':>7} {'hyphenated':>10} {'paragraphs':>10} {'titles same':>12} "
          f"{'dates same':>11}")
    for shape in SHAPES:
        row = found["shapes"][shape]
        print(f"  {shape:28} {row['words_kept']:>10.2%} {row['worst_article']:>7.0%} {row['hyphenated_kept']:>10.2%} "
              f"{row['paragraphs_unchanged']:>10.2%} "
              f"{row['titles_unchanged']:>12.2%} {row['dates_unchanged']:>11.2%}")
    f = found["feed_paragraphs"]
    print(f"paragraphs of {f['_items']} RSS items (title from the feed) unchanged when the description is re-shaped:")
    print("  " + ", ".join(f"{shape} {f[shape]:.2%}" for shape in FEED_SHAPES))
    d = found["dates"]
    print(f"dates of {d['rss_items']} RSS items without their date field: {d['right']} right, {d['none']} none, "
          f"{d['wrong']} wrong ({d['wrong_per_10000']} per 10,000); seeds without header: {d['seeds_without_header']}")
    for example in d["wrong_examples"]:
        print(f"  wrong: {example}")
    h = found["headlines"]
    print("headlines right: " + ", ".join(f"{k} {v:.2%}" for k, v in h.items() if k != "misses"))
    for miss in h["misses"]:
        print(f"  miss: {miss}")
    results = json.loads(args.out.read_text()) if args.out.exists() else {}
    results["reading"] = found
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
