"""JSON and JSON Lines records (optionally gzipped): one article per record, its fields
found under the names real exports give them: our own, news-please (`maintext`,
`date_publish`, `source_domain`), trafilatura (`text`, `hostname`, `source` being the
page's address), CSL-JSON from Zotero (`container-title`, `issued`, `URL`, authors as
family and given names), Media Cloud and feed dumps."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from typing import Any

from ..article import RawArticle, Source
from ..text import NotText, decode, strip_controls
from .common import CorpusFile, Format, Read, text_of_html

__all__ = ["FORMAT", "JSONL", "record_article", "TITLE_FIELDS", "BODY_FIELDS"]

# Field names as real exports spell them, in order of preference.
TITLE_FIELDS = ("title", "headline")
BODY_FIELDS = ("body", "text", "content", "maintext", "description", "short_description", "summary", "abstract")
DATE_FIELDS = ("date", "published", "date_publish", "publish_date", "datePublished", "pubDate", "pubdate",
               "published_at", "issued", "date_published")
SOURCE_FIELDS = ("source", "site", "feed", "outlet", "publisher", "media_name", "container-title", "sitename",
                 "source_domain", "source-hostname", "hostname")
URL_FIELDS = ("url", "link", "URL", "canonical_url")
AUTHOR_FIELDS = ("authors", "author", "byline")
_ADDRESS = re.compile(r"\Ahttps?://\S+\Z", re.IGNORECASE)


def _sniff_json(head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")


def _read_json(file: CorpusFile, data: bytes) -> Read:
    read = Read()
    return _records(file, _json_records(file, data, read), read)


def _read_jsonl(file: CorpusFile, data: bytes) -> Read:
    read = Read()
    return _records(file, _jsonl_records(file, data, read), read)


def _records(file: CorpusFile, records: Iterator[tuple[int, Any]], read: Read) -> Read:
    seen_ids: set[str] = set()
    for line, record in records:
        found = record_article(file, line, record, read, seen_ids)
        if found is not None:
            read.articles.append(found)
    return read


def _jsonl_records(file: CorpusFile, data: bytes, read: Read) -> Iterator[tuple[int, Any]]:
    for number, raw in enumerate(io.BytesIO(data), start=1):
        if not raw.strip():
            continue
        try:
            yield number, json.loads(decode(raw))
        except (ValueError, NotText) as exc:
            read.skip(file, f"not valid JSON: {_short(exc)}", number)


def _json_records(file: CorpusFile, data: bytes, read: Read) -> Iterator[tuple[int, Any]]:
    try:
        document = json.loads(decode(data))
    except (ValueError, NotText) as exc:
        # Some ".json" exports are really JSON Lines.
        if data.lstrip()[:1] == b"{" and b"\n{" in data:
            yield from _jsonl_records(file, data, read)
            return
        read.skip(file, f"not valid JSON: {_short(exc)}")
        return
    if isinstance(document, dict):
        for key in ("articles", "items", "records", "data", "results"):
            if isinstance(document.get(key), list):
                document = document[key]
                break
        else:
            document = [document]
    if not isinstance(document, list):
        read.skip(file, "JSON is neither a record nor a list of records")
        return
    yield from enumerate(document, start=1)


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:120]


def record_article(file: CorpusFile, line: int, record: Any, read: Read, seen_ids: set[str]) -> RawArticle | None:
    """A record (a dict of fields) as a raw article, its problems noted in `read`."""
    if not isinstance(record, dict):
        read.skip(file, f"record is {type(record).__name__}, not an object", line)
        return None
    problems: list[str] = []
    title = _text_field(record, TITLE_FIELDS, problems)
    body = _markup_read(_text_field(record, BODY_FIELDS, problems))
    if not (title or body):
        read.skip(file, "record has no title or text", line)
        return None
    date = _date_field(record, problems)
    url = _text_field(record, URL_FIELDS, problems)
    outlet = None
    page_address = "hostname" in record or "source-hostname" in record  # trafilatura's: `source` is the page
    for name in SOURCE_FIELDS:
        value = _text_field(record, (name,), problems)
        if value and page_address and name == "source" and _ADDRESS.match(value):
            url = url or value
        elif value:  # a name, or an outlet's or feed's address (outlets.py makes it a name)
            outlet = value
            break
    authors = _authors(record, problems)
    for problem in problems:
        read.skip(file, f"field ignored: {problem}", line)
    record_id = record.get("id")
    key = str(record_id) if isinstance(record_id, (str, int)) and not isinstance(record_id, bool) else ""
    key = strip_controls(key).strip().replace("\n", " ")
    if not key or key in seen_ids:
        key = str(line)
    seen_ids.add(key)
    source = Source(path=file.path, root=file.root, record=key, line=line)
    return RawArticle(id=f"{file.id_prefix}#{key}", source=source, text=body or "", title=title, date=date,
                      outlet=outlet, url=url, authors=authors)


_TAG = re.compile(r"</?[a-zA-Z][\w:-]*(?:\s[^<>]*)?/?>")
_CUT_TAG = re.compile(r"\s*</?[a-zA-Z][\w:-]*(?:\s[^<>]*)?\Z")  # '… reported that <a href="https'


def _markup_read(body: str | None) -> str | None:
    """A record's text with its markup read as a feed's is: a description that holds HTML
    tags gives their text, and a tag a feed cut off at the end of a truncated description
    is left out (markup, not text: 240 items of ukraine-2022-2023 end in one)."""
    if not body:
        return body
    body = _CUT_TAG.sub("", body)
    return (text_of_html(body) or None) if _TAG.search(body) else body


def _text_field(record: dict[str, Any], names: tuple[str, ...], problems: list[str]) -> str | None:
    for name in names:
        if name not in record or record[name] is None:
            continue
        value = record[name]
        if isinstance(value, dict):  # {"name": ...} or {"href": ...} as some exports nest them
            value = value.get("name") or value.get("href") or value.get("title")
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            problems.append(f"{name!r} is {type(record[name]).__name__}, expected text")
            continue
        text = strip_controls(str(value)).strip()
        if text:
            return text
    return None


def _date_field(record: dict[str, Any], problems: list[str]) -> str | None:
    issued = record.get("issued")
    if isinstance(issued, dict):  # CSL-JSON: {"date-parts": [[2021, 3, 3]]} or {"raw": "..."}
        parts = issued.get("date-parts")
        if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0] \
                and all(isinstance(p, (int, str)) and str(p).isdigit() for p in parts[0]):
            numbers = [int(p) for p in parts[0]][:3]
            if len(numbers) == 3:
                return f"{numbers[0]:04d}-{numbers[1]:02d}-{numbers[2]:02d}"
            problems.append("'issued' gives no day, only a year or month")
            return None
        if isinstance(issued.get("raw"), str):
            return strip_controls(issued["raw"]).strip() or None
    return _text_field(record, tuple(n for n in DATE_FIELDS if n != "issued"), problems)


def _authors(record: dict[str, Any], problems: list[str]) -> tuple[str, ...]:
    for name in AUTHOR_FIELDS:
        value = record.get(name)
        if value is None:
            continue
        if isinstance(value, str) and ";" in value:  # trafilatura: "A; B"
            value = value.split(";")
        items = value if isinstance(value, list) else [value]
        names = []
        for item in items:
            if isinstance(item, dict):  # {"name": ...}; CSL: {"family": ..., "given": ...}
                item = item.get("name") or " ".join(str(item[part]) for part in ("given", "family")
                                                     if isinstance(item.get(part), str)) or item.get("literal")
            if isinstance(item, str) and item.strip():
                names.append(strip_controls(item).strip())
        if names:
            return tuple(names)
        problems.append(f"{name!r} holds no author names")
    return ()


FORMAT = Format("json", (".json", ".json.gz"), lambda head: False, _read_json,
                "one record or a list of records: `title`, `body`/`text`/`maintext`, `date`, `source`, `url`, "
                "`authors` (news-please, trafilatura and CSL-JSON field names too)")
JSONL = Format("jsonl", (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"), lambda head: False, _read_jsonl,
               "one JSON record per line, the same fields")
SNIFF_JSON = _sniff_json
