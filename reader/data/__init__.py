"""The data layer: find, read, repair and parse article files, and index them.

Pure Python (stdlib, python-frontmatter, ftfy, wordfreq, platformdirs, charset-normalizer);
it never imports textual or rich.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .article import Article, LoadProblem, Source
    from .brief import group_by_category, read_brief
    from .brief_model import Brief, BriefEntry, DayCount
    from .cache_dir import CACHE_DIR_VARIABLE, default_cache_dir
    from .date_forms import DateForm, date_form, shown_day, shown_time, written_date
    from .index.article_index import ArticleIndex
    from .index.index_connections import IndexClosed, IndexDamaged
    from .index.loaded import RefreshProgress
    from .index.queries import matches_word_starts
    from .index.selected import Selected
    from .index.texts import TextCoverage
    from .list_entry import ListEntry
    from .load.addresses import is_web_link
    from .load.decode import ArticleText, decode_article_bytes
    from .load.files import (
        MAX_FILE_BYTES,
        FolderError,
        find_article_files,
        is_article_name,
        parse_file_size,
        path_on_disk,
        read_article_text,
        read_file_bytes,
    )
    from .load.html_text import HtmlImage, html_links, html_text_and_images
    from .load.infer import InferredArticle, infer_article
    from .load.markdown_syntax import (
        CODE_FENCE,
        TABLE_DELIMITER_ROW,
        WIKI_LINK,
        closes_fence,
        opening_heading,
    )
    from .load.pipeline import load_article, repair_file_text
    from .load.sanitize import one_line
    from .query import NO_FACET, ArticleQuery, Facet, SortKey, fold, word_spans
    from .selection import facet_counts, select_articles, selected_entries, selected_ids
    from .state import (
        STATE_DIR_VARIABLE,
        STATE_FILE,
        Mark,
        MarkChange,
        MarksNotSaved,
        ReadingState,
        StateUnavailable,
        default_state_dir,
    )
    from .text.repair import RepairedText, TextChange, repair_text
    from .text.word_models import BUILDING_WORD_MODELS, word_models_built

MODULE_OF = {
    "BUILDING_WORD_MODELS": "text.word_models",
    "CACHE_DIR_VARIABLE": "cache_dir",
    "STATE_DIR_VARIABLE": "state",
    "STATE_FILE": "state",
    "default_cache_dir": "cache_dir",
    "default_state_dir": "state",
    "Article": "article",
    "ArticleIndex": "index.article_index",
    "ArticleQuery": "query",
    "Brief": "brief_model",
    "BriefEntry": "brief_model",
    "CODE_FENCE": "load.markdown_syntax",
    "DateForm": "date_forms",
    "DayCount": "brief_model",
    "Facet": "query",
    "FolderError": "load.files",
    "HtmlImage": "load.html_text",
    "IndexClosed": "index.index_connections",
    "IndexDamaged": "index.index_connections",
    "InferredArticle": "load.infer",
    "ListEntry": "list_entry",
    "LoadProblem": "article",
    "MAX_FILE_BYTES": "load.files",
    "Mark": "state",
    "MarkChange": "state",
    "MarksNotSaved": "state",
    "NO_FACET": "query",
    "ReadingState": "state",
    "RefreshProgress": "index.loaded",
    "RepairedText": "text.repair",
    "Selected": "index.selected",
    "SortKey": "query",
    "Source": "article",
    "StateUnavailable": "state",
    "TABLE_DELIMITER_ROW": "load.markdown_syntax",
    "TextChange": "text.repair",
    "TextCoverage": "index.texts",
    "WIKI_LINK": "load.markdown_syntax",
    "closes_fence": "load.markdown_syntax",
    "opening_heading": "load.markdown_syntax",
    "find_article_files": "load.files",
    "fold": "query",
    "group_by_category": "brief",
    "html_links": "load.html_text",
    "html_text_and_images": "load.html_text",
    "infer_article": "load.infer",
    "date_form": "date_forms",
    "decode_article_bytes": "load.decode",
    "ArticleText": "load.decode",
    "facet_counts": "selection",
    "is_article_name": "load.files",
    "is_web_link": "load.addresses",
    "load_article": "load.pipeline",
    "matches_word_starts": "index.queries",
    "one_line": "load.sanitize",
    "parse_file_size": "load.files",
    "read_article_text": "load.files",
    "read_brief": "brief",
    "read_file_bytes": "load.files",
    "path_on_disk": "load.files",
    "repair_file_text": "load.pipeline",
    "repair_text": "text.repair",
    "select_articles": "selection",
    "word_spans": "query",
    "selected_entries": "selection",
    "selected_ids": "selection",
    "shown_day": "date_forms",
    "shown_time": "date_forms",
    "word_models_built": "text.word_models",
    "written_date": "date_forms",
}
"""The module each public name lives in."""

__all__ = [
    "BUILDING_WORD_MODELS",
    "CACHE_DIR_VARIABLE",
    "STATE_DIR_VARIABLE",
    "STATE_FILE",
    "default_cache_dir",
    "default_state_dir",
    "Article",
    "ArticleIndex",
    "ArticleQuery",
    "Brief",
    "BriefEntry",
    "CODE_FENCE",
    "DateForm",
    "DayCount",
    "Facet",
    "FolderError",
    "HtmlImage",
    "IndexClosed",
    "IndexDamaged",
    "ArticleText",
    "InferredArticle",
    "ListEntry",
    "LoadProblem",
    "MAX_FILE_BYTES",
    "Mark",
    "MarkChange",
    "MarksNotSaved",
    "NO_FACET",
    "ReadingState",
    "RefreshProgress",
    "RepairedText",
    "Selected",
    "SortKey",
    "Source",
    "StateUnavailable",
    "TABLE_DELIMITER_ROW",
    "TextChange",
    "TextCoverage",
    "WIKI_LINK",
    "closes_fence",
    "decode_article_bytes",
    "opening_heading",
    "date_form",
    "facet_counts",
    "find_article_files",
    "fold",
    "group_by_category",
    "html_links",
    "html_text_and_images",
    "infer_article",
    "is_article_name",
    "is_web_link",
    "load_article",
    "matches_word_starts",
    "one_line",
    "parse_file_size",
    "read_article_text",
    "read_brief",
    "read_file_bytes",
    "path_on_disk",
    "repair_file_text",
    "repair_text",
    "select_articles",
    "selected_entries",
    "selected_ids",
    "shown_day",
    "shown_time",
    "word_models_built",
    "written_date",
    "word_spans",
]


def __getattr__(name: str) -> Any:
    """Import a public name from its module when it is first asked for: importing every
    module here would make each start of the reader load the repair modules, which opening
    an index with nothing changed never uses."""
    if name not in MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{MODULE_OF[name]}", __name__), name)
