"""Names joined into groups (a union-find): which names the directory has found to be one actor."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["JoinedNames"]


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
