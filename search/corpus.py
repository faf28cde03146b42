"""Finding article files under the paths a user gives, and reading them.

A corpus is any mix of folders (read recursively) and files.  One-article files
(.txt, .md) and record files (.jsonl, .json, optionally gzipped) are read into
RawArticle values; anything unreadable becomes a Skipped with a reason, and the
rest of the corpus is unaffected.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .article import RawArticle, Skipped, Source
from .text import NotText, decode, displayable, strip_controls

__all__ = ["CorpusFile", "FileRead", "find_files", "read_file", "article_suffix"]

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
RECORD_SUFFIXES = (".jsonl", ".ndjson", ".json", ".jsonl.gz", ".ndjson.gz", ".json.gz")
MAX_FILE_BYTES = 512 * 1024 * 1024

# Field names as real exports spell them, in order of preference.
TITLE_FIELDS = ("title", "headline")
BODY_FIELDS = ("body", "text", "content", "description", "short_description", "summary")
DATE_FIELDS = ("date", "published", "date_published", "pubDate", "pubdate", "published_at")
SOURCE_FIELDS = ("source", "site", "feed", "outlet", "publisher")
URL_FIELDS = ("url", "link")
AUTHOR_FIELDS = ("authors", "author", "byline")

_HEADER = re.compile(r"\A[ \t]*date[ \t]+(\S+)[ \t]*")


@dataclass(frozen=True)
class CorpusFile:
    """A file of the corpus: its absolute path and the corpus root it belongs to."""

    path: str
    root: str
    id_prefix: str  # the id stem: path relative to the root, without extension

    def stat(self) -> tuple[int, int]:
        st = os.stat(self.path)
        return st.st_size, st.st_mtime_ns


@dataclass
class FileRead:
    """Everything read from one file."""

    file: CorpusFile
    digest: str
    articles: list[RawArticle]
    skipped: list[Skipped]


def article_suffix(name: str) -> str | None:
    """The article-format suffix of a file name (case-insensitive), or None."""
    lower = name.lower()
    for suffix in RECORD_SUFFIXES + TEXT_SUFFIXES:
        if lower.endswith(suffix):
            return suffix
    return None


def find_files(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[CorpusFile], list[Skipped]]:
    """List the article files under `paths`, sorted, with problems for paths that
    do not exist or cannot be listed.  Symlink loops and hidden entries are skipped.
    """
    roots = [Path(p).expanduser().absolute() for p in paths]
    prefix_roots = len(roots) > 1
    files: dict[str, CorpusFile] = {}
    problems: list[Skipped] = []
    for root in roots:
        label = root.name if prefix_roots else ""
        if root.is_file():
            _add(files, str(root), str(root.parent), label, explicit=True)
        elif root.is_dir():
            for path in _walk(str(root), problems):
                _add(files, path, str(root), label, explicit=False)
        else:
            problems.append(Skipped(str(root), "no such file or folder"))
    return sorted(files.values(), key=lambda f: f.path), problems


_NOT_ARTICLES = re.compile(r"^(?:readme|license|licence|copying|changelog|notice)(?:\.|$)", re.IGNORECASE)


def _add(files: dict[str, CorpusFile], path: str, root: str, label: str, explicit: bool) -> None:
    # Plain strings, not pathlib: a corpus of 100,000 files is listed on every start.
    name = os.path.basename(path)
    suffix = article_suffix(name)
    if suffix is None and not explicit:
        return
    if not explicit and _NOT_ARTICLES.match(name):
        return  # a corpus folder's README or licence is not an article
    prefix = root.rstrip(os.sep) + os.sep
    rel = path[len(prefix):] if path.startswith(prefix) else os.path.relpath(path, root)
    if os.sep != "/":
        rel = rel.replace(os.sep, "/")
    stem = rel[: -len(suffix)] if suffix else rel
    if label:
        stem = f"{label}/{stem}"
    shown = displayable(stem)
    if shown != stem:  # an id is typed and displayed: none of a file name's control characters
        shown += "~" + hashlib.blake2b(stem.encode("utf-8", "surrogateescape"), digest_size=3).hexdigest()
    files.setdefault(path, CorpusFile(path, root, shown))


def _walk(root: str, problems: list[Skipped]) -> Iterator[str]:
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
            key = (st.st_dev, st.st_ino)
            if key in seen:
                problems.append(Skipped(folder, "folder visited twice (symlink loop), skipped"))
                continue
            seen.add(key)
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            problems.append(Skipped(folder, f"cannot list folder: {exc.strerror or exc}"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir():
                    stack.append(entry.path)
                elif entry.is_file():
                    yield entry.path
            except OSError as exc:
                problems.append(Skipped(entry.path, f"cannot read: {exc.strerror or exc}"))


def read_file(file: CorpusFile) -> FileRead:
    """Read one corpus file into raw articles.  Never raises for bad content."""
    try:
        if os.path.getsize(file.path) > MAX_FILE_BYTES:
            return FileRead(file, "", [], [Skipped(file.path, "larger than 512 MB, skipped")])
        with open(file.path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        return FileRead(file, "", [], [Skipped(file.path, f"cannot read: {exc.strerror or exc}")])
    digest = hashlib.blake2b(data, digest_size=16).hexdigest()
    suffix = article_suffix(file.path) or ""
    if suffix in RECORD_SUFFIXES:
        articles, skipped = _read_records(file, data, suffix)
    else:
        articles, skipped = _read_text(file, data)
    return FileRead(file, digest, articles, skipped)


def _read_text(file: CorpusFile, data: bytes) -> tuple[list[RawArticle], list[Skipped]]:
    try:
        text = strip_controls(decode(data))
    except NotText as exc:
        return [], [Skipped(file.path, f"not a text file: {exc}")]
    if not text.strip():
        return [], [Skipped(file.path, "empty file")]
    header = _HEADER.match(text)
    date = None
    if header:
        date = header.group(1)
        text = text[header.end():]
    source = Source(path=file.path, root=file.root)
    return [RawArticle(id=file.id_prefix, source=source, text=text, date=date, has_header=bool(header))], []


def _read_records(file: CorpusFile, data: bytes, suffix: str) -> tuple[list[RawArticle], list[Skipped]]:
    if suffix.endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            return [], [Skipped(file.path, f"not a readable gzip file: {exc}")]
    articles: list[RawArticle] = []
    skipped: list[Skipped] = []
    if suffix.startswith(".json") and not suffix.startswith(".jsonl"):
        records = _json_records(file, data, skipped)
    else:
        records = _jsonl_records(file, data, skipped)
    seen_ids: set[str] = set()
    for line, record in records:
        article = _record_article(file, line, record, skipped, seen_ids)
        if article is not None:
            articles.append(article)
    return articles, skipped


def _jsonl_records(file: CorpusFile, data: bytes, skipped: list[Skipped]) -> Iterator[tuple[int, Any]]:
    for number, raw in enumerate(io.BytesIO(data), start=1):
        if not raw.strip():
            continue
        try:
            yield number, json.loads(decode(raw))
        except (ValueError, NotText) as exc:
            skipped.append(Skipped(file.path, f"not valid JSON: {_short(exc)}", number))


def _json_records(file: CorpusFile, data: bytes, skipped: list[Skipped]) -> Iterator[tuple[int, Any]]:
    try:
        document = json.loads(decode(data))
    except (ValueError, NotText) as exc:
        # Some ".json" exports are really JSON Lines.
        if data.lstrip()[:1] == b"{" and b"\n{" in data:
            yield from _jsonl_records(file, data, skipped)
            return
        skipped.append(Skipped(file.path, f"not valid JSON: {_short(exc)}"))
        return
    if isinstance(document, dict):
        for key in ("articles", "items", "records", "data", "results"):
            if isinstance(document.get(key), list):
                document = document[key]
                break
        else:
            document = [document]
    if not isinstance(document, list):
        skipped.append(Skipped(file.path, "JSON is neither a record nor a list of records"))
        return
    for number, record in enumerate(document, start=1):
        yield number, record


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:120]


def _record_article(
    file: CorpusFile, line: int, record: Any, skipped: list[Skipped], seen_ids: set[str]
) -> RawArticle | None:
    if not isinstance(record, dict):
        skipped.append(Skipped(file.path, f"record is {type(record).__name__}, not an object", line))
        return None
    problems: list[str] = []
    title = _text_field(record, TITLE_FIELDS, problems)
    body = _text_field(record, BODY_FIELDS, problems)
    if not (title or body):
        skipped.append(Skipped(file.path, "record has no title or text", line))
        return None
    date = _text_field(record, DATE_FIELDS, problems)
    outlet = _text_field(record, SOURCE_FIELDS, problems)
    url = _text_field(record, URL_FIELDS, problems)
    authors = _authors(record, problems)
    for problem in problems:
        skipped.append(Skipped(file.path, f"field ignored: {problem}", line))
    record_id = record.get("id")
    key = str(record_id) if isinstance(record_id, (str, int)) and not isinstance(record_id, bool) else ""
    key = strip_controls(key).strip().replace("\n", " ")
    if not key or key in seen_ids:
        key = str(line)
    seen_ids.add(key)
    source = Source(path=file.path, root=file.root, record=key, line=line)
    return RawArticle(
        id=f"{file.id_prefix}#{key}",
        source=source,
        text=body or "",
        title=title,
        date=date,
        outlet=outlet,
        url=url,
        authors=authors,
    )


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


def _authors(record: dict[str, Any], problems: list[str]) -> tuple[str, ...]:
    for name in AUTHOR_FIELDS:
        value = record.get(name)
        if value is None:
            continue
        items = value if isinstance(value, list) else [value]
        names = []
        for item in items:
            if isinstance(item, dict):
                item = item.get("name")
            if isinstance(item, str) and item.strip():
                names.append(strip_controls(item).strip())
        if names:
            return tuple(names)
        problems.append(f"{name!r} holds no author names")
    return ()


def raw_text(path: str, line: int | None = None) -> str:
    """The text of an article as it is in its file now, before cleaning: the whole
    file for one-article files, the record's text fields for a record."""
    file = CorpusFile(path, str(Path(path).parent), Path(path).name)
    read = read_file(file)
    if line is None:
        if not read.articles:
            raise OSError(read.skipped[0].reason if read.skipped else "no text")
        article = read.articles[0]
        header = f" date {article.date} " if article.has_header else ""
        return header + article.text
    for article in read.articles:
        if article.source.line == line:
            return "\n\n".join(part for part in (article.title, article.text) if part)
    raise OSError(f"line {line} no longer holds an article")
