"""Tables of articles: CSV or TSV with a header row (Media Cloud's `id, indexed_date,
language, media_name, media_url, publish_date, title, url[, text]`, or any table with
a headline or text column), a row per article.  Quoted newlines, a byte-order mark
and timestamps in epoch milliseconds are what real exports have."""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime, timezone

from .common import CorpusFile, Format, Read, reads_text
from .records import BODY_FIELDS, TITLE_FIELDS, record_article

__all__ = ["FORMAT"]

_MILLISECONDS = re.compile(r"\A\d{12,13}\Z")
csv.field_size_limit(16 * 1024 * 1024)  # an article's text in one cell


@reads_text("a text file")
def _read_table(file: CorpusFile, text: str) -> Read:
    read = Read()
    first = text.split("\n", 1)[0]
    delimiter = "\t" if file.path.lower().endswith(".tsv") or first.count("\t") > first.count(",") else ","
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [name.strip() for name in next(rows)]
    except StopIteration:
        return read.skip(file, "empty file")
    except csv.Error as exc:
        return read.skip(file, f"not a readable table: {exc}")
    known = {name.lower() for name in header}
    if not known & {name.lower() for name in TITLE_FIELDS + BODY_FIELDS}:
        return read.skip(file, f"a table without a title or text column (its columns: {', '.join(header[:12])})")
    seen: set[str] = set()
    number = 1
    while True:
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:
            read.skip(file, f"row not readable, the rest of the table is skipped: {exc}", number + 1)
            break
        number += 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            read.skip(file, f"row has {len(row)} fields, the header has {len(header)}: skipped", number)
            continue
        record = {name: _cell(name, value) for name, value in zip(header, row)}
        found = record_article(file, number, record, read, seen)
        if found is not None:
            read.articles.append(found)
    return read


def _cell(name: str, value: str) -> str:
    value = value.strip()
    if _MILLISECONDS.match(value) and "date" in name.lower():  # epoch milliseconds
        return datetime.fromtimestamp(int(value) / 1000, tz=timezone.utc).isoformat()
    return value


FORMAT = Format("table", (".csv", ".tsv"), lambda head: False, _read_table,
                "CSV or TSV with a header row (Media Cloud's columns, or any with `title`/`text`)")
