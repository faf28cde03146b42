"""Actors in articles: people (PER), organisations (ORG) and places (LOC).

    find_mentions(text)          mentions with character offsets (a CRF, tagger.py)
    article_actors(title, body)  one entry per actor of an article, and its mentions

Run `python -m search.entities --conll FILE` to score the tagger on CoNLL-2003 data.
"""

from .actors import TITLES, article_actors, fold
from .tagger import find_mentions

__all__ = ["find_mentions", "article_actors", "fold", "TITLES"]
