"""Articles and load problems as JSON values, keyed exactly by their field names."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

from ..data import Article, LoadProblem, Source, written_date

ARTICLE_FIELDS = tuple(field.name for field in dataclasses.fields(Article))
"""The keys of an article's object: its fields, in order (looked up once, not per article)."""
SOURCE_FIELDS = tuple(field.name for field in dataclasses.fields(Source))
"""The keys of a source's object (its strings: what `dataclasses.asdict` copies slowly)."""


def json_value(value: object) -> object:
    """Convert one field value to what `json.dumps` writes.

    Args:
        value: A field of an Article, Source or LoadProblem.

    Returns:
        A str, int, None, list or dict: paths as text, dates in ISO 8601, sources as objects.
    """
    if value is None or isinstance(value, str | int):  # most fields: checked first
        return value
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, datetime):
        return written_date(value)  # as far as it was written: `2024-03-05` for a day
    if isinstance(value, Source):
        return {name: getattr(value, name) for name in SOURCE_FIELDS}
    if isinstance(value, tuple):
        return [json_value(item) for item in value]
    return value


def article_json(article: Article) -> dict[str, object]:
    """Return `article` as a JSON object with one key per Article field.

    Args:
        article: The article.

    Returns:
        A dict ready for `json.dumps`.
    """
    return {name: json_value(getattr(article, name)) for name in ARTICLE_FIELDS}


def problem_json(problem: LoadProblem) -> dict[str, object]:
    """Return `problem` as a JSON object `{path, reason}`.

    Args:
        problem: A file that could not be loaded.

    Returns:
        A dict ready for `json.dumps`.
    """
    return {"path": str(problem.path), "reason": problem.reason}
