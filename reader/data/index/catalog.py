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
from collections import Counter
from dataclasses import dataclass, field

from ..query import ArticleQuery, Facet, SortKey
from .facets import FacetRow, FacetSpellings
from .queries import order_by
from .selected import Selected

NO_IMPORTANCE = 0
"""Stands for a missing importance: below every importance a filter can ask for."""


@dataclass
class SearchMarks:
    """The articles a search matched, a byte each in each order asked for."""

    matches: set[int] | None = None
    in_order: dict[tuple[SortKey, bool], bytes] = field(default_factory=dict)


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
    spellings: dict[Facet, FacetSpellings]
    """Each article's categories and tags, numbered, for filtering and counting."""
    orders: dict[tuple[SortKey, bool], array[int]]
    """Every rowid, in each sort's order and its reverse (`(sort, reverse)`)."""
    importance_in: dict[tuple[SortKey, bool], bytes] = field(init=False, repr=False)
    """The importances in each order, a byte an article: a floor keeps the articles marked
    in their translation (`bytes.translate`), with no step in Python per article."""
    ids_in: dict[tuple[SortKey, bool], list[str]] = field(init=False, repr=False)
    """The ids in each order: the list of every article is shared, not built (20 ms at
    100,000 articles in a title's order, whose ids lie all over memory)."""
    search_marks: SearchMarks = field(init=False, repr=False, default_factory=SearchMarks)
    """The last search's matches, marked in each order it was asked in."""
    names_by_importance: dict[Facet, dict[int, Counter[int]]] = field(init=False, repr=False)
    """For each kind, how many articles of each importance have each spelling: the counts
    under an importance floor are added up from these, not counted (12 ms of each
    importance key at 100,000 articles)."""
    articles_by_importance: Counter[int] = field(init=False, repr=False)
    """How many articles have each importance (rowids without one, NO_IMPORTANCE)."""

    def __post_init__(self) -> None:
        """Lay out the importances and ids in each order."""
        importance, ids = self.importance.__getitem__, self.ids.__getitem__
        laid_out = {key: bytes(map(importance, order)) for key, order in self.orders.items()}
        object.__setattr__(self, "importance_in", laid_out)
        in_order = {key: list(map(ids, order)) for key, order in self.orders.items()}
        object.__setattr__(self, "ids_in", in_order)
        by_importance = {
            facet: spellings.numbers_by_importance(self.importance)
            for facet, spellings in self.spellings.items()
        }
        object.__setattr__(self, "names_by_importance", by_importance)
        object.__setattr__(self, "articles_by_importance", Counter(self.importance))

    def __len__(self) -> int:
        """The number of articles."""
        return len(self.orders[SortKey.DATE, False])

    def select(self, query: ArticleQuery, matches: set[int] | None) -> Selected:
        """The articles `query`'s filters accept, in its order, kept to the rowids in
        `matches` unless it is None. The importance floor and the search mark the whole
        order, a byte an article, and are kept together in one pass in C; the categories
        and tags then look at the articles left. Without any filter, the order itself is
        the answer."""
        order = query.sort, query.reverse
        selected = Selected(self.ids_in[order], self.orders[order])
        marks: bytes | None = None
        if query.min_importance is not None:
            floor = query.min_importance
            at_least = bytes(importance >= floor for importance in range(256))
            marks = self.importance_in[order].translate(at_least)
        if matches is not None:
            matching = self._matching_in(order, matches)
            marks = matching if marks is None else both(marks, matching)
        if marks is not None:
            selected = selected.kept(marks)
        for facet in Facet:
            keys = query.folded(facet)
            if keys:
                having = self.spellings[facet].having(selected.rowids, keys)
                selected = selected.kept(list(having))
        return selected

    def facet_counts_at_least(self, facet: Facet, floor: int) -> tuple[int, list[tuple[str, int]]]:
        """How many articles have at least importance `floor`, and each name of `facet`'s kind
        with its number of them, as `FacetSpellings.count` gives it."""
        counted: Counter[int] = Counter()
        for importance, numbers in self.names_by_importance[facet].items():
            if importance >= floor:
                counted.update(numbers)
        total = sum(
            n for importance, n in self.articles_by_importance.items() if importance >= floor
        )
        return total, self.spellings[facet].named(counted)

    def _matching_in(self, order: tuple[SortKey, bool], matches: set[int]) -> bytes:
        """Which articles of `order` are in `matches`, a byte each: kept for the last search,
        so a change of filter while searching does not look each article up again (5-10 ms
        at 100,000). The index asks one query at a time (under the lock of its reads)."""
        marks = self.search_marks
        if marks.matches is not matches:
            marks.matches, marks.in_order = matches, {}
        if order not in marks.in_order:
            marks.in_order[order] = bytes(map(matches.__contains__, self.orders[order]))
        return marks.in_order[order]


def both(marks: bytes, more: bytes) -> bytes:
    """The articles marked in both `marks` and `more` (bytes of 0 and 1, of one length)."""
    together = int.from_bytes(marks, "little") & int.from_bytes(more, "little")
    return together.to_bytes(len(marks), "little")


def select_article_keys(connection: sqlite3.Connection) -> list[tuple[int, str, int | None]]:
    """Every article's rowid, id and importance, as the index gives them."""
    rows: list[tuple[int, str, int | None]] = connection.execute(
        "SELECT rowid, id, importance FROM articles"
    ).fetchall()
    return rows


def select_order(connection: sqlite3.Connection, sort: SortKey, reverse: bool) -> list[tuple[int]]:
    """Every rowid of the articles, in the order of `sort` or its reverse, as rows."""
    rows: list[tuple[int]] = connection.execute(
        f"SELECT rowid FROM articles ORDER BY {order_by(sort, reverse)}"
    ).fetchall()
    return rows


def catalog_articles(
    keys: list[tuple[int, str, int | None]], facet_rows: dict[Facet, list[FacetRow]]
) -> tuple[list[str | None], array[int], dict[Facet, FacetSpellings]]:
    """Ids and importances by rowid, and every category and tag, from the rows the index
    gave: built after the index is let go of, as the screen may be waiting for it."""
    size = max((row[0] for row in keys), default=0) + 1
    ids: list[str | None] = [None] * size
    importance = array("q", [NO_IMPORTANCE]) * size
    for rowid, article_id, article_importance in keys:
        ids[rowid] = article_id
        if article_importance is not None:
            importance[rowid] = article_importance
    spellings = {facet: FacetSpellings.from_rows(rows) for facet, rows in facet_rows.items()}
    return ids, importance, spellings


def rowid_order(rows: list[tuple[int]]) -> array[int]:
    """The rowids of `select_order`'s rows, as an array."""
    return array("q", [rowid for (rowid,) in rows])
