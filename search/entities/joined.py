"""Names joined into groups (a union-find): which names the directory has found to be one actor;
and the one candidate a name can mean, when one dominates."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

__all__ = ["JoinedNames", "dominant", "DOMINANCE", "SURNAME_ARTICLES"]

DOMINANCE = 4  # a name means the actor named this many times as often as any other
SURNAME_ARTICLES = 2  # a name written in full in fewer articles says nothing of a more common lone name
T = TypeVar("T")


class JoinedNames:
    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {item: item for item in items}

    def find(self, item: str) -> str:
        """The name that stands for `item`'s group."""
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def dominant(candidates: Iterable[T], weight: Callable[[T], int]) -> T | None:
    """The one candidate a name can mean: the only one, or one named at least
    DOMINANCE times as often as any other (Joe Biden over Hunter Biden only when it
    is overwhelming).  None when there is none, or no clear one."""
    ranked = sorted(candidates, key=lambda c: -weight(c))
    if not ranked:
        return None
    if len(ranked) == 1 or weight(ranked[0]) >= DOMINANCE * weight(ranked[1]):
        return ranked[0]
    return None
