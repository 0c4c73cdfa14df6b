"""Tests for ShownRows: the rows of a list whose files may go before the list follows."""

from __future__ import annotations

from pathlib import Path

from conftest import ARTICLES, write_folder

from reader.data.index.article_index import ArticleIndex
from reader.data.query import ArticleQuery
from reader.data.state import ReadingState
from reader.ui.widgets.shown_rows import GONE_TITLE, ShownRows


def test_a_row_whose_file_went_says_so_until_the_list_follows(tmp_path: Path) -> None:
    """Rows fetched after an article left the index, but before the list was queried
    again, show that its file went instead of failing the whole screenful."""
    folder = write_folder(tmp_path / "articles", ARTICLES[:3])
    index = ArticleIndex.open(folder, cached=False)
    for _ in index.refresh():
        pass
    ids = index.query(ArticleQuery())
    (folder / f"{ids[1]}.md").unlink()
    for _ in index.refresh():
        pass
    rows = ShownRows(ReadingState(None))
    shown = [rows.row(index, ids, row, range(3))[0] for row in range(3)]
    assert [article.id for article in shown] == ids
    assert [article.title == GONE_TITLE for article in shown] == [False, True, False]
