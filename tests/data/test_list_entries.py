"""Tests for the list's entries: what `reader list` reads of each article, a chunk at a time."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.data import (
    ArticleIndex,
    ArticleQuery,
    IndexClosed,
    Mark,
    ReadingState,
    SortKey,
    selected_entries,
    selected_ids,
)
from reader.data.index import reads
from reader.data.index.database_file import open_database
from reader.data.index.queries import LIST_COLUMNS

ARTICLES = (
    ("a.md", "title: Rozpočet\ncategories: [Ekonomika, Politika]\nimportance: 4"),
    ("b.md", "title: Sonda\npublishedAt: '2025-12-03T08:00:00+00:00'\ndraft: true"),
    ("c.md", "title: Knihovna\nsource: {id: ctk, name: ČTK}\npublishedAt: '2025-12-05'"),
    ("d.md", "title: Mikroskop\ncategory: Věda\nimportance: 2\npublishedAt: '2025-12-04'"),
    ("e.md", "title: Cvičení\ntags: [obrana]"),
)
"""Five articles, each with some of the fields a list shows."""


@pytest.fixture
def index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ArticleIndex:
    """An index of `ARTICLES`, read two rows at a time: five rows take three chunks."""
    monkeypatch.setattr(reads, "CHUNK", 2)
    for name, front in ARTICLES:
        (tmp_path / name).write_text(f"---\n{front}\n---\nText.\n", encoding="utf-8")
    opened = ArticleIndex.open(tmp_path, cached=False)
    list(opened.refresh())
    return opened


@pytest.mark.parametrize("reverse", [False, True], ids=["", "reversed"])
@pytest.mark.parametrize("sort", list(SortKey), ids=lambda sort: sort.value)
def test_list_entries_hold_what_the_articles_hold_in_the_query_order(
    index: ArticleIndex, sort: SortKey, reverse: bool
) -> None:
    """Each entry has its article's id, title, draft mark, importance, date, first category
    and source name, in the order the query gives the ids, across chunks (a reversed order
    read by rowid first)."""
    query = ArticleQuery(sort=sort, reverse=reverse)
    entries = list(index.list_entries(query))
    articles = index.get_many(index.query(query))
    assert [entry.id for entry in entries] == [article.id for article in articles]
    for entry, article in zip(entries, articles, strict=True):
        assert (entry.title, entry.draft, entry.importance, entry.published) == (
            article.title,
            article.draft,
            article.importance,
            article.published,
        )
        assert (entry.category, entry.source_name) == (article.category, article.source.name)


@pytest.mark.parametrize("reverse", [False, True], ids=["", "reversed"])
def test_list_entries_are_read_a_chunk_at_a_time(index: ArticleIndex, reverse: bool) -> None:
    """Taking the first entry reads only the first chunk: an index closed then gives the rest
    of that chunk, and IndexClosed at the next (all read at once, it would give them all)."""
    entries = index.list_entries(ArticleQuery(reverse=reverse))
    next(entries)
    index.close()
    next(entries)
    with pytest.raises(IndexClosed):
        next(entries)


@pytest.mark.parametrize(
    ("unread_only", "starred_only"), [(False, False), (True, False), (False, True), (True, True)]
)
def test_selected_entries_are_the_selected_ids(
    index: ArticleIndex, tmp_path: Path, unread_only: bool, starred_only: bool
) -> None:
    """The read and starred filters keep the same entries as they keep ids."""
    state = ReadingState.open(tmp_path / "state")
    state.set(["a", "b"], Mark.READ, True)
    state.set(["b", "c", "d"], Mark.STARRED, True)
    query = ArticleQuery(unread_only=unread_only, starred_only=starred_only)
    entries = selected_entries(index, state, query)
    assert [entry.id for entry in entries] == selected_ids(index, state, query)


def test_the_date_order_s_index_holds_every_column_a_list_shows() -> None:
    """A list in the order it opens in is read from the date order's index alone: each of
    its columns is in that index, so no table row is looked up per article."""
    connection = open_database(None)
    indexed = {row[2] for row in connection.execute("PRAGMA index_xinfo(by_date)")}
    assert set(LIST_COLUMNS.split(", ")) <= indexed
