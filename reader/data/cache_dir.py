"""Where the reader keeps what it can always make again: indexes and the word model."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

CACHE_DIR_VARIABLE = "READER_CACHE_DIR"
"""Environment variable that puts the cache somewhere else (tests always set it)."""


def default_cache_dir() -> Path:
    """`$READER_CACHE_DIR`, else the user's cache directory."""
    configured = os.environ.get(CACHE_DIR_VARIABLE)
    return Path(configured) if configured else Path(platformdirs.user_cache_dir("reader"))
