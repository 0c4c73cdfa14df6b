"""Walking every hostile article in the list, the article view and the raw view: no crash, no
control character on screen, no changed file."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from conftest import settle
from hostile import CASES, write_hostile_folder
from textual.geometry import Region
from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from reader.ui.app import ReaderApp
from reader.ui.screens.article_detail import ArticleDetailScreen
from reader.ui.screens.article_list import ArticleListScreen
from reader.ui.widgets.article_body import ArticleBody
from reader.ui.widgets.article_table import ArticleTable

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def assert_screen_is_safe(app: ReaderApp) -> None:
    """No control character in what the terminal would draw, nor anywhere in the body."""
    screenshot = app.export_screenshot()
    assert not UNSAFE.search(screenshot), UNSAFE.search(screenshot)
    for body in app.screen.query(ArticleBody):
        width, height = body.size
        for strip in body.render_lines(Region(0, 0, width, height)):
            assert not UNSAFE.search(strip.text), strip.text[:100]


async def wait_for_workers(pilot: Pilot[None]) -> None:
    """Wait until no worker runs; a worker cancelled by a newer one (a key pressed again) is
    waited for like the others."""
    for _ in range(200):
        try:
            await pilot.app.workers.wait_for_complete()
        except WorkerCancelled:
            await pilot.pause(0.05)
        else:
            await pilot.pause()
            return
    raise AssertionError("workers never finished")


def file_sums(folder: Path) -> dict[str, str]:
    """SHA-256 of every regular file below `folder`."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in folder.iterdir()
        if path.is_file() and not path.is_symlink() and path.name != "fifo.md"
    }


async def test_every_hostile_article_opens_safely(tmp_path: Path) -> None:
    """Each article opens (Enter), shows its raw file (r) and closes (Esc) without a crash or
    a control character on screen; the files stay as they were. (How fast keys are handled
    is a benchmark's question: a timed test fails on a busy machine.)"""
    folder = write_hostile_folder(tmp_path / "hostile")
    before = file_sums(folder)
    app = ReaderApp(articles_dir=folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        table = app.article_list.query_one(ArticleTable)
        assert table.row_count == sum(case.loads for case in CASES)
        assert_screen_is_safe(app)
        for row in range(table.row_count):
            # Esc leaves the raw file for the article, then the article for the list.
            keys = ("enter", "r", "escape", "escape")
            for step, key in enumerate(keys):
                await pilot.press(key)
                await pilot.pause()
                await wait_for_workers(pilot)
                assert app.is_running
                assert_screen_is_safe(app)
                if step < len(keys) - 1:
                    assert isinstance(app.screen, ArticleDetailScreen)
            assert isinstance(app.screen, ArticleListScreen)
            assert table.cursor_row == row
            await pilot.press("j")
            await pilot.pause()
    assert file_sums(folder) == before


async def test_a_10000_character_title_is_cut_in_the_list(tmp_path: Path) -> None:
    """The list row of a very long title fits the screen; the article shows the title whole."""
    folder = write_hostile_folder(tmp_path / "hostile")
    app = ReaderApp(articles_dir=folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        table = app.article_list.query_one(ArticleTable)
        table.select_article("title-10000")
        await pilot.pause()
        row = table.render_line(table.cursor_row + 1 - round(table.scroll_y)).text
        assert "Dlouhý titulek" in row and len(row) <= 100
        await pilot.press("enter")
        await pilot.pause()
        title = app.screen.query_one("#detail-title")
        assert title.size.height > 100  # wrapped over many lines, not cut
