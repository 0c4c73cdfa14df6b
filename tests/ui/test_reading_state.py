"""Pilot tests of reading state: read and unread, starred, hiding read, next unread, undo, links."""

from __future__ import annotations

import sqlite3
import webbrowser
from pathlib import Path

import pytest
from conftest import NEWEST_FIRST, RecordingBrowser, settle
from textual.widgets import OptionList

from reader.config import Config, LoadedConfig
from reader.data.state import Mark, ReadingState
from reader.ui.app import ReaderApp
from reader.ui.screens.article_detail import ArticleDetailScreen
from reader.ui.screens.confirm import ConfirmDialog
from reader.ui.screens.links_dialog import LinksDialog
from reader.ui.widgets.article_table import ArticleTable


def reader(articles_dir: Path, state_dir: Path, **settings: object) -> ReaderApp:
    """An app whose marks are kept in `state_dir`, with `settings` over the defaults."""
    config = Config(**settings)  # type: ignore[arg-type]
    loaded = LoadedConfig(config, state_dir / "config.toml")
    return ReaderApp(articles_dir, settings=loaded, state=ReadingState.open(state_dir))


def marked(state_dir: Path, mark: Mark) -> set[str]:
    """The articles with `mark`, read from the database as another process would."""
    with sqlite3.connect(state_dir / "state.sqlite3") as connection:
        rows = connection.execute("SELECT article FROM marks WHERE mark = ?", (mark.value,))
        return {row[0] for row in rows}


