"""Where the tagger's data files live, in the package beside the code."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path

__all__ = ["lines_of", "write_list", "MODEL", "VOCABULARY", "CLUSTERS", "GAZETTEER", "HOLIDAYS", "PERSON_NOUNS",
           "CAPITALISED", "TAGGER_FILES"]

MODEL = Path(__file__).with_name("ner.crfsuite")  # the CRF (train.py writes it)
VOCABULARY = Path(__file__).with_name("lowercase.txt")  # words the training text writes in lower case
CLUSTERS = Path(__file__).with_name("clusters.txt")  # word clusters (clusters.py writes it)
GAZETTEER = Path(__file__).with_name("gazetteer.txt")  # place names (gazetteer.py writes it)
HOLIDAYS = Path(__file__).with_name("holidays.txt")  # holiday names, never actors (holidays.py writes it)
PERSON_NOUNS = Path(__file__).with_name("person_nouns.txt")  # nouns news writes before people's names (nouns.py)
CAPITALISED = Path(__file__).with_name("capitalised.txt")  # words news prose capitalises (proper.py)
# what finding actors and quotes reads: a change to any changes its answers
TAGGER_FILES = (MODEL, VOCABULARY, CLUSTERS, GAZETTEER, HOLIDAYS, PERSON_NOUNS, CAPITALISED)


@cache
def lines_of(path: Path) -> frozenset[str]:
    """A list's lines; none when the file is missing (a checkout before it was written)."""
    try:
        return frozenset(path.read_text(encoding="utf-8").splitlines())
    except FileNotFoundError:
        return frozenset()


def write_list(lines: Iterable[str], default: Path, what: str) -> None:
    """A list-writing tool's command line: `lines`, sorted, to the path it is given
    (or `default`), and how many were written."""
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    written = sorted(lines)
    output.write_text("\n".join(written) + "\n", encoding="utf-8")
    print(f"{len(written)} {what} written to {output}")
