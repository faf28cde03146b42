"""What every format's reader shares: the file being read, what reading it gives,
and the small steps (text from markup, a record made into a raw article) that more
than one format needs.  Decoding, control characters, dates and cleaning stay where
they are (search/text.py, search/dates.py, search/cleaning.py)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..article import RawArticle, Skipped, Source
from ..text import NotText, decode, strip_controls

__all__ = ["CorpusFile", "Read", "Format", "text_of_html", "one_line", "article", "article_of_page", "paragraphs",
           "reads_text", "byline_names"]


@dataclass(frozen=True)
class CorpusFile:
    """A file of the corpus: its absolute path and the corpus root it belongs to."""

    path: str
    root: str
    id_prefix: str  # the id stem: path relative to the root (see corpus.find_files)

    def stat(self) -> tuple[int, int]:
        st = os.stat(self.path)
        return st.st_size, st.st_mtime_ns


@dataclass
class Read:
    """The articles one file holds, and what in it could not be read."""

    articles: list[RawArticle] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def skip(self, file: CorpusFile, reason: str, line: int | None = None) -> Read:
        self.skipped.append(Skipped(file.path, reason, line))
        return self


@dataclass(frozen=True)
class Format:
    """One format newsdesk reads: its name, the file name endings it is looked for
    under in a folder, how its content is recognised, and its reader."""

    name: str
    suffixes: tuple[str, ...]
    sniff: Callable[[bytes], bool]  # the file's first bytes: is it this format?
    read: Callable[[CorpusFile, bytes], Read]
    example: str = ""  # one line for the README's table of formats


TextReader = Callable[[CorpusFile, str], Read]


def reads_text(what: str) -> Callable[[TextReader], Callable[[CorpusFile, bytes], Read]]:
    """A reader of decoded text made a reader of the file's bytes: a file that is not
    text (`what` says what it should have been) is skipped with the reason."""
    def wrap(reader: TextReader) -> Callable[[CorpusFile, bytes], Read]:
        def read(file: CorpusFile, data: bytes) -> Read:
            try:
                text = decode(data).lstrip("\ufeff")
            except NotText as exc:
                return Read().skip(file, f"not {what}: {exc}")
            return reader(file, text)
        return read
    return wrap


_BLOCKS = frozenset("""address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3
h4 h5 h6 header hr li main nav ol p pre section table td th tr ul""".split())
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def text_of_html(markup: str) -> str:
    """The readable text of an HTML fragment (a feed item's description, a page part):
    one paragraph per block element, scripts and styles left out, no markup kept."""
    if "<" not in markup:
        from html import unescape

        return strip_controls(unescape(markup)).strip()
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    pieces: list[str] = []

    def walk(node: object) -> None:
        tag = getattr(node, "tag", None)
        block = isinstance(tag, str) and tag.lower() in _BLOCKS
        if block:
            pieces.append("\n\n")
        if isinstance(tag, str) and getattr(node, "text", None):
            pieces.append(node.text)  # type: ignore[attr-defined]
        for child in node:  # type: ignore[attr-defined]
            walk(child)
            if child.tail:
                pieces.append(child.tail)
        if block:
            pieces.append("\n\n")

    walk(root)
    return paragraphs("".join(pieces))


def paragraphs(text: str) -> str:
    """Text whose every line is a paragraph (what markup gives), spaces evened, with
    one blank line between paragraphs."""
    lines = (_SPACES.sub(" ", line).strip() for line in strip_controls(text).split("\n"))
    return "\n\n".join(line for line in lines if line)


def one_line(text: str | None) -> str | None:
    """A field's value on one line (None when empty)."""
    if text is None:
        return None
    value = _SPACES.sub(" ", strip_controls(str(text)).replace("\n", " ")).strip()
    return value or None


def article(file: CorpusFile, key: str, number: int, text: str, *, title: str | None = None,
            date: str | None = None, outlet: str | None = None, url: str | None = None,
            authors: tuple[str, ...] = ()) -> RawArticle:
    """The `number`th article of a file that holds several, its id made from `key`."""
    return RawArticle(id=f"{file.id_prefix}#{key}", source=Source(path=file.path, root=file.root, record=key,
                                                                     line=number),
                      text=text, title=one_line(title), date=one_line(date), outlet=one_line(outlet),
                      url=one_line(url), authors=tuple(a for a in (one_line(x) for x in authors) if a))


def article_of_page(file: CorpusFile, text: str, *, title: str | None = None, date: str | None = None,
                    outlet: str | None = None, url: str | None = None, authors: tuple[str, ...] = ()) -> RawArticle:
    """A file's one article, its fields found by the format's reader."""
    return RawArticle(id=file.id_prefix, source=Source(path=file.path, root=file.root), text=text,
                      title=one_line(title), date=one_line(date), outlet=one_line(outlet), url=one_line(url),
                      authors=tuple(a for a in (one_line(x) for x in authors) if a))


def byline_names(byline: str, commas: bool = False) -> tuple[str, ...]:
    """The names of a byline ("By Sam Reed and Ana Cruz"); `commas`: a comma parts names too."""
    byline = re.sub(r"^By\s+", "", byline.strip(), flags=re.IGNORECASE)
    parts = re.split(r";|,| and | und | et | y " if commas else r";| and | und | et | y ", byline)
    return tuple(name.strip() for name in parts if name.strip()) if byline else ()
