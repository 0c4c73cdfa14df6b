"""The words a search found, highlighted in the article and stepped through with ] and [."""

from __future__ import annotations

import io
from pathlib import Path

from conftest import settle
from rich.console import Console
from rich.style import Style
from rich.text import Text

from reader.present.highlight import Highlighted, is_hit
from reader.ui.app import ReaderApp
from reader.ui.screens.article_detail import ArticleDetailScreen
from reader.ui.widgets.article_body import ArticleBody
from reader.ui.widgets.vim_keys import PageScroll


def test_a_word_is_a_hit_as_the_search_finds_it() -> None:
    """A word is found when it starts with a term, ignoring case and accents; a two-letter
    term finds only the whole word."""
    assert is_hit("Spolupráce", ["spolupr"])
    assert is_hit("SPOLUPRÁCE", ["spoluprace"])
    assert not is_hit("nespolupráce", ["spolupr"])
    assert is_hit("EU", ["eu"]) and not is_hit("Evropa", ["eu"]) and not is_hit("EUR", ["eu"])
    # As the search finds them: two characters of Chinese start a word, Łódź folds to lodz.
    assert is_hit("北京发布", ["北京"]) and is_hit("Łódź", ["lodz"]) and is_hit("Ёлки", ["елки"])


def test_highlighted_restyles_the_words_found_and_says_where() -> None:
    """Drawn, the words found carry the highlight style and `hit_lines` lists their lines."""
    mark = Style(bgcolor="yellow")
    text = Text("první řádek\nspolupráce s Indií\ntřetí\nIndie a spolupráce")
    highlighted = Highlighted(lambda: text, ["spolupr"], mark)
    console = Console(file=io.StringIO(), width=40, color_system=None)
    segments = list(console.render(highlighted))
    assert highlighted.hit_lines == [1, 3]
    assert [part.text for part in segments if part.style and part.style.bgcolor] == [
        "spolupráce",
        "spolupráce",
    ]


async def test_an_article_opened_from_a_search_steps_through_its_hits(tmp_path: Path) -> None:
    """Opened from a search, the article's body marks where the words are and ] scrolls to
    the next one, [ back; opened without a search, ] is not offered."""
    folder = tmp_path / "articles"
    folder.mkdir()
    filler = "\n\n".join(f"Odstavec {number} bez hledaného slova." for number in range(40))
    (folder / "a.md").write_text(
        f"---\ntitle: Most\n---\n{filler}\n\nTady je Vltava.\n\n{filler}\n\nA zase Vltava.\n",
        encoding="utf-8",
    )
    app = ReaderApp(articles_dir=folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"vltav", "enter", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleDetailScreen) and screen.search_terms == ("vltav",)
        body = screen.query_one(ArticleBody)
        first, second = body.hit_lines
        scroll = screen.query_one(PageScroll)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert round(scroll.scroll_y) == body.virtual_region.y + first
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert round(scroll.scroll_y) in (body.virtual_region.y + second, scroll.max_scroll_y)
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert round(scroll.scroll_y) == body.virtual_region.y + first
        await pilot.press("escape", "escape", "enter")  # the search cleared, opened again
        await pilot.pause()
        keys = {binding.binding.action for binding in app.screen.active_bindings.values()}
        assert "hit(1)" not in keys


def test_a_word_with_marks_is_highlighted_whole() -> None:
    """A Hindi word is highlighted whole, as the search finds it (its vowel signs split it
    into letters, none of them a hit)."""
    mark = Style(bgcolor="yellow")
    highlighted = Highlighted(lambda: Text("आज हिन्दी समाचार"), ["हिन्दी"], mark)
    console = Console(file=io.StringIO(), width=40, color_system=None)
    segments = list(console.render(highlighted))
    assert [part.text for part in segments if part.style and part.style.bgcolor] == ["हिन्दी"]
