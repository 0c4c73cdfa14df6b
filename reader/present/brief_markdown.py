"""The brief as a Markdown document, for `reader brief` (rendered on a terminal, as it is in
a pipe)."""

from __future__ import annotations

import re

from ..data import Brief, group_by_category
from .article_text import plural
from .brief_text import (
    category_name,
    count_bar,
    day_title,
    entry_details,
    entry_points,
    entry_summary,
    entry_title,
    importance_name,
    short_day,
    text_sparkline,
)

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
BAR_WIDTH = 20
"""Cells of the longest count bar."""


def escape(text: str) -> str:
    """`text` with the characters Markdown reads as formatting escaped: article text is
    shown as written, never as emphasis, links or HTML."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def brief_markdown(brief: Brief, filtered: bool = False) -> str:
    """The brief as Markdown: the day's articles by category, then the weeks at a glance.

    Args:
        brief: What `read_brief` gave.
        filtered: Whether filters chose the articles (the message for none says so).

    Returns:
        A Markdown document ending in a newline.
    """
    if brief.day is None:
        which = "No article of these filters" if filtered else "No article"
        return f"# Brief\n\n{which} has a date.\n"
    lines = [f"# Brief of {day_title(brief.day)}", ""]
    count = len(brief.entries)
    lines += [f"{plural(count, 'article')}, {brief.unread_of_day:,} unread.", ""]
    for category, entries in group_by_category(brief.entries):
        lines += [f"## {escape(category_name(category))}", ""]
        for entry in entries:
            lines += [f"### {escape(entry_title(entry))}", ""]
            unread = " · unread" if entry.unread else ""
            lines += [f"{escape(entry_details(entry))}{unread} · id {escape(entry.id)}", ""]
            points = entry_points(entry)
            lines += [f"- {escape(point)}" for point in points] or [escape(entry_summary(entry))]
            lines.append("")
    lines += glance_markdown(brief)
    return "\n".join(lines)


def glance_markdown(brief: Brief) -> list[str]:
    """The weeks up to the day: articles per day, per category and importance, unread."""
    first, last = brief.per_day[0].day, brief.per_day[-1].day
    total = brief.span_total
    lines = [
        f"## At a glance: {short_day(first)} to {short_day(last)}",
        "",
        f"Articles per day: `{text_sparkline(brief.per_day)}`",
        "",
        f"{plural(total, 'article')}, {brief.unread:,} unread.",
        "",
    ]
    most = max((count for _, count in brief.per_category), default=0)
    lines += [
        f"- {escape(category_name(name))}: {count:,} {count_bar(count, most, BAR_WIDTH)}"
        for name, count in brief.per_category
    ]
    lines.append("")
    most = max((count for _, count in brief.per_importance), default=0)
    lines += [
        f"- {importance_name(level)}: {count:,} {count_bar(count, most, BAR_WIDTH)}"
        for level, count in brief.per_importance
    ]
    return [*lines, ""]
