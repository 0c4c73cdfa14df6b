"""Pilot tests of the article screen: opening, stepping, going back, the link and the raw view."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import RecordingBrowser, settle
from rich.text import Text
from textual.widgets import Static

from reader.ui.app import ReaderApp
from reader.ui.screens.article_detail import ArticleDetailScreen
from reader.ui.screens.article_list import ArticleListScreen
from reader.ui.widgets.article_body import ArticleBody
from reader.ui.widgets.article_table import ArticleTable
from reader.ui.widgets.vim_keys import PageScroll


def detail_of(app: ReaderApp) -> ArticleDetailScreen:
    """The article screen on top, failing if it is not there."""
    screen = app.screen
    assert isinstance(screen, ArticleDetailScreen)
    return screen


def text_of(screen: ArticleDetailScreen, selector: str) -> str:
    """The plain text of a Static on the article screen."""
    content = screen.query_one(selector, Static).content
    return content.plain if isinstance(content, Text) else str(content)


def lengthen(folder: Path, *names: str) -> None:
    """Add eighty paragraphs to each of the articles `names` in `folder`: pages that scroll."""
    long_body = "\n\n".join(f"Odstavec {n} s textem." for n in range(80))
    for name in names:
        path = folder / name
        path.write_text(path.read_text(encoding="utf-8") + long_body, encoding="utf-8")


async def test_enter_opens_the_article_under_the_cursor(articles_dir: Path) -> None:
    """Enter shows the article with its header, lead, body and link."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "enter")
        await pilot.pause()
        screen = detail_of(app)
        assert screen.article.id == "indie"
        assert text_of(screen, "#detail-title") == "Indie a Česko posilují spolupráci v obraně"
        assert text_of(screen, "#detail-original-title") == (
            "India and Czechia strengthen defence cooperation"
        )
        assert text_of(screen, "#detail-meta") == (
            "📰 The Times of India · Marisa Aigen · 2025-12-06 11:22 · obranné technologie"
            " · ●●●○○ 3/5"
        )
        assert text_of(screen, "#detail-lead").startswith("Obě země chtějí")
        assert text_of(screen, "#detail-link") == "Link: https://example.com/india-czechia"
        assert text_of(screen, "#detail-position") == "Article 3 of 8 · read"


async def test_original_title_is_hidden_when_there_is_none(articles_dir: Path) -> None:
    """Only a different original title is shown."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        original = detail_of(app).query_one("#detail-original-title", Static)
        assert original.has_class("-empty") and not original.display


async def test_n_and_p_step_through_the_filtered_list(articles_dir: Path) -> None:
    """n and p move along the list as filtered, and stop at its ends."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("3", "enter")
        await pilot.pause()
        screen = detail_of(app)
        assert screen.article.id == "rozpocet"
        await pilot.press("n")
        assert screen.article.id == "drony"
        await pilot.press("n", "n")
        assert screen.article.id == "ekonomika"  # importance ≥ 3 skips most, maslo, planeta
        await pilot.press("n")
        assert screen.article.id == "ekonomika"
        await pilot.press("p")
        assert screen.article.id == "indie"
        assert text_of(screen, "#detail-position") == "Article 3 of 4 · read"


@pytest.mark.parametrize("key", ["escape", "q"])
async def test_back_keeps_filters_and_puts_the_cursor_on_the_last_article(
    articles_dir: Path, key: str
) -> None:
    """Esc and q go back to the list as it was, with the cursor on the article read last."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("2", "j", "enter")
        await pilot.pause()
        await pilot.press("n", key)
        await pilot.pause()
        assert isinstance(app.screen, ArticleListScreen)
        assert app.is_running
        table = app.article_list.query_one(ArticleTable)
        assert app.article_list.article_query.min_importance == 2
        assert table.row_count == 6
        assert table.cursor_article_id == "indie"
        assert table.has_focus


async def test_o_opens_web_links_in_the_browser(
    articles_dir: Path, browser: RecordingBrowser
) -> None:
    """`o` hands an https link to the browser."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "o")
        await settle(pilot)
        assert browser.opened == ["https://example.cz/rozpocet"]


