"""Reading the index: what ArticleIndex answers, each read through its connections
(`index_connections`)."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..article import Article, LoadProblem
from ..list_entry import ListEntry
from ..query import ArticleQuery, Facet, SortKey
from .catalog import Catalog, catalog_articles, rowid_order, select_article_keys, select_order
from .facets import FacetRow, FacetSpellings, name_counts
from .index_connections import IndexClosed, IndexConnections
from .kept_answer import KeptAnswer
from .queries import (
    LIST_COLUMNS,
    select_articles,
    select_facet_rows,
    select_file_results,
    select_in_order,
    select_list_rows,
    select_matches,
    select_name_counts,
    select_problems,
    select_query,
)
from .rows import row_list_entry
from .selected import Selected

CHUNK = 500
"""Ids (or rows) per fetch: SQLite caps the parameters of one statement at 32,766, and a
chunk this size keeps a long list's memory small."""


class IndexReading(IndexConnections):
    """The reading half of ArticleIndex, which sets these attributes."""

    _writes: int
    _texts_written: int
    _catalog: Catalog | None
    _searched: KeptAnswer[set[int]]
    _counted: KeptAnswer[int]
    _problems_read: KeptAnswer[tuple[LoadProblem, ...]]

    @property
    def problems(self) -> tuple[LoadProblem, ...]:
        """Files that could not be loaded, in file order, for the problems screen and the CLI.
        Kept until the index is written (see `_written`)."""

        def read() -> tuple[LoadProblem, ...]:
            with self._reading() as connection:
                return select_problems(connection, self.folder)

        return self._problems_read.get(self._written(), read)

    def __len__(self) -> int:
        """The number of indexed articles, kept until the index is written (see `_written`)."""

        def read() -> int:
            with self._reading() as connection:
                catalog = self._fresh_catalog()
                if catalog is not None:
                    return len(catalog)
                return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])

        return self._counted.get(self._written(), read)

    def _written(self) -> tuple[int, int] | None:
        """How many times the list and the texts were written: what was read of the index is
        true while they stay the same; None for an index another process writes (`share`),
        whose writes are not counted here. The screen asks for the count and the problems at
        every change of the list; asked anew while the loading thread reads the index for the
        query catalog, each waited for its statement (the screen held 0.3-0.4 s at 100,000
        articles)."""
        return None if self._shared else (self._writes, self._texts_written)

    def __contains__(self, article_id: object) -> bool:
        """Whether an article with this id is indexed."""
        with self._reading() as connection:
            found = connection.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,))
            return found.fetchone() is not None

    def ids_starting_with(self, prefix: str, limit: int) -> list[str]:
        """Up to `limit` of the ids that start with `prefix`, in order (by the id's index)."""
        with self._reading() as connection:
            rows = connection.execute(
                "SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
                (prefix, prefix + chr(sys.maxunicode), limit),
            )
            return [row[0] for row in rows]

    def query(self, query: ArticleQuery) -> list[str]:
        """The ids of the articles `query` accepts, in its order."""
        return list(self.select(query).ids)

    def select(self, query: ArticleQuery) -> Selected:
        """The articles `query` accepts, in its order."""
        with self._reading() as connection:
            catalog = self._fresh_catalog()
            if catalog is None:
                return select_query(connection, query)
            matches = self._matches(connection, query.term_forms) if query.terms else None
            return catalog.select(query, matches)

    def list_entries(self, query: ArticleQuery) -> Iterator[ListEntry]:
        """The articles `query`'s filters accept (but for the read and starred ones), as a
        list shows them, in its order: read `CHUNK` at a time as they are taken, so the first
        are out at once and memory stays small however many there are. The index is free
        between chunks; what is written meanwhile may or may not be among them.

        Raises:
            IndexClosed: When the index is closed before the last chunk is read.
        """
        # No index holds a reversed order (missing values stay last), so SQLite sorts every
        # row before the first: rowids alone sort quicker (at 100,000 the first of them is
        # out in 0.05 s instead of 0.4 s), their columns then read a chunk at a time.
        by_rowid = query.reverse
        with self._reading() as connection:
            rows = select_in_order(connection, query, "rowid" if by_rowid else LIST_COLUMNS)
        while True:
            with self._reading() as connection:
                chunk = rows.fetchmany(CHUNK)
                if by_rowid and chunk:
                    chunk = select_list_rows(connection, [rowid for (rowid,) in chunk])
            if not chunk:
                return
            yield from map(row_list_entry, chunk)

    def _fresh_catalog(self) -> Catalog | None:
        """The Catalog, unless the index was written since it was read; the caller holds
        the lock."""
        catalog = self._catalog
        return catalog if catalog is not None and catalog.writes == self._writes else None

    def _matches(
        self, connection: sqlite3.Connection, term_forms: tuple[tuple[str, ...], ...]
    ) -> set[int]:
        """The rowids of the articles with words starting with a form of each term (see
        `ArticleQuery.term_forms`). The last search's are
        kept until the index is written: a change of sort or filter while searching then
        does not ask the text index again (40 ms at 100,000 articles)."""
        written = self._written()
        stamp = None if written is None else (written, term_forms)
        return self._searched.get(stamp, lambda: select_matches(connection, term_forms))

    def prepare_queries(self) -> None:
        """Keep what queries need in memory (a Catalog) until the next write, so changes of
        sort, filters and search no longer scan the index: for a worker thread after a
        refresh. At 100,000 articles it takes about 0.5 s, in statements that each hold the
        index for at most about 0.1 s; what is built of their rows is built without it."""
        try:
            with self._reading() as connection:
                if self._fresh_catalog():
                    return
                self._catalog = None  # stale: not kept beside the new one
                writes = self._writes
                keys = select_article_keys(connection)
            facet_rows: dict[Facet, list[FacetRow]] = {}
            orders = {}
            for facet in Facet:
                with self._reading() as connection:
                    if self._writes != writes:
                        return  # written meanwhile: what was read is out of date
                    facet_rows[facet] = select_facet_rows(connection, facet)
            for sort in SortKey:
                for reverse in (False, True):
                    with self._reading() as connection:
                        if self._writes != writes:
                            return
                        rows = select_order(connection, sort, reverse)
                    orders[sort, reverse] = rowid_order(rows)
            catalog = Catalog(writes, *catalog_articles(keys, facet_rows), orders)
            with self._open_connection():
                if self._writes == writes:
                    self._catalog = catalog
        except IndexClosed:
            return  # the reader is quitting: nothing to prepare for

    def get(self, article_id: str) -> Article:
        """One article.

        Raises:
            KeyError: When no article has this id.
        """
        return self.get_many([article_id])[0]

    def get_many(self, article_ids: Sequence[str]) -> list[Article]:
        """The articles for `article_ids`, in the same order.

        Raises:
            KeyError: When an id is unknown.
        """
        found = self.find_many(article_ids)
        return [found[article_id] for article_id in article_ids]

    def find_many(self, article_ids: Sequence[str], with_body: bool = True) -> dict[str, Article]:
        """The articles of `article_ids` the index has, by id: the rows a screen draws, of
        which one may have gone from the folder since the list was queried. Without
        `with_body`, their bodies are left out (""): a list shows none.

        SQLite caps the parameters of one statement: give at most `CHUNK` ids."""
        with self._reading() as connection:
            return select_articles(connection, self.folder, article_ids, with_body)

    def iter_articles(
        self, article_ids: Sequence[str], with_body: bool = True
    ) -> Iterator[Article]:
        """The articles of `article_ids` in that order, fetched `CHUNK` at a time so a list of
        any length takes little memory; those gone from the index meanwhile are left out."""
        for start in range(0, len(article_ids), CHUNK):
            chunk = article_ids[start : start + CHUNK]
            found = self.find_many(chunk, with_body)
            yield from (found[article_id] for article_id in chunk if article_id in found)

    def facet_counts(self, facet: Facet, among: Selected | None = None) -> list[tuple[str, int]]:
        """Each category (or tag) with its number of articles, in Czech alphabetical order,
        and `NO_FACET` last with the number of articles without any.

        Names that fold to the same key (`Věda`, `věda`, `Veda`) are one, shown as first
        indexed.

        Args:
            facet: Categories or tags.
            among: Count only these articles; None counts every article.
        """
        with self._reading() as connection:
            catalog = self._fresh_catalog()
            if catalog is not None:
                spellings = catalog.spellings[facet]
            elif among is None:  # while the catalog is read: a first open shows this
                return name_counts(select_name_counts(connection, facet))
            else:
                spellings = FacetSpellings.from_rows(select_facet_rows(connection, facet))
        return spellings.count(None if among is None else among.rowids)

    def facet_counts_at_least(
        self, facet: Facet, floor: int
    ) -> tuple[int, list[tuple[str, int]]] | None:
        """How many articles have at least importance `floor`, and each category (or tag)
        with its number of them, as `facet_counts` gives it; None until the index keeps what
        queries need in memory (`prepare_queries`), which adds them up rather than count."""
        with self._reading():
            catalog = self._fresh_catalog()
        return None if catalog is None else catalog.facet_counts_at_least(facet, floor)

    def file_results(self) -> list[tuple[Path, Article | LoadProblem]]:
        """Every file of the folder with what it gave, in file order, for `reader check`."""
        with self._reading() as connection:
            return select_file_results(connection, self.folder)
