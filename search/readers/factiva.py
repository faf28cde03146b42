"""Factiva exports (RTF, HTML, text): many articles to a file, each ending with a
"Document <accession number>" line (translated: "Dokument", "Documento").

With field tags shown, an article is tagged lines: `HD` headline, `BY` byline, `WC`
word count, `PD` date, `SN` source, `LP` lead, `TD` text, `AN` accession number (and
more, ignored).  Without them, the same fields come as unlabelled lines above the
body in an order that shifts: the headline first, then among the word count, date,
time, source name, source code, language and copyright lines; each is told by its
shape, never by its position alone.  The accession number is the article's id."""

from __future__ import annotations

import re

from .common import CorpusFile, Read, article, byline_names
from .dating import is_date_line

__all__ = ["recognise", "split"]

_DOCUMENT = re.compile(r"^[ \t\u00a0]*(?:AN[ \t\u00a0]+)?(?:Document|Dokument|Documento|Document n°)[ \t\u00a0]+"
                       r"([A-Za-z0-9]{16,})"
                       r"[ \t\u00a0]*$", re.MULTILINE)
_TAG = re.compile(r"^(HD|BY|WC|PD|ET|SN|SC|ED|PG|LA|CY|LP|TD|CO|IN|NS|RE|IPC|IPD|PUB|AN|CR|ART|RF|SE|CLM|CT|"
                  r"VOL|NGC|NGL|PUBLISHER)(?:[ \t\u00a0]+(.*))?$")
_WORDS = re.compile(r"^\d[\d,.\u00a0 ]*[ \t\u00a0]+(?:words|Wörter|mots|palabras|parole|woorden|palavras|ord)$",
                    re.IGNORECASE)
_TIME = re.compile(r"^\d{1,2}[:.]\d\d(?:[ \t]*(?:[AaPp]\.?[Mm]\.?))?(?:[ \t]+[A-Z]{2,5})?$")
_CODE = re.compile(r"^[A-Z0-9]{2,10}$")
_LANGUAGES = frozenset("""english deutsch german français french español spanish italiano italian nederlands
dutch português portuguese русский russian 中文 日本語 svenska dansk norsk polski""".split())
_COPYRIGHT = re.compile(r"^(?:Copyright\b|©|\(c\)|\(C\)|All rights reserved)", re.IGNORECASE)


def recognise(text: str) -> bool:
    """Whether the text is a Factiva export."""
    return bool(_DOCUMENT.search(text))


def split(file: CorpusFile, text: str) -> Read:
    """The articles of a Factiva export, each with its accession number as id."""
    read = Read()
    pieces = _DOCUMENT.split(text)
    seen: set[str] = set()
    for number, position in enumerate(range(0, len(pieces) - 1, 2), start=1):
        chunk, accession = pieces[position], pieces[position + 1]
        lines = [line.strip(" \t\u00a0") for line in chunk.split("\n")]
        tagged = sum(1 for line in lines if _TAG.match(line)) >= 3
        found = _tagged(lines) if tagged else _untagged(lines)
        if found is None:
            read.skip(file, f"document {accession} of the export has no body that could be read", number)
            continue
        title, outlet, date, authors, body = found
        key = accession if accession not in seen else f"{accession}-{number}"
        seen.add(key)
        read.articles.append(article(file, key, number, body, title=title, date=date, outlet=outlet,
                                     authors=authors))
    if not read.articles and not read.skipped:
        read.skip(file, "a Factiva export with no documents in it")
    return read


Parsed = tuple[str | None, str | None, str | None, tuple[str, ...], str]


def _tagged(lines: list[str]) -> Parsed | None:
    fields: dict[str, list[str]] = {}
    current: str | None = None
    for line in lines:
        found = _TAG.match(line)
        if found:
            current = found.group(1)
            fields.setdefault(current, [])
            if found.group(2):
                fields[current].append(found.group(2))
        elif current is not None:
            fields[current].append(line)
    body = "\n".join(fields.get("LP", []) + [""] + fields.get("TD", [])).strip()
    if not body:
        return None
    title = " ".join(" ".join(fields.get("HD", [])).split()) or None
    date = " ".join(" ".join(fields.get("PD", [])).split()) or None
    outlet = " ".join(" ".join(fields.get("SN", [])).split()) or None
    return title, outlet, date, byline_names(" ".join(fields.get("BY", [])), commas=True), body


def _untagged(lines: list[str]) -> Parsed | None:
    while lines and not lines[0]:
        lines = lines[1:]
    words_at = next((n for n, line in enumerate(lines[:40]) if _WORDS.match(line)), None)
    if words_at is None:
        return None
    above = [line for line in lines[:words_at] if line]
    byline = above.pop() if len(above) > 1 and above[-1].lower().startswith("by ") else ""
    title = " ".join(above) or None
    date = outlet = None
    position = words_at + 1
    while position < len(lines) and position <= words_at + 24:
        line = lines[position]
        if not line:
            position += 1
            continue
        if _COPYRIGHT.match(line):
            position += 1
            break
        if date is None and is_date_line(line):
            date = line
        elif _TIME.match(line) or _CODE.match(line) or line.lower() in _LANGUAGES:
            pass
        elif line.lower().startswith("by ") and not byline:
            byline = line
        elif outlet is None and len(line) <= 80:
            outlet = line
        else:
            break  # the body begins
        position += 1
    body = "\n".join(lines[position:]).strip()
    if not body:
        return None
    return title, outlet, date, byline_names(byline, commas=True), body
