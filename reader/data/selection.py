"""selected_ids: the ids a query selects, its read and starred filters included; facet_counts:
the categories and tags of the articles its other filters select."""

from __future__ import annotations

from collections.abc import Sequence

from .index.article_index import ArticleIndex
from .query import ArticleQuery, Facet
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


def facet_counts(
    index: ArticleIndex,
    state: ReadingState,
    query: ArticleQuery,
    facet: Facet,
    selected: Sequence[str] | None = None,
) -> tuple[int, list[tuple[str, int]]]:
    """Each category (or tag) with the number of articles the query's other filters keep,
    `NO_FACET` last for those without any: what choosing one of them would show.

    Args:
        index: The articles.
        state: The read and starred marks.
        query: The filters in force; its own filter of `facet`'s kind is left out.
        facet: Categories or tags.
        selected: The ids `query` selects, when the caller has them: a query without a
            filter of `facet`'s kind then needs no second look at the index.

    Returns:
        How many articles the other filters keep, and the counts.
    """
    others = query.keeping(facet, ())
    if others == ArticleQuery(sort=query.sort):
        return len(index), index.facet_counts(facet)
    if selected is None or others != query:
        selected = selected_ids(index, state, others)
    kept = set(selected)
    return len(kept), index.facet_counts(facet, kept)
