"""The second pass of ArticleIndex: every listed article's whole text read, repaired and made
searchable behind the list, and an article's at once when it is opened before its turn."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence

from ..article import Article
from ..load.files import find_article_names, names_not_utf8
from .index_connections import IndexClosed
from .ingest import load_rows
from .loaded import LoadedFile
from .reads import IndexReading
from .rows import ArticleRows, row_article
from .schema import configure
from .texts import (
    ListChange,
    TextCoverage,
    select_coverage,
    select_waiting,
    select_waiting_among,
    store_texts,
)

TEXT_BATCH_SIZE = 200
"""Texts written per transaction: each commit makes them searchable, and a stop (a change
in the folder, the reader quitting) waits for at most one batch."""


class TextPass(IndexReading):
    """The second pass of ArticleIndex, which sets these attributes."""

    max_file_bytes: int
    notice: str
    _refreshing: threading.Lock
    _refresh_thread: int | None
    _closing: bool
    _texts_passing: bool
    """Whether the texts' pass runs: the list fields it corrects wait for its end."""
    _list_corrected: bool
    """Whether the texts' pass corrected a field the list shows: said once, at its end."""

    @property
    def list_version(self) -> int:
        """Changes with every write that changes what the list shows (the texts' pass mostly
        writes what it does not): a list drawn at another version is out of date."""
        return self._writes

    def text_coverage(self) -> TextCoverage:
        """How many articles the text search covers, of how many."""
        with self._reading() as connection:
            return select_coverage(connection)

    def fill_texts(self) -> Iterator[TextCoverage]:
        """Read the whole text of every article the list's pass (`refresh`) left waiting,
        newest first, reporting the coverage after each batch: bodies repaired and restored,
        key points found, and the text searchable. Resumed where it stopped at the next
        start; stopping the iteration stops it.

        Runs while no refresh does (a refresh started meanwhile waits for the batch being
        read). An index another process keeps (`share`) is that one's to fill.
        """
        if self._shared:
            yield self.text_coverage()
            return
        with self._refreshing:
            self._refresh_thread = threading.get_ident()
            self._texts_passing = True
            try:
                yield from self._fill_texts()
            except IndexClosed:
                return  # the reader is quitting: what was stored is kept
            except sqlite3.DatabaseError as error:
                if self._closing:
                    return
                if self.database is None:
                    raise  # memory is neither full nor damaged: a real bug
                with self._lock:
                    self._distrust()  # checked, and rebuilt if need be, at the next start
                self.notice = f"the texts could not be stored in the index ({error})"
            finally:
                self._refresh_thread = None
                with self._lock:
                    self._texts_passing = False
                    if self._list_corrected:
                        self._list_corrected = False
                        self._writes += 1

    def _fill_texts(self) -> Iterator[TextCoverage]:
        """`fill_texts` for the index as it is."""
        with self._open_connection() as connection:
            waiting = select_waiting(connection)
            coverage = select_coverage(connection)
        yield coverage
        if not waiting:
            return
        on_disk = self._names_on_disk(waiting)
        loaded_files = load_rows(
            self.folder,
            [on_disk.get(name, name) for name in waiting],
            self.max_file_bytes,
            kept_as={disk: kept for kept, disk in on_disk.items()},
            list_only=False,
        )
        with self._open_connection() as connection:
            # A cache, checked after any unclean stop: a crash of the reader loses nothing
            # committed, and commits without a sync cost 15% less of the texts' writing.
            connection.execute("PRAGMA synchronous = OFF")
        try:
            batch: list[LoadedFile] = []
            for loaded in loaded_files:
                if self._closing:
                    return
                batch.append(loaded)
                if len(batch) == TEXT_BATCH_SIZE:
                    yield self._store_texts(batch)
                    batch = []
            if batch:
                yield self._store_texts(batch)
        finally:  # also when the caller stops early
            with self._lock:
                if not self._closed:
                    configure(self._connection)

    def _store_texts(self, batch: list[LoadedFile]) -> TextCoverage:
        """Write one batch of texts; the coverage after it.

        A field the list shows that a whole text corrects (a title in a hundred at most)
        changes the list's version when the pass ends, not now: each change makes the next
        query read the whole index (seconds at 100,000 articles), and the pass changes a few
        titles in nearly every batch. An article gone (its file now fails) changes it now.
        """
        with self._open_connection() as connection:
            change = store_texts(connection, batch)
            # Once committed: a search read meanwhile (by the read connection) is kept under
            # the count before, so it is read anew.
            self._texts_written += 1
            if change is ListChange.REMOVED or (change and not self._texts_passing):
                self._writes += 1  # the list changed: queries read it anew
            elif change:
                self._list_corrected = True
            return select_coverage(connection)

    def _names_on_disk(self, names: Sequence[str]) -> dict[str, str]:
        """For each of `names` kept otherwise than it is on disk (not UTF-8), its name there."""
        if not any("\ufffd" in name for name in names):
            return {}
        return names_not_utf8(find_article_names(self.folder))

    def find_many(self, article_ids: Sequence[str], with_body: bool = True) -> dict[str, Article]:
        """The articles of `article_ids` the index has, by id (see `IndexReading.find_many`):
        with their bodies, those the second pass has not reached yet are read whole now, as it
        would read them, and stored for it."""
        found = super().find_many(article_ids, with_body)
        if not with_body:
            return found
        with self._reading() as connection:
            waiting = select_waiting_among(connection, list(article_ids))
        if not waiting:
            return found
        # Imported only when a text is read here: a later open never loads the repair modules.
        from .file_rows import load_file

        on_disk = self._names_on_disk(waiting)
        kept_as = {disk: kept for kept, disk in on_disk.items()}
        top = str(self.folder)
        names = [on_disk.get(name, name) for name in waiting]
        batch = [load_file(top, name, self.max_file_bytes, kept_as) for name in names]
        if not self._shared:  # else another process's to store: shown as read here
            try:
                self._store_texts(batch)
                return super().find_many(article_ids, with_body)
            except sqlite3.DatabaseError:
                pass  # not stored (a full disk): shown as read, the texts' pass reads it again
        return found | self._articles_of(batch, found)

    def _articles_of(
        self, batch: list[LoadedFile], found: dict[str, Article]
    ) -> dict[str, Article]:
        """The articles of `batch`'s files read whole, by the ids `found` has for them."""
        ids = {article.path: article_id for article_id, article in found.items()}
        articles = {}
        for name, _, rows in batch:
            article_id = ids.get(self.folder / name)
            if article_id is not None and isinstance(rows, ArticleRows):
                articles[article_id] = row_article(rows.article_row(article_id), self.folder)
        return articles
