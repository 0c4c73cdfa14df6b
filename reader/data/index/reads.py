"""Reading the index: what ArticleIndex answers, each read under its lock, and what it does
when a read finds the file damaged."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ..article import Article, LoadProblem
from ..query import ArticleQuery, Facet, SortKey
from .catalog import Catalog, read_articles, read_order
from .facets import count_facets
from .queries import (
    select_articles,
    select_facet_rows,
    select_file_results,
    select_ids,
    select_matches,
    select_problems,
)
from .schema import remove_index_files, set_closed


class IndexDamaged(Exception):
    """A read found the index's file damaged; the next start builds it anew."""


class IndexReading:
    """The reading half of ArticleIndex, which sets these attributes."""

    folder: Path
    database: Path | None
    _lock: threading.Lock
    _connection: sqlite3.Connection
    _shared: bool
    _damaged: bool
    _closed: bool
    _writes: int
    _catalog: Catalog | None

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """The connection, under the lock, for reading.

        Raises:
            IndexDamaged: When the file turns out damaged. A cleanly closed index is trusted
                without a check of every page, so it is marked to be checked (and rebuilt)
                at the next start.
        """
        with self._lock:
            try:
                yield self._connection
            except sqlite3.DatabaseError as error:
                self._distrust()
                raise IndexDamaged(f"the index {self.database} is damaged ({error})") from error

    def _distrust(self) -> None:
        """Have the next start check the index, or build it anew; the caller holds the lock."""
        self._damaged = True
        if self.database is None or self._shared:
            return
        try:
            set_closed(self._connection, closed=False)
        except sqlite3.DatabaseError:
            remove_index_files(self.database)

    @property
    def problems(self) -> tuple[LoadProblem, ...]:
        """Files that could not be loaded, in file order, for the problems screen and the CLI."""
        with self._reading() as connection:
            return select_problems(connection, self.folder)

    def __len__(self) -> int:
        """The number of indexed articles."""
        with self._reading() as connection:
            return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])

    def __contains__(self, article_id: object) -> bool:
        """Whether an article with this id is indexed."""
        with self._reading() as connection:
            found = connection.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,))
            return found.fetchone() is not None

    def query(self, query: ArticleQuery) -> list[str]:
        """The ids of the articles `query` accepts, in its order."""
        with self._reading() as connection:
            catalog = self._catalog
            if catalog is None or catalog.writes != self._writes:
                return select_ids(connection, query)
            matches = select_matches(connection, query.terms) if query.terms else None
            return catalog.select(query, matches)

    def prepare_queries(self) -> None:
        """Keep what queries need in memory (a Catalog) until the next write, so changes of
        sort, filters and search no longer scan the index: for a worker thread after a
        refresh. At 100,000 articles it takes about 0.2 s, in steps that each hold the
        index for at most a few tens of milliseconds."""
        with self._reading() as connection:
            if self._closed or (self._catalog and self._catalog.writes == self._writes):
                return
            self._catalog = None  # stale: not kept beside the new one
            writes = self._writes
            articles = read_articles(connection)
        orders = {}
        for sort in SortKey:
            with self._reading() as connection:
                if self._closed or self._writes != writes:
                    return  # written meanwhile: what was read is out of date
                orders[sort] = read_order(connection, sort)
        with self._lock:
            if self._writes == writes:
                self._catalog = Catalog(writes, *articles, orders)

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

    def find_many(self, article_ids: Sequence[str]) -> dict[str, Article]:
        """The articles of `article_ids` the index has, by id: the rows a screen draws, of
        which one may have gone from the folder since the list was queried."""
        with self._reading() as connection:
            return select_articles(connection, self.folder, article_ids)

    def facet_counts(
        self, facet: Facet, among: Collection[str] | None = None
    ) -> list[tuple[str, int]]:
        """Each category (or tag) with its number of articles, in Czech alphabetical order,
        and `NO_FACET` last with the number of articles without any.

        Names that fold to the same key (`Věda`, `věda`, `Veda`) are one, shown as first
        indexed.

        Args:
            facet: Categories or tags.
            among: Count only the articles of these ids; None counts every article.
        """
        with self._reading() as connection:
            catalog = self._catalog
            if catalog is not None and catalog.writes == self._writes:
                rows = catalog.facet_rows[facet]
            else:
                rows = select_facet_rows(connection, facet)
            return count_facets(rows, among)

    def file_results(self) -> list[tuple[Path, Article | LoadProblem]]:
        """Every file of the folder with what it gave, in file order, for `reader check`."""
        with self._reading() as connection:
            return select_file_results(connection, self.folder)
