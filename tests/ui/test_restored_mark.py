"""Pilot test: the article screen marks an article whose diacritics were restored."""

from __future__ import annotations

from pathlib import Path

from conftest import settle
from rich.text import Text
from textual.widgets import Static

from reader.ui.app import ReaderApp
from reader.ui.screens.article_detail import ArticleDetailScreen

STRIPPED = (
    "---\ntitle: Vlada schvalila novy zakon o spolupraci\npublishedAt: '2025-12-08T09:00:00Z'\n"
    "---\n\nMinisterstvo obrany vcera oznamilo, ze ceska armada pripravuje nakup novych "
    "vrtulniku. Podle mluvciho jde o jednu z nejdulezitejsich zakazek poslednich let.\n"
)


async def test_detail_header_marks_restored_article(tmp_path: Path) -> None:
    """The meta line says the diacritics were restored, and how many words changed."""
    (tmp_path / "bez.md").write_text(STRIPPED, encoding="utf-8")
    app = ReaderApp(articles_dir=tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleDetailScreen)
        assert screen.article.title == "Vláda schválila nový zákon o spolupráci"
        content = screen.query_one("#detail-meta", Static).content
        meta = content.plain if isinstance(content, Text) else str(content)
        assert f"diacritics restored ({screen.article.restored_words} words" in meta
        assert screen.article.restored_words > 10
