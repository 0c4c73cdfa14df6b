"""The data layer: find, read, repair and parse article files into typed Articles.

Pure Python (stdlib, python-frontmatter, ftfy, wordfreq); it never imports textual or rich.
"""

from __future__ import annotations

from .article import Article, LoadProblem, Source
from .files import FolderError, find_article_files
from .infer import InferredArticle, infer_article
from .load import FolderLoad, load_article, load_folder
from .repair import RepairedText, TextChange, repair_text

__all__ = [
    "Article",
    "FolderError",
    "FolderLoad",
    "InferredArticle",
    "LoadProblem",
    "RepairedText",
    "Source",
    "TextChange",
    "find_article_files",
    "infer_article",
    "load_article",
    "load_folder",
    "repair_text",
]
