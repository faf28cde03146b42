"""Opening Whoosh writers for the index: its codec, its merge policy, a lock released
when a writer fails as it starts, and sub-writers that start clean and stop with it."""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import threading
from collections.abc import Iterator
from typing import Any

from whoosh.multiproc import MpWriter, SubWriterTask

from .codec import InliningCodec

__all__ = ["open_writer", "cancel_writer", "ignore_interrupts", "interrupts_held", "deaf_forkserver"]


def open_writer(ix: Any, **options: Any) -> Any:
    """ix.writer(), except that a writer failing as it starts (a full disk, a read-only
    folder) does not keep Whoosh's write lock: Whoosh takes the lock first and, when
    its constructor raises, leaves it held until the half-made writer is collected."""
    try:
        if options.get("procs", 1) > 1:
            _start_clean()
            writer = _QuietMpWriter(ix, codec=InliningCodec(), **options)
        else:
            writer = ix.writer(codec=InliningCodec(), **options)
    except OSError as exc:
        _release_write_lock(exc)
        raise
    writer.mergetype = _merge_worn
    return writer


def ignore_interrupts() -> None:
    """For a worker process: Ctrl-C reaches every process of the terminal's group, and
    the command stops its workers itself (each printed a KeyboardInterrupt traceback)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextlib.contextmanager
def interrupts_held() -> Iterator[None]:
    """Ctrl-C or a `kill` that arrives while a worker process is being started takes
    effect once the start is over.  Interrupted half-way, the start left a worker its
    parent did not know of: the parent could not stop it ("can only join a started
    process") or exited while it still read its queues, and the worker printed a
    traceback (about 1 Ctrl-C in 30 during a build).  Signals reach the main thread
    only, so elsewhere this holds nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []

    def hold(signum: int, frame: object) -> None:
        held.append(signum)

    before = {number: signal.signal(number, hold) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)
        for number in dict.fromkeys(held):
            signal.raise_signal(number)  # to the handler it was meant for


class _QuietSubWriter(SubWriterTask):  # type: ignore[misc]
    """Whoosh's sub-writer, deaf to Ctrl-C (cancel_writer stops it)."""

    def run(self) -> None:
        ignore_interrupts()
        super().run()


class _QuietMpWriter(MpWriter):  # type: ignore[misc]
    """Whoosh's multi-process writer with quiet sub-writers (its own _new_task, but for
    the class it starts)."""

    def _new_task(self) -> SubWriterTask:
        task = _QuietSubWriter(self.storage, self.indexname, self.jobqueue, self.resultqueue, self.subargs,
                               self.multisegment)
        with interrupts_held():
            task.start()
            self.tasks.append(task)
        return task


def cancel_writer(writer: Any) -> None:
    """writer.cancel(), and the multi-process writer's sub-writers stopped: Whoosh's
    cancel only sets a flag on this process's copy of each, so an interrupted build
    left them waiting on their queues for good (four processes, 570 MB, after a
    `kill` of `newsdesk index` on 10,000 articles)."""
    try:
        writer.cancel()
    except Exception:  # stopped half-way through a commit, it cannot always tidy up: what it
        pass  # wrote is in no table of contents, so the index stays as last committed
    finally:
        for task in getattr(writer, "tasks", None) or ():
            if task.is_alive():
                task.terminate()
            task.join(timeout=5)


def _start_clean() -> None:
    """Whoosh's multi-process writer starts its sub-writers with the default start
    method.  Forked, each carried a copy of what this process holds by then (the
    tagger's tables, the near-copy index): at 10,000 articles the build's processes
    peaked at 1,155 MB together, 930 MB with sub-writers started from the forkserver."""
    if multiprocessing.get_start_method(allow_none=True) != "forkserver":
        multiprocessing.set_start_method("forkserver", force=True)
    deaf_forkserver()


def deaf_forkserver() -> None:
    """Start the forkserver with Ctrl-C ignored, so that every process it forks (the build's
    workers, Whoosh's sub-writers) ignores it from birth: the forkserver hands its children the
    handler it started with.  A worker still importing its modules when Ctrl-C came, before
    `ignore_interrupts` ran, printed a KeyboardInterrupt ('Exception ignored in …
    _get_module_lock'; once in four runs of the interrupt test one day).  The command stops
    its workers itself.  A forkserver already running is left as it is."""
    from multiprocessing import forkserver

    if threading.current_thread() is not threading.main_thread():
        forkserver.ensure_running()
        return
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, before)


def _merge_worn(writer: Any, segments: list[Any]) -> list[Any]:
    """Whoosh's own policy (small segments merged), after dropping the segments whose
    articles are all deleted and rewriting those more than half deleted.  Whoosh keeps
    a deleted article in its segment until the segment is merged, and its own policy
    never merges a large one: a removed file of 100,000 feed items stayed on disk, and
    in every name and role count read from the segments."""
    from whoosh.reading import SegmentReader
    from whoosh.writing import MERGE_SMALL

    kept = []
    for segment in segments:
        deleted, held = segment.deleted_count(), segment.doc_count_all()
        if deleted >= held:
            continue
        if 2 * deleted > held:
            reader = SegmentReader(writer.storage, writer.schema, segment)
            writer.add_reader(reader)
            reader.close()
        else:
            kept.append(segment)
    return MERGE_SMALL(writer, kept)


def _release_write_lock(exc: BaseException) -> None:
    trace = exc.__traceback__
    while trace is not None:
        lock = getattr(trace.tb_frame.f_locals.get("self"), "writelock", None)
        if lock is not None and getattr(lock, "fd", None) is not None:
            try:
                lock.release()
            except Exception:  # already released: nothing to do
                pass
        trace = trace.tb_next
