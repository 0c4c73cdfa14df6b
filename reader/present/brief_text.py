"""How the brief reads, for the CLI and the app alike: the day's title, each article's
details and points, category names and count bars. Article values come back cleaned to one
safe line each."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..data import BriefEntry, DayCount
from .article_text import (
    clean_line,
    importance_meter,
    list_title,
    short_date,
    source_label,
)

MONTHS = (
    "January February March April May June July August September October November December"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
"""Written out here rather than by strftime, whose names follow the locale."""
NO_CATEGORY = "No category"
"""The group of articles without a category."""
BAR_EIGHTHS = " ▏▎▍▌▋▊▉█"
"""A bar's last cell, by eighths."""
SPARK_LEVELS = "▁▂▃▄▅▆▇█"
"""Heights of a text sparkline, lowest first."""


def day_title(day: date) -> str:
    """The day written out, like `Saturday 6 December 2025`."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def short_day(day: date) -> str:
    """The day in short, like `6 Dec`."""
    return f"{day.day} {MONTHS[day.month - 1][:3]}"


def entry_title(entry: BriefEntry) -> str:
    """The article's title as the list shows it (a draft marked), or a stand-in when it
    has none."""
    return list_title(entry) if clean_line(entry.title) else "(untitled)"


def entry_details(entry: BriefEntry) -> str:
    """Importance meter, source and local time, like `●●●○○ · 📰 ČTK · 11:22`."""
    parts = [importance_meter(entry.importance), source_label(entry.source)]
    parts.append(short_date(entry.published, "%H:%M"))
    return " · ".join(part for part in parts if part)


def entry_points(entry: BriefEntry) -> list[str]:
    """The article's key points, each one safe line; empty when it has only a summary."""
    points = (clean_line(point) for point in entry.key_points)
    return [point for point in points if point]


def entry_summary(entry: BriefEntry) -> str:
    """The article's summary as one safe line ("" when it has key points)."""
    return clean_line(entry.summary)


def category_name(category: str) -> str:
    """A category as the brief names it: one safe line, or `No category`."""
    return clean_line(category) or NO_CATEGORY


def importance_name(importance: int | None) -> str:
    """An importance as the counts name it: its meter, or `No importance` without one (as a
    category's count says `No category`)."""
    return importance_meter(importance) if importance is not None else "No importance"


def count_bar(count: int, most: int, width: int) -> str:
    """A bar `width` cells long for `most`, in eighths of a cell, at least a sliver when
    `count` is not 0."""
    if most <= 0 or count <= 0:
        return ""
    eighths = max(1, round(count / most * width * 8))
    return "█" * (eighths // 8) + BAR_EIGHTHS[eighths % 8].strip()


def text_sparkline(counts: Sequence[DayCount]) -> str:
    """Articles per day as a line of block heights, `▁` for none."""
    most = max((count.articles for count in counts), default=0)
    if most == 0:
        return SPARK_LEVELS[0] * len(counts)
    top = len(SPARK_LEVELS) - 1
    return "".join(SPARK_LEVELS[round(count.articles / most * top)] for count in counts)
