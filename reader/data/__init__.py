"""The data layer: find, read, repair and parse article files, and index them.

Pure Python (stdlib, python-frontmatter, ftfy, wordfreq, platformdirs); it never imports
textual or rich.
"""

from __future__ import annotations

from .article import Article, LoadProblem, Source
from .files import FolderError, find_article_files
from .index import ArticleIndex, RefreshProgress
from .infer import InferredArticle, infer_article
from .load import load_article
from .query import ArticleQuery, SortKey, fold
from .repair import RepairedText, TextChange, repair_text
from .selection import selected_ids
from .state import Mark, ReadingState

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
