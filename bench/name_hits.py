"""How often the tagger finds a name where the text writes it: a recall probe for names
the tagger's 1996 training text never had.

    python -m bench.name_hits CORPUS NAME... [--limit 300] [--out bench/results.json]

For each name, the first `--limit` articles of the corpus whose title or text write it
(as a whole word, capitalised as given) are tagged as newsdesk tags them, and the share
of them where a mention the tagger finds holds the name is printed.  A share far under 1
is a name the tagger takes for a word ("Facebook" beside "video", "post" and "account" in
the word clusters).  The text is generous: a name in a share button or a URL counts, so
the share is a lower bound.  The figures are saved under "name_hits" with the corpus.
"""

from __future__ import annotations

import argparse
import re
import statistics
from pathlib import Path

from bench.measure import save_results
from search.corpus import find_files, read_file
from search.entities.tagger import find_mentions


def name_hits(corpus: Path, names: list[str], limit: int) -> dict[str, tuple[int, int]]:
    """name -> (articles writing it, articles where the tagger found it), up to `limit` each."""
    patterns = {name: re.compile(rf"(?<!\w){re.escape(name)}(?!\w)") for name in names}
    seen = {name: [0, 0] for name in names}
    files, _ = find_files([corpus])
    for file in files:
        for article in read_file(file).articles:
            text = f"{article.title or ''}\n\n{article.text}"
            todo = [name for name in names if seen[name][0] < limit and patterns[name].search(text)]
            if not todo:
                continue
            mentions = find_mentions(text)
            for name in todo:
                seen[name][0] += 1
                seen[name][1] += any(patterns[name].search(m.text) for m in mentions)
        if all(count >= limit for count, _ in seen.values()):
            break
    return {name: (count, found) for name, (count, found) in seen.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("names", nargs="+")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--out", type=Path, help="merge the figures into this results file")
    args = parser.parse_args()
    hits = name_hits(args.corpus, args.names, args.limit)
    shares = {}
    for name, (count, found) in hits.items():
        shares[name] = round(found / count, 3) if count else None
        print(f"{name:20s} {found:5d} of {count:5d}  {shares[name] if count else '-'}")
    known = [share for share in shares.values() if share is not None]
    median = statistics.median(known) if known else None
    print(f"median {median}")
    if args.out:
        save_results(args.out, "name_hits", {"corpus": args.corpus.name, "limit": args.limit,
                                             "articles_found": {n: list(v) for n, v in hits.items()},
                                             "share": shares, "median": median})


if __name__ == "__main__":
    main()
