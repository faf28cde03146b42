"""The Whoosh index of a corpus, split by job as Whoosh itself is:

    store.py        the index on disk: opening, locking, updating (class Index)
    snapshot.py     one generation of it, and everything asked of it (class Snapshot)
    report.py       what an update did, and the indexer's line protocol
    incremental.py  reading new and changed files into it
    searching.py    search, the lazy result list, actor counts, quotes
    wording.py      each article's weighted words: the likeness related and stories share
    related.py      related articles, each with why
    stories.py      a result set grouped into stories (grouping.py: average linkage)
    writers.py      opening Whoosh writers: codec, merge policy, the lock on failure
    schema.py, analyzers.py, compile.py, storage.py, manifest.py, extractions.py, actor_table.py, published.py

Whoosh is used only inside this package.  Names are loaded on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import names_from

_WHERE = {"Index": "store", "Snapshot": "snapshot", "UpdateReport": "report", "Progress": "report",
          "Matches": "searching", "Actor": "store"}
__all__ = sorted(_WHERE)

if TYPE_CHECKING:
    from .report import Progress, UpdateReport
    from .searching import Matches
    from .snapshot import Snapshot
    from .store import Actor, Index


__getattr__ = names_from(__name__, _WHERE, globals())
