"""Pilot tests of the brief: `b` opens it, `[` and `]` step through days, Enter opens an
article and Esc comes back to it; reading it marks nothing; the list's filters apply."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from conftest import ARTICLES, HOSTILE_ARTICLES, settle, write_folder
from test_hostile_walk import assert_screen_is_safe
from textual.pilot import Pilot
from textual.widgets import Sparkline

from reader.config import Config, LoadedConfig
from reader.data.load.key_points import MAX_POINTS
from reader.data.state import Mark, ReadingState
from reader.ui.app import ReaderApp
from reader.ui.help_keys import help_sections
from reader.ui.screens.article_detail import ArticleDetailScreen
from reader.ui.screens.article_list import ArticleListScreen
from reader.ui.screens.brief import BriefList, BriefScreen

SAME_DAY: list[dict[str, Any]] = [
    {
        "slug": "volby",
        "title": "Sněmovna vyhlásila termín voleb",
        "description": "Volby budou v říjnu.",
        "category": "politika",
        "importance": 4,
        "publishedAt": "2025-12-08T07:30:00+00:00",
        "source": {"id": "ctk", "name": "ČTK", "emoji": "📰"},
        "url": "https://example.cz/volby",
        "body": "## Klíčové body\n- Volby budou 9. a 10. října.\n- Kandidátky do srpna.\n",
    },
    {
        "slug": "vlaky",
        "title": "Nové vlaky na trati Praha–Brno",
        "description": "Dopravce nasadil dvanáct nových souprav.",
        "category": "doprava",
        "importance": 3,
        "publishedAt": "2025-12-08T12:00:00+00:00",
        "source": {"id": "idnes", "name": "iDNES", "emoji": "🚋"},
        "url": "https://example.cz/vlaky",
        "body": "## Key points\n- Twelve new trains\n- Faster by ten minutes\n",
    },
]
"""Two more articles on the newest day of ARTICLES (8 December), with key points."""


def brief_reader(folder: Path, state_dir: Path) -> ReaderApp:
    """An app on `folder` whose marks are kept in `state_dir`."""
    loaded = LoadedConfig(Config(), state_dir / "config.toml")
    return ReaderApp(folder, settings=loaded, state=ReadingState.open(state_dir))


def brief_folder(tmp_path: Path) -> Path:
    """ARTICLES with two more on their newest day."""
    return write_folder(tmp_path / "brief", [*ARTICLES, *SAME_DAY])


def brief_of(app: ReaderApp) -> BriefScreen:
    """The brief on top of the app's screens."""
    screen = app.screen
    assert isinstance(screen, BriefScreen)
    return screen


async def open_brief(pilot: Pilot[None]) -> BriefScreen:
    """Wait for loading, press b, and return the brief."""
    await settle(pilot)
    await pilot.press("b")
    await pilot.pause()
    return brief_of(pilot.app)  # type: ignore[arg-type]


async def test_b_shows_the_newest_day_by_importance_and_category(tmp_path: Path) -> None:
    """The brief opens on the newest day: most important category first, each article with
    its key points, and the weeks at a glance beside it."""
    app = brief_reader(brief_folder(tmp_path), tmp_path / "state")
    async with app.run_test(size=(120, 40)) as pilot:
        brief = await open_brief(pilot)
        assert brief.brief is not None and brief.brief.day == date(2025, 12, 8)
        assert brief.article_ids == ["rozpocet", "volby", "vlaky"]
        entries = brief.query_one(BriefList)
        headings = [str(entries.get_option_at_index(i).prompt) for i in (0, 3)]
        assert headings == ["politika", "doprava"]
        assert entries.highlighted == 1
        sparkline = brief.query_one(Sparkline)
        assert sparkline.data is not None and list(sparkline.data)[-8:] == [1, 1, 1, 1, 1, 1, 1, 3]


async def test_brackets_step_between_days_with_articles(tmp_path: Path) -> None:
    """`[` shows the day before with articles, `]` the day after; past the newest day the
    brief says so and stays."""
    app = brief_reader(brief_folder(tmp_path), tmp_path / "state")
    async with app.run_test(size=(120, 40)) as pilot:
        brief = await open_brief(pilot)
        await pilot.press("left_square_bracket", "left_square_bracket")
        await pilot.pause()
        assert brief.brief is not None and brief.brief.day == date(2025, 12, 6)
        assert brief.article_ids == ["indie"]
        await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket")
        await pilot.pause()
        assert brief.brief.day == date(2025, 12, 8)
        assert list(app._notifications)[-1].message == "No later day has articles."
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ArticleListScreen)


