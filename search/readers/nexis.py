"""Nexis Uni and LexisNexis exports (TXT, and DOCX or RTF once made text): many
articles to a file, each with its headline, publication, date line, labelled fields
(`Section:`, `Length:`, `Byline:`) and body, and metadata after the body.

Two layouts are known.  Nexis Uni's: a cover page (user, job number, search terms,
the list of documents), then per article the headline, publication and date lines,
labels followed by a non-breaking space, a `Body` line, the body, `Load-Date:` and
the rest, and an `End of Document` line.  The older LexisNexis one: "N of M
DOCUMENTS" before each article, centred publication and date lines, an edition line,
the headline, upper-case labels (`BYLINE:`), the body, then `LOAD-DATE:`,
`LANGUAGE:` and a copyright line.  Labels may be translated: a label is recognised
by its shape (a few words and a colon at a line's start, followed by a non-breaking
space in Nexis Uni, upper case in the older layout), the ones whose meaning matters
(byline, section, length) by a short table of names."""

from __future__ import annotations

import re

from .common import CorpusFile, Read, article, byline_names
from .dating import is_date_line

__all__ = ["recognise", "split"]

_COUNTER = re.compile(r"^[ \t]*(\d+)[ \t]+\w{1,4}[ \t]+(\d+)[ \t]+\w*(?:DOCUMENT|DOKUMENT)\w*[ \t]*$",
                      re.IGNORECASE | re.MULTILINE)
_END = re.compile(r"^[ \t]*(?:End of Document|Ende des Dokuments|Fin du document|Fin del documento"
                  r"|Fine del documento|Einde van document|Fim do documento)[ \t]*$", re.IGNORECASE | re.MULTILINE)
_UNI_LABEL = re.compile(r"^([^\W\d][\w\-/ ]{0,30}?):[ \t]*\u00a0[ \t\u00a0]*(.*)$")
_OLD_LABEL = re.compile(r"^([A-Z][A-Z\-/ ]{1,30}):[ \t]+(.*)$")
_ENGLISH_LABELS = frozenset("""section length byline dateline highlight load-date language graphic
publication-type subject geographic company organization person industry ticker journal-code document-type
notes correction-date correction series type url headline body classification distribution""".split())
_BYLINE = frozenset({"byline", "autor", "auteur", "autore", "author", "by"})
_LENGTH = frozenset({"length", "länge", "longueur", "longitud", "lunghezza", "lengte", "comprimento"})
_BODY = frozenset({"body", "text", "texte", "texto", "testo", "tekst", "corps"})
_COVER = re.compile(r"^(?:User Name|Date and Time|Job Number|Documents? \(\d+\)|Client/Matter|Search Terms|"
                    r"Search Type|Narrowed by|Content Type|Benutzername|Suchbegriffe|Dokumente \(\d+\))",
                    re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:Copyright\b|©|\(c\)\s)", re.IGNORECASE)
_ENUMERATED = re.compile(r"^\d+\.\s+\S")


def recognise(text: str) -> bool:
    """Whether the text is a Nexis export (either layout): its document counters, or
    its end lines together with labels of Nexis Uni's shape."""
    return bool(_COUNTER.search(text) or (_END.search(text) and _ANY_LABEL.search(text)))


_ANY_LABEL = re.compile(r"^[ \t]*(?:[^\W\d][\w\-/ ]{0,30}?:[ \t]*\u00a0|(?:Length|Section|Byline|Load-Date):[ \t])",
                        re.MULTILINE)


def _is_label_name(name: str) -> bool:
    return name.strip().lower() in _ENGLISH_LABELS and len(name) < 30


def split(file: CorpusFile, text: str) -> Read:
    """The articles of a Nexis export, numbered in the order the export gives them."""
    read = Read()
    if _COUNTER.search(text):
        chunks = [chunk for chunk in _COUNTER.split(text)[3::3]]
        parse = _old_article
    else:
        chunks = _END.split(text)
        if chunks and not chunks[-1].strip():
            chunks.pop()
        if chunks:
            chunks[0] = _without_cover(chunks[0])
        parse = _uni_article
    for number, chunk in enumerate(chunks, start=1):
        found = parse(chunk)
        if found is None:
            read.skip(file, f"document {number} of the export has no body that could be read", number)
            continue
        title, outlet, date, authors, body = found
        read.articles.append(article(file, str(number), number, body, title=title, date=date, outlet=outlet,
                                     authors=authors))
    if not read.articles and not read.skipped:
        read.skip(file, "a Nexis export with no documents in it")
    return read


