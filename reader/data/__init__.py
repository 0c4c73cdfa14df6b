"""The data layer: find, read, repair and parse article files, and index them.

Pure Python (stdlib, python-frontmatter, ftfy, wordfreq, platformdirs); it never imports
textual or rich.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .article import Article, LoadProblem, Source
    from .index.article_index import ArticleIndex, RefreshProgress
    from .load.files import FolderError, find_article_files
    from .load.infer import InferredArticle, infer_article
    from .load.pipeline import load_article
    from .query import ArticleQuery, SortKey, fold
    from .selection import selected_ids
    from .state import Mark, ReadingState
    from .text.repair import RepairedText, TextChange, repair_text

MODULE_OF = {
    "Article": "article",
    "ArticleIndex": "index.article_index",
    "ArticleQuery": "query",
    "FolderError": "load.files",
    "InferredArticle": "load.infer",
    "LoadProblem": "article",
    "Mark": "state",
    "ReadingState": "state",
    "RefreshProgress": "index.article_index",
    "RepairedText": "text.repair",
    "SortKey": "query",
    "Source": "article",
    "TextChange": "text.repair",
    "find_article_files": "load.files",
    "fold": "query",
    "infer_article": "load.infer",
    "load_article": "load.pipeline",
    "repair_text": "text.repair",
    "selected_ids": "selection",
}
"""The module each public name lives in."""

__all__ = [
    "Article",
    "ArticleIndex",
    "ArticleQuery",
    "FolderError",
    "InferredArticle",
    "LoadProblem",
    "Mark",
    "ReadingState",
    "RefreshProgress",
    "RepairedText",
    "SortKey",
    "Source",
    "TextChange",
    "find_article_files",
    "fold",
    "infer_article",
    "load_article",
    "repair_text",
    "selected_ids",
]


def __getattr__(name: str) -> Any:
    """Import a public name from its module when it is first asked for: importing every
    module here would make each start of the reader load the repair modules, which opening
    an index with nothing changed never uses."""
    if name not in MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{MODULE_OF[name]}", __name__), name)
