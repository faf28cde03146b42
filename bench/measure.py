"""Timing and memory helpers: medians with spread, and the peak resident memory of
a process together with all of its children (sampled from /proc)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Timing", "timed", "percentile", "run_process", "Run", "tree_rss"]


@dataclass
class Timing:
    """Several measurements of one thing, in seconds."""

    values: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def p95(self) -> float:
        return percentile(self.values, 95)

    def spread(self) -> tuple[float, float]:
        return min(self.values), max(self.values)

    def as_json(self) -> dict[str, float | int]:
        low, high = self.spread()
        return {"median": round(self.median, 6), "p95": round(self.p95, 6), "min": round(low, 6),
                "max": round(high, 6), "runs": len(self.values)}


def save_results(path: Path, key: str, results: object) -> None:
    """Merge one benchmark's figures into the results file under `key` (the rest kept)."""
    saved = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    saved[key] = results
    path.write_text(json.dumps(saved, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def percentile(values: Sequence[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = (len(ordered) - 1) * pct / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def timed(action: Callable[[], object], runs: int) -> Timing:
    values = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        values.append(time.perf_counter() - started)
    return Timing(values)


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def tree_rss(pid: int) -> int:
    """Resident bytes of `pid` and all its descendants now."""
    tree = _children()
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        pending.extend(tree.get(current, ()))
        try:
            with open(f"/proc/{current}/statm") as handle:
                total += int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            continue
    return total


@dataclass
class Run:
    seconds: float
    peak_rss: int  # bytes, the process tree's largest sampled total
    stdout: str
    returncode: int


def run_process(argv: Sequence[str], env: dict[str, str] | None = None, sample: float = 0.1) -> Run:
    """Run a command to its end, sampling its process tree's memory."""
    started = time.perf_counter()
    process = subprocess.Popen(list(argv), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, **(env or {})})
    peak = 0
    done = threading.Event()

    def sampler() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(process.pid))
            done.wait(sample)

    thread = threading.Thread(target=sampler, daemon=True)
    thread.start()
    out, err = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    thread.join()
    if process.returncode:
        sys.stderr.write(err[-2000:])
    return Run(seconds, peak, out, process.returncode)
