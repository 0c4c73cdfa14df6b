"""Loading files into the rows the index stores: what the worker processes of both passes run
(the list's first, then the texts')."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from ..article import LoadProblem
from ..load.files import kept_name
from ..load.pipeline import load_article, load_list_fields
from ..load.sanitize import one_line, valid_unicode
from .loaded import FileStamp, LoadedFile
from .rows import ArticleRows, article_rows


def load_chunk(
    folder: str,
    names: list[str],
    max_file_bytes: int,
    kept_as: Mapping[str, str] | None = None,
    list_only: bool = False,
) -> list[LoadedFile]:
    """Load a chunk of files in a worker process (see `load_file`)."""
    return [load_file(folder, name, max_file_bytes, kept_as, list_only) for name in names]


def load_file(
    folder: str,
    name: str,
    max_file_bytes: int,
    kept_as: Mapping[str, str] | None = None,
    list_only: bool = False,
) -> LoadedFile:
    """Load the file `name` below `folder` into the rows the index stores, with its stamp
    taken just before it is read (a first open takes none before), under the name `kept_as`
    gives it when it is not UTF-8; `list_only` loads what the list shows (the first pass),
    else the whole article (the second)."""
    path = Path(folder, name)
    stamp: FileStamp | None
    try:
        info = os.stat(path)
    except OSError:
        stamp = None  # gone: the loader says so
    else:
        stamp = (info.st_size, info.st_mtime_ns)
    name = (kept_as or {}).get(name) or kept_name(name)
    rows: ArticleRows | LoadProblem
    try:
        load = load_list_fields if list_only else load_article
        result = load(path, max_file_bytes)
        rows = result if isinstance(result, LoadProblem) else article_rows(result, name)
    except Exception as error:  # one file's failure, even a bug of ours, never stops the rest
        rows = LoadProblem(path, failure_reason(error))
    return LoadedFile(name, stamp, rows)


def failure_reason(error: Exception) -> str:
    """Why a file that made the reader fail is not listed: said as a problem of that file,
    valid Unicode and one line whatever the error's message holds."""
    message = one_line(valid_unicode(str(error))[0])[:200]
    return f"the reader failed on this file ({type(error).__name__}: {message}); please report it"
