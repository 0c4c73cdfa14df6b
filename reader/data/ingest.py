"""Which article files changed since the index last saw them, and loading them on every core."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .article import Article, LoadProblem
from .files import find_article_files
from .load import load_article

# Below this many files, starting worker processes (each loads the word model) costs more
# than it saves.
PARALLEL_FROM = 64
# Files a worker takes at a time: large enough to keep it busy, small enough to report often.
CHUNK_SIZE = 16


@dataclass(frozen=True)
class FileStamp:
    """What tells a changed file from an unchanged one without reading it."""

    size: int
    mtime_ns: int


def relative_name(path: Path, folder: Path) -> str:
    """How the index names a file: its path below `folder`, with `/` separators."""
    return path.relative_to(folder).as_posix()


def scan_folder(folder: Path) -> dict[str, FileStamp | None]:
    """Every article file below `folder` by relative name, with its stamp.

    A file that cannot be stat'ed (it vanished, a broken link) has None, so it is loaded again
    and reported by the loader.

    Raises:
        FolderError: When `folder` is missing, not a folder, or cannot be listed.
    """
    stamps: dict[str, FileStamp | None] = {}
    for path in find_article_files(folder):
        try:
            info = path.stat()
        except OSError:
            stamps[relative_name(path, folder)] = None
        else:
            stamps[relative_name(path, folder)] = FileStamp(info.st_size, info.st_mtime_ns)
    return stamps


def load_articles(paths: list[Path]) -> Iterator[tuple[Path, Article | LoadProblem]]:
    """Load `paths` in order, on every core when there are many.

    Stopping the iteration early cancels the work not yet started.
    """
    if len(paths) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        for path in paths:
            yield path, load_article(path)
        return
    # spawn, not fork: the reader's UI runs threads, and forking a threaded process can hang.
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=os.cpu_count(), mp_context=context)
    try:
        yield from zip(paths, pool.map(load_article, paths, chunksize=CHUNK_SIZE), strict=True)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
