"""ArticleIndex: answers an ArticleQuery with article ids; screens fetch only the rows they show."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from .article import Article, LoadProblem
from .query import ArticleQuery, FoldedArticle, SortKey, sort_key

if TYPE_CHECKING:  # only for the annotation: the index does not load files itself
    from .load import FolderLoad


class ArticleIndex:
    """Every loaded article and problem of one folder, answering queries with ids.

    In memory for now. The interface is the one a SQLite + FTS5 index can keep at 100,000
    articles: callers get ids in order, then ask for the few articles they draw.
    """

    def __init__(self, articles: Iterable[Article], problems: Iterable[LoadProblem] = ()) -> None:
        """Index `articles` and keep `problems` for whoever reports them.

        Args:
            articles: Loaded articles with unique ids (`load_folder` makes them unique).
            problems: Files that could not be loaded.

        Raises:
            ValueError: When two articles share an id, which would make `get` ambiguous.
        """
        self._articles: dict[str, Article] = {}
        self._folded: dict[str, FoldedArticle] = {}
        for article in articles:
            if article.id in self._articles:
                first = self._articles[article.id].path
                raise ValueError(f"duplicate article id {article.id!r}: {first} and {article.path}")
            self._articles[article.id] = article
            self._folded[article.id] = FoldedArticle.of(article)
        self._problems = tuple(problems)
        self._orders: dict[SortKey, tuple[str, ...]] = {}

    @classmethod
    def from_load(cls, load: FolderLoad) -> ArticleIndex:
        """Build an index from the result of `load_folder`.

        Args:
            load: The articles and problems of one folder.

        Returns:
            An index over them.
        """
        return cls(load.articles, load.problems)

    @property
    def problems(self) -> tuple[LoadProblem, ...]:
        """Files that could not be loaded, for the problems screen and `reader list`."""
        return self._problems

    def __len__(self) -> int:
        """Return the number of indexed articles."""
        return len(self._articles)

    def __contains__(self, article_id: object) -> bool:
        """Return whether an article with this id is indexed."""
        return article_id in self._articles

    def query(self, query: ArticleQuery) -> list[str]:
        """Return the ids of the articles `query` accepts, in its order.

        Args:
            query: Filters, search and sort.

        Returns:
            Article ids, best first.
        """
        return [
            article_id
            for article_id in self._order(query.sort)
            if query.accepts(self._articles[article_id], self._folded[article_id])
        ]

    def get(self, article_id: str) -> Article:
        """Return one article.

        Args:
            article_id: An id from `query`.

        Returns:
            The article.

        Raises:
            KeyError: When no article has this id.
        """
        return self._articles[article_id]

    def get_many(self, article_ids: Sequence[str]) -> list[Article]:
        """Return the articles for `article_ids`, in the same order: the rows a screen draws.

        Args:
            article_ids: Ids from `query`.

        Returns:
            The articles.

        Raises:
            KeyError: When an id is unknown.
        """
        return [self._articles[article_id] for article_id in article_ids]

    def categories(self) -> list[tuple[str, int]]:
        """Return each category with its article count, sorted by folded name.

        Categories that fold to the same key (`Věda`, `věda`, `Veda`) are one category, shown
        as first written. Articles without a category are left out.

        Returns:
            (category, count) pairs.
        """
        names: dict[str, str] = {}
        counts: dict[str, int] = {}
        for article_id, article in self._articles.items():
            key = self._folded[article_id].category
            if not key:
                continue
            names.setdefault(key, article.category)
            counts[key] = counts.get(key, 0) + 1
        return [(names[key], counts[key]) for key in sorted(names)]

    def _order(self, sort: SortKey) -> tuple[str, ...]:
        """Return every id in `sort` order, sorting once per key and reusing it afterwards."""
        order = self._orders.get(sort)
        if order is None:
            ranked = sorted(self._articles.values(), key=lambda article: sort_key(sort, article))
            order = self._orders[sort] = tuple(article.id for article in ranked)
        return order
