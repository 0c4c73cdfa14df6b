"""selected_ids: the ids a query selects, its read and starred filters included."""

from __future__ import annotations

from .index.article_index import ArticleIndex
from .query import ArticleQuery
from .state import Mark, ReadingState


def selected_ids(index: ArticleIndex, state: ReadingState, query: ArticleQuery) -> list[str]:
    """The ids of the articles `query` accepts, in its order.

    The index answers the filters on the articles themselves; the reading state, a database
    of its own, then drops read articles (`unread_only`) or keeps starred ones (`starred_only`).
    """
    ids = index.query(query)
    if query.unread_only:
        read = state.marked(Mark.READ)
        ids = [article for article in ids if article not in read]
    if query.starred_only:
        starred = state.marked(Mark.STARRED)
        ids = [article for article in ids if article in starred]
    return ids
