"""The article table's columns: which fit a width, their header, and what each cell shows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style

from ...data import Article, Mark, SortKey
from ...present.article_text import (
    clean_line,
    importance_meter,
    list_title,
    short_date,
    source_label,
)
from ...present.cells import fit

SORT_ARROWS = {
    SortKey.DATE: "▼",
    SortKey.IMPORTANCE: "▼",
    SortKey.TITLE: "▲",
    SortKey.SOURCE: "▲",
}
"""The arrow beside the sorted column: newest and most important first, names A to Z; the
other arrow when the order is turned round."""
OTHER_ARROW = {"▼": "▲", "▲": "▼"}

COLUMN_SORTS = {
    "importance": SortKey.IMPORTANCE,
    "date": SortKey.DATE,
    "title": SortKey.TITLE,
    "source": SortKey.SOURCE,
}
"""The sort a click on each column's header asks for; category has none."""
UNREAD_MARK = "•"
STARRED_MARK = "★"
TITLE_GOAL = 60
"""Other columns are shown only while the longest title on screen, up to this many cells,
still fits whole beside them: the title is what a list is read by."""
MIN_TITLE_GOAL = 20
"""When every title on screen is short, the columns still leave the title this many."""
SOURCE_CELLS = (8, 24)
"""The source column is as wide as the widest source on screen, within these bounds."""
CATEGORY_CELLS = (8, 20)
"""The category column likewise."""
IMPORTANCE_CELLS = 5
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


def layout_columns(
    width: int,
    visible: Sequence[Article],
    date_cells: int = 16,
    without: frozenset[str] = frozenset(),
) -> list[Column]:
    """Choose the columns for `width` cells from the articles on screen, the title first.

    The title's goal is the widest title on screen (between `MIN_TITLE_GOAL` and
    `TITLE_GOAL` cells); then the date, importance, source and category are added, in that
    order, each only while the title keeps its goal, and none that would be empty on screen
    or is named in `without` (the category, while the list shows one category).

    Args:
        width: The width of the table's rows.
        visible: The articles of the rows on screen; none while the list is empty.
        date_cells: The width of the dates.
        without: Keys of columns not to show.

    Returns:
        The columns from left to right; the title takes what is left.
    """
    titles = [cell_len(clean_line(article.title)) for article in visible]
    goal = min(max([MIN_TITLE_GOAL, *titles]), TITLE_GOAL)
    columns = [Column("marks", "", 2)]
    for column in optional_columns(visible, date_cells):
        if column.key not in without and room_left(width, [*columns, column]) - GAP >= goal:
            columns.append(column)
    order = ("marks", "importance", "date", "category", "source")
    columns.sort(key=lambda column: order.index(column.key))
    return [*columns, Column("title", "Title", max(room_left(width, columns) - GAP, 1))]


def optional_columns(visible: Sequence[Article], date_cells: int) -> list[Column]:
    """The columns besides marks and title that have something to show on screen, in the
    order they are given room: date, importance, source, category. Before the first rows
    arrive every column is offered, so the header does not jump."""
    every = not visible

    def widest(key: str, bounds: tuple[int, int]) -> int:
        cells = [cell_len(cell_text(article, key, "")) for article in visible] or [bounds[1]]
        return min(max(bounds[0], *cells), bounds[1])

    columns = []
    if every or any(article.published for article in visible):
        columns.append(Column("date", "Date", date_cells))
    if every or any(article.importance is not None for article in visible):
        columns.append(Column("importance", "Imp", IMPORTANCE_CELLS))
    if every or any(cell_text(article, "source", "") for article in visible):
        columns.append(Column("source", "Source", widest("source", SOURCE_CELLS)))
    if every or any(cell_text(article, "category", "") for article in visible):
        columns.append(Column("category", "Category", widest("category", CATEGORY_CELLS)))
    return columns


def room_left(width: int, columns: list[Column]) -> int:
    """The cells left in `width` beside `columns`: the title's, and the gap after it."""
    return width - GAP - sum(column.width + GAP for column in columns)


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


def fit_at_word(value: str, width: int) -> str:
    """Return `value` cut at the last word that fits `width` cells (ending in …), or padded:
    `📰 The Times…` rather than `📰 The Times of…`. A first word too long is cut anywhere."""
    if cell_len(value) <= width:
        return fit(value, width)
    words = value.split(" ")
    kept = ""
    for word in words:
        longer = f"{kept} {word}" if kept else word
        if cell_len(longer) + 1 > width:
            break
        kept = longer
    if not kept or (kept == words[0] and cell_len(kept) < width // 2):
        return fit(value, width)
    return fit(kept + "…", width)


def header_segments(
    columns: list[Column], sort: SortKey, reverse: bool, style: Style, sorted_style: Style
) -> list[Segment]:
    """The column labels, the one sorted by (`sort`, turned round when `reverse`) with its
    arrow, each sortable one carrying its sort for a click."""
    segments = [Segment(" " * GAP, style)]
    for column in columns:
        column_sort = COLUMN_SORTS.get(column.key)
        label, cell_style = column.label, style
        if column_sort is sort:
            arrow = OTHER_ARROW[SORT_ARROWS[sort]] if reverse else SORT_ARROWS[sort]
            label, cell_style = f"{label} {arrow}", sorted_style
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
            fitted = fit_at_word if column.key == "source" else fit
            segments.append(Segment(fitted(text, column.width), style))
        segments.append(Segment(" " * GAP, style))
    return segments
