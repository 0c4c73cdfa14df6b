"""Pilot tests of live reload: files added, changed or deleted while the reader runs."""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import ARTICLES, settle, write_article, write_folder
from textual.pilot import Pilot
from textual.widgets import Static

from reader.ui.app import ReaderApp
from reader.ui.screens import filtered_list
from reader.ui.screens.article_detail import ArticleDetailScreen
from reader.ui.widgets.article_table import ArticleTable

PATIENCE = 10.0
"""Seconds a test waits for the list to follow the folder: generous, as a busy machine may be
slow; how fast it follows is measured by bench/reload_latency.py, not here."""


async def wait_for(pilot: Pilot[None], condition: Callable[[], bool]) -> None:
    """Wait until `condition` holds, failing after `PATIENCE` seconds."""
    start = time.monotonic()
    while not condition():
        assert time.monotonic() - start < PATIENCE, "the list did not follow the folder"
        await pilot.pause(0.05)


async def test_the_list_follows_the_folder(articles_dir: Path) -> None:
    """A new file appears, a changed one changes and a deleted one vanishes, while the cursor
    stays on the article it was on."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        table = app.article_list.query_one(ArticleTable)
        await pilot.press("j", "j")
        assert table.cursor_article_id == "indie"

        newest = {**ARTICLES[0], "slug": "novy", "publishedAt": "2025-12-09T09:00:00+00:00"}
        write_article(articles_dir, newest)
        await wait_for(pilot, lambda: "novy" in table.article_ids)
        assert table.article_ids[0] == "novy"
        assert table.cursor_article_id == "indie"

        write_article(articles_dir, {**ARTICLES[3], "title": "Most se otevře až v létě"})
        await wait_for(
            pilot, lambda: app.index is not None and "v létě" in app.index.get("most").title
        )

        (articles_dir / "drony.md").unlink()
        await wait_for(pilot, lambda: "drony" not in table.article_ids)
        assert table.cursor_article_id == "indie"
        assert app.article_list.query_one("#filter-line").render().plain.startswith("8 of 8")


async def test_an_untouched_cursor_stays_on_the_first_row(articles_dir: Path) -> None:
    """Until the user moves it, the cursor stays on top as newer articles arrive above the
    one it was on (as while a first open fills the list); moved once, it follows its article."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        table = app.article_list.query_one(ArticleTable)
        first = table.cursor_article_id
        newest = {**ARTICLES[0], "slug": "novy", "publishedAt": "2025-12-09T09:00:00+00:00"}
        write_article(articles_dir, newest)
        await wait_for(pilot, lambda: "novy" in table.article_ids)
        assert table.cursor_row == 0 and table.cursor_article_id == "novy" != first

        await pilot.press("j", "k")  # the user puts it on the first row themselves
        newer = {**newest, "slug": "novejsi", "publishedAt": "2025-12-10T09:00:00+00:00"}
        write_article(articles_dir, newer)
        await wait_for(pilot, lambda: "novejsi" in table.article_ids)
        assert table.cursor_article_id == "novy" and table.cursor_row == 1


