"""Bringing an index up to date with its corpus: only new, changed and deleted
files are read, bulk additions use Whoosh's fast writer settings, and a run that
is killed at any point leaves an index the next run opens and completes.

Crash safety rests on two facts: a Whoosh commit is atomic, and every document
stores the fingerprint of its file together with how many articles that file
holds.  The manifest is only a cache of "which files are complete"; when its
generation differs from the index's, it is rebuilt from those stored counts.
"""

from __future__ import annotations

import itertools
import os
import threading
import time
from pathlib import Path
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from ..article import Article, RawArticle, Skipped
from ..corpus import CorpusFile, FileRead, read_file
from ..metadata import build_article
from .extractions import CachingExtractor, ExtractionCache
from .writers import cancel_writer, deaf_forkserver, ignore_interrupts, interrupts_held, open_writer
from .manifest import Manifest, Stamp
from .report import Progress, UpdateReport
from .copies import CopyFinder, Fingerprint, fingerprint_of, runs_of
from .schema import article_from_stored, document, dup_key, path_key
from .wording import story_words

__all__ = ["UpdateReport", "update", "reconcile", "Progress"]

BATCH_ARTICLES = 5000
MAX_BATCH = 20000
FIRST_BATCH = 32  # the first commit comes early, so a new corpus is readable at once
PROGRESS_EVERY = 1000  # articles between progress reports inside a long file
BULK_THRESHOLD = 2000
PARALLEL_THRESHOLD = 400  # articles: below this, a worker process costs more than it saves
SLICE = 64  # articles sent to the worker at a time
AHEAD = 32  # slices in flight: bounds memory on corpora of any size
DocStamp = tuple[int, int, str, int]  # size, mtime_ns, digest, articles in the file


def reconcile(ix: Any, manifest: Manifest) -> None:
    """Rebuild the manifest's indexed files from the index when they disagree."""
    generation = ix.latest_generation()
    if manifest.get_meta("generation") == str(generation):
        return
    seen: dict[str, tuple[DocStamp, int]] = {}
    with ix.searcher() as searcher:
        for fields in searcher.all_stored_fields():
            entries = [(fields["path"], fields["stamp"])] + [(p, s) for _, p, s in fields.get("duplicates") or ()]
            for path, stamp in entries:
                stamp = tuple(stamp)
                old = seen.get(path)
                count = old[1] + 1 if old and old[0] == stamp else 1
                seen[path] = (stamp, count)  # type: ignore[assignment]
    complete = [(path, stamp[:3]) for path, (stamp, count) in seen.items() if count == stamp[3]]
    manifest.replace_indexed(generation, complete)  # type: ignore[arg-type]


def update(ix: Any, manifest: Manifest, files: list[CorpusFile], scan_problems: list[Skipped],
           progress: Progress | None = None, today: date | None = None,
           cache: ExtractionCache | None = None) -> UpdateReport:
    """Bring the index up to date with `files`.  The caller holds the update lock."""
    started = time.perf_counter()
    report = UpdateReport(files=len(files), skipped=list(scan_problems))
    reconcile(ix, manifest)
    known = manifest.files()
    current = {f.path: f for f in files}
    to_read: dict[str, CorpusFile] = {}
    restamp: list[tuple[str, Stamp]] = []
    preread: dict[str, FileRead] = {}
    stats: dict[str, tuple[int, int]] = {}  # taken before reading: a file rewritten meanwhile is read again next run
    for path, file in current.items():
        try:
            size, mtime = stats[path] = file.stat()
        except OSError as exc:
            report.skipped.append(Skipped(path, f"cannot read: {exc.strerror or exc}"))
            continue
        old = known.get(path)
        if old and old[0][:2] == (size, mtime):
            report.unchanged += 1
            continue
        if old:
            read = read_file(file)
            if read.digest and read.digest == old[0][2]:
                restamp.append((path, (size, mtime, read.digest)))
                report.unchanged += 1
                continue
            preread[path] = read
        to_read[path] = file
    gone = [path for path in known if path not in current]
    # Problems of skipped files read in earlier runs stay in the report.
    report.skipped.extend(Skipped(p, r, line) for p, line, r in manifest.problems()
                          if p in current and p not in to_read)
    if restamp:
        manifest.restamp(restamp)
    if not to_read and not gone:
        report.seconds = time.perf_counter() - started
        return report

    index_empty = ix.doc_count_all() == 0
    clear = set(gone) | (set() if index_empty else set(to_read))
    if clear:
        orphans = _remove(ix, clear, current)
        for path in orphans:
            to_read.setdefault(path, current[path])
    report.removed_files = len(gone)

    done, problems = _add(ix, to_read, preread, stats, report, progress, today, index_empty, cache)
    manifest.record(ix.latest_generation(), done, removed=gone, problems=problems)
    report.seconds = time.perf_counter() - started
    return report


