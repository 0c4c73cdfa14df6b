"""Pilot tests of what every screen shares: help, the palette, load problems and failures."""

from __future__ import annotations

import os
import signal
import sqlite3
from pathlib import Path

import pytest
from conftest import settle
from textual import events
from textual.binding import Binding
from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import OptionList, ProgressBar, Static

from reader.data.query import SortKey
from reader.ui import terminal_exit
from reader.ui.app import ReaderApp
from reader.ui.commands import key_commands
from reader.ui.screens.article_detail import ArticleDetailScreen
from reader.ui.screens.article_list import ArticleListScreen
from reader.ui.screens.help import HelpScreen, key_names
from reader.ui.screens.problems import ProblemsScreen
from reader.ui.widgets.article_body import ArticleBody
from reader.ui.widgets.article_table import ArticleTable
from reader.ui.widgets.vim_keys import PageScroll


async def test_question_mark_lists_every_key(articles_dir: Path) -> None:
    """`?` opens the help over the list, listing the keys of every screen; `?` closes it."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        listed = {binding.key for _, bindings in app.screen.sections for binding in bindings}
        for key in ("slash", "c", "0", "s", "exclamation_mark", "escape", "q", "escape,q"):
            assert key in listed
        for key in ("n", "p", "o", "r", "down,j", "up,k", "home,g", "end,G", "enter"):
            assert key in listed
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, ArticleListScreen)


async def test_the_help_is_made_once_and_shown_from_its_top_each_time(
    articles_dir: Path,
) -> None:
    """`?` shows the help made at the first `?` (making it each time took 150-225 ms), over
    the list or an article, from its top however far it was scrolled."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        scroll = help_screen.query_one(PageScroll)
        await pilot.press("space")
        await pilot.pause()
        assert scroll.scroll_target_y > 0
        await pilot.press("question_mark", "enter", "question_mark")
        await pilot.pause()
        assert app.screen is help_screen
        assert scroll.scroll_y == 0
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ArticleDetailScreen)


async def test_help_opens_over_an_article_and_esc_closes_it(articles_dir: Path) -> None:
    """Help works on the article screen too, and Esc returns to the article."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ArticleDetailScreen)


async def test_an_article_opened_after_another_shows_only_its_own(tmp_path: Path) -> None:
    """The second article opened shows its own title, marks and text, from the top."""
    folder = tmp_path / "articles"
    folder.mkdir()
    long_text = "\n\n".join(f"Odstavec {number} o mostě." for number in range(80))
    (folder / "a.md").write_text(
        f"---\ntitle: Most\ndate: 2025-03-02\n---\n{long_text}\n", encoding="utf-8"
    )
    (folder / "b.md").write_text(
        "---\ntitle: Řeka\ndate: 2025-03-01\n---\nVltava teče.\n", encoding="utf-8"
    )
    app = ReaderApp(articles_dir=folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "f", "end")
        await pilot.pause()
        first = app.screen
        assert isinstance(first, ArticleDetailScreen)
        assert first.query_one(PageScroll).scroll_y > 0
        await pilot.press("escape", "j", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleDetailScreen) and screen.article.id == "b"
        texts = {
            name: str(screen.query_one(f"#detail-{name}", Static).render())
            for name in ("title", "position")
        }
        assert texts == {"title": "Řeka", "position": "Article 2 of 2 · read"}
        body = screen.query_one(ArticleBody)
        assert "Vltava teče." in "".join(body.render_line(y).text for y in range(3))
        assert screen.query_one(PageScroll).scroll_y == 0
        assert screen is first  # one page, shown again


async def test_articles_chosen_as_one_opens_show_the_last_in_one_page(
    articles_dir: Path,
) -> None:
    """Enter, ↓, Enter typed before the first article is shown open one page, showing the
    second article; Esc goes back to the list."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        second = app.article_list.table.article_ids[1]
        for key, character in [("enter", "\r"), ("j", "j"), ("enter", "\r")]:
            app.post_message(events.Key(key, character))  # all queued before any is handled
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleDetailScreen) and screen.article.id == second
        assert [type(screen) for screen in app.screen_stack][1:] == [
            ArticleListScreen,
            ArticleDetailScreen,
        ]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ArticleListScreen)


