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

from ..query import ArticleQuery, Facet, SortKey
from .facets import FacetRow
from .queries import order_by, select_facet_rows

NO_IMPORTANCE = 0
"""Stands for a missing importance: below every importance a filter can ask for."""


@dataclass(frozen=True)
class Catalog:
    """Every article's id and importance by rowid, its categories and tags, and each sort's
    order."""

    writes: int
    """The index's write count when it was read: stale once the index has been written."""
    ids: list[str | None]
    """Article ids by rowid; None where no article has the rowid."""
    importance: array[int]
    """Importance by rowid, NO_IMPORTANCE where there is none."""
    facet_rows: dict[Facet, list[FacetRow]]
    """Each category and tag of each article, for counting them."""
    orders: dict[tuple[SortKey, bool], array[int]]
    """Every rowid, in each sort's order and its reverse (`(sort, reverse)`)."""

    def select(self, query: ArticleQuery, matches: set[int] | None) -> list[str]:
        """The ids of the articles `query`'s filters accept, in its order, kept to the
        rowids in `matches` unless it is None."""
        rowids: Iterable[int] = self.orders[query.sort, query.reverse]
        for facet in Facet:
            keys = query.folded(facet)
            if keys:
                kept = self._members(facet, keys)
                rowids = [rowid for rowid in rowids if rowid in kept]
        if query.min_importance is not None:
            floor, importance = query.min_importance, self.importance
            rowids = [rowid for rowid in rowids if importance[rowid] >= floor]
        ids = self.ids
        if matches is None:
            return [ids[rowid] for rowid in rowids]  # type: ignore[misc]
        return [ids[rowid] for rowid in rowids if rowid in matches]  # type: ignore[misc]

    def _members(self, facet: Facet, keys: frozenset[str]) -> set[int]:
        """The rowids of the articles with any of `keys` of `facet`'s kind."""
        return {row.rowid for row in self.facet_rows[facet] if row.key in keys}


def read_articles(
    connection: sqlite3.Connection,
) -> tuple[list[str | None], array[int], dict[Facet, list[FacetRow]]]:
    """Ids and importances by rowid, and every category and tag, read from the index."""
    rows = connection.execute("SELECT rowid, id, importance FROM articles").fetchall()
    size = max((row[0] for row in rows), default=0) + 1
    ids: list[str | None] = [None] * size
    importance = array("q", [NO_IMPORTANCE]) * size
    for rowid, article_id, article_importance in rows:
        ids[rowid] = article_id
        if article_importance is not None:
            importance[rowid] = article_importance
    facet_rows = {facet: select_facet_rows(connection, facet) for facet in Facet}
    return ids, importance, facet_rows


def read_order(connection: sqlite3.Connection, sort: SortKey, reverse: bool) -> array[int]:
    """Every rowid of the articles, in the order of `sort` or its reverse."""
    rows = connection.execute(f"SELECT rowid FROM articles ORDER BY {order_by(sort, reverse)}")
    return array("q", [row[0] for row in rows])
