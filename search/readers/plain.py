"""One article per file: plain text and Markdown, optionally opening with a
" date YYYY-MM-DD" header line (read by exports.py, which first looks for the
layouts of database exports)."""

from __future__ import annotations

import re

from ..article import RawArticle, Source
from .common import CorpusFile, Read

__all__ = ["article_of_text"]

_HEADER = re.compile(r"\A[ \t]*date[ \t]+(\S+)[ \t]*")


def article_of_text(file: CorpusFile, text: str) -> Read:
    """A file's text as its one article (a text export of one article, too)."""
    if not text.strip():
        return Read().skip(file, "empty file")
    header = _HEADER.match(text)
    date = None
    if header:
        date = header.group(1)
        text = text[header.end():]
    source = Source(path=file.path, root=file.root)
    return Read([RawArticle(id=file.id_prefix, source=source, text=text, date=date, has_header=bool(header))])

