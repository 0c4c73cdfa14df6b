"""The index's database file: taken for one process at a time, connected to, and started
anew when it is damaged, foreign or out of date."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # not on Windows: each process takes the index as its own
    fcntl = None  # type: ignore[assignment]

from .schema import configure, create_schema, current_meta, is_current, set_closed

CLAIM_WAIT = 3.0
"""Seconds a reader waits for the index of a reader that is quitting (it finishes writing
its last batch first) before keeping one of its own in memory."""
CLAIM_POLL = 0.05


def claim_index(database: Path, wait: float | None = None) -> int | None:
    """Take the index for this process alone, until the returned file is closed; wait up to
    `wait` seconds (CLAIM_WAIT when None) for another process to let go of it.

    Returns:
        An open file holding a lock on the index, or None when another process (another
        reader on the same folder) holds it: that one may be writing it, even rebuilding it.
    """
    lock = os.open(f"{database}.lock", os.O_RDWR | os.O_CREAT, 0o600)
    if fcntl is None:
        return lock
    deadline = time.monotonic() + (CLAIM_WAIT if wait is None else wait)
    while True:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return lock
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(lock)
                return None
            time.sleep(CLAIM_POLL)


def open_database(database: Path | None) -> sqlite3.Connection:
    """Connect to the index, rebuilding it when it is damaged, foreign or out of date.

    The index is marked in use until `set_closed` marks it closed: one found still in use
    was not closed (a crash, a kill), and is checked page by page before it is trusted.
    """
    if database is None:
        connection = sqlite3.connect(":memory:", check_same_thread=False)
        create_schema(connection)
        return connection
    try:
        connection = sqlite3.connect(database, check_same_thread=False)
        if is_current(connection):
            configure(connection)
            set_closed(connection, closed=False)
            return connection
        connection.close()
    except sqlite3.DatabaseError:
        pass  # not a database, or a damaged one: rebuilt below
    return rebuild_database(database)


SHARED_BUSY_MS = 2000
"""How long a reader of another process's index waits for a write of it to finish."""


def open_shared(database: Path) -> sqlite3.Connection | None:
    """Open, read-only, the index another process holds and keeps up to date; None when it
    cannot be read, is not current, or is being bulk loaded (its file is then inconsistent
    until the load ends)."""
    try:
        connection = sqlite3.connect(
            f"{database.as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
    except (sqlite3.Error, ValueError):
        return None
    try:
        connection.execute(f"PRAGMA busy_timeout = {SHARED_BUSY_MS}")
        # Its holder has it open (not `closed`), which needs no check of every page.
        meta = current_meta(connection)
    except sqlite3.Error:
        meta = None
    if meta is None:
        connection.close()
    return connection if meta is not None else None


def remove_index_files(database: Path) -> None:
    """Delete the index file and its write-ahead log, if they are there."""
    for stale in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
        stale.unlink(missing_ok=True)


def rebuild_database(database: Path) -> sqlite3.Connection:
    """Delete the index file and start an empty one."""
    remove_index_files(database)
    connection = sqlite3.connect(database, check_same_thread=False)
    create_schema(connection)
    set_closed(connection, closed=False)
    return connection
