"""Tests for Esc typed just before another key, which the terminal sends as Alt and the key."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import settle
from textual import events

from reader.ui.app import ReaderApp
from reader.ui.escape_keys import escape_then_key
from reader.ui.screens.article_list import ArticleListScreen
from reader.ui.widgets.article_table import ArticleTable
from reader.ui.widgets.search_box import SearchBox


@pytest.mark.parametrize(
    ("key", "character", "expected"),
    [
        ("alt+j", "j", ["escape", "j"]),
        ("alt+shift+g", "G", ["escape", "G"]),
        ("alt+3", "3", ["escape", "3"]),
    ],
)
def test_an_alt_key_is_esc_then_the_key(key: str, character: str, expected: list[str]) -> None:
    """Each Alt key stands for Esc, then the key with its character."""
    keys = escape_then_key(events.Key(key, character))
    assert keys is not None
    assert [key.key for key in keys] == expected
    assert keys[1].character == character


@pytest.mark.parametrize(("key", "character"), [("j", "j"), ("escape", "\x1b"), ("alt+up", None)])
def test_other_keys_stay_as_they_are(key: str, character: str | None) -> None:
    """A key without Alt, and an Alt key of no character, are not split."""
    assert escape_then_key(events.Key(key, character)) is None


async def test_esc_typed_right_before_a_key_goes_back_then_takes_the_key(
    articles_dir: Path,
) -> None:
    """Esc and j typed at once in an article, which come as Alt+j, go back to the list and
    move its cursor down: neither key is lost."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        app.post_message(events.Key("alt+j", "j"))  # as the terminal's driver sends it
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ArticleListScreen)
        assert app.screen.query_one(ArticleTable).cursor_row == 1


async def test_esc_typed_right_before_a_key_in_the_search_box_clears_it_then_takes_the_key(
    articles_dir: Path,
) -> None:
    """Esc and j typed at once in the search box clear the search and move the list's cursor
    down, rather than typing a j."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"most")
        await pilot.pause()
        app.post_message(events.Key("alt+j", "j"))  # as the terminal's driver sends it
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleListScreen)
        assert screen.query_one(SearchBox).value == ""
        assert screen.article_query.search == ""
        assert screen.query_one(ArticleTable).cursor_row == 1


async def test_esc_right_after_typing_clears_what_was_typed_before_it_was_searched_for(
    articles_dir: Path,
) -> None:
    """Esc before the search typed has run clears the box too: opened again, it is empty
    (it showed the words, which the list was not narrowed by)."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"most", "escape", "slash")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleListScreen)
        assert screen.query_one(SearchBox).value == ""
        assert screen.article_query.search == ""
