"""The reader's last question and open article, kept per corpus in the reading state
so the next start goes on where this one stopped; written only when they change."""

from __future__ import annotations

from datetime import date
from typing import Any

from search.daterange import DateOrder
from search.question import Question
from search.state import ReadingState

__all__ = ["Session"]


class Session:
    def __init__(self, state: ReadingState) -> None:
        self.state = state
        self._written: dict[str, Any] = {}  # values as last written, so unchanged ones are not

    def restore(self, today: date | None = None, order: DateOrder = "MDY") -> tuple[Question, str | None]:
        """The question asked last, and the article the list was on."""
        state = self.state
        words = str(state.get("query", "") or "")
        actors = tuple(a for a in state.get("actors", []) or [] if isinstance(a, str))
        sort = state.get("sort") if state.get("sort") in ("rank", "date") else None
        dates = str(state.get("dates", "") or "")
        current = state.get("current")
        self._written = {"query": words, "actors": list(actors), "sort": sort, "dates": dates, "current": current}
        return Question(words, actors, dates, sort, today, order), current if isinstance(current, str) else None

    def save(self, question: Question, current: str | None) -> None:
        """One transaction, and none at all when nothing changed."""
        values: dict[str, Any] = {"query": question.words, "actors": list(question.actors),
                                  "dates": question.dates, "sort": question.sort}
        if current:
            values["current"] = current
        changed = {key: value for key, value in values.items() if self._written.get(key) != value}
        if changed:
            self.state.put_many(changed)
            self._written.update(changed)
