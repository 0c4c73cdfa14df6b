"""Where a folder's index lives (one database file per folder in the cache directory), and
whether this process may keep it there."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import NamedTuple

from ..load.files import MAX_FILE_BYTES
from .database_file import claim_index, open_shared


def index_file(folder: Path, cache_dir: Path, max_file_bytes: int = MAX_FILE_BYTES) -> Path:
    """The database file that indexes `folder`: one per folder and file size limit, named by
    the folder's absolute path and the limit (with another limit, other files are problems)."""
    key = f"{folder.resolve()}\n{max_file_bytes}"
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
    return cache_dir / f"index-{digest[:20]}.sqlite3"


def kept_in_memory(place: Path, error: BaseException) -> str:
    """Why the index is kept in memory: no index can be kept in `place`, for `error`."""
    reason = getattr(error, "strerror", None) or error
    return f"every file is read again: no index can be kept in {place} ({reason})"


class Claim(NamedTuple):
    """Whether this process may keep a folder's index in its file."""

    database: Path | None
    """The index file, or None: the index is kept in memory."""
    lock: int | None
    """The open file holding the index's lock, while this process keeps it."""
    notice: str
    """Why the index is kept in memory, as a sentence to show the user; or ""."""
    held_elsewhere: bool = False
    """Another reader keeps the index (and may be read from it, see `open_shared`)."""


def claim_database(database: Path, wait: float | None = None) -> Claim:
    """Take `database` for this process, waiting up to `wait` seconds (see `claim_index`)
    for another to let go of it, or say why it is kept in memory instead."""
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
        lock = claim_index(database, wait)
    except OSError as error:
        return Claim(None, None, kept_in_memory(database.parent, error))
    if lock is None:
        # Two processes writing one index would undo each other's work.
        notice = "every file is read again: another reader has this folder open"
        return Claim(None, None, notice, held_elsewhere=True)
    return Claim(database, lock, "")


def claim_or_share(database: Path | None, share: bool) -> tuple[Claim, sqlite3.Connection | None]:
    """Take `database` for this process (None: kept in memory); or, to `share`, read the one
    another reader keeps, at once, when it can be read (not while it is being filled).

    Returns:
        The claim (for a shared index, of the file without its lock), and the read-only
        connection to the shared index, if one is shared.
    """
    if database is None:
        return Claim(None, None, ""), None
    if share:
        claim = claim_database(database, wait=0)
        if not claim.held_elsewhere:
            return claim, None
        shared = open_shared(database)
        if shared is not None:
            return Claim(database, None, ""), shared
    return claim_database(database), None
