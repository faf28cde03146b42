"""Finding article files under the paths a user gives, and reading them.

A corpus is any mix of folders (read recursively) and files, in any of the formats
of search/readers/.  Each file is read into RawArticle values; anything unreadable
becomes a Skipped with a reason, and the rest of the corpus is unaffected.  A file
in a folder whose format newsdesk does not read is reported, not passed over in
silence (the pictures, styles and scripts a saved page keeps beside it excepted).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .article import RawArticle, Skipped
from .readers.common import CorpusFile
from .text import displayable

__all__ = ["CorpusFile", "FileRead", "find_files", "read_file", "article_suffix"]

MAX_FILE_BYTES = 512 * 1024 * 1024
# What a saved page keeps beside it, and other files that are plainly not articles.
_NOT_ARTICLE_SUFFIXES = frozenset(""".css .js .mjs .map .png .jpg .jpeg .gif .svg .webp .avif .ico .bmp .tif .tiff
.woff .woff2 .ttf .otf .eot .mp3 .mp4 .m4a .webm .ogg .wav .mov .avi .zip .tar .tgz .7z .exe .dll .so .pyc .lock
.log .ini .cfg .toml .yaml .yml .py .sh""".split())


@dataclass
class FileRead:
    """Everything read from one file."""

    file: CorpusFile
    digest: str
    articles: list[RawArticle]
    skipped: list[Skipped]


def article_suffix(name: str) -> str | None:
    """The article-format suffix of a file name (case-insensitive), or None."""
    from .readers.registry import suffix_of

    return suffix_of(name)


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
            _add(files, str(root), str(root.parent), label, explicit=True, problems=problems)
        elif root.is_dir():
            for path in _walk(str(root), problems):
                _add(files, path, str(root), label, explicit=False, problems=problems)
        else:
            problems.append(Skipped(str(root), "no such file or folder"))
    return _distinct(sorted(files.values(), key=lambda f: f.path)), problems


_FIRST_CLAIM = (".txt", ".md", ".markdown", ".text", ".json", ".jsonl", ".ndjson")  # the formats ids were made for


def _distinct(files: list[CorpusFile]) -> list[CorpusFile]:
    """Files whose ids would be the same ("export.TXT" and "export.DOCX", "a.txt" and
    "a.md") keep them apart by their endings; the file that had the id before other
    formats were read (a text or JSON file) keeps it as it was."""
    claims: dict[str, list[CorpusFile]] = {}
    for file in files:
        claims.setdefault(file.id_prefix, []).append(file)
    if all(len(group) == 1 for group in claims.values()):
        return files
    renamed: dict[str, CorpusFile] = {}
    for stem, group in claims.items():
        if len(group) == 1:
            continue
        group.sort(key=lambda f: ((article_suffix(f.path) or "") not in _FIRST_CLAIM, f.path))
        for file in group[1:]:
            ending = article_suffix(file.path) or os.path.splitext(file.path)[1].lower()
            wanted = stem + (ending or "~")
            while wanted in claims or wanted in {f.id_prefix for f in renamed.values()}:
                wanted += "~"
            renamed[file.path] = CorpusFile(file.path, file.root, wanted)
    return [renamed.get(file.path, file) for file in files]


_NOT_ARTICLES = re.compile(r"^(?:readme|license|licence|copying|changelog|notice)(?:\.|$)", re.IGNORECASE)


def _add(files: dict[str, CorpusFile], path: str, root: str, label: str, explicit: bool,
         problems: list[Skipped]) -> None:
    # Plain strings, not pathlib: a corpus of 100,000 files is listed on every start.
    name = os.path.basename(path)
    suffix = article_suffix(name)
    if not explicit and _NOT_ARTICLES.match(name):
        return  # a corpus folder's README or licence is not an article
    if suffix is None and not explicit:
        ending = os.path.splitext(name)[1].lower()
        if ending not in _NOT_ARTICLE_SUFFIXES:
            problems.append(Skipped(path, f"not a format newsdesk reads: {ending or 'a file without an ending'} "
                                          "(the README's corpus formats list those it does)"))
        return
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
        names = {entry.name for entry in entries}
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.name.endswith("_files") and any(entry.name[:-6] + ending in names
                                                     for ending in (".html", ".htm", ".xhtml")):
                continue  # what "Save page as" keeps beside a page: its pictures, styles and frames
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
    from .readers.registry import read

    found = read(file, data)
    return FileRead(file, digest, found.articles, found.skipped)


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