def one_article(tmp_path: Path, name: str, text: str) -> Path:
    """A folder below `tmp_path` holding one article file `name` with `text`."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def table_of(app: ReaderApp) -> ArticleTable:
    """The article table of the list."""
    return app.article_list.query_one(ArticleTable)


async def test_m_and_f_mark_the_article_under_the_cursor(
    articles_dir: Path, tmp_path: Path
) -> None:
    """m toggles read and f toggles starred, saved at once; the row shows both."""
    app = reader(articles_dir, tmp_path / "state")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("j", "m", "f")
        await pilot.pause()
        assert marked(tmp_path / "state", Mark.READ) == {"drony"}
        assert marked(tmp_path / "state", Mark.STARRED) == {"drony"}
        rows = [table_of(app).render_line(y).text for y in (1, 2)]
        assert rows[0].startswith(" • ") and rows[1].startswith("  ★ ")
        await pilot.press("m")
        await pilot.pause()
        assert marked(tmp_path / "state", Mark.READ) == set()
        assert table_of(app).render_line(2).text.startswith(" •★ ")


async def test_opening_marks_read_unless_configured_not_to(
    articles_dir: Path, tmp_path: Path
) -> None:
    """Enter, n and N read articles; with mark_read = "never" only m does."""
    app = reader(articles_dir, tmp_path / "state")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "n")
        await pilot.pause()
        assert marked(tmp_path / "state", Mark.READ) == {"rozpocet", "drony"}
    never = reader(articles_dir, tmp_path / "never", mark_read="never")
    async with never.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "n")
        await pilot.pause()
        assert marked(tmp_path / "never", Mark.READ) == set()


async def test_marks_survive_a_restart(articles_dir: Path, tmp_path: Path) -> None:
    """Marks made in one run are shown in the next."""
    app = reader(articles_dir, tmp_path / "state")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f", "j", "m")
        await pilot.pause()
    again = reader(articles_dir, tmp_path / "state")
    async with again.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("F")
        await pilot.pause()
        assert list(table_of(again).article_ids) == ["rozpocet"]
        await pilot.press("F", "u")
        await pilot.pause()
        assert "drony" not in table_of(again).article_ids
        assert len(table_of(again).article_ids) == len(NEWEST_FIRST) - 1


async def test_u_hides_read_articles_and_keeps_the_cursor_row(
    articles_dir: Path, tmp_path: Path
) -> None:
    """With read articles hidden, reading one moves the cursor to the article after it."""
    app = reader(articles_dir, tmp_path / "state")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("u")
        await pilot.pause()
        assert app.article_list.article_query.unread_only
        await pilot.press("j", "enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        table = table_of(app)
        assert "drony" not in table.article_ids
        assert table.cursor_article_id == "indie"
        assert "unread only" in app.article_list.query_one("#filter-line").render().plain


async def test_u_on_a_read_article_leaves_the_cursor_on_the_next(
    articles_dir: Path, tmp_path: Path
) -> None:
    """Hiding read articles while the cursor is on one puts it on the article after it (not
    the row it was on, which read ones above it no longer fill), not back at the top; showing
    them again keeps it there."""
    app = reader(articles_dir, tmp_path / "state")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        table = table_of(app)
        await pilot.press("m", "j", "m", "j", "m")  # the first three read, read ones above
        await pilot.pause()
        assert table.cursor_article_id == NEWEST_FIRST[2]
        await pilot.press("u")
        await pilot.pause()
        assert table.cursor_article_id == NEWEST_FIRST[3] == table.article_ids[0]
        await pilot.press("u")
        await pilot.pause()
        assert table.cursor_article_id == NEWEST_FIRST[3]
        await pilot.press("3")  # a new filter starts at the top
        await pilot.pause()
        assert table.cursor_row == 0


async def test_capital_m_marks_the_listed_articles_read_after_asking(
    articles_dir: Path, tmp_path: Path
) -> None:
    """M asks how many; n keeps them unread, y marks them read; ctrl+z takes it back."""
    app = reader(articles_dir, tmp_path / "state")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("4", "M")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert app.screen.question == "Mark the 2 unread articles of this list read?"
        await pilot.press("n")
        await pilot.pause()
        assert marked(tmp_path / "state", Mark.READ) == set()
        await pilot.press("M", "y")
        await pilot.pause()
        assert marked(tmp_path / "state", Mark.READ) == {"rozpocet", "drony"}
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert marked(tmp_path / "state", Mark.READ) == set()
        assert list(app._notifications)[-1].message == "Undone: marking 2 articles read."

        await pilot.press("m")  # the first of the two, read already, is not counted
        await pilot.press("M")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert app.screen.question == "Mark the 1 unread article of this list read?"
        await pilot.press("y", "M")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmDialog)
        assert list(app._notifications)[-1].message == "Every article of this list is read already."


async def test_capital_n_goes_to_the_next_unread(articles_dir: Path, tmp_path: Path) -> None:
    """N skips read articles, from the list and from an article, and wraps to the top."""
    state_dir = tmp_path / "state"
    state = ReadingState.open(state_dir)
    state.set(["drony", "indie", "maslo"], Mark.READ, on=True)
    app = reader(articles_dir, state_dir, mark_read="never")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("N")
        assert table_of(app).cursor_article_id == "most"
        await pilot.press("enter", "N")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleDetailScreen)
        assert screen.article.id == "planeta"
        await pilot.press("N", "N", "N")
        assert screen.article.id == "rozpocet"  # round to the top


async def test_capital_n_on_the_only_unread_article_says_so(
    articles_dir: Path, tmp_path: Path
) -> None:
    """N with no unread article but the one under the cursor (or open) says there is no
    other, in the list and in the article."""
    state_dir = tmp_path / "state"
    state = ReadingState.open(state_dir)
    state.set(NEWEST_FIRST[1:], Mark.READ, on=True)
    app = reader(articles_dir, state_dir, mark_read="never")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("N")
        assert table_of(app).cursor_article_id == NEWEST_FIRST[0]
        await pilot.press("enter", "N")
        await pilot.pause()
        messages = [notification.message for notification in app._notifications]
        assert messages.count("No other unread article in this list.") == 2


async def test_undo_works_on_the_article_screen(articles_dir: Path, tmp_path: Path) -> None:
    """ctrl+z takes back a star given while reading, and the header says so."""
    app = reader(articles_dir, tmp_path / "state")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "f")
        await pilot.pause()
        position = app.screen.query_one("#detail-position").render().plain
        assert position.endswith("· read · ★ starred")
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert marked(tmp_path / "state", Mark.STARRED) == set()
        assert app.screen.query_one("#detail-position").render().plain.endswith("· read")


async def test_a_damaged_state_file_is_moved_aside(articles_dir: Path, tmp_path: Path) -> None:
    """The reader starts with empty marks and says where the damaged file went."""
    state_dir = tmp_path / "state"
    state_dir.mkdir()
    (state_dir / "state.sqlite3").write_bytes(b"this is not a database" * 100)
    app = reader(articles_dir, state_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        [notice] = [n.message for n in app._notifications if "damaged" in n.message]
        assert "state.sqlite3.broken-" in notice
        await pilot.press("f")
        await pilot.pause()
    assert marked(state_dir, Mark.STARRED) == {"rozpocet"}
    assert len(list(state_dir.glob("state.sqlite3.broken-*"))) == 1


async def test_y_copies_the_link_and_o_opens_it_from_the_list(
    articles_dir: Path, tmp_path: Path, browser: RecordingBrowser
) -> None:
    """y puts the article's address on the clipboard; o opens it, from the list too."""
    app = reader(articles_dir, tmp_path / "state")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("y", "o")
        await settle(pilot)
        assert app.clipboard == "https://example.cz/rozpocet"
        assert browser.opened == ["https://example.cz/rozpocet"]


