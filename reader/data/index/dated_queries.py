"""Reading the index by date, for the brief: the articles of a time span, and the nearest
dates with articles. Each query reads only the span asked for, through the date index."""

from __future__ import annotations

import sqlite3
from typing import Any

from ..query import ArticleQuery
from .queries import filter_conditions

DATED = "(published_ts IS NULL) = 0"
"""Written as the date index's first column is, so SQLite reads the span from that index."""
BRIEF_COLUMNS = (
    "id, title, source_id, source_name, source_emoji, published, importance, categories,"
    " key_points, summary, draft"
)
"""What the brief shows of each article, in the order `BriefEntry` takes them."""
SPAN_COLUMNS = "id, published, categories, importance"
"""What the brief counts of each article of a span (the date as written, categories as the
index keeps them: a JSON list, of which the brief takes the first)."""


def select_span(
    connection: sqlite3.Connection,
    query: ArticleQuery,
    start: float,
    end: float,
    columns: str = SPAN_COLUMNS,
) -> list[tuple[Any, ...]]:
    """`columns` of the articles `query`'s filters accept published from `start` to before
    `end` (timestamps), newest first."""
    conditions, parameters = filter_conditions(query)
    where = " AND ".join([DATED, "published_ts >= ?", "published_ts < ?", *conditions])
    sql = f"SELECT {columns} FROM articles WHERE {where} ORDER BY published_ts DESC, id"
    return connection.execute(sql, [start, end, *parameters]).fetchall()


def select_dated(
    connection: sqlite3.Connection, query: ArticleQuery, before: float | None, after: float | None
) -> sqlite3.Cursor:
    """A cursor over the id and date as written of the articles `query`'s filters accept
    published before `before`, newest first, or from `after` on, oldest first (exactly one
    of them is given; a `before` of infinity starts at the newest): read from the date index
    as it is taken."""
    conditions, parameters = filter_conditions(query)
    if before is not None:
        bound, limit, order = "published_ts < ?", before, "published_ts DESC, id"
    else:
        assert after is not None
        # id turned round too: the date index read backwards, rather than sorted anew.
        bound, limit, order = "published_ts >= ?", after, "published_ts, id DESC"
    where = " AND ".join([DATED, bound, *conditions])
    sql = f"SELECT id, published FROM articles WHERE {where} ORDER BY {order}"
    return connection.execute(sql, [limit, *parameters])