def _remove(ix: Any, paths: set[str], current: dict[str, CorpusFile]) -> set[str]:
    """Remove every trace of `paths` from the index.  Returns the files still in the
    corpus that must be read again because their articles lost their primary copy."""
    with open_writer(ix, timeout=60) as writer:
        searcher = writer.searcher()
        closure = set(paths)
        pending = list(paths)
        while pending:  # a primary copy going away takes its duplicates' files along
            key = path_key(pending.pop())
            for docnum in searcher.document_numbers(file=key):
                for _, dup_path, _ in searcher.stored_fields(docnum).get("duplicates") or ():
                    if dup_path in current and dup_path not in closure:
                        closure.add(dup_path)
                        pending.append(dup_path)
        survivors: dict[int, dict[str, Any]] = {}
        for path in closure:
            key = path_key(path)
            writer.delete_by_term("file", key)
            for docnum in searcher.document_numbers(dupfiles=key):
                fields = searcher.stored_fields(docnum)
                if fields["path"] not in closure:
                    survivors[docnum] = fields
        for fields in survivors.values():
            kept = [entry for entry in fields.get("duplicates") or () if entry[1] not in closure]
            writer.update_document(**_redocument(fields, kept))
    return closure - paths


def _redocument(fields: dict[str, Any], duplicates: list[Any]) -> dict[str, Any]:
    print_ = Fingerprint(fields["minhash"], fields["runs"]) if fields.get("minhash") else None
    return document(article_from_stored(fields), tuple(fields["stamp"]), duplicates,  # type: ignore[arg-type]
                    print_, (fields.get("copy_of") or "").split())


def _batch_size(committed: int) -> int:
    """How many articles the next commit holds, given how many this run has committed.
    The first batch is small, so a new corpus is readable at once; then each batch is
    as large as all before it (up to MAX_BATCH).  Each commit writes new segments, and
    Whoosh merges small segments by rewriting every article in them: with fixed batches
    of 5,000, a 64k feed file reached 26 segments and one merge rewrote 45,000 articles,
    half the build.  Batches that double keep the segments few and the merge idle."""
    if committed < FIRST_BATCH:
        return FIRST_BATCH
    return min(MAX_BATCH, max(BATCH_ARTICLES, committed))


def _writer(ix: Any, expected: int) -> Any:
    # Whoosh's multi-process writer forks; forking a threaded process (the reader) is unsafe.
    if expected >= BULK_THRESHOLD and threading.current_thread() is threading.main_thread():
        return open_writer(ix, procs=2, limitmb=256, multisegment=True, timeout=60)
    return open_writer(ix, limitmb=128, timeout=60)


