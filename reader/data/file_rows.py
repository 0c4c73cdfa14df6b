"""Loading files into the rows the index stores: what the worker processes of a refresh run."""

from __future__ import annotations

from pathlib import Path

from .article import LoadProblem
from .index_rows import ArticleRows, article_rows
from .load import load_article


def load_chunk(
    folder: str, names: list[str], max_file_bytes: int
) -> list[ArticleRows | LoadProblem]:
    """Load a chunk of files in a worker process."""
    return [load_file(folder, name, max_file_bytes) for name in names]


def load_file(folder: str, name: str, max_file_bytes: int) -> ArticleRows | LoadProblem:
    """Load the file `name` below `folder` into the rows the index stores."""
    result = load_article(Path(folder, name), max_file_bytes)
    return result if isinstance(result, LoadProblem) else article_rows(result, name)
