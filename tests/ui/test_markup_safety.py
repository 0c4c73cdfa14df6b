"""Article text is data: markup shows literally and control codes never reach the screen."""

from __future__ import annotations

from pathlib import Path

from conftest import settle
from rich.markdown import Markdown
from rich.text import Text
from textual.command import CommandPalette
from textual.widgets import Static

from reader.present.links import WebLinksOnly
from reader.ui.app import ReaderApp
from reader.ui.screens.article_detail import ArticleDetailScreen
from reader.ui.screens.article_list import ArticleListScreen
from reader.ui.widgets.article_body import ArticleBody
from reader.ui.widgets.article_table import ArticleTable
from reader.ui.widgets.category_list import CategoryList


async def test_markup_in_titles_shows_literally(hostile_dir: Path) -> None:
    """`[bold]x[/]`, `[/b]` and `[@click=app.quit]` are drawn as typed and do nothing."""
    app = ReaderApp(articles_dir=hostile_dir)
    async with app.run_test(size=(200, 30)) as pilot:
        await settle(pilot)
        row = app.article_list.query_one(ArticleTable).render_line(1).text
        assert "[bold]x[/] and [/b] and [@click=app.quit]quit[/]" in row
        assert "[b]kat[/b]" in row and "📰 [/]source" in row
        categories = app.article_list.query_one(CategoryList)
        assert " ".join(categories.render_line(1).text.split()) == "[b]kat[/b] 1"
        await pilot.click(ArticleTable, offset=(120, 1))  # a click on the title opens it
        await pilot.pause()
        assert app.is_running
        assert isinstance(app.screen, ArticleDetailScreen)


async def test_markup_in_the_article_shows_literally(hostile_dir: Path) -> None:
    """Header, lead and link keep their brackets."""
    app = ReaderApp(articles_dir=hostile_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleDetailScreen)

        def shown(selector: str) -> str:
            content = screen.query_one(selector, Static).content
            assert isinstance(content, Text)
            return content.plain

        assert shown("#detail-title") == "[bold]x[/] and [/b] and [@click=app.quit]quit[/]"
        assert shown("#detail-original-title") == "[red]original[/red]"
        assert shown("#detail-lead") == "[link=https://evil.example]lead[/link]"
        assert "[i]author" in shown("#detail-meta")
        assert shown("#detail-link") == "Link: https://example.cz/[x]"
        app.save_screenshot(path=str(hostile_dir.parent), filename="detail.svg")  # renders all
        assert app.is_running


async def test_control_codes_are_dropped_from_list_and_article(hostile_dir: Path) -> None:
    """ESC and BEL in a title or body never reach the terminal."""
    app = ReaderApp(articles_dir=hostile_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        row = app.article_list.query_one(ArticleTable).render_line(2).text
        assert "Red alert title" in row
        assert "\x1b" not in row and "\x07" not in row
        await pilot.press("j", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleDetailScreen)
        title = screen.query_one("#detail-title", Static).content
        assert isinstance(title, Text) and "\x1b" not in title.plain
        body = screen.query_one(ArticleBody).shown
        assert isinstance(body, WebLinksOnly) and isinstance(body.renderable, Markdown)
        assert body.renderable.markup == "Body bold text."


async def test_markup_in_a_category_is_safe_in_the_palette(hostile_dir: Path) -> None:
    """A category that looks like markup can be found and chosen in the command palette."""
    app = ReaderApp(articles_dir=hostile_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"category: [b]kat")
        await app.workers.wait_for_complete()
        await pilot.pause(0.2)
        assert isinstance(app.screen, CommandPalette)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleListScreen)
        assert app.article_list.article_query.categories == ("[b]kat[/b]",)
