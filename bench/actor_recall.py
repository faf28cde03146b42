"""Search by actor against a plain text search for the actor's name.

    python -m bench.actor_recall CORPUS [--index-dir DIR] [--top 40] [--out bench/results.json]

For each of the corpus's most covered actors, the articles a reader would find by
searching the text for the name (its full name, and a person's surname alone, as
quoted phrases) are compared with the articles `actor:"Name"` returns.  Recall: the
share of the text search's articles that the actor search also returns.  The text
search is generous (it counts "Trump Tower" for Donald Trump and a surname shared by
two people), so recall here is a lower bound; "beyond" counts the articles the actor
search finds that the text search does not (other spellings the directory joined).
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from search import Index


def _ids(index: Index, query: str) -> set[str]:
    return {hit.id for hit in index.search(query, limit=None).hits}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, nargs="+")
    parser.add_argument("--index-dir", type=Path)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--out", type=Path, help="merge the figures into this results file")
    args = parser.parse_args()
    with Index.open(args.corpus, args.index_dir) as index:
        index.update()
        rows = []
        for actor in index.actors("", limit=args.top):
            forms = {f'"{actor.name}"'}
            if actor.type == "PER" and " " in actor.name:
                forms.add(f'"{actor.name.split()[-1]}"')
            text = _ids(index, " OR ".join(sorted(forms)))
            found = _ids(index, f'actor:"{actor.name}"')
            recall = len(text & found) / len(text) if text else 1.0
            rows.append({"actor": actor.name, "type": actor.type, "text": len(text), "actor_search": len(found),
                         "both": len(text & found), "beyond": len(found - text), "recall": round(recall, 3)})
            print(f"{recall:6.3f} {len(text):6d} {len(found):6d} {len(found - text):6d}  {actor.type} {actor.name}")
    recalls = [row["recall"] for row in rows]
    micro = sum(row["both"] for row in rows) / max(1, sum(row["text"] for row in rows))
    print(f"\n{len(rows)} actors: recall median {statistics.median(recalls):.3f}, "
          f"min {min(recalls):.3f}, over all their articles {micro:.3f}")
    if args.out:
        results = json.loads(args.out.read_text()) if args.out.exists() else {}
        results.setdefault("actor_recall", {})[" ".join(p.name for p in args.corpus)] = {
            "top": args.top, "median": round(statistics.median(recalls), 3), "min": min(recalls),
            "over_all_articles": round(micro, 3), "actors": rows}
        args.out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
