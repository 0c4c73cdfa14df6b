"""The brief's values: a day's articles as the brief shows them, and the folder's counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .article import Source


@dataclass(frozen=True)
class BriefEntry:
    """One article in the brief: what the index keeps for it, no body."""

    id: str
    title: str
    source: Source
    published: datetime | None
    importance: int | None
    """1 (least) to 5 (most); None when missing."""
    category: str
    key_points: tuple[str, ...]
    """The bullets of its key-points section."""
    summary: str
    """Without key points: its summary or description, cut to a few lines."""
    draft: bool = False
    """Not published yet: a draft, as the list marks it."""
    unread: bool = True
    """Not marked read when the brief was read."""


@dataclass(frozen=True)
class DayCount:
    """How many articles of the brief's filters one day has."""

    day: date
    articles: int


@dataclass(frozen=True)
class Brief:
    """One day's articles by importance, and the folder at a glance over the weeks before."""

    day: date | None
    """The day shown, in local time; None when no article (of the filters) has a date."""
    entries: tuple[BriefEntry, ...]
    """The day's articles, most important first."""
    previous_day: date | None
    """The latest day before `day` with articles, or None."""
    next_day: date | None
    """The earliest day after `day` with articles, or None."""
    per_day: tuple[DayCount, ...]
    """Articles per day over the weeks up to `day`, oldest first, days without any too."""
    per_category: tuple[tuple[str, int], ...]
    """Articles per category over those weeks, most first; "" for those without one."""
    per_importance: tuple[tuple[int | None, int], ...]
    """Articles per importance over those weeks, 5 first, None (no importance) last."""
    unread: int
    """Unread articles over those weeks."""

    @property
    def unread_of_day(self) -> int:
        """Unread articles of the day shown."""
        return sum(entry.unread for entry in self.entries)

    @property
    def span_total(self) -> int:
        """Articles over the weeks counted."""
        return sum(count.articles for count in self.per_day)
