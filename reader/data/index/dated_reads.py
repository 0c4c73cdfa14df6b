"""Reading the index by publication date: the spans the brief shows, and the days around."""

from __future__ import annotations

from ..article import Source
from ..brief_model import BriefEntry
from ..date_forms import read_written_date
from ..query import ArticleQuery
from .dated_queries import BRIEF_COLUMNS, select_nearest_date, select_span
from .reads import IndexReading
from .rows import first_category


class DatedReading(IndexReading):
    """What ArticleIndex answers by publication date."""

    def dated_between(
        self, query: ArticleQuery, start: float, end: float
    ) -> list[tuple[str, float, str, int | None]]:
        """Id, publication timestamp, category and importance of the articles `query`'s
        filters accept (but for the read and starred ones) published from `start` to before
        `end`, newest first."""
        with self._reading() as connection:
            rows = select_span(connection, query, start, end)
        return [
            (article_id, published, first_category(categories), importance)
            for article_id, published, categories, importance in rows
        ]

    def brief_entries(self, query: ArticleQuery, start: float, end: float) -> list[BriefEntry]:
        """The articles `query`'s filters accept (but for the read and starred ones)
        published from `start` to before `end`, as the brief shows them, newest first."""
        with self._reading() as connection:
            rows = select_span(connection, query, start, end, BRIEF_COLUMNS)
        return [
            BriefEntry(
                id=article_id,
                title=title,
                source=Source(source_id, source_name, source_emoji),
                published=None if published is None else read_written_date(published),
                importance=importance,
                category=first_category(categories),
                key_points=tuple(key_points.split("\n")) if key_points else (),
                summary=summary,
            )
            for (
                article_id, title, source_id, source_name, source_emoji, published, importance,
                categories, key_points, summary,
            ) in rows
        ]  # fmt: skip

    def nearest_date(
        self, query: ArticleQuery, *, before: float | None = None, after: float | None = None
    ) -> float | None:
        """The latest publication timestamp before `before`, or the earliest from `after`
        on, of the articles `query`'s filters accept (but for the read and starred ones)."""
        with self._reading() as connection:
            return select_nearest_date(connection, query, before, after)
