"""Saving an article as Markdown: where the user says, never over a file without asking."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import settle
from textual.pilot import Pilot
from textual.widgets import Input

from reader.data import Article, Source
from reader.present.article_export import article_as_markdown
from reader.ui.app import ReaderApp
from reader.ui.screens.article_detail import ArticleDetailScreen, safe_file_name
from reader.ui.screens.confirm import ConfirmDialog
from reader.ui.screens.save_dialog import SaveDialog


def test_an_article_as_markdown_has_its_title_details_lead_body_and_address() -> None:
    """The saved text is a Markdown document of its own, in reading order."""
    article = Article(
        id="most",
        path=Path("most.md"),
        title="Most přes Vltavu",
        description="Praha otevřela most.",
        importance=2,
        source=Source("idnes", "iDNES", "🚋"),
        url="https://example.cz/most",
        body="Text **článku**.",
    )
    assert article_as_markdown(article, "%Y-%m-%d") == (
        "# Most přes Vltavu\n\nimportance 2/5 · 🚋 iDNES\n\n> Praha otevřela most.\n\n"
        "Text **článku**.\n\n<https://example.cz/most>\n"
    )


def test_the_file_name_offered_is_safe() -> None:
    """An id with slashes, dots or spaces becomes a plain file name."""
    assert safe_file_name("../a b/c") == "a-b-c"
    assert safe_file_name("...") == "article"


async def save_as(pilot: Pilot[None], target: Path) -> None:
    """Press s in the open article, type `target` over the offered name, press Enter."""
    await pilot.press("s")
    await pilot.pause()
    assert isinstance(pilot.app.screen, SaveDialog)
    pilot.app.screen.query_one(Input).value = str(target)
    await pilot.press("enter")
    await pilot.pause()


async def test_s_saves_the_article_and_asks_before_replacing_a_file(
    articles_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """s offers a name in the current folder, saves there, and asks before replacing a file;
    the article's own file is never written."""
    monkeypatch.chdir(tmp_path)
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleDetailScreen)
        await pilot.press("s")
        await pilot.pause()
        assert app.screen.query_one(Input).value == str(tmp_path / f"{screen.article.id}.md")
        await pilot.press("escape")
        await pilot.pause()
        target = tmp_path / "saved.md"
        await save_as(pilot, target)
        assert target.read_text(encoding="utf-8").startswith(f"# {screen.article.title}\n")
        target.write_text("mine", encoding="utf-8")
        await save_as(pilot, target)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "mine"
        await save_as(pilot, tmp_path)
        assert isinstance(app.screen, ArticleDetailScreen)  # a folder: not asked, not saved
        await pilot.press("s")
        await pilot.pause()
        app.screen.query_one(Input).value = "  "
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SaveDialog)  # an empty name: asked again
        await pilot.press("escape")
        await pilot.pause()
        own = screen.article.path
        before = own.read_bytes()
        await save_as(pilot, own)
        assert own.read_bytes() == before
        messages = [notification.message for notification in app._notifications]
        assert "That is the article's own file; the reader never writes it." in messages
        assert f"{tmp_path} is a folder: name a file in it." in messages
