"""The first pass of ArticleIndex: the folder compared with what the index has, and every new
or changed file's list fields read into it, on every core, a batch at a time."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from .database_file import open_database, rebuild_database, remove_index_files
from .index_connections import IndexClosed
from .ingest import folder_changes, load_rows, scan_folder
from .loaded import FileStamp, LoadedFile, RefreshProgress
from .location import kept_in_memory
from .read_connection import ReadConnection
from .reads import IndexReading
from .schema import BODY_DONE, BODY_WAITING, begin_bulk_load, end_bulk_load
from .stamps import keep_digest, kept_digest, known_stamps, stamps_digest
from .writes import forget_file, store_batch

T = TypeVar("T")

# Files written per transaction while loading: each commit makes them visible to queries.
BATCH_SIZE = 500
# The first batch is smaller, so a list opened on an empty index fills at once.
FIRST_BATCH_SIZE = 50
# A refresh reading this many files, and more than the index holds, is a bulk load.
BULK_LOAD_FROM = 1000


class ListPass(IndexReading):
    """The first pass of ArticleIndex, which sets these attributes."""

    folder: Path
    database: Path | None
    max_file_bytes: int
    notice: str
    _refreshing: threading.Lock
    _refresh_thread: int | None
    _closing: bool
    _bulk_loading: bool
    _reads: ReadConnection

    def refresh(self, whole: bool = False) -> Iterator[RefreshProgress]:
        """Bring the list up to date with the folder, reporting after each batch: the first
        pass, after which every article is listed with the fields the list shows, sorts and
        filters by, its text waiting for `fill_texts`. With `whole`, both passes at once: the
        files are read whole, their texts searchable (a command that searches them at once).

        Only new or changed files are read, on every core; files gone from the folder are
        dropped. Queries made meanwhile see every batch reported so far.

        An index read from another process (`share`) is that process's to keep up to date:
        nothing is read here. An index file that cannot be written (a full disk) is given up
        for one in memory, which the folder is read into from the start (`notice` says so).

        One refresh runs at a time: a second one (the folder changed again) waits for the
        first to end, then takes in whatever changed meanwhile. A refresh of a closed index,
        or one closed while it runs, ends without a word.

        Raises:
            FolderError: When the folder is missing, not a folder, or cannot be listed.
        """
        if self._shared:
            yield RefreshProgress(0, 0, 0)
            return
        with self._refreshing:
            self._refresh_thread = threading.get_ident()
            try:
                yield from self._refresh(whole)
            except IndexClosed:
                return  # the reader is quitting: what was stored is kept
            except sqlite3.DatabaseError as error:
                if self._closing:
                    return  # closed meanwhile: nothing is written any more
                if self.database is None:
                    raise  # memory is neither full nor damaged: a real bug
                self._keep_in_memory(error)
                try:
                    yield from self._refresh(whole)
                except IndexClosed:
                    return
            finally:
                self._refresh_thread = None

    def _keep_in_memory(self, error: sqlite3.DatabaseError) -> None:
        """Give up the index file, which failed to be written, for an index in memory."""
        self._reads.close()
        with self._open_connection():
            try:
                self._connection.close()
            except sqlite3.Error:
                pass  # closing what failed may fail too: it is dropped either way
            assert self.database is not None
            remove_index_files(self.database)  # half written: rebuilt at the next start anyway
            self.notice = kept_in_memory(self.database, error)
            self.database = None
            self._connection = open_database(None)
            self._bulk_loading = False
            self._writes += 1

    def _refresh(self, whole: bool) -> Iterator[RefreshProgress]:
        """`refresh` into the index as it is."""
        digest = self._read_or_rebuild(kept_digest)
        current = scan_folder(self.folder) if digest is not None else None
        if current is not None and stamps_digest(current) == digest:
            yield RefreshProgress(0, 0, 0)  # as the index last saw it: most opens
            return
        known = self._read_or_rebuild(known_stamps) or {}
        if known and current is None:
            current = scan_folder(self.folder)
        removed, changed, to_read, kept_as = folder_changes(self.folder, known, current)
        if current is not None and not (removed or changed):
            with self._open_connection():
                keep_digest(self._connection, stamps_digest(current))
        if removed:
            with self._open_connection(), self._connection:
                for name in removed:
                    forget_file(self._connection, name)
                self._writes += 1
        yield RefreshProgress(0, len(changed), len(removed))
        if len(changed) >= BULK_LOAD_FROM and len(changed) > len(known):
            self._reads.close()  # a bulk load starts with no other connection open
            with self._open_connection():
                begin_bulk_load(self._connection)
                self._bulk_loading = True
        try:
            batch: list[LoadedFile] = []
            done = 0
            loaded_files = load_rows(
                self.folder, to_read, self.max_file_bytes, self._pool_lost, kept_as, not whole
            )
            for loaded in loaded_files:
                if self._closing:
                    return  # the reader is quitting: close() waits for this
                batch.append(loaded)
                if len(batch) == (BATCH_SIZE if done else FIRST_BATCH_SIZE):
                    if not self._store(batch, known, whole):
                        return  # closed while loading, e.g. the app quit
                    done += len(batch)
                    batch = []
                    yield RefreshProgress(done, len(changed), len(removed))
            if batch and self._store(batch, known, whole):
                yield RefreshProgress(done + len(batch), len(changed), len(removed))
        finally:  # also when the caller stops early
            with self._lock:
                if not self._closed:
                    self._end_bulk_load()

    def _pool_lost(self) -> None:
        """Say that a loading process ended before its files were read (killed for memory,
        say), and that the files were read in this process instead."""
        self.notice = (
            "a loading process ended unexpectedly (out of memory?); "
            "the rest of the files were read one by one"
        )

    def _end_bulk_load(self) -> None:
        """End a bulk load still running; the caller holds the lock."""
        if self._bulk_loading:
            end_bulk_load(self._connection)
            self._bulk_loading = False
            if self.database is not None:
                self._reads.allow(self.database)

    def _read_or_rebuild(self, read: Callable[[sqlite3.Connection], T]) -> T | None:
        """What `read` gives of the index; None when the index turned out damaged since it
        was opened, and was started anew."""
        with self._open_connection():
            try:
                return read(self._connection)
            except sqlite3.DatabaseError:
                if self.database is None:
                    raise  # memory cannot be damaged: a real bug
                self._reads.close(reopen=True)
                self._connection.close()  # damaged since it was opened: never trusted
                self._connection = rebuild_database(self.database)
                self._writes += 1
                return None

    def _store(self, batch: list[LoadedFile], known: dict[str, FileStamp], whole: bool) -> bool:
        """Write one batch in one transaction; False when the index was closed meanwhile."""
        with self._lock:
            if self._closed:
                return False
            store_batch(self._connection, batch, known, BODY_DONE if whole else BODY_WAITING)
            self._writes += 1
            return True
