"""ArticleIndex: a SQLite index of one folder's articles, answering queries with ids.

The index lives in the user's cache directory and remembers each file's size and
modification time, so opening a folder again reads only new or changed files. Screens and
the CLI ask it for the ids a query matches, then fetch the few articles they show.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

from ..article import LoadProblem
from ..cache_dir import default_cache_dir
from ..load.files import MAX_FILE_BYTES
from .catalog import Catalog
from .database_file import open_database
from .dated_reads import DatedReading
from .kept_answer import KeptAnswer
from .list_pass import ListPass
from .location import claim_or_share, index_file, kept_in_memory
from .read_connection import ReadConnection
from .schema import set_closed
from .text_pass import TextPass

# close() waits this long for a refresh to stop, which it does at its next file.
CLOSE_WAIT_SECONDS = 5.0


class ArticleIndex(ListPass, TextPass, DatedReading):
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
        self._reads = ReadConnection(None if self._shared else self.database)
        """Reads the index file while a batch is being written to it."""
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
        self._searched = KeptAnswer[set[int]]()
        """The last search's matches, kept until the index is written (see `_written`)."""
        self._counted = KeptAnswer[int]()
        self._problems_read = KeptAnswer[tuple[LoadProblem, ...]]()

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
            self._reads.close()
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
