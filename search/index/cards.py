"""An article's card: the little that likeness and lists of articles need (its id,
headline, outlet, date, actors' names and content words), kept in a column of its own.

Whoosh keeps all of a document's stored fields in one compressed record, so reading
the headline of 2,000 articles unpacks 2,000 bodies, their mentions and quotations;
stories and related articles read cards instead.  A document without a card (none
should lack one: every document is written with it, and the schema version changed
with it) is read from its stored fields, which have all a card has but the content
words (wording.py works those out again from the text).
"""

from __future__ import annotations

import threading
from typing import Any

from whoosh import columns
from whoosh.fields import COLUMN

from ..article import Article

__all__ = ["CARD", "card_field", "card_of", "Cards"]

CARD = "card"


def card_field() -> COLUMN:
    return COLUMN(columns.PickleColumn(columns.CompressedBytesColumn()))


def card_of(article: Article, wording: str) -> dict[str, Any]:
    """The card of an article whose content words (story_words) are `wording`."""
    return {"id": article.id, "title": article.title, "source": article.source, "published": article.published,
            "actors": [(actor.name, actor.type) for actor in article.actors], "wording": wording}


class Cards:
    """Cards by document number, for one searcher.  Each thread reads through a column
    reader of its own (a reader keeps a position in its file)."""

    def __init__(self, searcher: Any) -> None:
        self.searcher = searcher
        self._local = threading.local()

    def _column(self) -> Any:
        column = getattr(self._local, "column", None)
        if column is None:
            reader = self.searcher.reader()
            column = reader.column_reader(CARD) if reader.has_column(CARD) else {}
            self._local.column = column
        return column

    def __getitem__(self, docnum: int) -> dict[str, Any]:
        column = self._column()
        try:
            card = column[docnum]
        except (KeyError, IndexError):
            card = None
        return card or self.searcher.stored_fields(docnum)  # type: ignore[no-any-return]