async def test_n_and_p_follow_the_list_when_files_go_while_an_article_is_read(
    articles_dir: Path,
) -> None:
    """Reading an article while files are deleted: n skips the articles gone, an article
    whose own file went steps to the one that took its place, and the position counts the
    list as it is now."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        table = app.article_list.query_one(ArticleTable)
        first, second, third, fourth = table.article_ids[:4]
        count = len(table.article_ids)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleDetailScreen) and screen.article.id == first

        (articles_dir / f"{second}.md").unlink()
        await wait_for(pilot, lambda: second not in table.article_ids)
        await pilot.press("n")
        assert screen.article.id == third
        position = screen.query_one("#detail-position", Static).render()
        assert str(position).startswith(f"Article 2 of {count - 1}")

        (articles_dir / f"{third}.md").unlink()
        await wait_for(pilot, lambda: third not in table.article_ids)
        await pilot.press("n")
        assert screen.article.id == fourth
        await pilot.press("p")
        assert screen.article.id == first


async def test_an_open_article_shows_its_file_as_it_is_now(articles_dir: Path) -> None:
    """The file of the article being read changes: the page shows the new text and says so;
    the file deleted: the page stays, and says so."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleDetailScreen)
        shown = next(article for article in ARTICLES if article["slug"] == screen.article.id)

        write_article(articles_dir, {**shown, "title": "Titulek, jak je teď"})
        await wait_for(pilot, lambda: screen.article.title == "Titulek, jak je teď")
        title = screen.query_one("#detail-title", Static).render()
        assert str(title) == "Titulek, jak je teď"
        assert app.screen is screen

        (articles_dir / f"{shown['slug']}.md").unlink()
        await wait_for(
            pilot, lambda: any("was deleted" in str(n.message) for n in app._notifications)
        )
        assert str(screen.query_one("#detail-title", Static).render()) == "Titulek, jak je teď"
        position = str(screen.query_one("#detail-position", Static).render())
        assert position.startswith(f"No longer in the list of {len(ARTICLES) - 1} articles")

        # Back as it was: the page says where it is again, unasked (it waited for a key).
        write_article(articles_dir, {**shown, "title": "Titulek, jak je teď"})
        await wait_for(
            pilot,
            lambda: str(screen.query_one("#detail-position", Static).render()).startswith(
                "Article "
            ),
        )
        # Emptied: named so, not called deleted.
        (articles_dir / f"{shown['slug']}.md").write_text("")
        await wait_for(
            pilot,
            lambda: any("can no longer be read" in str(n.message) for n in app._notifications),
        )
        notes = [str(n.message) for n in app._notifications]
        assert (
            "The article's file can no longer be read (empty file); it is shown as it was." in notes
        )


