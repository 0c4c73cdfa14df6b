"""ReadConnection: a second connection to the index's file, for its reads alone.

The index is written a batch at a time, and a batch of texts holds its connection for up to
0.4 s (FTS5 merging its segments as it commits): a key pressed meanwhile waited that long for
the list's query. WAL lets another connection read what was committed while a batch is being
written, so the screen's queries go through this one and never wait for a write.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path


class ReadConnection:
    """A connection to the index file that only reads, made when first needed; used by one
    thread at a time (`acquire`, `release`).

    None is given while there is no file to read this way: an index in memory, or one
    another process keeps, has only its own connection; so has a bulk load, whose writes have
    no write-ahead log (see `schema.begin_bulk_load`), and which needs no other connection
    open to start.
    """

    def __init__(self, database: Path | None) -> None:
        """Read `database` (None: nothing to read this way, until `allow`)."""
        self._lock = threading.Lock()
        self._database = database
        self._connection: sqlite3.Connection | None = None

    def acquire(self) -> sqlite3.Connection | None:
        """The connection, held for this thread until `release`; None when there is none,
        with nothing held. The holder never waits for the index's own lock meanwhile."""
        self._lock.acquire()
        if self._database is None:
            self._lock.release()
            return None
        if self._connection is None:
            try:
                self._connection = sqlite3.connect(self._database, check_same_thread=False)
                self._connection.execute("PRAGMA query_only = ON")
            except sqlite3.Error:
                self._connection = None
                self._lock.release()
                return None  # read by the index's own connection, which says what is wrong
        return self._connection

    def release(self) -> None:
        """Let another thread read."""
        self._lock.release()

    def allow(self, database: Path) -> None:
        """Read `database` from now on (after a bulk load, say)."""
        with self._lock:
            self._database = database

    def close(self, reopen: bool = False) -> None:
        """Stop reading this way, once the read under way is done; with `reopen`, connect
        anew at the next read (the file was made anew)."""
        with self._lock:
            if self._connection is not None:
                try:
                    self._connection.close()
                except sqlite3.Error:
                    pass  # closed either way
                self._connection = None
            if not reopen:
                self._database = None
