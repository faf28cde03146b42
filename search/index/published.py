"""Publication dates read straight from the sortable date column (no stored fields)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

__all__ = ["UNDATED", "published_dates", "newest"]

UNDATED = 2**64 - 1  # what the date column holds for an article without a date


def _column(searcher: Any) -> list[int] | None:
    reader = searcher.reader()
    if not reader.has_column("published"):
        return None
    column = list(reader.column_reader("published", translate=False))
    if len(column) >= reader.doc_count_all():
        return column
    # A segment without a single dated article has no column, and Whoosh then reads the
    # index's column short: read it segment by segment, undated where there is none.
    column = []
    for leaf, _ in reader.leaf_readers():
        count = leaf.doc_count_all()
        column.extend(list(leaf.column_reader("published", translate=False)) if leaf.has_column("published")
                      else [UNDATED] * count)
    return column


def published_dates(searcher: Any, docnums: Iterable[int] | None) -> list[datetime | None]:
    """The publication date of each article (None when it has none); all live ones if `docnums` is None."""
    from whoosh.util.times import long_to_datetime

    reader = searcher.reader()
    column = _column(searcher)
    if docnums is None:
        docnums = reader.all_doc_ids()  # the live ones
    if column is None:  # no article has a date (Whoosh writes no column then)
        return [None for _ in docnums]
    values = (column[doc] for doc in docnums)
    return [None if value == UNDATED else long_to_datetime(value) for value in values]


def newest(searcher: Any) -> datetime | None:
    """The newest publication date in the index."""
    from whoosh.util.times import long_to_datetime

    column = _column(searcher)
    if column is None:
        return None
    found = max((column[doc] for doc in searcher.reader().all_doc_ids() if column[doc] != UNDATED), default=None)
    return long_to_datetime(found) if found is not None else None