async def test_help_scrolls_with_vim_keys_on_a_small_screen(articles_dir: Path) -> None:
    """j, G and g scroll the help as the arrows, End and Home do."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        scroll = app.screen.query_one(PageScroll)
        await pilot.press("j", "j")
        assert scroll.scroll_target_y == 2
        await pilot.press("G")
        assert scroll.scroll_target_y == scroll.max_scroll_y > 2
        await pilot.press("g")
        assert scroll.scroll_target_y == 0


@pytest.mark.parametrize(
    ("keys", "written"),
    [("j,down", "j ↓"), ("ctrl+z", "Ctrl+Z"), ("ctrl+p", "Ctrl+P"), ("question_mark", "?")],
)
def test_help_writes_keys_as_typed(keys: str, written: str) -> None:
    assert key_names(Binding(keys, "noop", "Something")) == written


async def test_palette_offers_sorts_and_filters(articles_dir: Path) -> None:
    """The command palette sorts and filters the list by name."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        for typed, field, value in (
            ("importance at least 4", "min_importance", 4),
            ("sort by title", "sort", SortKey.TITLE),
            ("category: věda", "categories", ("věda",)),
        ):
            await pilot.press("ctrl+p")
            await pilot.pause()
            assert isinstance(app.screen, CommandPalette)
            await pilot.press(*typed)
            await app.workers.wait_for_complete()
            await pilot.pause(0.2)
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, ArticleListScreen)
            assert getattr(app.article_list.article_query, field) == value, typed


async def choose_in_palette(pilot: Pilot[None], typed: str) -> None:
    """Open the palette, type `typed` and take the first command it offers."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert isinstance(pilot.app.screen, CommandPalette)
    await pilot.press(*typed)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause(0.2)
    await pilot.press("enter")
    await pilot.pause()


async def test_every_key_of_a_screen_is_in_the_palette_by_name(articles_dir: Path) -> None:
    """Each key of the list and of the article, and the app's, is a palette command named by
    what it does, with its key beside it; choosing one does what the key does."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        titles = {command.title: command.help for command in key_commands(app.article_list)}
        assert titles["Hide or show read articles"] == "Key: u"
        assert "Turn the order round" in titles and "Mark every listed article read" in titles
        assert titles["Undo the last read or star change"] == "Key: ^z"  # the app's
        assert titles["Open the article under the cursor"] == "Key: ⏎"  # the list's table
        assert titles["Down"] == "Key: ↓, j"  # every key of a binding
        await choose_in_palette(pilot, "hide or show read")
        assert app.article_list.article_query.unread_only
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleDetailScreen)
        article_titles = [command.title for command in key_commands(app.screen)]
        assert "Show the file as it is on disk" in article_titles
        await choose_in_palette(pilot, "show the file as it is")
        assert app.screen.raw


def test_palette_keys_open_the_readers_help_and_no_screenshot_is_offered(
    articles_dir: Path,
) -> None:
    """The palette's Keys is the reader's own help; Screenshot, saved where the user never
    chose, is not offered."""
    app = ReaderApp(articles_dir=articles_dir)
    commands = {command.title: command for command in app.get_system_commands(Screen())}
    assert "Screenshot" not in commands and "Theme" in commands
    assert commands["Keys"].callback == app.action_help


async def test_load_problems_are_announced_and_listed(broken_dir: Path) -> None:
    """Failed files are counted in a notification, and `!` lists each with its reason."""
    app = ReaderApp(articles_dir=broken_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        messages = [notification.message for notification in app._notifications]
        assert messages == ["2 files could not be loaded. Press ! to see which and why."]
        assert app.article_list.query_one(ArticleTable).row_count == 8
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        problem_list = app.screen.query_one(OptionList)
        prompts = [str(problem_list.get_option_at_index(i).prompt) for i in range(2)]
        assert prompts[0] == "prazdny.md\n  empty file"
        assert prompts[1].startswith("spatny-yaml.md\n  front matter is not valid YAML")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ArticleListScreen)


