"""select_articles (and selected_entries, as a list shows them): the articles a query
selects, its read and starred filters included; facet_counts: the categories and tags of the
articles its other filters select."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from .index.article_index import ArticleIndex
from .index.selected import Selected
from .list_entry import ListEntry
from .query import ArticleQuery, Facet
from .state import Mark, ReadingState


def select_articles(index: ArticleIndex, state: ReadingState, query: ArticleQuery) -> Selected:
    """The articles `query` accepts, in its order.

    The index answers the filters on the articles themselves; the reading state, a database
    of its own, then drops read articles (`unread_only`) or keeps starred ones (`starred_only`).
    """
    selected = index.select(query)
    if query.unread_only:
        selected = selected.keeping(state.marked(Mark.READ), inside=False)
    if query.starred_only:
        selected = selected.keeping(state.marked(Mark.STARRED), inside=True)
    return selected


def selected_ids(index: ArticleIndex, state: ReadingState, query: ArticleQuery) -> list[str]:
    """The ids of the articles `query` accepts, in its order (see `select_articles`)."""
    return list(select_articles(index, state, query).ids)


def selected_entries(
    index: ArticleIndex, state: ReadingState, query: ArticleQuery
) -> Iterator[ListEntry]:
    """The articles `query` accepts, as a list shows them, in its order, each as it is read
    from the index (see `ArticleIndex.list_entries`): what `selected_ids` selects."""
    entries = index.list_entries(query)
    if not (query.unread_only or query.starred_only):
        return entries
    keeps = kept_by_marks(state, query)
    return (entry for entry in entries if keeps(entry.id))


KeptById = Callable[[str], bool]
"""Whether an article, by id, passes the filters on its marks."""


def kept_by_marks(
    state: ReadingState, query: ArticleQuery, read: set[str] | None = None
) -> KeptById:
    """Whether an article, by id, passes `query`'s read and starred filters; `read` holds the
    articles marked read, when the caller has them already."""
    hidden = (state.marked(Mark.READ) if read is None else read) if query.unread_only else set()
    starred = state.marked(Mark.STARRED) if query.starred_only else None
    return lambda article_id: (
        article_id not in hidden and (starred is None or article_id in starred)
    )


def facet_counts(
    index: ArticleIndex,
    state: ReadingState,
    query: ArticleQuery,
    facet: Facet,
    selected: Selected | None = None,
) -> tuple[int, list[tuple[str, int]]]:
    """Each category (or tag) with the number of articles the query's other filters keep,
    `NO_FACET` last for those without any: what choosing one of them would show.

    Args:
        index: The articles.
        state: The read and starred marks.
        query: The filters in force; its own filter of `facet`'s kind is left out.
        facet: Categories or tags.
        selected: The articles `query` selects, when the caller has them: a query without a
            filter of `facet`'s kind then needs no second look at the index.

    Returns:
        How many articles the other filters keep, and the counts.
    """
    others = query.keeping(facet, ())
    every = ArticleQuery(sort=query.sort, reverse=query.reverse)
    if others == every:
        return len(index), index.facet_counts(facet)
    floor = query.min_importance
    if floor is not None and others == replace(every, min_importance=floor):
        counted = index.facet_counts_at_least(facet, floor)
        if counted is not None:
            return counted
    if selected is None or others != query:
        selected = select_articles(index, state, others)
    return len(selected), index.facet_counts(facet, selected)
