"""Loading files into the rows the index stores: what the worker processes of a refresh run."""

from __future__ import annotations

import os
from pathlib import Path

from ..article import LoadProblem
from ..load.files import kept_name
from ..load.pipeline import load_article
from .loaded import FileStamp, LoadedFile
from .rows import article_rows


def load_chunk(folder: str, names: list[str], max_file_bytes: int) -> list[LoadedFile]:
    """Load a chunk of files in a worker process."""
    return [load_file(folder, name, max_file_bytes) for name in names]


def load_file(folder: str, name: str, max_file_bytes: int) -> LoadedFile:
    """Load the file `name` below `folder` into the rows the index stores, with its stamp
    taken just before it is read (a first open takes none before)."""
    path = Path(folder, name)
    stamp: FileStamp | None
    try:
        info = os.stat(path)
    except OSError:
        stamp = None  # gone: the loader says so
    else:
        stamp = (info.st_size, info.st_mtime_ns)
    result = load_article(path, max_file_bytes)
    name = kept_name(name)
    rows = result if isinstance(result, LoadProblem) else article_rows(result, name)
    return LoadedFile(name, stamp, rows)
