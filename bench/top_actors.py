"""A corpus's most covered actors, for a reader to judge: are they actors, and is any twice?

    python -m bench.top_actors CORPUS [--index-dir DIR] [--top 60] [--out bench/results.json]

Issue 14 asks that the top 60 actors of news newsdesk has never seen hold at most two
that are no actors or are duplicates.  Whether "Oscar" is an actor is a reader's call,
so this prints the list with each actor's type, articles and other spellings, and marks
the pairs a reader should look at twice: two actors one of whose names holds all the
words of the other's ("Labour" and "Labour Party"), or a person and another actor with
the person's surname.  The marks are leads, not verdicts: "BBC" and "BBC News" are two
bodies.  The list and the marked pairs are saved under "top_actors".
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bench.measure import save_results
from search import Index
from search.entities.names import variant_key


def look_twice(actors: list[dict[str, object]]) -> list[tuple[str, str]]:
    """Pairs of actors whose names overlap as a duplicate's would."""
    pairs = []
    for n, one in enumerate(actors):
        for other in actors[n + 1:]:
            a, b = set(variant_key(str(one["name"])).split()), set(variant_key(str(other["name"])).split())
            surnames = [variant_key(str(x["name"])).split()[-1] for x in (one, other) if x["type"] == "PER"]
            if a <= b or b <= a or any(s in a and s in b for s in surnames):
                pairs.append((str(one["name"]), str(other["name"])))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, nargs="+")
    parser.add_argument("--index-dir", type=Path)
    parser.add_argument("--top", type=int, default=60)
    parser.add_argument("--out", type=Path, help="merge the list into this results file")
    args = parser.parse_args()
    with Index.open(args.corpus, args.index_dir) as index:
        index.update()
        actors = [{"name": a.name, "type": str(a.type), "articles": a.articles, "aliases": list(a.aliases)[:8]}
                  for a in index.actors("", limit=args.top)]
    for rank, actor in enumerate(actors, 1):
        also = ", ".join(actor["aliases"])  # type: ignore[arg-type]
        print(f"{rank:3d}  {actor['type']}  {actor['articles']:6d}  {actor['name']}" + (f"  (also {also})" if also else ""))
    pairs = look_twice(actors)
    print("\nlook twice at:" if pairs else "\nno names overlap")
    for one, other in pairs:
        print(f"  {one}  /  {other}")
    if args.out:
        saved = json.loads(args.out.read_text(encoding="utf-8")).get("top_actors", {}) if args.out.exists() else {}
        saved[" ".join(p.name for p in args.corpus)] = {"top": args.top, "actors": actors, "look_twice": pairs}
        save_results(args.out, "top_actors", saved)


if __name__ == "__main__":
    main()