def _add(ix: Any, to_read: dict[str, CorpusFile], preread: dict[str, FileRead], stats: dict[str, tuple[int, int]],
         report: UpdateReport,
         progress: Progress | None, today: date | None, index_empty: bool, cache: ExtractionCache | None
         ) -> tuple[list[tuple[str, Stamp, bool]], list[tuple[str, int | None, str]]]:
    done: list[tuple[str, Stamp, bool]] = []
    problems: list[tuple[str, int | None, str]] = []
    primaries: dict[str, str] = {}  # dupkey -> id, for this run
    new_dups: dict[str, list[tuple[str, str, DocStamp]]] = defaultdict(list)
    searcher = None if index_empty else ix.searcher()
    copies = CopyFinder(searcher)
    files = sorted(to_read.values(), key=lambda f: f.path)
    sizes = {f.path: stats[f.path][0] if f.path in stats else _size(f) for f in files}
    total_bytes = sum(sizes.values()) or 1
    done_bytes = 0
    writer = _writer(ix, 0)  # a one-process writer commits the first batch fastest
    in_batch = 0
    analysed = _analysed(files, preread, today, cache)  # nothing runs until it is asked
    try:
        stamp: DocStamp = (0, 0, "", 0)
        position = 0
        gone = False
        for file, read, first, built, last in analysed:
            if first:
                if progress:
                    progress(done_bytes, total_bytes, file.path)
                report.read += 1
                position = 0
                for skipped in read.skipped:
                    problems.append((skipped.path, skipped.line, skipped.reason))
                    report.skipped.append(skipped)
                try:
                    now = file.stat()  # still there?  Stamped as it was before reading.
                    size, mtime = stats.get(file.path, now)
                    gone = False
                except OSError as exc:
                    report.skipped.append(Skipped(file.path, f"vanished while indexing: {exc.strerror or exc}"))
                    gone = True
                stamp = (size, mtime, read.digest, len(read.articles)) if not gone else stamp
            if gone:
                continue
            for article, bad, wording, runs in built:
                position += 1
                for skipped in bad:
                    problems.append((skipped.path, skipped.line, skipped.reason))
                    report.skipped.append(skipped)
                key = dup_key(article)
                primary = primaries.get(key) or _indexed_primary(searcher, key)
                if primary is not None:
                    new_dups[primary].append((article.id, article.path, stamp))
                    report.duplicates += 1
                    continue
                primaries[key] = article.id
                print_ = fingerprint_of(runs) if runs is not None else None
                copy_of = copies.copies(key, print_, article.published)
                writer.add_document(**document(article, stamp, [], print_, copy_of, wording))
                report.added += 1
                in_batch += 1
                if in_batch >= _batch_size(report.added - in_batch):
                    # Safe mid-file: a file counts as indexed only once all its articles are.
                    writer.commit()
                    writer = _writer(ix, BULK_THRESHOLD)
                    in_batch = 0
                if progress and (in_batch == 0 or position % PROGRESS_EVERY == 0):
                    progress(done_bytes + sizes[file.path] * position // max(1, len(read.articles)),
                             total_bytes, file.path)
            if last:
                done.append((file.path, stamp[:3], bool(read.articles)))
                done_bytes += sizes[file.path]
        writer.commit()
    except BaseException:
        try:  # the workers stopped here, not when the generator is collected: at exit that
            analysed.close()  # raced the pool's own exit handler (a traceback after a kill)
        finally:
            cancel_writer(writer)
        raise
    finally:
        if searcher is not None:
            searcher.close()
    if new_dups:
        _register_duplicates(ix, new_dups)
    if progress:
        progress(total_bytes, total_bytes, "")
    return done, problems


BuiltArticle = tuple[Article, list[Skipped], str, bytes | None]  # with its content words and hashed runs
Built = list[BuiltArticle]
_worker_extractor: CachingExtractor | None = None


def _built(raw: RawArticle, today: date | None, extractor: CachingExtractor | None
           ) -> BuiltArticle:
    """An article cleaned, dated, its actors and quotes found, its content words
    (story_words) and the hashed runs of words its MinHash is made of (where this
    runs, in a worker, the writer need not).  The writer makes the MinHash from the
    runs in a few microseconds, and the workers never load datasketch."""
    article, bad = build_article(raw, today, extractor) if extractor else build_article(raw, today)
    return article, bad, story_words(article.title, article.body, article.url), runs_of(article.body, article.title)


def _build_many(raws: list[RawArticle], today: date | None, cache_path: Path | None
                ) -> tuple[Built, list[tuple[bytes, bytes]]]:
    """In a worker process: build articles, reading the extraction cache; what had to
    be computed goes back, packed, to the one process that writes the cache."""
    global _worker_extractor
    if cache_path is None:
        return [_built(raw, today, None) for raw in raws], []
    if _worker_extractor is None:
        _worker_extractor = CachingExtractor(ExtractionCache(cache_path))
    return [_built(raw, today, _worker_extractor) for raw in raws], _worker_extractor.take_new()


