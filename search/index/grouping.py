"""Average-linkage grouping of things by their likeness: two groups join while, on
average over every pair between them, they are at least `bar` alike (a pair not given
counts as not alike at all).  Stories are made with it (stories.py).

Two facts make it fast.  Groups that join are linked by at least one pair as alike
as the bar (an average is never above its largest term), so the things fall apart into
the connected parts of the graph of such pairs, and each part is grouped alone.  A
part of TABLE_FROM to DENSE_MOST things is grouped by SciPy's average linkage (UPGMA,
in C) on its distances, 1 - likeness; a smaller part (most are two or three things),
and a larger one, whose table of distances would take too much memory, by the same
procedure written over its pairs alone (a heap of averages).
With them (and stories.py's trimming done on arrays), stories of result sets of some
2,000 feed items took p50 262-306 ms against 464-663 ms side by side (bench/results.json,
"scale_100k"); the grouping itself takes about 35 ms.  The table and the pairs answer alike (a test
compares both with the definition), and each settles ties the same way every time, so
the same input always gives the same groups.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from typing import Any

__all__ = ["average_linkage", "TABLE_FROM", "DENSE_MOST"]

TABLE_FROM = 40  # a smaller part is quicker grouped over its pairs than through SciPy
DENSE_MOST = 3000  # things in a part grouped through its table of distances (36 MB at most)


def average_linkage(count: int, first: Any, second: Any, likeness: Any, bar: float,
                    table_from: int = TABLE_FROM, dense_most: int = DENSE_MOST) -> list[list[int]]:
    """Groups of the positions 0..count-1, each in position order, given the likeness
    of pairs (arrays `first` < `second`, each pair once)."""
    import numpy as np
    from scipy import sparse
    from scipy.sparse.csgraph import connected_components

    if count == 0:
        return []
    first, second = np.asarray(first, np.int64), np.asarray(second, np.int64)
    likeness = np.asarray(likeness, np.float64)
    strong = likeness >= bar
    graph = sparse.coo_matrix((np.ones(int(strong.sum())), (first[strong], second[strong])), shape=(count, count))
    _, part = connected_components(graph, directed=False)
    inside = part[first] == part[second]  # a pair across two parts never counts
    by_part = np.argsort(part[first[inside]], kind="stable")
    first, second, likeness = first[inside][by_part], second[inside][by_part], likeness[inside][by_part]
    sizes = np.bincount(part, minlength=1)
    members_of = np.split(np.argsort(part, kind="stable"), np.cumsum(sizes)[:-1])
    pairs_of = np.cumsum(np.r_[0, np.bincount(part[first], minlength=len(sizes))])
    groups = []
    for index, members in enumerate(members_of):
        if len(members) == 1:
            groups.append(members.tolist())
            continue
        span = slice(pairs_of[index], pairs_of[index + 1])
        a, b = np.searchsorted(members, first[span]), np.searchsorted(members, second[span])
        grouping = _by_table if table_from <= len(members) <= dense_most else _by_pairs
        for local in grouping(len(members), a, b, likeness[span], bar):
            groups.append(members[local].tolist())
    return groups


def _by_table(size: int, a: Any, b: Any, likeness: Any, bar: float) -> list[Any]:
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage

    distances = np.ones(size * (size - 1) // 2)
    distances[size * a - a * (a + 1) // 2 + (b - a - 1)] = np.clip(1.0 - likeness, 0.0, None)
    labels = fcluster(linkage(distances, method="average"), t=1.0 - bar, criterion="distance")
    order = np.argsort(labels, kind="stable")
    return np.split(order, np.cumsum(np.bincount(labels)[1:])[:-1])


def _by_pairs(size: int, a: Any, b: Any, likeness: Any, bar: float) -> list[list[int]]:
    """The same grouping, joining the most alike two groups first, over the pairs given."""
    members: dict[int, list[int]] = {n: [n] for n in range(size)}
    links: dict[int, dict[int, float]] = defaultdict(dict)  # group -> group -> sum of likeness
    for one, other, value in zip(a.tolist(), b.tolist(), likeness.tolist()):
        links[one][other] = links[other][one] = value
    heap = [(-value, one, other) for one, other, value in zip(a.tolist(), b.tolist(), likeness.tolist())
            if value >= bar]
    heapq.heapify(heap)
    next_id = size
    while heap:
        value, one, other = heapq.heappop(heap)
        if one not in members or other not in members:
            continue
        average = links[one].get(other, 0.0) / (len(members[one]) * len(members[other]))
        if not math.isclose(average, -value, rel_tol=1e-9, abs_tol=1e-12):
            continue  # stale: the pair's groups have changed since
        joined = next_id
        next_id += 1
        members[joined] = members.pop(one) + members.pop(other)
        near = (set(links.pop(one, {})) | set(links.pop(other, {}))) - {one, other}
        for third in sorted(near):
            if third not in members:
                continue
            total = links[third].pop(one, 0.0) + links[third].pop(other, 0.0)
            links[joined][third] = links[third][joined] = total
            average = total / (len(members[joined]) * len(members[third]))
            if average >= bar:
                heapq.heappush(heap, (-average, min(joined, third), max(joined, third)))
    return [sorted(group) for group in members.values()]
