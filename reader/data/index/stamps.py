"""What the index knows of the folder's files: each one's stamp, and a digest of them all
that tells an unchanged folder without reading the stamps back."""

from __future__ import annotations

import hashlib
import marshal
import sqlite3

from .loaded import FileStamp
from .schema import FOLDER_DIGEST


def stamps_digest(stamps: dict[str, FileStamp | None]) -> str:
    """A digest of `stamps` (a `scan_folder`), names and stamps in order: equal digests, an
    unchanged folder."""
    # marshal writes the dict in C, in its order; a new Python may write it otherwise, which
    # only costs one full comparison.
    return hashlib.blake2b(marshal.dumps(stamps), digest_size=16).hexdigest()


def known_stamps(connection: sqlite3.Connection) -> dict[str, FileStamp]:
    """Every file the index has read, with its stamp then."""
    rows = connection.execute("SELECT path, size, mtime_ns FROM files")
    return {name: (size, mtime_ns) for name, size, mtime_ns in rows}


def kept_digest(connection: sqlite3.Connection) -> str | None:
    """The digest of the folder's stamps when the files table last matched them, if no file
    was written since."""
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (FOLDER_DIGEST,)).fetchone()
    return None if row is None else str(row[0])


def keep_digest(connection: sqlite3.Connection, digest: str) -> None:
    """Keep `digest` of the folder's stamps, which the files table matches."""
    with connection:
        connection.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (FOLDER_DIGEST, digest))
