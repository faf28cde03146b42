"""Saved web pages (`.html`, `.htm`, and `.mhtml` single-file archives): the article
in the page, without its navigation, banners and comments (trafilatura), with its
headline, outlet, authors, address and publication date from the page's own
metadata.  A date is taken only from metadata, never from the text (where dates of
events are), and never when it is later than the file was saved.  A Factiva export
saved as HTML is split into its articles (factiva.py)."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import datetime, timezone

from . import factiva
from .common import CorpusFile, Format, Read, article_of_page, paragraphs, reads_text, text_of_html

__all__ = ["PAGE", "ARCHIVE"]

_HTML = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html|<head)",
                   re.IGNORECASE | re.DOTALL)
SHORTEST = 20  # words: less is a banner or a menu, not an article a page was saved for
_FACTIVA_MARK = re.compile(rb"(?:Document|Dokument|Documento)(?:\s|&nbsp;|&#160;)+[A-Za-z0-9]{16,}\s*<")


def _sniff_page(head: bytes) -> bool:
    return bool(_HTML.match(head))


def _sniff_archive(head: bytes) -> bool:
    start = head[:2048].lower()
    return b"mime-version:" in start and b"multipart/related" in start


@reads_text("a readable web page")
def _read_page(file: CorpusFile, markup: str) -> Read:
    return _page(file, markup)


def _read_archive(file: CorpusFile, data: bytes) -> Read:
    message = email.message_from_bytes(data, policy=email.policy.default)
    address = message.get("Snapshot-Content-Location")
    for part in message.walk():
        if part.get_content_type() == "text/html":
            try:
                markup = part.get_content()
            except (LookupError, ValueError) as exc:
                return Read().skip(file, f"not a readable web archive: {exc}")
            return _page(file, markup, address or part.get("Content-Location"))
    return Read().skip(file, "a web archive with no HTML page in it")


def _page(file: CorpusFile, markup: str, address: str | None = None) -> Read:
    if _FACTIVA_MARK.search(markup.encode("utf-8", "surrogatepass")):
        text = text_of_html(markup)
        if factiva.recognise(text):
            return factiva.split(file, text)
    import trafilatura

    try:
        found = trafilatura.bare_extraction(markup, url=address, with_metadata=True, include_comments=False,
                                            date_extraction_params={"extensive_search": False,
                                                                    "original_date": True})
    except Exception as exc:  # a page trafilatura cannot parse is one bad file, not a failed run
        return Read().skip(file, f"not a readable web page: {exc.__class__.__name__}: {exc}")
    if found is None or len((found.text or "").split()) < SHORTEST:
        return Read().skip(file, "no article text found in the page (navigation or a banner at most; "
                                 "a page cut short?)")
    title = found.title
    body = paragraphs(found.text)
    first, _, rest = body.partition("\n\n")
    if title and first.strip() == title.strip() and rest:
        body = rest  # the headline repeated as the body's first line
    read = Read()
    date = found.date
    saved = _saved(file)
    if date and saved and date > saved:
        read.skip(file, f"date ignored: the page says {date}, after the file was saved ({saved})")
        date = None
    authors = tuple(name.strip() for name in (found.author or "").split(";") if name.strip())
    read.articles.append(article_of_page(file, body, title=title, date=date,
                                         outlet=found.sitename or found.hostname, url=found.url or address,
                                         authors=authors))
    return read


def _saved(file: CorpusFile) -> str | None:
    try:
        return datetime.fromtimestamp(file.stat()[1] / 1e9, tz=timezone.utc).date().isoformat()
    except (OSError, ValueError, OverflowError):
        return None


PAGE = Format("page", (".html", ".htm", ".xhtml"), _sniff_page, _read_page,
              "a saved web page: the article without its navigation, banners and comments")
ARCHIVE = Format("web archive", (".mhtml", ".mht"), _sniff_archive, _read_archive,
                 "a single-file web archive (\"Save page as\", complete, one file)")
