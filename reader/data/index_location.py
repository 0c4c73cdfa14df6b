"""Where a folder's index lives: one database file per folder in the cache directory."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .files import MAX_FILE_BYTES


def index_file(folder: Path, cache_dir: Path, max_file_bytes: int = MAX_FILE_BYTES) -> Path:
    """The database file that indexes `folder`: one per folder and file size limit, named by
    the folder's absolute path and the limit (with another limit, other files are problems)."""
    key = f"{folder.resolve()}\n{max_file_bytes}"
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
    return cache_dir / f"index-{digest[:20]}.sqlite3"
