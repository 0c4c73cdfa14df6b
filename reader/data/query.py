"""ArticleQuery: which articles to show and in what order, as an immutable value."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import Enum
from functools import cached_property

from .article import Article

IMPORTANCE_RANGE = range(1, 6)
"""Valid importances: 1 (least) to 5 (most)."""


class SortKey(Enum):
    """The orders a query can ask for; ties always fall back to date, then id."""

    DATE = "date"
    """Newest first."""
    IMPORTANCE = "importance"
    """Most important first."""
    TITLE = "title"
    """Alphabetical by title, ignoring case and accents."""
    SOURCE = "source"
    """Alphabetical by source name, ignoring case and accents."""


def fold(text: str) -> str:
    """Return the key that compares text ignoring case and diacritics.

    `Spolupráce`, `SPOLUPRACE` and `spolupráce` all fold to `spoluprace`, so a search typed
    without a Czech keyboard still finds the article.

    Args:
        text: Any text.

    Returns:
        The casefolded text with combining marks removed.
    """
    # NFKD rather than NFD so compatibility forms (ligatures, full-width letters) match too.
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@dataclass(frozen=True)
class FoldedArticle:
    """The folded keys of one article that queries compare against; an index computes it once."""

    category: str
    """The folded category."""
    text: str
    """Folded title, description, category and body, one per line so no term spans two."""

    @classmethod
    def of(cls, article: Article) -> FoldedArticle:
        """Fold the fields of `article` that filters and search look at.

        Args:
            article: The article to fold.

        Returns:
            Its folded category and searchable text.
        """
        fields = (article.title, article.description, article.category, article.body)
        return cls(category=fold(article.category), text=fold("\n".join(fields)))


def sort_key(sort: SortKey, article: Article) -> tuple[bool, float | str, bool, float, str]:
    """Return a total sort key for `article` under `sort`; sort ascending.

    Every key ends with the date (newest first) and the id, so equal titles or importances
    still come out in the same order on every run. Missing values sort last.

    Args:
        sort: The order asked for.
        article: The article to place.

    Returns:
        A tuple that orders articles as `sort` describes.
    """
    missing_date = article.published is None
    newest_first = -article.published.timestamp() if article.published is not None else 0.0
    primary: float | str
    if sort is SortKey.DATE:
        missing, primary = missing_date, newest_first
    elif sort is SortKey.IMPORTANCE:
        missing = article.importance is None
        primary = -article.importance if article.importance is not None else 0.0
    elif sort is SortKey.TITLE:
        missing, primary = not article.title, fold(article.title)
    else:
        missing, primary = not article.source.name, fold(article.source.name)
    return (missing, primary, missing_date, newest_first, article.id)


@dataclass(frozen=True)
class ArticleQuery:
    """Which articles to show and in what order; validated when built.

    Raises:
        ValueError: When `min_importance` is not a whole number from 1 to 5.
    """

    category: str | None = None
    """Show only this category (compared folded); None shows every category."""
    min_importance: int | None = None
    """Hide articles below this importance, and those without one; None shows everything."""
    search: str = ""
    """Whitespace-separated terms that must all appear, folded, in the searchable text."""
    sort: SortKey = SortKey.DATE
    """The order of the results."""

    def __post_init__(self) -> None:
        """Reject a minimum importance outside 1..5."""
        floor = self.min_importance
        # bool is an int subclass, but `True` as an importance is a caller's mistake.
        if floor is not None and (
            not isinstance(floor, int) or isinstance(floor, bool) or floor not in IMPORTANCE_RANGE
        ):
            raise ValueError(
                f"minimum importance must be a whole number from 1 to 5, not {floor!r}"
            )

    @cached_property
    def folded_category(self) -> str | None:
        """The category as compared: folded, or None for every category."""
        return None if self.category is None else fold(self.category)

    @cached_property
    def terms(self) -> tuple[str, ...]:
        """The folded search terms; empty when there is nothing to search for."""
        return tuple(fold(self.search).split())

    def accepts(self, article: Article, folded: FoldedArticle | None = None) -> bool:
        """Return whether `article` passes every filter of this query.

        Args:
            article: The article to test.
            folded: `FoldedArticle.of(article)`, when the caller has it already; an index
                passes it so a keystroke does not fold every body again.

        Returns:
            True when the article should be shown.
        """
        if self.min_importance is not None and (
            article.importance is None or article.importance < self.min_importance
        ):
            return False
        if self.folded_category is None and not self.terms:
            return True
        keys = FoldedArticle.of(article) if folded is None else folded
        if self.folded_category is not None and keys.category != self.folded_category:
            return False
        return all(term in keys.text for term in self.terms)
