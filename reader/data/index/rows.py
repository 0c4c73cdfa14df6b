"""How an Article becomes rows of the index, and a row an Article (or a list's entry) again."""

from __future__ import annotations

import functools
import json
import sqlite3
from pathlib import Path
from typing import Any, NamedTuple

from ..article import Article, Source
from ..date_forms import read_written_date, written_date
from ..list_entry import ListEntry
from ..load.key_points import parse_key_points
from ..query import NO_FACET, Facet, fold, sort_key
from .search_aliases import search_aliases

METADATA_NAMES = (
    "path", "title", "categories", "tags", "importance", "published", "author", "source_id",
    "source_name", "source_emoji", "url", "image_url", "original_title", "repairs",
    "repair_count", "inferred", "draft", "restored_words", "published_ts", "title_key",
    "source_key", "key_points", "summary", "repair_reason",
)  # fmt: skip
"""The columns of `articles` an ArticleRows' `metadata` holds, in its order."""
TEXT_NAMES = (
    "original_title",
    "repairs",
    "repair_count",
    "restored_words",
    "key_points",
    "summary",
    "repair_reason",
)
"""Of those, the ones the second pass (the whole text) gives: the list shows none of them."""
LIST_NAMES = tuple(name for name in METADATA_NAMES if name not in TEXT_NAMES)
"""Of those, the ones the list's pass gives as they are: what the list shows and sorts by."""
ARTICLE_NAMES_BEFORE_BODY = (
    "categories", "tags", "importance", "published", "author", "source_id", "source_name",
    "source_emoji", "url", "image_url", "original_title",
)  # fmt: skip
"""The metadata SELECT_ARTICLE gives between the description and the body."""
INSERT_METADATA = (
    f"INSERT INTO articles (rowid, id, problems, body_state, {', '.join(METADATA_NAMES)})"
    f" VALUES ({', '.join('?' * (len(METADATA_NAMES) + 4))})"
)
INSERT_TEXT = (
    "INSERT INTO search (rowid, title, description, facets, body, aliases)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)
INSERT_FACET = "INSERT INTO facets (article, kind, name, key) VALUES (?, ?, ?, ?)"
SELECT_ARTICLE = (
    "SELECT a.id, a.path, a.title, s.description, a.categories, a.tags, a.importance,"
    " a.published,"
    " a.author, a.source_id, a.source_name, a.source_emoji, a.url, a.image_url,"
    " a.original_title, s.body, a.repairs, a.repair_count, a.problems, a.inferred, a.draft,"
    " a.restored_words, a.repair_reason"
    " FROM articles AS a JOIN search AS s ON s.rowid = a.rowid"
)
"""Every field of an Article, in the order `row_article` takes them."""


class ArticleRows(NamedTuple):
    """One article as the index stores it, made in the worker process that loaded it.

    Plain tuples of strings and numbers cost less to send between processes than an
    Article, and leave the process that writes the index nothing to work out but ids.
    """

    id: str
    problems: tuple[str, ...]
    """Kept apart from `metadata`: a duplicate id adds a note here."""
    metadata: tuple[Any, ...]
    """INSERT_METADATA's values after the rowid, id and problems."""
    text: tuple[str, str, str, str, str]
    """INSERT_TEXT's values after the rowid: title, description, categories and tags, body,
    and their words as a search folds them where the index folds them less
    (`search_aliases`)."""
    facets: tuple[tuple[str, str, str], ...]
    """INSERT_FACET's values after the rowid: kind, name and key of each category and tag,
    and a `NO_FACET` row of each kind the article has none of."""

    def metadata_values(self, rowid: int, body_state: int) -> tuple[Any, ...]:
        """The values INSERT_METADATA takes for this article under `rowid`."""
        problems = json.dumps(self.problems, ensure_ascii=False)
        return (rowid, self.id, problems, body_state, *self.metadata)

    def article_row(self, article_id: str) -> tuple[Any, ...]:
        """This article as a SELECT_ARTICLE row gives it, under `article_id`."""
        named = dict(zip(METADATA_NAMES, self.metadata, strict=True))
        title, description, _, body, _ = self.text
        problems = json.dumps(self.problems, ensure_ascii=False)
        return (
            article_id,
            named["path"],
            title,
            description,
            *(named[name] for name in ARTICLE_NAMES_BEFORE_BODY),
            body,
            named["repairs"],
            named["repair_count"],
            problems,
            named["inferred"],
            named["draft"],
            named["restored_words"],
            named["repair_reason"],
        )

    def values_of(self, names: tuple[str, ...]) -> tuple[Any, ...]:
        """The values of the metadata columns `names` (of `METADATA_NAMES`), in that order."""
        named = dict(zip(METADATA_NAMES, self.metadata, strict=True))
        return tuple(named[name] for name in names)

    def text_values(self, rowid: int) -> tuple[Any, ...]:
        """The values INSERT_TEXT takes for this article under `rowid`."""
        return (rowid, *self.text)

    def facet_values(self, rowid: int) -> list[tuple[Any, ...]]:
        """The rows INSERT_FACET takes for this article under `rowid`."""
        return [(rowid, *facet) for facet in self.facets]


def article_rows(article: Article, relative_path: str) -> ArticleRows:
    """`article` as the index stores it, under `relative_path`."""
    published = article.published
    key_points = parse_key_points(article.body, article.description)
    metadata = (
        relative_path,
        article.title,
        json.dumps(article.categories, ensure_ascii=False),
        json.dumps(article.tags, ensure_ascii=False),
        article.importance,
        None if published is None else written_date(published),
        article.author,
        article.source.id,
        article.source.name,
        article.source.emoji,
        article.url,
        article.image_url,
        article.original_title,
        json.dumps(article.repairs, ensure_ascii=False),
        article.repair_count,
        int(article.inferred),
        int(article.draft),
        article.restored_words,
        None if published is None else published.timestamp(),
        sort_key(article.title),
        sort_key(article.source.name),
        "\n".join(key_points.points),
        key_points.summary,
        article.repair_reason,
    )
    names = " ".join((*article.categories, *article.tags))
    shown = (article.title, article.description, names, article.body)
    text = (*shown, search_aliases("\n".join(shown)))
    facets = [
        (facet.value, name, fold(name))
        for facet, names_of_kind in (
            (Facet.CATEGORY, article.categories),
            (Facet.TAG, article.tags),
        )
        for name in names_of_kind or (NO_FACET,)
    ]
    return ArticleRows(article.id, article.problems, metadata, text, tuple(facets))


def row_article(row: sqlite3.Row | tuple[Any, ...], folder: Path) -> Article:
    """The Article a SELECT_ARTICLE row holds; paths are made absolute under `folder`."""
    (
        article_id, path, title, description, categories, tags, importance, published, author,
        source_id, source_name, source_emoji, url, image_url, original_title, body, repairs,
        repair_count, problems, inferred, draft, restored_words, repair_reason,
    ) = row  # fmt: skip
    return Article(
        id=article_id,
        path=folder / path,
        title=title,
        description=description,
        categories=tuple(json.loads(categories)),
        tags=tuple(json.loads(tags)),
        importance=importance,
        published=None if published is None else read_written_date(published),
        author=author,
        source=Source(source_id, source_name, source_emoji),
        url=url,
        image_url=image_url,
        original_title=original_title,
        body=body,
        repairs=tuple(json.loads(repairs)),
        repair_count=repair_count,
        repair_reason=repair_reason,
        problems=tuple(json.loads(problems)),
        inferred=bool(inferred),
        draft=bool(draft),
        restored_words=restored_words,
    )


def row_list_entry(row: tuple[Any, ...]) -> ListEntry:
    """The ListEntry a `LIST_COLUMNS` row holds (see queries.py)."""
    article_id, title, draft, importance, published, categories, source_name = row
    return ListEntry(
        article_id,
        title,
        bool(draft),
        importance,
        None if published is None else read_written_date(published),
        first_category(categories),
        source_name,
    )


# Kept: a folder has few distinct lists of categories, and a list reads one per article.
@functools.lru_cache(maxsize=1024)
def first_category(categories: str, kept: frozenset[str] = frozenset()) -> str:
    """The first of the categories the index keeps as a JSON list: the one a list shows and
    the brief groups and counts an article under; of those a filter `kept` (folded), the
    first it keeps (`--category world` files an article of Economy and World under World);
    "" when it has none."""
    names: list[str] = json.loads(categories)
    chosen = next((name for name in names if fold(name) in kept), None) if kept else None
    return chosen or (names[0] if names else "")
