"""The index's connections as its reads use them: the read connection or the index's own
under its lock, and what a read does when it finds the file damaged or the index closed."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .database_file import remove_index_files
from .read_connection import ReadConnection
from .schema import set_closed


class IndexDamaged(Exception):
    """A read found the index's file damaged; the next start builds it anew."""


class IndexClosed(Exception):
    """The index was closed (the reader is quitting): nothing more is read or written. Never
    taken for damage, so a quit at any moment keeps the index for the next start."""


class IndexConnections:
    """The connections of ArticleIndex, which sets these attributes."""

    folder: Path
    database: Path | None
    _lock: threading.Lock
    _connection: sqlite3.Connection
    _reads: ReadConnection
    _shared: bool
    _damaged: bool
    _closed: bool

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """A connection for reading, for this thread alone meanwhile: the read connection,
        which a write under way does not hold up, or else the index's own under its lock.

        Raises:
            IndexDamaged: When the file turns out damaged. A cleanly closed index is trusted
                without a check of every page, so it is marked to be checked (and rebuilt)
                at the next start.
        """
        try:
            with self._read_connection() as connection:
                yield connection
        except sqlite3.DatabaseError as error:
            with self._open_connection():
                self._distrust()
            raise IndexDamaged(f"the index {self.database} is damaged ({error})") from error

    @contextmanager
    def _read_connection(self) -> Iterator[sqlite3.Connection]:
        """The read connection while there is one, else the index's own under its lock."""
        reader = self._reads.acquire()
        if reader is None:
            with self._open_connection() as connection:
                yield connection
            return
        try:
            yield reader
        finally:
            self._reads.release()

    @contextmanager
    def _open_connection(self) -> Iterator[sqlite3.Connection]:
        """The connection, under the lock, while the index is open.

        Raises:
            IndexClosed: When the index has been closed (by another thread, say).
        """
        with self._lock:
            if self._closed:
                raise IndexClosed(f"the index of {self.folder} is closed")
            yield self._connection

    def _distrust(self) -> None:
        """Have the next start check the index, or build it anew; the caller holds the lock."""
        self._damaged = True
        if self.database is None or self._shared:
            return
        try:
            set_closed(self._connection, closed=False)
        except sqlite3.DatabaseError:
            remove_index_files(self.database)