def _built_here(raws: list[RawArticle], today: date | None, extractor: CachingExtractor | None
                ) -> Iterator[BuiltArticle]:
    """Articles built in this process, one at a time; what extraction had to compute
    goes into the cache."""
    for raw in raws:
        yield _built(raw, today, extractor)
        if extractor:
            extractor.cache.put_many(extractor.take_new())


def _analysed(files: list[CorpusFile], preread: dict[str, FileRead], today: date | None,
              cache: ExtractionCache | None = None
              ) -> Iterator[tuple[CorpusFile, FileRead, bool, Iterable[BuiltArticle], bool]]:
    """(file, read, first slice?, built articles, last slice?) in file order.

    On a large update the articles are built (cleaned, dated, their actors and
    quotes found) in worker processes while this one reads files and writes the
    index, so the work overlaps on every core; a bounded window of slices in
    flight keeps memory flat whatever the corpus size."""
    reads = ((file, preread.pop(file.path, None) or read_file(file)) for file in files)
    ahead: list[tuple[CorpusFile, FileRead]] = []
    for file, read in reads:  # read ahead until it is clear whether a worker pays off
        ahead.append((file, read))
        if sum(len(r.articles) for _, r in ahead) >= PARALLEL_THRESHOLD:
            break
    else:
        extractor = CachingExtractor(cache) if cache else None
        for file, read in ahead:
            yield file, read, True, _built_here(read.articles, today, extractor), True
        return
    import concurrent.futures
    import multiprocessing

    jobs = ((file, read, start, start + SLICE >= len(read.articles))
            for file, read in itertools.chain(ahead, reads)
            for start in range(0, max(1, len(read.articles)), SLICE))
    workers = max(1, os.cpu_count() or 2)  # the writer mostly waits on them
    deaf_forkserver()
    with concurrent.futures.ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("forkserver"),
                                                initializer=ignore_interrupts) as pool:
        window: deque[tuple[CorpusFile, FileRead, int, bool, Any]] = deque()

        def fill() -> None:
            while len(window) < AHEAD:
                job = next(jobs, None)
                if job is None:
                    return
                file, read, start, last = job
                with interrupts_held():  # a submit may start a worker
                    future = pool.submit(_build_many, read.articles[start:start + SLICE], today, cache_path)
                window.append((file, read, start, last, future))

        cache_path = cache.path if cache else None
        # The first articles are built here while the workers start up (they take a
        # second to import), so a new corpus shows its first articles at once.
        inline, count = [], 0
        while count < FIRST_BATCH:
            job = next(jobs, None)
            if job is None:
                break
            inline.append(job)
            count += len(job[1].articles[job[2]:job[2] + SLICE])
        try:
            fill()
            extractor = CachingExtractor(cache) if cache else None
            for file, read, start, last in inline:
                built = list(_built_here(read.articles[start:start + SLICE], today, extractor))
                yield file, read, start == 0, built, last
            while window:
                file, read, start, last, future = window.popleft()
                fill()
                built, new = future.result()
                if cache and new:
                    cache.put_many(new)
                yield file, read, start == 0, built, last
        except BaseException:  # interrupted: the slices waiting are not built (the pool would finish them first)
            # and the pool's own thread is waited for here: shut down without waiting, the `with`
            # no longer waits either, and at exit that thread closed the pipe the interpreter's
            # exit handler was writing to ('Bad file descriptor' after a kill, under load)
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def _size(file: CorpusFile) -> int:
    try:
        return file.stat()[0]
    except OSError:
        return 0


def _indexed_primary(searcher: Any, key: str) -> str | None:
    if searcher is None:
        return None
    docnum = searcher.document_number(dupkey=key)
    return None if docnum is None else searcher.stored_fields(docnum)["id"]


def _register_duplicates(ix: Any, new_dups: dict[str, list[tuple[str, str, DocStamp]]]) -> None:
    with open_writer(ix, timeout=60) as writer:
        searcher = writer.searcher()
        for primary, entries in new_dups.items():
            docnum = searcher.document_number(id=primary)
            if docnum is None:
                continue
            fields = searcher.stored_fields(docnum)
            merged = {(i, p): (i, p, tuple(s)) for i, p, s in fields.get("duplicates") or ()}
            for entry in entries:
                merged[(entry[0], entry[1])] = entry  # type: ignore[assignment]
            writer.update_document(**_redocument(fields, sorted(merged.values())))
