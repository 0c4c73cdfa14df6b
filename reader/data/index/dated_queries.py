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
    " key_points, summary"
)
"""What the brief shows of each article, in the order `BriefEntry` takes them."""
SPAN_COLUMNS = "id, published_ts, categories, importance"
"""What the brief counts of each article of a span (categories as the index keeps them:
a JSON list, of which the brief takes the first)."""


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


def select_nearest_date(
    connection: sqlite3.Connection, query: ArticleQuery, before: float | None, after: float | None
) -> float | None:
    """The latest publication timestamp before `before`, or the earliest from `after` on
    (exactly one of them is given; a `before` of infinity gives the newest), of the articles
    `query`'s filters accept; None when there is none."""
    conditions, parameters = filter_conditions(query)
    if before is not None:
        aggregate, bound, limit = "max", "published_ts < ?", before
    else:
        assert after is not None
        aggregate, bound, limit = "min", "published_ts >= ?", after
    where = " AND ".join([DATED, bound, *conditions])
    sql = f"SELECT {aggregate}(published_ts) FROM articles WHERE {where}"
    found = connection.execute(sql, [limit, *parameters]).fetchone()[0]
    return None if found is None else float(found)
