"""RIS references (Zotero, Mendeley, library databases): `TY  - NEWS` records of
tagged lines, `ER  -` closing each.  Title `TI`/`T1`, authors `AU`/`A1`, date
`DA`/`PY`/`Y1`, publication `T2`/`JO`/`JF`/`PB`, link `UR`, text `AB`/`N1`."""

from __future__ import annotations

import re

from .common import CorpusFile, Format, Read, article, reads_text

__all__ = ["FORMAT"]

_LINE = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*))?$")
_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*TY  - ")


@reads_text("a text file")
def _read_ris(file: CorpusFile, text: str) -> Read:
    read = Read()
    record: dict[str, list[str]] = {}
    start = 0
    last: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        found = _LINE.match(raw.rstrip())
        if found is None:
            if last and raw.strip():  # a value continued on the next line
                record[last][-1] += " " + raw.strip()
            continue
        tag, value = found.group(1), (found.group(2) or "").strip()
        if tag == "TY":
            record, start = {"TY": [value]}, number
        elif tag == "ER":
            _add(file, read, record, start)
            record = {}
        else:
            record.setdefault(tag, []).append(value)
        last = tag if tag not in ("TY", "ER") else None
    if record:
        read.skip(file, "the last record has no closing `ER  -` line: skipped", start)
    return read


def _add(file: CorpusFile, read: Read, record: dict[str, list[str]], line: int) -> None:
    def first(*tags: str) -> str | None:
        return next((values[0] for tag in tags if (values := record.get(tag)) and values[0]), None)

    title = first("TI", "T1", "CT")
    body = "\n\n".join(record.get("AB", []) + record.get("N2", []) + record.get("N1", []))
    if not (title or body):
        read.skip(file, "record has no title or text", line)
        return
    date = first("DA", "Y1", "PY")
    if date:
        date = date.strip("/").replace("/", "-")  # "2021/03/03/" as RIS writes dates
        if re.fullmatch(r"\d{4}(?:-\d{1,2})?", date):
            date = None  # a year or a month is not a day: no date rather than the first of it
    key = first("ID", "AN") or str(line)
    if any(found.id.endswith(f"#{key}") for found in read.articles):
        key = f"{key}-{line}"
    read.articles.append(article(file, key, line, body, title=title, date=date,
                                 outlet=first("T2", "JO", "JF", "J2", "PB"), url=first("UR", "L2"),
                                 authors=tuple(record.get("AU", []) + record.get("A1", []))))


FORMAT = Format("RIS", (".ris",), lambda head: bool(_START.match(head)), _read_ris,
                "RIS references, e.g. `TY  - NEWS` from Zotero")
