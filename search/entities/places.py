"""A small world gazetteer (places.txt) that settles person-or-place doubts.

The tagger learned from 1996 news; "Kyiv" or "Bakhmut" standing alone before a
possessive looks like a person to it.  A name listed here is never a person.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .names import variant_key

__all__ = ["is_place"]


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    lines = Path(__file__).with_name("places.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(variant_key(line) for line in lines if line.strip() and not line.startswith("#"))


def is_place(name: str) -> bool:
    return variant_key(name) in _places()