async def test_a_file_added_while_the_folder_is_first_read_is_listed(
    articles_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file written while the first refresh is still reading the folder (after it looked
    at the folder) is listed once that refresh ends."""
    from reader.data.index import list_pass

    go_on = threading.Event()
    read_files = list_pass.load_rows

    def slow_load_rows(*args: Any, **kwargs: Any) -> Iterator[Any]:
        go_on.wait(timeout=PATIENCE)
        yield from read_files(*args, **kwargs)

    monkeypatch.setattr(list_pass, "load_rows", slow_load_rows)
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_for(pilot, lambda: app.following.watcher is not None)
        await pilot.pause(0.3)  # the watcher under way
        write_article(articles_dir, {**ARTICLES[0], "slug": "pozdni", "title": "Pozdní zpráva"})
        await pilot.pause(1.0)  # its change reported while the refresh waits
        go_on.set()
        table = app.article_list.query_one(ArticleTable)
        await wait_for(pilot, lambda: "pozdni" in table.article_ids)


async def test_a_name_that_is_not_utf8_does_not_stop_the_list_following(
    articles_dir: Path,
) -> None:
    """A file whose name is not UTF-8 (which watchfiles cannot report) is listed, and files
    added after it are too: the list goes on following the folder."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        table = app.article_list.query_one(ArticleTable)
        try:
            with open(os.fsencode(articles_dir) + b"/spatne-\xff.md", "wb") as file:
                file.write(b"---\ntitle: Bajt\nslug: bajt\n---\nText.\n")
        except OSError:
            pytest.skip("this file system takes only UTF-8 names")
        await wait_for(pilot, lambda: "bajt" in table.article_ids)
        write_article(articles_dir, {**ARTICLES[0], "slug": "potom", "title": "Potom"})
        await wait_for(pilot, lambda: "potom" in table.article_ids)
        assert not any("not followed" in str(n.message) for n in app._notifications)


async def test_a_folder_deleted_and_made_anew_is_followed_again(
    articles_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder deleted while the reader runs is said to be gone; made anew, it is read and
    followed again."""
    from reader.ui import folder_following

    monkeypatch.setattr(folder_following, "RETRY_SECONDS", 0.1)
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        table = app.article_list.query_one(ArticleTable)
        shutil.rmtree(articles_dir)
        await wait_for(pilot, lambda: app.article_list.load_status.startswith("Could not"))
        articles_dir.mkdir()
        write_article(articles_dir, {**ARTICLES[0], "slug": "znovu", "title": "Znovu"})
        await wait_for(pilot, lambda: list(table.article_ids) == ["znovu"])
        write_article(articles_dir, {**ARTICLES[1], "slug": "potom", "title": "Potom"})
        await wait_for(pilot, lambda: "potom" in table.article_ids)


async def test_files_in_a_subfolder_made_while_the_reader_runs_are_listed(
    articles_dir: Path,
) -> None:
    """A folder without subfolders gains one: the file written into it at once is listed, and
    so is one written there later (the subfolder is watched too from then on)."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        table = app.article_list.query_one(ArticleTable)
        (articles_dir / "nove").mkdir()
        write_article(articles_dir / "nove", {**ARTICLES[0], "slug": "hned", "title": "Hned"})
        await wait_for(pilot, lambda: "hned" in table.article_ids)
        await pilot.pause(0.5)  # the subfolder watched by now
        write_article(articles_dir / "nove", {**ARTICLES[1], "slug": "pozdeji", "title": "Později"})
        await wait_for(pilot, lambda: "pozdeji" in table.article_ids)


async def test_files_in_a_subfolder_named_like_an_article_are_listed(
    articles_dir: Path,
) -> None:
    """A folder made while the reader runs is watched whatever its name, `archiv.md` too."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        table = app.article_list.query_one(ArticleTable)
        (articles_dir / "archiv.md").mkdir()
        await pilot.pause(1.5)  # the folder reported, and watched with its subfolders
        write_article(
            articles_dir / "archiv.md", {**ARTICLES[1], "slug": "stara", "title": "Stará"}
        )
        await wait_for(pilot, lambda: "stara" in table.article_ids)


async def test_files_written_in_a_subfolder_are_listed(tmp_path: Path) -> None:
    """A folder whose articles are in subfolders from the start: a file written in one of
    them while the reader runs is listed."""
    folder = tmp_path / "clanky"
    write_folder(folder / "2025", ARTICLES[:2])
    app = ReaderApp(articles_dir=folder)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        table = app.article_list.query_one(ArticleTable)
        write_article(folder / "2025", {**ARTICLES[2], "slug": "dalsi", "title": "Další"})
        await wait_for(pilot, lambda: "dalsi" in table.article_ids)


async def test_the_list_asks_the_index_again_only_after_it_was_written(
    articles_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A report of loading that wrote nothing (as at most starts, whose folder is unchanged)
    leaves the list as it was queried; one after a file was read has it queried again."""
    asked: list[object] = []
    select_articles = filtered_list.select_articles

    def asking(*args: Any) -> Any:
        asked.append(args[2])  # the query
        return select_articles(*args)

    monkeypatch.setattr(filtered_list, "select_articles", asking)
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        table = app.article_list.query_one(ArticleTable)
        asked.clear()
        app.article_list.index_version += 1
        await pilot.pause()
        assert asked == []

        write_article(articles_dir, {**ARTICLES[0], "slug": "novy"})
        await wait_for(pilot, lambda: "novy" in table.article_ids)
        assert asked


async def test_the_brief_follows_the_folder(articles_dir: Path) -> None:
    """An article written on the day the brief shows is in the brief at once (it stayed as
    it was opened until `b` again)."""
    from reader.ui.screens.brief import BriefScreen

    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await pilot.pause()
        brief = app.screen
        assert isinstance(brief, BriefScreen)
        assert "pozdni" not in brief.article_ids
        write_article(articles_dir, {**ARTICLES[0], "slug": "pozdni", "title": "Pozdní zpráva dne"})
        await wait_for(pilot, lambda: "pozdni" in brief.article_ids)
        assert app.screen is brief
