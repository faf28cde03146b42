"""Near-copies: found where the text is the same, not where only the topic is.

    python -m bench.copies [--articles 400] [--rss-corpus-items 64000] [--out bench/results.json]

From real articles (BBC full texts and RSS items) the benchmark makes, for each
original, one edited copy (re-headlined as a wire desk does it: a word dropped, a tag
such as "UPDATE 2-" added; the last third cut; a paragraph added; site
furniture around it; quotations trimmed; or re-wrapped in capitals), and takes as a
distractor the article of the same corpus most alike in words (TF-IDF) that is not the
same text (difflib ratio under 0.5 against the original).  Every article goes through
the index's own near-copy finder (copies.CopyFinder) in one shuffled order.

Precision: of the pairs it calls copies, the share that are an original and its copy,
or two articles that already were the same text in the corpus (BBC holds such pairs
under different headlines; a difflib ratio of 0.8 or more between the bodies is the
judge); the strict figure, counting only the copies made, is printed beside it.
Recall: of the copies made, the share found.  Texts too short to judge (fewer than
copies.SHORTEST runs of words) are counted apart: the finder never calls them copies.
It also counts the real near-copies of the 64k RSS corpus (ukraine-2022-2023) and shows five.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import json
import math
import random
import re
import time
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

from search.index.copies import CopyFinder, fingerprint

from .corpus import shared_corpora
from .measure import save_results

FURNITURE_BEFORE = ["Advertisement", "Skip to main content", "Listen to this article"]
FURNITURE_AFTER = ["Share this story: Facebook Twitter Email", "Read more: latest news",
                   "Copyright 2024. All rights reserved.", "Sign up for our morning newsletter"]


def _sentences(body: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", " ".join(body.split())) if s]


def edit(title: str, body: str, how: str, rng: random.Random, other_title: str, other_text: str) -> tuple[str, str]:
    """A copy of (title, body) as another outlet or a later edition would run it."""
    sentences = _sentences(body)
    if how == "headline":  # as a wire or another desk re-headlines it: a word gone, a tag added
        words = title.split()
        if len(words) > 3:
            del words[rng.randrange(len(words))]
        return rng.choice(HEADLINE_TAGS[0]) + " ".join(words) + rng.choice(HEADLINE_TAGS[1]), body
    if how == "cut":
        return title, " ".join(sentences[:max(1, math.ceil(len(sentences) * 2 / 3))])
    if how == "added":
        return title, body + "\n\n" + " ".join(_sentences(other_text)[:2])
    if how == "furniture":
        return title, f"{rng.choice(FURNITURE_BEFORE)}\n\n{body}\n\n{rng.choice(FURNITURE_AFTER)}"
    if how == "quotes":  # each quotation cut to its first half
        return title, re.sub(r'"([^"]{20,})"', lambda m: '"' + m.group(1)[:len(m.group(1)) // 2] + '..."', body)
    wrapped = "\n".join(" ".join(sentences[n:n + 2]) for n in range(0, len(sentences), 2))
    return title.upper(), wrapped.upper()


HEADLINE_TAGS = (["UPDATE 2-", "WRAPUP 1-", "Analysis: ", "Live: ", ""], ["", " - sources", " (updated)", " | Video"])
EDITS = ("headline", "cut", "added", "furniture", "quotes", "reshaped")


def bbc_articles(corpora: Path) -> list[tuple[str, str]]:
    found = []
    for path in sorted((corpora / "bbc").rglob("*.txt")):
        lines = path.read_bytes().decode("utf-8", "replace").split("\n", 1)
        found.append((lines[0].strip(), lines[1].strip() if len(lines) > 1 else ""))
    return found


def rss_items(corpora: Path, count: int, name: str = "news-2022.jsonl.gz") -> list[tuple[str, str, str, str]]:
    """(title, description, source, date) of an RSS file's first `count` items."""
    found = []
    with gzip.open(corpora / "rss" / name, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            found.append((record.get("title") or "", record.get("description") or "", record.get("source") or "",
                          record.get("date_published") or ""))
            if len(found) >= count:
                break
    return found


def _vectors(texts: list[str]) -> list[dict[str, float]]:
    tokens = [re.findall(r"\w\w+", t.lower()) for t in texts]
    df: Counter[str] = Counter(w for ws in tokens for w in set(ws))
    out = []
    for ws in tokens:
        weights = {w: c * math.log(len(texts) / df[w]) for w, c in Counter(ws).items()}
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        out.append({w: v / norm for w, v in weights.items()})
    return out


def _distractor(position: int, texts: list[str], vectors: list[dict[str, float]]) -> int | None:
    """The article most alike in words that is not the same text."""
    own = vectors[position]
    scored = sorted(((sum(w * vectors[other].get(k, 0.0) for k, w in own.items()), other)
                     for other in range(len(texts)) if other != position), reverse=True)
    for _, other in scored[:20]:
        if difflib.SequenceMatcher(None, texts[position], texts[other], autojunk=False).quick_ratio() < 0.5:
            return other
    return None


def build_set(pool: list[tuple[str, str]], count: int, rng: random.Random) -> tuple[list[tuple[str, str]], set[tuple[int, int]], int]:
    """Articles (originals, copies, distractors), the (original, copy) pairs, and how many
    originals were too short to judge."""
    texts = [f"{t}\n{b}" for t, b in pool]
    vectors = _vectors(texts)
    chosen = rng.sample(range(len(pool)), min(count, len(pool)))
    articles: list[tuple[str, str]] = []
    pairs: set[tuple[int, int]] = set()
    short = 0
    used = set(chosen)
    for n, position in enumerate(chosen):
        title, body = pool[position]
        if fingerprint(body, title) is None:
            short += 1
        other = pool[rng.randrange(len(pool))]
        copy = edit(title, body, EDITS[n % len(EDITS)], rng, other[0], other[1])
        articles.append((title, body))
        articles.append(copy)
        pairs.add((len(articles) - 2, len(articles) - 1))
        distractor = _distractor(position, texts, vectors)
        if distractor is not None and distractor not in used:
            used.add(distractor)
            articles.append(pool[distractor])
    return articles, pairs, short


def found_pairs(articles: list[tuple[str, str]], rng: random.Random) -> set[tuple[int, int]]:
    order = list(range(len(articles)))
    rng.shuffle(order)
    finder = CopyFinder(None)
    found = set()
    for position in order:
        for other in finder.copies(str(position), fingerprint(articles[position][1], articles[position][0])):
            found.add(tuple(sorted((position, int(other)))))
    return found  # type: ignore[return-value]


def measure(name: str, pool: list[tuple[str, str]], count: int) -> dict[str, Any]:
    rng = random.Random(11)
    articles, pairs, short = build_set(pool, count, rng)
    started = time.perf_counter()
    found = found_pairs(articles, rng)
    took = time.perf_counter() - started
    right = found & pairs
    already = {(a, b) for a, b in found - pairs
               if difflib.SequenceMatcher(None, articles[a][1], articles[b][1], autojunk=False).ratio() >= 0.8}
    judged = len(pairs) - short
    return {"originals": len(pairs), "articles": len(articles), "too_short_to_judge": short,
            "found": len(found), "right": len(right), "already_the_same_text": len(already),
            "precision": round((len(right) + len(already)) / len(found), 3) if found else 1.0,
            "precision_strict": round(len(right) / len(found), 3) if found else 1.0,
            "recall": round(len(right) / len(pairs), 3),
            "recall_of_judged": round(len(right) / judged, 3) if judged else 1.0,
            "ms_per_article": round(took / len(articles) * 1000, 2)}


def _when(text: str) -> datetime | None:
    try:
        found = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return found.replace(tzinfo=None)


def real_rss_copies(items: list[tuple[str, str, str, str]]) -> dict[str, Any]:
    finder = CopyFinder(None)
    groups: dict[str, list[int]] = {}
    judged = 0
    for position, (title, description, _, day) in enumerate(items):
        print_ = fingerprint(description, title)
        judged += print_ is not None
        for other in finder.copies(str(position), print_, _when(day)):
            groups.setdefault(other, [int(other)]).append(position)
    examples = []
    for members in list(groups.values())[:5]:
        examples.append([{"title": items[m][0], "source": items[m][2], "text": items[m][1][:160]} for m in members[:3]])
    return {"items": len(items), "judged": judged, "items_with_an_earlier_copy": sum(len(g) - 1 for g in groups.values()),
            "groups": len(groups), "examples": examples}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", type=Path, default=shared_corpora())
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--rss-corpus-items", type=int, default=200_000, help="of the 64k RSS corpus (all)")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results.json")
    args = parser.parse_args()
    rss = rss_items(args.corpora, 20000)
    results = {"bbc": measure("bbc", bbc_articles(args.corpora), args.articles),
               "rss": measure("rss", [(t, d) for t, d, _, _ in rss if d.strip()], args.articles)}
    both = [results["bbc"], results["rss"]]
    found, right, already, made = (sum(r[k] for r in both) for k in ("found", "right", "already_the_same_text",
                                                                      "originals"))
    results["overall"] = {"precision": round((right + already) / found, 3) if found else 1.0,
                          "precision_strict": round(right / found, 3) if found else 1.0,
                          "recall": round(right / made, 3)}
    results["rss_corpus"] = real_rss_copies(rss_items(args.corpora, args.rss_corpus_items,
                                                      "ukraine-2022-2023.jsonl.gz"))
    for name in ("bbc", "rss"):
        r = results[name]
        print(f"{name:4} {r['originals']} copies made, {r['too_short_to_judge']} too short to judge: "
              f"precision {r['precision']:.3f} (strict {r['precision_strict']:.3f}), recall {r['recall']:.3f} "
              f"({r['recall_of_judged']:.3f} of those judged), {r['ms_per_article']} ms per article")
    overall = results["overall"]
    print(f"both: precision {overall['precision']:.3f} (strict {overall['precision_strict']:.3f}), "
          f"recall {overall['recall']:.3f}")
    real = results["rss_corpus"]
    print(f"64k RSS corpus (ukraine-2022-2023), {real['items']} items ({real['judged']} long enough to judge): "
          f"{real['items_with_an_earlier_copy']} near-copies of an earlier item, in {real['groups']} groups")
    for example in real["examples"]:
        print("  " + " | ".join(f"{e['source']}: {e['title'][:60]}" for e in example))
    save_results(args.out, "copies", results)


if __name__ == "__main__":
    main()
