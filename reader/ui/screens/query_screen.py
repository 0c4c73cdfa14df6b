"""QueryScreen: a screen with a query of articles, and the keys that change its filters and
sort (the list that shows its results builds on it)."""

from __future__ import annotations

from dataclasses import replace

from textual.reactive import var

from ...data import ArticleQuery, Facet, SortKey
from .reading_screen import ReadingScreen


class QueryScreen(ReadingScreen[None]):
    """A query of articles and what changes it; a subclass shows what it selects when it
    changes (`watch_article_query`)."""

    article_query: var[ArticleQuery] = var(ArticleQuery())
    """Which articles are shown and in what order."""

    def sort_by(self, sort: SortKey) -> None:
        """Sort the list by `sort`; asked for the sort in force, turn it round.

        Args:
            sort: The new order.
        """
        query = self.article_query
        self.set_order(sort, reverse=not query.reverse if sort is query.sort else False)

    def set_order(self, sort: SortKey, reverse: bool) -> None:
        """Sort the list by `sort`, turned round when `reverse`."""
        self.article_query = replace(self.article_query, sort=sort, reverse=reverse)

    def action_reverse_sort(self) -> None:
        """Turn the order round: oldest first, least important first, Z to A."""
        self.article_query = replace(self.article_query, reverse=not self.article_query.reverse)

    def show_category(self, category: str | None) -> None:
        """Show only `category`, or every category for None.

        Args:
            category: A category as written in the articles; `NO_FACET` for those without.
        """
        self.show_facet(Facet.CATEGORY, category)

    def show_facet(self, facet: Facet, name: str | None) -> None:
        """Show only the articles with `name` of `facet`'s kind, or all of them for None.

        Args:
            facet: Categories or tags.
            name: As written in the articles; `NO_FACET` for those without any.
        """
        names = () if name is None else (name,)
        self.article_query = self.article_query.keeping(facet, names)

    def clear_filters(self) -> None:
        """Show every article, keeping the sort."""
        self.article_query = ArticleQuery(sort=self.article_query.sort)

    def action_min_importance(self, level: int) -> None:
        """Show only articles of at least `level` importance; 0 shows all.

        Args:
            level: 0 to 5.
        """
        self.article_query = replace(self.article_query, min_importance=level or None)

    def action_next_sort(self) -> None:
        """Sort by the next key: date, importance, title, source."""
        sorts = list(SortKey)  # in the order the sorts are declared
        self.set_order(sorts[(sorts.index(self.article_query.sort) + 1) % len(sorts)], False)

    def action_toggle_unread_only(self) -> None:
        """Hide read articles, or show them again."""
        query = self.article_query
        self.article_query = replace(query, unread_only=not query.unread_only)

    def action_toggle_starred_only(self) -> None:
        """Show only starred articles, or every article again."""
        query = self.article_query
        self.article_query = replace(query, starred_only=not query.starred_only)
