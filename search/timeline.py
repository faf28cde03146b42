"""Coverage over time: how many articles fall in each day, week or month.

    timeline = count_by_period(dates)            # the period chosen for the span
    timeline.buckets[0].start, .end, .count      # every period from first to last, empty ones too

Weeks start on Monday (ISO weeks); `end` is exclusive, like DateRange.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from .daterange import DateRange

__all__ = ["Period", "PERIODS", "Bucket", "Timeline", "count_by_period", "choose_period", "period_start",
           "next_period", "expression_for"]

Period = Literal["day", "week", "month"]
PERIODS: tuple[Period, ...] = ("day", "week", "month")
MOST_BARS = 60  # the automatic choice keeps to about this many periods


@dataclass(frozen=True)
class Bucket:
    start: date
    end: date  # exclusive
    count: int

    def as_range(self) -> DateRange:
        return DateRange(_midnight(self.start), _midnight(self.end))

    def label(self, period: Period) -> str:
        if period == "month":
            return self.start.strftime("%Y-%m")
        if period == "week":
            return f"week of {self.start.isoformat()}"
        return self.start.isoformat()


# What counts and timelines count, in the reader's words (near-copies: index/copies.py).
COUNTING = "each article once; the same text run again by one outlet counts once"


@dataclass(frozen=True)
class Timeline:
    period: Period
    buckets: tuple[Bucket, ...]
    undated: int  # articles without a publication date (not in any bucket)

    @property
    def total(self) -> int:
        return sum(b.count for b in self.buckets) + self.undated

    @property
    def peak(self) -> int:
        return max((b.count for b in self.buckets), default=0)

    def span(self, first: int, last: int) -> DateRange:
        """The dates of buckets first..last (inclusive, either order)."""
        low, high = sorted((first, last))
        return DateRange(_midnight(self.buckets[low].start), _midnight(self.buckets[high].end))


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def period_start(day: date, period: Period) -> date:
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    return day


def next_period(start: date, period: Period) -> date:
    if period == "day":
        return start + timedelta(days=1)
    if period == "week":
        return start + timedelta(weeks=1)
    return date(start.year + (start.month == 12), start.month % 12 + 1, 1)


def choose_period(first: date, last: date, most: int = MOST_BARS) -> Period:
    """The finest period that shows the span in about `most` bars."""
    days = (last - first).days + 1
    if days <= most:
        return "day"
    if days <= most * 7:
        return "week"
    return "month"


def count_by_period(dates: Iterable[datetime | date | None], period: Period | None = None,
                    most: int = MOST_BARS) -> Timeline:
    """Count `dates` per period; `period` None chooses one for the span."""
    days: Counter[date] = Counter()
    undated = 0
    for value in dates:
        if value is None:
            undated += 1
        else:
            days[value.date() if isinstance(value, datetime) else value] += 1
    if not days:
        return Timeline(period or "day", (), undated)
    first, last = min(days), max(days)
    period = period or choose_period(first, last, most)
    counts: Counter[date] = Counter()
    for day, count in days.items():
        counts[period_start(day, period)] += count
    buckets = []
    start = period_start(first, period)
    while start <= last:
        end = next_period(start, period)
        buckets.append(Bucket(start, end, counts.get(start, 0)))
        start = end
    return Timeline(period, tuple(buckets), undated)


def expression_for(timeline: Timeline, first: int, last: int) -> str:
    """The date filter expression for buckets first..last (inclusive, either order), in
    the date language: '2025-02' for one month, '2025-02-10..2025-02-16' for a week."""
    low, high = sorted((first, last))
    start, end = timeline.buckets[low].start, timeline.buckets[high].end
    if timeline.period == "month":
        first_month, last_month = start.strftime("%Y-%m"), (end - timedelta(days=1)).strftime("%Y-%m")
        return first_month if first_month == last_month else f"{first_month}..{last_month}"
    last_day = end - timedelta(days=1)
    return start.isoformat() if start == last_day else f"{start.isoformat()}..{last_day.isoformat()}"
