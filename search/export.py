"""A result set written out for other tools: Markdown, CSV or JSON Lines.

    with open("out.csv", "w", newline="") as out:
        write(results.hits, out, "csv")

Every format carries the title, outlet, date, link (the article's URL, else its
file), and snippet.  Article text is untrusted: control, bidi and zero-width
characters are dropped (JSON Lines writes them as escapes), Markdown special
characters are escaped, and CSV cells that a spreadsheet would run as a formula
get a leading apostrophe.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal, TextIO

from .results import Hit
from .text import displayable, escape_unsafe

__all__ = ["Format", "FORMATS", "format_of", "write", "record", "link_of"]

Format = Literal["md", "csv", "jsonl"]
FORMATS: tuple[Format, ...] = ("md", "csv", "jsonl")
_EXTENSIONS = {".md": "md", ".markdown": "md", ".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
FIELDS = ("id", "title", "outlet", "date", "link", "path", "snippet")
_MARK = re.compile(r"\*\*(.+?)\*\*")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>|~])")
_MD_LINE_START = re.compile(r"^(\s*)([#+=>-]|\d+[.)])")  # would start a heading, list or quote
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def format_of(path: str | Path) -> Format:
    """The format a file name asks for (.md, .csv, .jsonl).  Raises ValueError."""
    suffix = Path(path).suffix.lower()
    if suffix not in _EXTENSIONS:
        raise ValueError(f"cannot tell the format of {Path(path).name!r}: "
                         "name it .md, .csv or .jsonl")
    return _EXTENSIONS[suffix]  # type: ignore[return-value]


def link_of(hit: Hit) -> str:
    return hit.url or hit.path


def record(hit: Hit) -> dict[str, Any]:
    """One article as the exports describe it (snippet without highlight marks)."""
    return {"id": hit.id, "title": hit.title, "outlet": hit.source, "date": hit.published_iso,
            "link": link_of(hit), "path": hit.path, "snippet": _MARK.sub(r"\1", hit.snippet)}


def write(hits: Iterable[Hit], out: TextIO, form: Format, heading: str | None = None) -> int:
    """Write `hits` to `out` in `form`; returns how many were written."""
    if form == "jsonl":
        return _jsonl(hits, out)
    if form == "csv":
        return _csv(hits, out)
    if form == "md":
        return _markdown(hits, out, heading)
    raise ValueError(f"unknown export format {form!r}")


def _jsonl(hits: Iterable[Hit], out: TextIO) -> int:
    count = 0
    for hit in hits:
        line = json.dumps(record(hit), ensure_ascii=False)
        out.write(escape_unsafe(line) + "\n")
        count += 1
    return count


def _cell(value: Any) -> str:
    text = " ".join(displayable(str(value)).split()) if value is not None else ""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv(hits: Iterable[Hit], out: TextIO) -> int:
    writer = csv.writer(out)
    writer.writerow(FIELDS)
    count = 0
    for hit in hits:
        values = record(hit)
        writer.writerow([_cell(values[name]) for name in FIELDS])
        count += 1
    return count


def _escape(text: str) -> str:
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), _MD_SPECIAL.sub(r"\\\1", text))


def _md(text: str | None) -> str:
    return _escape(" ".join(displayable(text or "").split()))


def _md_snippet(snippet: str) -> str:
    parts = _MARK.split(" ".join(displayable(snippet).split()))
    # split() with one group alternates plain text and marked words
    return "".join(f"**{_escape(part)}**" if number % 2 else _escape(part) for number, part in enumerate(parts))


def _md_link(link: str) -> str:
    cleaned = displayable(link).replace(">", "%3E").replace("<", "%3C").replace("\n", "")
    return f"<{cleaned}>"


def _markdown(hits: Iterable[Hit], out: TextIO, heading: str | None) -> int:
    body: list[str] = []
    count = 0
    for hit in hits:
        count += 1
        meta = " · ".join(part for part in (_md(hit.source) if hit.source else "unknown outlet",
                                            hit.published_iso or "no date") if part)
        body.append(f"{count}. [{_md(hit.title)}]({_md_link(link_of(hit))})  \n"
                    f"   {meta}  \n"
                    f"   {_md_snippet(hit.snippet)}\n")
    title = _md(heading) if heading else "newsdesk export"
    out.write(f"# {title}\n\n{count} article{'s' if count != 1 else ''}\n\n")
    out.write("\n".join(body))
    return count