async def test_enter_opens_the_article_and_escape_comes_back_to_the_same_place(
    tmp_path: Path,
) -> None:
    """Enter opens the article under the cursor as the list does (marking it read); back in
    the brief the cursor is where it was and the article shows as read."""
    state_dir = tmp_path / "state"
    app = brief_reader(brief_folder(tmp_path), state_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        brief = await open_brief(pilot)
        await pilot.press("j", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleDetailScreen)
        assert app.screen.article.id == "volby"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is brief
        entries = brief.query_one(BriefList)
        assert entries.highlighted == 2
        assert brief.brief is not None
        assert [entry.unread for entry in brief.brief.entries] == [True, False, True]
        assert app.marking.state.marked(Mark.READ) == {"volby"}


async def test_articles_from_the_brief_and_the_list_are_shown_in_one_page(
    tmp_path: Path,
) -> None:
    """The page an article opened from the list is shown in shows those opened from the
    brief too (each new page was composed and styled anew), and going
    back from it still returns to the brief, then to the list."""
    app = brief_reader(brief_folder(tmp_path), tmp_path / "state")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        page = app.screen
        assert isinstance(page, ArticleDetailScreen)
        await pilot.press("escape")
        await pilot.pause()
        brief = await open_brief(pilot)
        await pilot.press("j", "enter")
        await pilot.pause()
        assert app.screen is page
        assert page.article.id == "volby"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is brief
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ArticleListScreen)


async def test_reading_the_brief_marks_nothing(tmp_path: Path) -> None:
    """Opening the brief and stepping through its days leaves every article unread."""
    app = brief_reader(brief_folder(tmp_path), tmp_path / "state")
    async with app.run_test(size=(120, 40)) as pilot:
        await open_brief(pilot)
        await pilot.press("left_square_bracket", "j", "right_square_bracket", "escape")
        await pilot.pause()
        assert app.marking.state.marked(Mark.READ) == set()


async def test_the_list_filters_apply_to_the_brief(tmp_path: Path) -> None:
    """With importance ≥ 4 in the list, the brief shows and counts only those articles."""
    app = brief_reader(brief_folder(tmp_path), tmp_path / "state")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("4", "b")
        await pilot.pause()
        brief = brief_of(app)
        assert brief.article_ids == ["rozpocet", "volby"]
        assert brief.brief is not None
        assert brief.brief.per_importance == ((5, 1), (4, 2))
        assert brief.brief.previous_day == date(2025, 12, 7)


async def test_b_again_shows_the_newest_day_from_its_first_article_under_the_filters_now(
    tmp_path: Path,
) -> None:
    """The brief is made at the first `b` and shown again at the next: of the newest day,
    from its first article however far it was moved, under the list's filters as they are
    then."""
    app = brief_reader(brief_folder(tmp_path), tmp_path / "state")
    async with app.run_test(size=(120, 40)) as pilot:
        brief = await open_brief(pilot)
        every = list(brief.article_ids)
        await pilot.press("j", "j", "left_square_bracket", "escape", "b")
        await pilot.pause()
        assert app.screen is brief
        assert brief.article_ids == every
        assert brief.query_one(BriefList).highlighted == 1
        await pilot.press("j", "j", "escape", "b")  # the same day's brief, unchanged
        await pilot.pause()
        assert brief.query_one(BriefList).highlighted == 1
        await pilot.press("j", "escape", "4", "b")
        await pilot.pause()
        assert app.screen is brief
        assert brief.article_ids == ["rozpocet", "volby"]
        assert brief.query_one(BriefList).highlighted == 1


async def test_hostile_text_in_the_brief_is_shown_as_text(tmp_path: Path) -> None:
    """Markup and control codes in titles and categories show literally, never styled."""
    app = brief_reader(write_folder(tmp_path / "hostile", HOSTILE_ARTICLES), tmp_path / "s")
    async with app.run_test(size=(120, 40)) as pilot:
        brief = await open_brief(pilot)
        entries = brief.query_one(BriefList)
        lines = [entries.render_line(y).text for y in range(8)]
        assert any("[b]kat[/b]" in line for line in lines)
        assert any("[bold]x[/] and [/b]" in line for line in lines)
        assert not any("\x1b" in line for line in lines)


async def test_the_brief_is_offered_in_the_palette_and_the_help(tmp_path: Path) -> None:
    """The list's palette offers the brief, and the help lists its keys."""
    app = brief_reader(brief_folder(tmp_path), tmp_path / "state")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        titles = [command.title for command in app.article_list.screen_commands()]
        assert "Brief of the day" in titles
    sections = dict(help_sections(ReaderApp.BINDINGS, {}))
    keys = [binding.key for binding in sections["Brief"]]
    assert keys[:3] == ["escape,q", "left_square_bracket", "right_square_bracket"]
    assert "enter" in keys and "down,j" in keys
    assert "b" in [binding.key for binding in sections["Article list"]]


async def test_hostile_key_points_long_titles_and_many_bullets_show_safely(
    tmp_path: Path,
) -> None:
    """Key points with markup, control codes and bidi overrides, a 10,000-character title and
    a thousand bullets: no crash, no control character on screen, the points cut to a few."""
    hostile = {
        **HOSTILE_ARTICLES[0],
        "slug": "body",
        "title": "Dlouhý titulek " * 700,
        "body": "## Klíčové body\n"
        + "- [bold]tučně[/] \x1b[31mčervená\x07 \u202eobráceně\u202c\n" * 1000,
    }
    app = brief_reader(write_folder(tmp_path / "h", [*HOSTILE_ARTICLES, hostile]), tmp_path / "s")
    async with app.run_test(size=(100, 30)) as pilot:
        brief = await open_brief(pilot)
        assert brief.brief is not None
        entry = next(entry for entry in brief.brief.entries if entry.id == "body")
        assert len(entry.key_points) == MAX_POINTS
        assert_screen_is_safe(app)
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert_screen_is_safe(app)
