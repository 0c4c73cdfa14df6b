"""Helpers of the loader's tests: write an article file, load it, expect an article or a
problem."""

from __future__ import annotations

from pathlib import Path

from reader.data.article import Article, LoadProblem
from reader.data.load.pipeline import load_article


def write(folder: Path, name: str, text: str) -> Path:
    """Write UTF-8 `text` to `folder/name` and return the path."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def load_ok(path: Path) -> Article:
    """Load `path` and fail the test unless it gives an Article."""
    result = load_article(path)
    assert isinstance(result, Article), result
    return result


def reason_for(path: Path) -> str:
    """Load `path` and fail the test unless it gives a LoadProblem about it; return its
    reason."""
    result = load_article(path)
    assert isinstance(result, LoadProblem), result
    assert result.path == path
    return result.reason
