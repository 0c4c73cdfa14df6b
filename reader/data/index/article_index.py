"""ArticleIndex: a SQLite index of one folder's articles, answering queries with ids.

The index lives in the user's cache directory and remembers each file's size and
modification time, so opening a folder again reads only new or changed files. Screens and
the CLI ask it for the ids a query matches, then fetch the few articles they show.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from ..cache_dir import default_cache_dir
from ..load.files import MAX_FILE_BYTES
from .catalog import Catalog
from .dated_reads import DatedReading
from .ingest import folder_changes, load_rows, scan_folder
from .loaded import FileStamp, LoadedFile, RefreshProgress
from .location import claim_or_share, index_file, kept_in_memory
from .reads import IndexClosed
from .schema import (
    BODY_DONE,
    BODY_WAITING,
    begin_bulk_load,
    end_bulk_load,
    open_database,
    rebuild_database,
    remove_index_files,
    set_closed,
)
from .stamps import keep_digest, kept_digest, known_stamps, stamps_digest
from .text_pass import TextPass
from .writes import forget_file, store_batch

T = TypeVar("T")

# Files written per transaction while loading: each commit makes them visible to queries.
BATCH_SIZE = 500
# The first batch is smaller, so a list opened on an empty index fills at once.
FIRST_BATCH_SIZE = 50
# close() waits this long for a refresh to stop, which it does at its next file.
CLOSE_WAIT_SECONDS = 5.0
# A refresh reading this many files, and more than the index holds, is a bulk load.
BULK_LOAD_FROM = 1000


class ArticleIndex(TextPass, DatedReading):
    """Every article and problem of one folder, answering queries with ids.

    Filled in two passes: `refresh` lists every article from its front matter, then
    `fill_texts` reads the whole texts behind the list, for the text search.

    Safe to share between the thread that refreshes it and the one that queries it: one
    connection, used under a lock, and each batch of loaded files committed on its own.
    """

    def __init__(
        self,
        folder: Path,
        database: Path | None,
        max_file_bytes: int = MAX_FILE_BYTES,
        share: bool = False,
    ) -> None:
        """Open (or create) the index of `folder` in `database`; None keeps it in memory.

        An index that is damaged, not ours, or written by another version is rebuilt. One that
        another process holds, or that cannot be written, is left alone: this one is kept in
        memory instead (`notice` says why); or, to `share`, the other's is read as that
        process keeps it (a one-off command beside an open reader: it follows the folder).
        Files larger than `max_file_bytes` are problems.
        """
        self.folder = folder
        self.max_file_bytes = max_file_bytes
        claim, shared = claim_or_share(database, share)
        self.database, self._claim, self.notice = claim.database, claim.lock, claim.notice
        # `notice` says why the index is kept in memory though a file was asked for, if so.
        self._shared = shared is not None
        """Read from another process's index, which this one never writes."""
        self._lock = threading.Lock()
        self._refreshing = threading.Lock()
        """Held by the one refresh running: another waits for it, and so does close()."""
        self._refresh_thread: int | None = None
        """The thread the running refresh was started in."""
        try:
            self._connection = shared or open_database(self.database)
        except (OSError, sqlite3.Error) as error:  # e.g. a folder where the file should be
            assert self.database is not None  # an index in memory opens without fail
            self._connection = open_database(None)
            self.notice = kept_in_memory(self.database, error)
            self.database = None
        self._bulk_loading = False
        self._closing = False
        """Set by close(): a refresh stops at its next file."""
        self._closed = False
        self._damaged = False
        """A read found the file damaged: it is never marked closed cleanly again."""
        self._writes = 0
        """Changes written so far: a Catalog read before the last one is out of date."""
        self._catalog: Catalog | None = None
        self._texts_passing = False
        self._list_corrected = False
        self._texts_written = 0
        """Batches of texts written: a search's matches read before the last are stale."""
        self._searched: tuple[tuple[int, int, tuple[str, ...]], set[int]] | None = None

    @classmethod
    def open(
        cls,
        folder: Path,
        *,
        cached: bool = True,
        cache_dir: Path | None = None,
        max_file_bytes: int = MAX_FILE_BYTES,
        share: bool = False,
    ) -> ArticleIndex:
        """The index of `folder`: kept in the cache directory, or in memory when not `cached`;
        `share` reads the index another process keeps, if one does (see `__init__`)."""
        if not cached:
            return cls(folder, None, max_file_bytes)
        directory = default_cache_dir() if cache_dir is None else cache_dir
        database = index_file(folder, directory, max_file_bytes)
        return cls(folder, database, max_file_bytes, share)

    def close(self) -> None:
        """Close the database, marking it closed cleanly.

        Safe while another thread refreshes the index: the refresh stops at its next file and
        is waited for (at most `CLOSE_WAIT_SECONDS`). Closing again does nothing.
        """
        self._closing = True
        # A refresh suspended in this very thread (its caller closing between two of its
        # reports) cannot go on meanwhile: there is nothing to wait for.
        here = self._refresh_thread == threading.get_ident()
        joined = not here and self._refreshing.acquire(timeout=CLOSE_WAIT_SECONDS)
        try:
            self._close()
        finally:
            if joined:
                self._refreshing.release()

    def _close(self) -> None:
        """Close the database once no refresh writes to it."""
        with self._lock:
            if self._closed:
                return
            if not self._shared and not self._damaged:
                self._end_bulk_load()
                set_closed(self._connection, closed=True)
            self._connection.close()
            if self._claim is not None:
                os.close(self._claim)
            self._closed = True

    def __enter__(self) -> ArticleIndex:
        """Use the index in a `with` block that closes it."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Close the index at the end of the `with` block."""
        self.close()

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

    def _read_or_rebuild(self, read: Callable[[sqlite3.Connection], T]) -> T | None:
        """What `read` gives of the index; None when the index turned out damaged since it
        was opened, and was started anew."""
        with self._open_connection():
            try:
                return read(self._connection)
            except sqlite3.DatabaseError:
                if self.database is None:
                    raise  # memory cannot be damaged: a real bug
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