async def test_bang_without_problems_says_all_loaded(articles_dir: Path) -> None:
    """`!` with no failed files says so instead of opening an empty list."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert isinstance(app.screen, ArticleListScreen)
        assert [n.message for n in app._notifications] == ["Every file loaded."]


async def test_empty_folder_says_so(empty_dir: Path) -> None:
    """A folder without articles shows a sentence, not a blank table."""
    app = ReaderApp(articles_dir=empty_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        table = app.article_list.query_one(ArticleTable)
        assert table.row_count == 0
        assert "This folder has no articles." in table.render_line(2).text


async def test_missing_folder_is_reported(tmp_path: Path) -> None:
    """A folder that vanished before loading is reported, and the app keeps running."""
    app = ReaderApp(articles_dir=tmp_path / "missing")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.is_running
        line = app.article_list.query_one("#filter-line", Static).content
        assert "Could not read the articles: folder not found" in str(line)
        table = app.article_list.query_one(ArticleTable)
        assert table.render_line(2).text.startswith(" Could not read the articles")


async def test_second_start_reads_from_the_cache(articles_dir: Path) -> None:
    """The index is kept in the cache directory and reused."""
    for _ in range(2):
        app = ReaderApp(articles_dir=articles_dir)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            assert app.article_list.query_one(ArticleTable).row_count == 8
    uncached = ReaderApp(articles_dir=articles_dir, cached=False)
    async with uncached.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert uncached.article_list.query_one(ArticleTable).row_count == 8


async def test_progress_bar_shows_while_files_are_read(tmp_path: Path) -> None:
    """A big first load shows a bar that counts files read; it goes once all are in."""
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(1200):
        (folder / f"a{number:04}.md").write_text(
            f"---\ntitle: Článek {number}\n---\nText.\n", encoding="utf-8"
        )
    app = ReaderApp(articles_dir=folder)
    seen: list[tuple[int, int]] = []
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.article_list
        while screen.load_progress is None and screen.load_status:
            await pilot.pause(0.01)
        while screen.load_progress is not None:
            seen.append(screen.load_progress)
            assert screen.query_one(ProgressBar).display
            await pilot.pause(0.05)
        await settle(pilot)
        assert seen and all(total == 1200 for _, total in seen)
        assert not screen.query_one(ProgressBar).display
        assert len(screen.query_one(ArticleTable).article_ids) == 1200


async def test_hangup_closes_the_index_cleanly_and_leaves(
    articles_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the terminal's window closes, the index is closed as on quitting (the next start
    trusts it without checking every page) and the reader leaves at once."""
    exits: list[int] = []
    monkeypatch.setattr(os, "_exit", exits.append)
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test() as pilot:
        await settle(pilot)
        assert app.index is not None and app.index.database is not None
        database = app.index.database
        app.close_on_hangup()
        assert exits == [128 + signal.SIGHUP]
        with sqlite3.connect(database) as connection:  # before the test's own exit closes it
            closed = connection.execute("SELECT value FROM meta WHERE key = 'closed'").fetchone()
        assert closed == ("yes",)


async def test_a_terminal_gone_without_a_hangup_is_noticed(
    articles_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Started under make, the reader never gets the hangup when its window closes: it
    notices the terminal is gone and leaves as on a hangup."""
    exits: list[int] = []
    monkeypatch.setattr(os, "_exit", exits.append)
    monkeypatch.setattr(terminal_exit, "TERMINAL_CHECK_INTERVAL", 0.05)
    controller, terminal = os.openpty()
    app = ReaderApp(articles_dir=articles_dir)
    try:
        async with app.run_test() as pilot:
            await settle(pilot)
            terminal_exit.watch_terminal(app, terminal, app.close_on_hangup)
            await pilot.pause(0.2)
            assert exits == []
            os.close(controller)  # the window closes
            controller = -1
            await pilot.pause(0.2)
            assert exits[:1] == [128 + signal.SIGHUP]
    finally:
        os.close(terminal)
        if controller >= 0:
            os.close(controller)
