"""Where a folder's index lives (one database file per folder in the cache directory), and
whether this process may keep it there."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .files import MAX_FILE_BYTES
from .index_schema import claim_index


def index_file(folder: Path, cache_dir: Path, max_file_bytes: int = MAX_FILE_BYTES) -> Path:
    """The database file that indexes `folder`: one per folder and file size limit, named by
    the folder's absolute path and the limit (with another limit, other files are problems)."""
    key = f"{folder.resolve()}\n{max_file_bytes}"
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
    return cache_dir / f"index-{digest[:20]}.sqlite3"


def claim_database(database: Path) -> tuple[Path | None, int | None, str]:
    """Take `database` for this process: the database, the open file holding its lock and ""
    when it may be kept there; else None for both (the index is kept in memory) and why, as
    a sentence to show the user."""
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
        claim = claim_index(database)
    except OSError as error:
        reason = f"no index can be kept in {database.parent} ({error.strerror or error})"
        return None, None, f"every file is read again: {reason}"
    if claim is None:
        # Two processes writing one index would undo each other's work.
        return None, None, "every file is read again: another reader has this folder open"
    return database, claim, ""
