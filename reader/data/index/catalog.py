"""The Catalog: what queries need of every article, kept in memory between writes.

SQLite steps through about four million index entries a second, so listing 100,000
articles in a new order takes 25-30 ms, and a search must also ask the text index. Kept in
memory, each sort's order and the filters' values make any change of sort, filters or
search one pass over arrays in Python: a search after a change of sort at 100,000 articles
costs the text index's answer plus a few milliseconds.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Iterable
from dataclasses import dataclass

from ..query import ArticleQuery, SortKey
from .queries import order_by

NO_IMPORTANCE = 0
"""Stands for a missing importance: below every importance a filter can ask for."""
NO_CATEGORY = -1
"""The code of a category no article has."""


@dataclass(frozen=True)
class Catalog:
    """Every article's id, importance and category by rowid, and each sort's order."""

    writes: int
    """The index's write count when it was read: stale once the index has been written."""
    ids: list[str | None]
    """Article ids by rowid; None where no article has the rowid."""
    importance: array[int]
    """Importance by rowid, NO_IMPORTANCE where there is none."""
    category: array[int]
    """Category code by rowid, the code of the folded category."""
    category_codes: dict[str, int]
    """The code of each folded category."""
    orders: dict[tuple[SortKey, bool], array[int]]
    """Every rowid, in each sort's order and its reverse (`(sort, reverse)`)."""

    def select(self, query: ArticleQuery, matches: set[int] | None) -> list[str]:
        """The ids of the articles `query`'s filters accept, in its order, kept to the
        rowids in `matches` unless it is None."""
        rowids: Iterable[int] = self.orders[query.sort, query.reverse]
        if query.folded_category is not None:
            code = self.category_codes.get(query.folded_category, NO_CATEGORY)
            category = self.category
            rowids = [rowid for rowid in rowids if category[rowid] == code]
        if query.min_importance is not None:
            floor, importance = query.min_importance, self.importance
            rowids = [rowid for rowid in rowids if importance[rowid] >= floor]
        ids = self.ids
        if matches is None:
            return [ids[rowid] for rowid in rowids]  # type: ignore[misc]
        return [ids[rowid] for rowid in rowids if rowid in matches]  # type: ignore[misc]


def read_articles(
    connection: sqlite3.Connection,
) -> tuple[list[str | None], array[int], array[int], dict[str, int]]:
    """Ids, importances and category codes by rowid, and the codes, read from the index."""
    rows = connection.execute("SELECT rowid, id, importance, category_key FROM articles").fetchall()
    size = max((row[0] for row in rows), default=0) + 1
    ids: list[str | None] = [None] * size
    importance = array("q", [NO_IMPORTANCE]) * size
    category = array("q", [NO_CATEGORY]) * size
    codes: dict[str, int] = {}
    for rowid, article_id, article_importance, category_key in rows:
        ids[rowid] = article_id
        if article_importance is not None:
            importance[rowid] = article_importance
        category[rowid] = codes.setdefault(category_key, len(codes))
    return ids, importance, category, codes


def read_order(connection: sqlite3.Connection, sort: SortKey, reverse: bool) -> array[int]:
    """Every rowid of the articles, in the order of `sort` or its reverse."""
    rows = connection.execute(f"SELECT rowid FROM articles ORDER BY {order_by(sort, reverse)}")
    return array("q", [row[0] for row in rows])
