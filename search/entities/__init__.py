"""Actors in articles: people (PER), organisations (ORG) and places (LOC).

    find_mentions(text)          mentions with character offsets (a CRF, tagger.py)
    article_actors(title, body)  one entry per actor of an article, and its mentions

Run `python -m search.entities --conll FILE` to score the tagger on CoNLL-2003 data.
The names below load on first use: the reader, which only looks names up in the
corpus directory, starts without the tagger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import names_from

_WHERE = {"article_actors": "actors", "fold": "names", "TITLES": "titles", "find_mentions": "tagger"}
__all__ = sorted(_WHERE)

if TYPE_CHECKING:
    from .actors import article_actors
    from .names import fold
    from .tagger import find_mentions
    from .titles import TITLES

__getattr__ = names_from(__name__, _WHERE, globals())
