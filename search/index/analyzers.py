"""How text is cut into index terms: Whoosh's own analyzer classes (the schema is
pickled into every index, so it may hold nothing else)."""

from __future__ import annotations

from typing import Any

from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemmingAnalyzer
from whoosh.support.charset import accent_map

__all__ = ["text_analyzer", "name_analyzer"]


def text_analyzer() -> Any:
    # cachesize=-1: a plain dict of stems (the default cache counts every use of every word)
    return StemmingAnalyzer(stoplist=None, minsize=1, cachesize=-1) | CharsetFilter(accent_map)


def name_analyzer() -> Any:
    return RegexTokenizer(r"\w+") | LowercaseFilter() | CharsetFilter(accent_map)
