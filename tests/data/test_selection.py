"""Tests for selected_ids: the index's filters combined with read and starred marks."""

from __future__ import annotations

from pathlib import Path

from reader.data.index.article_index import ArticleIndex
from reader.data.query import ArticleQuery
from reader.data.selection import selected_ids
from reader.data.state import Mark, ReadingState


def write_articles(folder: Path) -> None:
    """Three articles, newest first: c, b, a."""
    folder.mkdir()
    for day, slug in enumerate("abc", start=1):
        (folder / f"{slug}.md").write_text(
            f"---\nslug: {slug}\ntitle: Článek {slug}\ncategory: zprávy\n"
            f"publishedAt: '2025-12-0{day}T10:00:00+00:00'\n---\nText {slug}.\n",
            encoding="utf-8",
        )


def test_unread_and_starred_filters_use_the_reading_state(tmp_path: Path) -> None:
    """Read articles drop out with unread_only; only starred ones stay with starred_only."""
    write_articles(tmp_path / "articles")
    index = ArticleIndex.open(tmp_path / "articles", cached=False)
    list(index.refresh())
    state = ReadingState.open(tmp_path / "state")
    state.set(["b"], Mark.READ, on=True)
    state.set(["a", "b"], Mark.STARRED, on=True)
    assert selected_ids(index, state, ArticleQuery()) == ["c", "b", "a"]
    assert selected_ids(index, state, ArticleQuery(unread_only=True)) == ["c", "a"]
    assert selected_ids(index, state, ArticleQuery(starred_only=True)) == ["b", "a"]
    both = ArticleQuery(unread_only=True, starred_only=True, search="clanek")
    assert selected_ids(index, state, both) == ["a"]
