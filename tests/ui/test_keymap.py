"""Keys of one's own: the `[keys]` settings checked against the reader's keys, and in force."""

from __future__ import annotations

from pathlib import Path

from conftest import settle

from reader.config import Config, LoadedConfig
from reader.data.state import ReadingState
from reader.ui.app import ReaderApp
from reader.ui.help_keys import screen_bindings
from reader.ui.keymap import build_keymap
from reader.ui.screens.article_detail import ArticleDetailScreen
from reader.ui.screens.help import HelpScreen
from reader.ui.widgets.key_footer import KeyFooter

SETTINGS = Path("/settings/config.toml")
SCREENS = screen_bindings(ReaderApp.BINDINGS)


def test_a_key_of_ones_own_replaces_the_default() -> None:
    """A known name with a known key goes into the keymap, without a problem."""
    assert build_keymap([("hide-read", "h")], SCREENS, SETTINGS) == ({"hide-read": "h"}, [])


def test_unknown_names_and_keys_are_reported_and_left_out() -> None:
    """A name the reader has no key for, or a key Textual does not know, is named with the
    file; the rest still counts."""
    keymap, problems = build_keymap(
        [("nosuch", "x"), ("links", "ctrl+nothing"), ("sort", "z")], SCREENS, SETTINGS
    )
    assert keymap == {"sort": "z"}
    assert problems[0].startswith(f"{SETTINGS}: keys: 'nosuch' is no key of the reader")
    assert problems[1] == f"{SETTINGS}: keys: links: 'ctrl+nothing' is not a key; default kept"


def test_a_key_with_two_jobs_is_refused_but_a_swap_is_not() -> None:
    """A key another action of the same screen keeps is refused, the default kept; two
    entries that swap their keys are both taken."""
    keymap, problems = build_keymap([("sort", "f")], SCREENS, SETTINGS)
    assert keymap == {}
    assert problems == [f"{SETTINGS}: keys: sort: 'f' is 'Star' in the article list; default kept"]
    swapped = [("sort", "u"), ("hide-read", "s")]
    assert build_keymap(swapped, SCREENS, SETTINGS) == (dict(swapped), [])


def test_the_newsboat_preset_moves_the_keys_that_differ() -> None:
    """`preset = "newsboat"` gives n to the next unread article and N to read or unread, the
    next and previous articles J and K; an entry after it still counts; an unknown preset is
    reported."""
    keymap, problems = build_keymap([("preset", "newsboat"), ("sort", "z")], SCREENS, SETTINGS)
    assert problems == []
    assert keymap["next-unread"] == "n" and keymap["toggle-read"] == "N"
    assert keymap["next"] == "J" and keymap["sort"] == "z"
    _, problems = build_keymap([("preset", "mutt")], SCREENS, SETTINGS)
    assert problems == [f"{SETTINGS}: keys: no preset 'mutt' (there is 'newsboat'); ignored"]


def reader(articles_dir: Path, state_dir: Path, keys: tuple[tuple[str, str], ...]) -> ReaderApp:
    """An app with `keys` as its `[keys]` settings."""
    settings = LoadedConfig(Config(keys=keys), state_dir / "config.toml")
    return ReaderApp(articles_dir, settings=settings, state=ReadingState.open(state_dir))


async def test_keys_of_ones_own_work_and_show_in_the_footer_and_help(
    articles_dir: Path, tmp_path: Path
) -> None:
    """A remapped key does its job, the footer and the help show it, and the old key is
    free; with the newsboat preset, n in an article goes to the next unread one."""
    keys = (("preset", "newsboat"), ("hide-read", "h"))
    app = reader(articles_dir, tmp_path / "state", keys)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("h")
        assert app.article_list.article_query.unread_only
        await pilot.press("u")
        assert app.article_list.article_query.unread_only  # u does nothing now
        footer = app.article_list.query_one(KeyFooter).render().plain
        assert "h Hide read" in footer and "u Hide read" not in footer
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        listed = {
            (binding.key, binding.id) for _, bindings in app.screen.sections for binding in bindings
        }
        assert ("h", "hide-read") in listed and ("n", "next-unread") in listed
        await pilot.press("escape", "h", "enter")  # all shown again, the first opened
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleDetailScreen)
        first = screen.article.id
        await pilot.press("n")
        assert screen.article.id != first


def test_a_key_of_ones_own_wins_over_the_presets() -> None:
    """With the newsboat preset, `next = "n"` takes n back for the next article: the preset's
    next unread goes back to its default N, and so on down the line, without a problem."""
    keymap, problems = build_keymap([("preset", "newsboat"), ("next", "n")], SCREENS, SETTINGS)
    assert problems == []
    assert keymap["next"] == "n" and "next-unread" not in keymap


async def test_a_moved_key_keeps_its_place_in_the_footer(
    articles_dir: Path, tmp_path: Path
) -> None:
    """A key of one's own stands where its action always stands in the footer: at 80
    columns, Help, Quit and Search keep the front with keys of their own."""
    keys = (("quit", "Q"), ("help", "f1"), ("search", "ctrl+f"))
    app = reader(articles_dir, tmp_path / "state", keys)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        footer = app.article_list.query_one(KeyFooter).render().plain
        assert footer.startswith("f1 Help Q Quit ^f Search c Category")