async def test_capital_o_opens_the_link_and_marks_the_article_read(
    articles_dir: Path, tmp_path: Path, browser: RecordingBrowser
) -> None:
    """O opens the article's web page from the list and marks the article read."""
    app = reader(articles_dir, tmp_path / "state")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("O")
        await settle(pilot)
        assert browser.opened == ["https://example.cz/rozpocet"]
        assert marked(tmp_path / "state", Mark.READ) == {"rozpocet"}
        assert table_of(app).render_line(1).text.startswith("    ")  # no unread dot


async def test_l_lists_the_links_of_the_text_and_opens_the_chosen(
    tmp_path: Path, browser: RecordingBrowser
) -> None:
    """l numbers the body's links; a digit opens one; a javascript: link is refused."""
    folder = one_article(
        tmp_path,
        "odkazy.md",
        "---\ntitle: Odkazy\n---\nViz [zprávu](https://example.cz/zprava), "
        "<https://example.cz/druha> a také https://example.cz/treti.\n",
    )
    app = reader(folder, tmp_path / "state")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "l")
        await pilot.pause()
        assert isinstance(app.screen, LinksDialog)
        assert app.screen.query_one(OptionList).option_count == 3
        await pilot.press("3")
        await settle(pilot)
        assert isinstance(app.screen, ArticleDetailScreen)
        assert browser.opened == ["https://example.cz/treti"]
        await pilot.press("l", "j", "j", "k", "enter")  # vim keys move in the list
        await settle(pilot)
        assert browser.opened[-1] == "https://example.cz/druha"


async def test_l_lists_the_articles_own_page_first(
    tmp_path: Path, browser: RecordingBrowser
) -> None:
    """The article's own address is the first link of `l`, once even when the text has it."""
    folder = one_article(
        tmp_path,
        "odkaz.md",
        "---\ntitle: Odkaz\nurl: https://example.cz/clanek\n---\n"
        "Viz https://example.cz/zdroj a https://example.cz/clanek.\n",
    )
    app = reader(folder, tmp_path / "state")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "l")
        await pilot.pause()
        assert isinstance(app.screen, LinksDialog)
        assert [link.url for link in app.screen.links] == [
            "https://example.cz/clanek",
            "https://example.cz/zdroj",
        ]
        await pilot.press("1")
        await settle(pilot)
        assert browser.opened == ["https://example.cz/clanek"]


