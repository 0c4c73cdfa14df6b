"""Where a folder's index lives: one database file per folder in the user's cache directory."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs

from .files import MAX_FILE_BYTES

CACHE_DIR_VARIABLE = "READER_CACHE_DIR"
"""Environment variable that puts the index somewhere else (tests always set it)."""


def default_cache_dir() -> Path:
    """Where indexes live: `$READER_CACHE_DIR`, else the user's cache directory."""
    configured = os.environ.get(CACHE_DIR_VARIABLE)
    return Path(configured) if configured else Path(platformdirs.user_cache_dir("reader"))


def index_file(folder: Path, cache_dir: Path, max_file_bytes: int = MAX_FILE_BYTES) -> Path:
    """The database file that indexes `folder`: one per folder and file size limit, named by
    the folder's absolute path and the limit (with another limit, other files are problems)."""
    key = f"{folder.resolve()}\n{max_file_bytes}"
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
    return cache_dir / f"index-{digest[:20]}.sqlite3"
