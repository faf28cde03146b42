"""Every format newsdesk reads, and the one call that reads a file whatever its format.

A file's format is told by its content first (a feed, a web page, a Word document,
an SQLite database each have a signature), then by its name's ending; what has
neither is read as text.  Adding a format is a module with a `Format` and a line in
FORMATS below."""

from __future__ import annotations

import gzip
import zlib

from . import documents, exports, feeds, newsboat, pages, records, ris, table
from .common import CorpusFile, Format, Read

__all__ = ["CorpusFile", "Format", "Read", "FORMATS", "read", "suffix_of", "SUFFIXES"]


def _reject_pdf(file: CorpusFile, data: bytes) -> Read:
    return Read().skip(file, "a PDF: newsdesk does not read PDF files (export the articles as text, DOCX or RTF)")


_PDF = Format("PDF", (".pdf",), lambda head: head.startswith(b"%PDF-"), _reject_pdf)

# Told by content, in this order: the first whose signature the file has reads it.
_SIGNED = (newsboat.FORMAT, documents.DOCX, documents.RTF, _PDF, pages.ARCHIVE, feeds.FEED, feeds.SUBSCRIPTIONS,
           pages.PAGE, ris.FORMAT)
# Told by name only (their content has no signature worth trusting alone).
_NAMED = (records.JSONL, records.FORMAT, table.FORMAT, exports.TEXT)
FORMATS: tuple[Format, ...] = _SIGNED + _NAMED

# Every ending a folder is searched for (longest first, so ".json.gz" wins over ".gz");
# PDF and OPML files are looked at to say why they are not read.
SUFFIXES: tuple[str, ...] = tuple(sorted({suffix for fmt in FORMATS for suffix in fmt.suffixes}, key=len, reverse=True))


def suffix_of(name: str) -> str | None:
    """The format ending of a file name (case-insensitive), or None."""
    lower = name.lower()
    return next((suffix for suffix in SUFFIXES if lower.endswith(suffix)), None)


def read(file: CorpusFile, data: bytes) -> Read:
    """The articles of one file, whatever its format; never raises for bad content."""
    suffix = suffix_of(file.path) or ""
    if suffix.endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            return Read().skip(file, f"not a readable gzip file: {exc}")
        suffix = suffix[:-3]
    head = data[:4096]
    for fmt in _SIGNED:
        if fmt.sniff(head):
            return fmt.read(file, data)
    for fmt in _SIGNED:
        if suffix in fmt.suffixes:  # named as one of these, but without its signature
            if fmt is pages.PAGE:
                return fmt.read(file, data)  # a page saved without its <html> opening
            return Read().skip(file, f"its name says {fmt.name} ({suffix}), but its content is not one")
    for fmt in _NAMED:
        if suffix in fmt.suffixes:
            return fmt.read(file, data)
    if records.SNIFF_JSON(head) and suffix not in exports.TEXT.suffixes:
        return records.FORMAT.read(file, data)
    return exports.TEXT.read(file, data)
