"""What an update did, and the line protocol that carries it from a `newsdesk index
--progress-lines` child process to the reader:

    progress DONE TOTAL          bytes read so far, of the bytes to read
    summary {JSON}               the last line: UpdateReport.to_dict() and the article count

Both ends use this module: the command writes with `progress_line`/`summary_line`,
the reader reads with `read_line`.  A line it does not know is ignored.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..article import Skipped

__all__ = ["UpdateReport", "Progress", "ProgressLine", "progress_line", "summary_line", "read_line"]

Progress = Callable[[int, int, str], None]  # bytes done, bytes to read, current path


@dataclass
class UpdateReport:
    """What an update did, for the summary a user sees."""

    files: int = 0
    read: int = 0
    added: int = 0
    removed_files: int = 0
    duplicates: int = 0
    unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    busy: bool = False  # another process holds the index; nothing was changed
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.read or self.removed_files)

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON values (`newsdesk index --json` prints this)."""
        return {"files": self.files, "read": self.read, "added": self.added, "duplicates": self.duplicates,
                "removed_files": self.removed_files, "busy": self.busy, "seconds": round(self.seconds, 3),
                "skipped": [{"path": s.path, "line": s.line, "reason": s.reason} for s in self.skipped]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> UpdateReport:
        """The report `to_dict` wrote; missing or malformed values read as nothing done."""

        def number(key: str, kind: type = int) -> Any:
            try:
                return kind(data.get(key) or 0)
            except (TypeError, ValueError):
                return kind(0)

        skipped = [Skipped(str(s.get("path", "")), str(s.get("reason", "")),
                           s.get("line") if isinstance(s.get("line"), int) else None)
                   for s in data.get("skipped") or () if isinstance(s, dict)]
        return cls(files=number("files"), read=number("read"), added=number("added"),
                   duplicates=number("duplicates"), removed_files=number("removed_files"),
                   busy=bool(data.get("busy")), seconds=number("seconds", float), skipped=skipped)


@dataclass(frozen=True)
class ProgressLine:
    done: int
    total: int


def progress_line(done: int, total: int) -> str:
    return f"progress {done} {total}"


def summary_line(report: UpdateReport, articles: int) -> str:
    return "summary " + json.dumps({"articles": articles, **report.to_dict()}, ensure_ascii=True)


def read_line(line: str) -> ProgressLine | UpdateReport | None:
    """One line of the protocol: progress, the summary, or None for anything else."""
    if line.startswith("progress "):
        parts = line.split()
        if len(parts) >= 3 and parts[1].isdigit() and parts[2].isdigit():
            return ProgressLine(int(parts[1]), int(parts[2]))
        return None
    if line.startswith("summary "):
        try:
            data = json.loads(line[len("summary "):])
        except ValueError:
            return None
        return UpdateReport.from_dict(data) if isinstance(data, dict) else None
    return None
