"""Reading the index by publication date: the spans the brief shows, and the days around."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..article import Source
from ..brief_model import BriefEntry
from ..date_forms import read_written_date
from ..query import ArticleQuery, Facet
from .dated_queries import BRIEF_COLUMNS, select_dated, select_span
from .reads import CHUNK, IndexReading
from .rows import first_category


class DatedReading(IndexReading):
    """What ArticleIndex answers by publication date."""

    def dated_between(
        self, query: ArticleQuery, start: float, end: float
    ) -> list[tuple[str, datetime, str, int | None]]:
        """Id, date, category and importance of the articles `query`'s filters accept (but
        for the read and starred ones) published from `start` to before `end` (timestamps of
        the dates as the index sorts them), newest first."""
        with self._reading() as connection:
            rows = select_span(connection, query, start, end)
        kept = query.folded(Facet.CATEGORY)
        return [
            (
                article_id,
                read_written_date(published),
                first_category(categories, kept),
                importance,
            )
            for article_id, published, categories, importance in rows
        ]

    def brief_entries(self, query: ArticleQuery, start: float, end: float) -> list[BriefEntry]:
        """The articles `query`'s filters accept (but for the read and starred ones)
        published from `start` to before `end`, as the brief shows them, newest first."""
        with self._reading() as connection:
            rows = select_span(connection, query, start, end, BRIEF_COLUMNS)
        kept = query.folded(Facet.CATEGORY)
        return [
            BriefEntry(
                id=article_id,
                title=title,
                source=Source(source_id, source_name, source_emoji),
                published=None if published is None else read_written_date(published),
                importance=importance,
                category=first_category(categories, kept),
                key_points=tuple(key_points.split("\n")) if key_points else (),
                summary=summary,
                draft=bool(draft),
            )
            for (
                article_id, title, source_id, source_name, source_emoji, published, importance,
                categories, key_points, summary, draft,
            ) in rows
        ]  # fmt: skip

    def dated(
        self, query: ArticleQuery, *, before: float | None = None, after: float | None = None
    ) -> Iterator[tuple[str, datetime]]:
        """Id and date of the articles `query`'s filters accept (but for the read and starred
        ones) published before the timestamp `before`, newest first, or from `after` on,
        oldest first: read `CHUNK` at a time as they are taken."""
        with self._reading() as connection:
            rows = select_dated(connection, query, before, after)
        while True:
            with self._reading() as connection:
                chunk = rows.fetchmany(CHUNK)
            if not chunk:
                return
            for article_id, published in chunk:
                yield article_id, read_written_date(published)
