"""The article table's columns: which fit a width, their header, and what each cell shows."""

from __future__ import annotations

from typing import NamedTuple

from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from ...data import Article, Mark, SortKey
from ...present.article_text import (
    clean_line,
    importance_meter,
    list_title,
    short_date,
    source_label,
)

SORT_ARROWS = {
    SortKey.DATE: "▼",
    SortKey.IMPORTANCE: "▼",
    SortKey.TITLE: "▲",
    SortKey.SOURCE: "▲",
}
"""The arrow beside the sorted column: newest and most important first, names A to Z."""

COLUMN_SORTS = {
    "importance": SortKey.IMPORTANCE,
    "date": SortKey.DATE,
    "title": SortKey.TITLE,
    "source": SortKey.SOURCE,
}
"""The sort a click on each column's header asks for; category has none."""
UNREAD_MARK = "•"
STARRED_MARK = "★"
MIN_TITLE_WIDTH = 30
"""Optional columns are dropped until the title has at least this many cells."""
MIN_TITLE_BESIDE_DATE = 16
"""On a screen too narrow for even this much title beside the date, the date goes too."""
GAP = 1
"""Cells between columns, and before the first."""


class Column(NamedTuple):
    """One column of the table at the current width."""

    key: str
    """What the column shows: marks (unread, starred), importance, date, category, source or
    title."""
    label: str
    """The header text, without the sort arrow."""
    width: int
    """Cells, not counting the gap after it."""


def layout_columns(width: int, date_cells: int = 16) -> list[Column]:
    """Choose the columns that fit `width` cells, leaving the title at least 30 when it can.

    Category goes first when space is short (the sidebar names it), then source, then the
    date (the article shows it): on a narrow screen the title says most.

    Args:
        width: The width of the table's rows.
        date_cells: The width of the dates.

    Returns:
        The columns from left to right; the title takes what is left.
    """
    fixed = [
        Column("marks", "", 2),
        Column("importance", "Imp", 5),
        Column("date", "Date", date_cells),
    ]
    optional = [Column("category", "Category", 16), Column("source", "Source", 16)]
    while optional and room_left(width, fixed + optional) < MIN_TITLE_WIDTH:
        optional.pop(0)
    columns = fixed + optional
    if room_left(width, columns) < MIN_TITLE_BESIDE_DATE:
        columns = [column for column in columns if column.key != "date"]
    return [*columns, Column("title", "Title", max(room_left(width, columns) - GAP, 1))]


def room_left(width: int, columns: list[Column]) -> int:
    """The cells left in `width` beside `columns`: the title's, and the gap after it."""
    return width - GAP - sum(column.width + GAP for column in columns)


def fit(value: str, width: int) -> str:
    """Return `value` cut or padded to exactly `width` cells, ending in … when cut.

    Args:
        value: One line of text.
        width: Cells.

    Returns:
        The fitted text.
    """
    text = Text(value)
    text.truncate(width, overflow="ellipsis", pad=True)
    return text.plain


def cell_text(article: Article, key: str, date_format: str) -> str:
    """Return the text of one cell of an article's row.

    Args:
        article: The row's article.
        key: The column's key; `marks` is drawn by the table from the reading state.
        date_format: How dates are shown.

    Returns:
        The cleaned text, before fitting.
    """
    if key == "importance":
        return importance_meter(article.importance)
    if key == "date":
        return short_date(article.published, date_format)
    if key == "category":
        return clean_line(article.category)
    if key == "source":
        return source_label(article.source)
    return list_title(article)


def header_segments(
    columns: list[Column], sort: SortKey, style: Style, sorted_style: Style
) -> list[Segment]:
    """The column labels, the one sorted by (`sort`) with its arrow, each sortable one
    carrying its sort for a click."""
    segments = [Segment(" " * GAP, style)]
    for column in columns:
        column_sort = COLUMN_SORTS.get(column.key)
        label, cell_style = column.label, style
        if column_sort is sort:
            label, cell_style = f"{label} {SORT_ARROWS[sort]}", sorted_style
        if column_sort is not None:
            cell_style += Style.from_meta({"sort": column_sort.value})
        segments += [Segment(fit(label, column.width), cell_style), Segment(" " * GAP, style)]
    return segments


def marks_segments(
    marks: frozenset[Mark], style: Style, unread_style: Style, starred_style: Style
) -> list[Segment]:
    """The two cells that say an article is unread and starred."""
    unread = Mark.READ not in marks
    starred = Mark.STARRED in marks
    return [
        Segment(UNREAD_MARK if unread else " ", unread_style if unread else style),
        Segment(STARRED_MARK if starred else " ", starred_style if starred else style),
    ]


def row_segments(
    article: Article,
    marks: frozenset[Mark],
    columns: list[Column],
    date_format: str,
    styles: tuple[Style, Style, Style],
) -> list[Segment]:
    """One article's row: its cells GAP apart, in `styles` (the row's, then the unread and
    starred marks')."""
    style, unread_style, starred_style = styles
    segments = [Segment(" " * GAP, style)]
    for column in columns:
        if column.key == "marks":
            segments += marks_segments(marks, style, unread_style, starred_style)
        else:
            text = cell_text(article, column.key, date_format)
            segments.append(Segment(fit(text, column.width), style))
        segments.append(Segment(" " * GAP, style))
    return segments
