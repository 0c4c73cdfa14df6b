"""What loading hands the index: each file read, with its stamp and its rows or problem; and
how far a refresh has got.

Its own module so that the scan, the loading processes and the writer share the types
without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from ..article import LoadProblem
from .rows import ArticleRows

FileStamp = tuple[int, int]
"""A file's size and modification time in nanoseconds: what tells a changed file from an
unchanged one without reading it. A plain tuple, made in C: a scan at 100,000 files makes one
per file, and reading the index's stamps as many again (named tuples cost 0.1 s more)."""


class LoadedFile(NamedTuple):
    """One file read during a refresh, and what it gave."""

    name: str
    """Relative to the folder, '/'-separated."""
    stamp: FileStamp | None
    """Its size and modification time just before it was read; None when it could not be
    stat'ed."""
    result: ArticleRows | LoadProblem


@dataclass(frozen=True)
class RefreshProgress:
    """How far a refresh has got."""

    done: int
    """Files read so far."""
    total: int
    """Files to read in all (new or changed since the last refresh)."""
    removed: int = 0
    """Files gone from the folder, whose articles were dropped."""
