"""The reader screen's questions to the index, as they run in its thread workers:
each asks one snapshot of the index and returns the messages that carry the answers
back to the screen.  A question that cannot be understood is a SearchFailed."""

from __future__ import annotations

from textual.message import Message

from search.errors import NewsdeskError
from search.index.snapshot import Snapshot
from search.index.store import Index
from search.question import Question
from search.timeline import Period

from ..messages import ActorsReady, ResultsReady, SearchFailed, TimelineReady

__all__ = ["matches", "actors", "timeline"]

SIDEBAR_ACTORS = 200  # the sidebar lists the most-named actors of the result set


def matches(snapshot: Snapshot, question: Question, keep: str | None) -> Message:
    """The list: every article the question matches, read lazily."""
    try:
        return ResultsReady(question, snapshot.matches(question), keep)
    except NewsdeskError as exc:
        return SearchFailed(str(exc))


def actors(index: Index, question: Question) -> list[Message]:
    """The sidebar: the actors of the articles the question matches."""
    try:
        return [ActorsReady(question, index.snapshot().actors(question, limit=SIDEBAR_ACTORS))]
    except NewsdeskError:
        return []


def timeline(index: Index, question: Question, actor: str | None, period: Period | None,
             highlighted: str | None) -> list[Message]:
    """The results over time, without the date filter (the chart shows it in context);
    with `actor` (and the chart's `period`), only that actor's share.  Counting every
    result also counts the `highlighted` actor's share over the same periods."""
    snapshot, question = index.snapshot(), question.without_dates()
    answers: list[Message] = []
    try:
        if actor is None:
            whole = snapshot.timeline(question)
            answers.append(TimelineReady(whole))
            actor, period = highlighted, whole.period
        if actor is not None:
            answers.append(TimelineReady(snapshot.timeline(question.with_actor(actor), period), actor))
    except NewsdeskError:
        pass
    return answers