async def test_o_refuses_other_links(articles_dir: Path, browser: RecordingBrowser) -> None:
    """A javascript: link is not opened, and the user is told why."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.article_list.show_category("ekonomika")
        await pilot.press("enter")
        await pilot.pause()
        assert detail_of(app).article.id == "maslo"
        await pilot.press("o")
        await settle(pilot)
        assert browser.opened == []
        assert [n.message for n in app._notifications] == [
            "Only http and https links are opened, not javascript:alert(1)"
        ]
        assert text_of(detail_of(app), "#detail-link") == "Link: javascript:alert(1)"


async def test_r_shows_the_raw_file_with_controls_visible(hostile_dir: Path) -> None:
    """`r` shows the file as on disk, ESC as ␛; `r` again, or Esc, shows the article."""
    app = ReaderApp(articles_dir=hostile_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter")
        await pilot.pause()
        screen = detail_of(app)
        assert screen.article.id == "controls"
        body = screen.query_one(ArticleBody)
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.raw and screen.has_class("-raw")
        raw = body.shown
        assert isinstance(raw, Text)
        assert "Body ␛[1mbold␛[0m text." in raw.plain
        assert 'title: "Red \\e[31malert\\a title"' in raw.plain
        assert text_of(screen, "#detail-raw-note").startswith("Raw file: ")
        assert "Nothing was repaired when loading." in text_of(screen, "#detail-raw-note")
        footer_keys = {binding.description for _, binding, *_ in screen.active_bindings.values()}
        assert "Article" in footer_keys and "Raw file" not in footer_keys
        await pilot.press("r")
        await pilot.pause()
        assert not screen.raw
        assert not isinstance(body.content, Text)  # rendered Markdown again
        await pilot.press("r", "escape")
        await pilot.pause()
        assert app.screen is screen and not screen.raw
        await pilot.press("escape")
        assert app.screen is not screen


async def test_detail_keys_scroll_the_article(articles_dir: Path) -> None:
    """j, space and G scroll a long article; g goes back to the top."""
    lengthen(articles_dir, "rozpocet.md")
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        scroll = detail_of(app).query_one(PageScroll)
        assert scroll.has_focus
        await pilot.press("j")
        await pilot.pause()
        assert scroll.scroll_target_y == 1 or scroll.scroll_y == 1
        await pilot.press("G")
        await pilot.pause()
        assert scroll.scroll_target_y == scroll.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert scroll.scroll_target_y == 0


async def test_the_raw_file_opens_at_its_top_and_the_article_where_it_was_left(
    articles_dir: Path,
) -> None:
    """`r` shows the raw file from its top however far down the article was read; `r` again
    shows the article where it was left, and another article opened from the raw file
    shows from its top."""
    lengthen(articles_dir, "rozpocet.md", "drony.md")
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "space", "space")
        await pilot.pause()
        screen = detail_of(app)
        scroll = screen.query_one(PageScroll)
        read_to = scroll.scroll_target_y
        assert read_to > 0
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.raw and scroll.scroll_y == 0
        await pilot.press("r")
        await pilot.pause()
        await pilot.pause()
        assert not screen.raw and scroll.scroll_y == read_to
        await pilot.press("space", "r", "n", "r")
        await pilot.pause()
        await pilot.pause()
        assert not screen.raw and scroll.scroll_y == 0


async def test_raw_file_shows_carriage_returns(tmp_path: Path) -> None:
    """The raw file keeps its line ends: a carriage return shows as ␍, where the article
    reads it as a line break."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "cr.md").write_bytes(b"---\r\ntitle: CR\r\n---\r\nfirst\rsecond\r\n")
    app = ReaderApp(articles_dir=folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        raw = detail_of(app).query_one(ArticleBody).shown
        assert isinstance(raw, Text)
        assert "first␍second␍" in raw.plain


async def test_header_shows_tags_and_the_values_not_read(tmp_path: Path) -> None:
    """The header lists the tags, and under it each value the reader refused and why."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.md").write_text(
        "---\ntitle: Porada\ndate: 03/04/2020\ncategories: [Práce]\ntags: [tým, plán]\n---\n"
        "Zápis.\n",
        encoding="utf-8",
    )
    app = ReaderApp(articles_dir=folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = detail_of(app)
        assert text_of(screen, "#detail-meta") == "Práce · #tým #plán"
        assert text_of(screen, "#detail-problems") == (
            "⚠ date '03/04/2020' could be day/month or month/day; ignored"
        )
