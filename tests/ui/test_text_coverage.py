"""Pilot tests of the text search's coverage while the texts are read behind the list."""

from __future__ import annotations

from pathlib import Path

from conftest import searched, settle
from textual.widgets import Static

from reader.data import TextCoverage
from reader.ui.app import ReaderApp


def filter_line_of(app: ReaderApp) -> str:
    """The text of the line above the table."""
    return str(app.article_list.query_one("#filter-line", Static).content)


async def test_status_line_says_how_much_the_text_search_covers(articles_dir: Path) -> None:
    """While texts are read, the line above the list says how many are searchable; once all
    are, it says nothing of them."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        assert app.article_list.text_coverage == TextCoverage(8, 8)
        assert "text search" not in filter_line_of(app)
        app.article_list.text_coverage = TextCoverage(3, 8)
        await pilot.pause()
        assert "8 of 8 articles · no filters · text search: 3 of 8" in filter_line_of(app)


async def test_search_during_the_texts_pass_says_it_is_partial(articles_dir: Path) -> None:
    """A search made before every text is read says it looked in every title and the texts
    read so far, and says so no more once they all are."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        app.article_list.text_coverage = TextCoverage(3, 8)
        await pilot.press("slash", *"drony")
        await searched(pilot)
        line = filter_line_of(app)
        assert 'search: "drony" (titles, 3 of 8 texts)' in line
        assert "text search: 3 of 8" not in line  # said once
        app.article_list.text_coverage = TextCoverage(8, 8)
        await pilot.pause()
        assert 'search: "drony" ·' in filter_line_of(app)