async def test_a_link_no_browser_can_open_is_copied_instead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a browser, the link chosen from the text goes to the clipboard, not the
    article's own address, and the message says so."""
    folder = one_article(
        tmp_path,
        "odkaz.md",
        "---\ntitle: Odkaz\nurl: https://example.cz/clanek\n---\nViz https://example.cz/zdroj.\n",
    )

    def no_browser(using: str | None = None) -> webbrowser.BaseBrowser:
        raise webbrowser.Error("could not locate runnable browser")

    monkeypatch.setattr(webbrowser, "get", no_browser)
    app = reader(folder, tmp_path / "state")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "l", "2")  # 1 is the article's own page
        await settle(pilot)
        assert app.clipboard == "https://example.cz/zdroj"
        messages = [notification.message for notification in app._notifications]
        assert "No web browser was found; the link was copied to the clipboard instead." in (
            messages
        )


async def test_settings_set_theme_width_and_date_format(articles_dir: Path, tmp_path: Path) -> None:
    """The theme, the reading column's width and the date format come from the settings."""
    app = reader(
        articles_dir, tmp_path / "state", theme="nord", reading_width=60, date_format="%d.%m.%Y"
    )
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert app.theme == "nord"
        assert "08.12.2025" in table_of(app).render_line(1).text
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one("#detail-column").content_region.width == 60
        assert "08.12.2025" in app.screen.query_one("#detail-meta").render().plain


async def test_a_theme_picked_is_kept_for_the_next_start(
    articles_dir: Path, tmp_path: Path
) -> None:
    """Without a theme in the settings, the one picked (in the palette) comes back at the
    next start; with one there, a theme picked lasts until the reader quits, and says so."""
    app = reader(articles_dir, tmp_path / "state")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.theme = "dracula"
        await pilot.pause()
    again = reader(articles_dir, tmp_path / "state")
    async with again.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert again.theme == "dracula"
    configured = reader(articles_dir, tmp_path / "state", theme="nord")
    async with configured.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert configured.theme == "nord"
        configured.theme = "gruvbox"
        await pilot.pause()
        assert "lasts until the reader quits" in list(configured._notifications)[-1].message
    assert ReadingState.open(tmp_path / "state").choice("theme") == "dracula"


async def test_an_unknown_theme_is_named_and_the_default_kept(
    articles_dir: Path, tmp_path: Path
) -> None:
    """A theme Textual lacks is reported with the settings file, in one message with the
    file's other problems; the reader still starts."""
    path = tmp_path / "state" / "config.toml"
    settings = LoadedConfig(
        Config(theme="no-such-theme"),
        path,
        (f"{path}: unknown key 'colour' ignored", f"{path}: mark_read: must be a string"),
    )
    state = ReadingState.open(tmp_path / "state")
    app = ReaderApp(articles_dir, settings=settings, state=state)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark"
        [message] = [n.message for n in app._notifications if "theme" in n.message]
        assert message.splitlines() == [
            f"{path}:",
            "• unknown key 'colour' ignored",
            "• mark_read: must be a string",
            "• theme: no theme 'no-such-theme' (Ctrl+P, then 'theme', lists them); using the"
            " default",
        ]


async def test_an_unknown_theme_leaves_the_one_last_picked(
    articles_dir: Path, tmp_path: Path
) -> None:
    """A theme Textual lacks in the settings keeps the theme picked earlier in force, and the
    message says which."""
    state = ReadingState.open(tmp_path / "state")
    state.remember("theme", "dracula")
    app = reader(articles_dir, tmp_path / "state", theme="no-such-theme")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.theme == "dracula"
        [message] = [n.message for n in app._notifications if "theme" in n.message]
        assert message.endswith("using the one last picked ('dracula')")


async def test_marks_made_by_another_reader_show_within_a_second(
    articles_dir: Path, tmp_path: Path
) -> None:
    """Another reader of the same marks stars an article: the list shows its star without a
    key pressed."""
    app = reader(articles_dir, tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        table = table_of(app)
        starred = table.article_ids[1]
        other = ReadingState.open(tmp_path)
        other.set([starred], Mark.STARRED, True)
        other.close()
        for _ in range(40):  # up to two seconds; the check runs every half second
            await pilot.pause(0.05)
            if "★" in table.render_line(2).text:
                break
        assert table.render_line(2).text.startswith(" •★ ")