def _without_cover(chunk: str) -> str:
    """The first document without the export's cover page (user, job, search terms and
    the numbered list of documents), whose dates are not the article's."""
    lines = chunk.split("\n")
    last = -1
    listing = False
    for position, line in enumerate(lines[:2000]):
        stripped = line.strip(" \t\u00a0")
        if _COVER.match(stripped):
            last = position
            listing = listing or stripped.lower().startswith(("documents (", "dokumente ("))
        elif listing and _ENUMERATED.match(stripped):
            last = position
    return "\n".join(lines[last + 1:]) if last >= 0 else chunk


Parsed = tuple[str | None, str | None, str | None, tuple[str, ...], str]


def _uni_article(chunk: str) -> Parsed | None:
    lines = [line.rstrip() for line in chunk.split("\n")]
    header: list[str] = []
    fields: dict[str, str] = {}
    body: list[str] = []
    state = "header"
    for line in lines:
        stripped = line.strip(" \t\u00a0")
        label = _uni_label(stripped)
        if state == "header":
            if stripped.lower() in _BODY:
                state = "body"
            elif label:
                fields.setdefault(label[0], label[1])
            elif stripped and not _COPYRIGHT.match(stripped):
                header.append(stripped)
        elif state == "body":
            if label and (label[0] in _ENGLISH_LABELS or "\u00a0" in line):
                state = "after"
            elif stripped.lower() == "classification":
                state = "after"
            else:
                body.append(line)
    if state == "header":  # no Body line: the body follows the last label
        return _body_after_labels(lines)
    title, outlet, date = _title_outlet_date(header)
    return _parsed(title, outlet, date, fields, "\n".join(body))


def _uni_label(line: str) -> tuple[str, str] | None:
    found = _UNI_LABEL.match(line)
    if found:
        return found.group(1).strip().lower(), found.group(2).strip()
    name, colon, value = line.partition(":")
    if colon and _is_label_name(name) and (value[:1] in (" ", "\t", "\u00a0") or not value):
        return name.strip().lower(), value.strip(" \t\u00a0")
    return None


def _body_after_labels(lines: list[str]) -> Parsed | None:
    last_label = max((n for n, line in enumerate(lines) if _uni_label(line.strip(" \t\u00a0"))), default=-1)
    if last_label < 0:
        return None
    header = [line.strip() for line in lines[:last_label] if line.strip() and not _uni_label(line.strip())]
    fields = {label[0]: label[1] for line in lines[:last_label + 1] if (label := _uni_label(line.strip()))}
    title, outlet, date = _title_outlet_date(header)
    return _parsed(title, outlet, date, fields, "\n".join(lines[last_label + 1:]))


def _title_outlet_date(header: list[str]) -> tuple[str | None, str | None, str | None]:
    """Headline, publication and date line from the lines above the labels: the date
    line is the first that reads as a date; the publication is the line above it, and
    the headline what is above that."""
    for position, line in enumerate(header[:12]):
        if is_date_line(line):
            outlet = header[position - 1] if position >= 1 else None
            title = " ".join(header[:position - 1]) if position >= 2 else None
            return title or None, outlet, line
    return (header[0] if header else None), None, None


def _old_article(chunk: str) -> Parsed | None:
    blocks = [block.strip("\n") for block in re.split(r"\n[ \t\u00a0]*\n", chunk) if block.strip()]
    header: list[list[str]] = []  # blocks of lines: publication, date (and edition), headline
    fields: dict[str, str] = {}
    body: list[str] = []
    state = "header"
    for block in blocks:
        first = block.strip().split("\n", 1)[0].strip()
        label = _OLD_LABEL.match(first)
        if label and state in ("header", "labels"):
            state = "labels"
            fields.setdefault(label.group(1).strip().lower(), " ".join(block.strip()[len(label.group(1)) + 1:].split()))
        elif state == "header":
            header.append([line.strip() for line in block.split("\n") if line.strip()])
        elif label or (_COPYRIGHT.match(first) and block is blocks[-1]):
            state = "after"
        elif state != "after":
            state = "body"
            body.append(block)
    date_at = next((n for n, lines in enumerate(header[:6]) if is_date_line(lines[0])), None)
    outlet = " ".join(header[0]) if header and date_at != 0 else None
    title = fields.get("headline") or (" ".join(header[-1]) if date_at is not None and len(header) > date_at + 1
                                       else None)
    date = header[date_at][0] if date_at is not None else fields.get("load-date")
    return _parsed(title, outlet, date, fields, "\n\n".join(body))


def _parsed(title: str | None, outlet: str | None, date: str | None, fields: dict[str, str], body: str
            ) -> Parsed | None:
    body = body.strip("\n")
    if not body.strip():
        return None
    byline = next((value for name, value in fields.items() if name in _BYLINE), "")
    return title, outlet, date, byline_names(byline), body
