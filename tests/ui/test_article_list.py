"""Pilot tests of the article list: sorting, filters, search, the sidebar and the cursor."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ARTICLES, NEWEST_FIRST, searched, settle, write_folder
from rich.cells import cell_len
from textual import events
from textual.widgets import Input, Static

from reader.data import NO_FACET, Facet
from reader.data.query import SortKey
from reader.ui.app import ReaderApp
from reader.ui.screens.article_detail import ArticleDetailScreen
from reader.ui.screens.article_list import ArticleListScreen
from reader.ui.widgets import search_box
from reader.ui.widgets.article_table import ArticleTable
from reader.ui.widgets.category_list import CategoryList
from reader.ui.widgets.key_footer import KeyFooter
from reader.ui.widgets.search_box import SEARCH_DELAY


def table_of(app: ReaderApp) -> ArticleTable:
    """The list screen's table."""
    return app.article_list.query_one(ArticleTable)


def filter_line_of(app: ReaderApp) -> str:
    """The text of the line above the table."""
    content = app.article_list.query_one("#filter-line", Static).content
    return str(content)


async def test_list_shows_every_article_newest_first(articles_dir: Path) -> None:
    """After loading, the list holds every article, newest first, and says how many."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ArticleListScreen)
        table = table_of(app)
        assert list(table.article_ids) == NEWEST_FIRST
        assert table.cursor_article_id == "rozpocet"
        assert filter_line_of(app).startswith("8 of 8 articles · no filters")


async def test_rows_show_meter_date_source_and_title(articles_dir: Path) -> None:
    """A row reads as the importance meter, the UTC date, the category, the source and the
    title, when the terminal is wide enough for them beside the titles on screen."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        header = table_of(app).render_line(0).text
        row = table_of(app).render_line(1).text
        assert "Date ▼" in header
        assert "●●●●● 2025-12-08 09:00 politika" in row
        assert row.index("📰 ČTK") < row.index("Vláda schválila rozpočet")


async def test_s_cycles_the_sort(articles_dir: Path) -> None:
    """`s` steps through date, importance, title and source, and the header shows which."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        sorts = []
        for _ in range(4):
            await pilot.press("s")
            sorts.append(app.article_list.article_query.sort)
            if sorts[-1] is SortKey.IMPORTANCE:
                assert table_of(app).article_ids[:2] == ["rozpocet", "drony"]
                assert table_of(app).article_ids[-1] == "planeta"  # no importance: last
                assert "Imp ▼" in table_of(app).render_line(0).text
            elif sorts[-1] is SortKey.TITLE:
                assert table_of(app).article_ids[0] == "drony"  # Armáda …
                assert "Title ▲" in table_of(app).render_line(0).text
        assert sorts == [SortKey.IMPORTANCE, SortKey.TITLE, SortKey.SOURCE, SortKey.DATE]
        assert list(table_of(app).article_ids) == NEWEST_FIRST


async def test_capital_s_and_a_second_choice_turn_the_order_round(articles_dir: Path) -> None:
    """`S` turns the order round (oldest first), and says so above the list and in the
    header; `s` goes on to the next sort the usual way round; a sort chosen again (a click on
    its header) turns it round."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        assert app.article_list.article_query.reverse
        assert list(table_of(app).article_ids) == NEWEST_FIRST[::-1]
        assert "sorted by date, oldest first" in filter_line_of(app)
        assert "Date ▲" in table_of(app).render_line(0).text
        await pilot.press("s")
        query = app.article_list.article_query
        assert query.sort is SortKey.IMPORTANCE and not query.reverse
        app.article_list.sort_by(SortKey.IMPORTANCE)
        await pilot.pause()
        assert app.article_list.article_query.reverse
        assert table_of(app).article_ids[-1] == "planeta"  # no importance: still last


async def test_number_keys_set_the_importance_floor(articles_dir: Path) -> None:
    """1-5 hide less important articles (and unrated ones); 0 shows all again."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        assert app.article_list.article_query.min_importance == 3
        assert list(table_of(app).article_ids) == ["rozpocet", "drony", "indie", "ekonomika"]
        assert "importance ≥ 3" in filter_line_of(app)
        await pilot.press("1")
        assert "planeta" not in table_of(app).article_ids
        assert table_of(app).row_count == 7
        await pilot.press("0")
        assert app.article_list.article_query.min_importance is None
        assert table_of(app).row_count == 8


async def test_search_narrows_as_you_type_and_esc_clears_it(
    articles_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`/` opens the search; typing without accents narrows the list; Esc clears and closes."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.article_list
        search = screen.query_one("#search", Input)
        await pilot.press("slash")
        assert search.has_focus and search.display
        # Typing slower than any pause: the search waits however busy the machine is.
        monkeypatch.setattr(search_box, "SEARCH_DELAY", 60.0)
        await pilot.press(*"spoluprac")
        assert screen.article_query.search == ""  # the search waits for typing to pause
        monkeypatch.setattr(search_box, "SEARCH_DELAY", SEARCH_DELAY)
        await pilot.press("e")
        await searched(pilot)
        assert screen.article_query.search == "spoluprace"
        assert list(table_of(app).article_ids) == ["indie", "univerzity"]
        assert 'search: "spoluprace"' in filter_line_of(app)
        await pilot.press("escape")
        await pilot.pause()
        assert screen.article_query.search == ""
        assert search.value == ""
        assert not search.display
        assert table_of(app).has_focus
        assert table_of(app).row_count == 8


async def test_keys_typed_into_the_search_are_text(articles_dir: Path) -> None:
    """Digits and `s` typed into the search do not change the filters or the sort."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", "s", "3")
        await searched(pilot)
        query = app.article_list.article_query
        assert (query.search, query.min_importance, query.sort) == ("s3", None, SortKey.DATE)


async def test_keys_typed_fast_after_slash_go_into_the_search(articles_dir: Path) -> None:
    """Keys that arrive together with `/` (fast typing, a slow link) are not lost or run."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        for key, character in [("slash", "/"), ("s", "s"), ("3", "3")]:
            app.post_message(events.Key(key, character))  # all queued before any is handled
        await searched(pilot)
        query = app.article_list.article_query
        assert (query.search, query.min_importance, query.sort) == ("s3", None, SortKey.DATE)


async def test_keys_typed_fast_after_enter_in_the_search_act_on_the_list(
    articles_dir: Path,
) -> None:
    """Enter leaves the search box at once: keys that arrive with it act on the list."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        keys = [("slash", "/"), *((c, c) for c in "most"), ("enter", "\r"), ("3", "3")]
        for key, character in keys:
            app.post_message(events.Key(key, character))  # all queued before any is handled
        await searched(pilot)
        query = app.article_list.article_query
        assert (query.search, query.min_importance) == ("most", 3)
        assert app.article_list.query_one("#search", Input).value == "most"
        assert table_of(app).has_focus


async def test_slash_can_be_typed_into_the_search(articles_dir: Path) -> None:
    """`/` opens the search, and inside it types a slash."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", "a", "slash", "b")
        assert app.article_list.query_one("#search", Input).value == "a/b"


async def test_slashes_typed_fast_in_the_search_stay_in_order(articles_dir: Path) -> None:
    """An address typed (or pasted as keys) in one burst keeps its slashes where they were."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        for character in "https://example.cz/a/b":
            key = "slash" if character == "/" else "colon" if character == ":" else character
            app.post_message(events.Key(key, character))  # all queued before any is handled
        await searched(pilot)
        assert app.article_list.query_one("#search", Input).value == "https://example.cz/a/b"


async def test_esc_cancels_a_search_still_waiting_to_run(articles_dir: Path) -> None:
    """Esc right after typing drops the search for good."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"most", "escape")
        await pilot.pause(SEARCH_DELAY + 0.1)
        assert app.article_list.article_query.search == ""
        assert table_of(app).row_count == 8


async def test_enter_in_search_keeps_it_and_returns_to_the_list(articles_dir: Path) -> None:
    """Enter leaves the search box with the search still applied."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"most", "enter")
        await pilot.pause()
        assert table_of(app).has_focus
        assert list(table_of(app).article_ids) == ["most"]


async def test_c_focuses_the_sidebar_and_choosing_filters(articles_dir: Path) -> None:
    """The sidebar lists All and each category with its count; choosing one filters."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        categories = app.article_list.query_one(CategoryList)
        lines = [" ".join(categories.render_line(y).text.split()) for y in range(6)]
        assert lines == [
            "All categories 8",
            "doprava 1",
            "ekonomika 2",
            "obranné technologie 2",
            "politika 1",
            "věda 2",
        ]
        await pilot.press("c")
        assert categories.has_focus
        await pilot.press("j", "j", "enter")
        await pilot.pause()
        assert app.article_list.article_query.categories == ("ekonomika",)
        assert list(table_of(app).article_ids) == ["maslo", "ekonomika"]
        assert "category: ekonomika" in filter_line_of(app)
        assert table_of(app).has_focus
        await pilot.press("c", "g", "enter")
        await pilot.pause()
        assert app.article_list.article_query.categories == ()
        assert table_of(app).row_count == 8


async def test_filters_combine(articles_dir: Path) -> None:
    """Category, importance and search narrow the list together."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.article_list.show_category("obranné technologie")
        await pilot.press("4")
        assert list(table_of(app).article_ids) == ["drony"]
        await pilot.press("0", "slash", *"munice", "enter")
        await pilot.pause()
        assert list(table_of(app).article_ids) == ["indie"]


async def test_empty_result_says_how_to_widen_it(articles_dir: Path) -> None:
    """No match shows advice in the table instead of a blank list."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("5", "slash", *"planeta", "enter")
        await pilot.pause()
        table = table_of(app)
        assert table.row_count == 0
        assert table.cursor_article_id is None
        assert "No articles match. Press 0 for all importances," in table.render_line(2).text
        assert filter_line_of(app).startswith("0 of 8 articles")
        await pilot.press("enter")  # nothing to open
        await pilot.pause()
        assert isinstance(app.screen, ArticleListScreen)


async def test_vim_and_arrow_keys_move_the_cursor(articles_dir: Path) -> None:
    """j/k and arrows move by one, G/End to the last, g/Home to the first, page keys by pages."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        table = table_of(app)
        await pilot.press("j", "down")
        assert table.cursor_row == 2
        await pilot.press("k")
        assert table.cursor_row == 1
        await pilot.press("up", "up")
        assert table.cursor_row == 0
        await pilot.press("G")
        assert table.cursor_article_id == NEWEST_FIRST[-1]
        await pilot.press("g")
        assert table.cursor_row == 0
        await pilot.press("end")
        assert table.cursor_row == 7
        await pilot.press("home", "pagedown")
        assert table.cursor_row == 7  # a page is longer than eight rows
        await pilot.press("pageup")
        assert table.cursor_row == 0


async def test_cursor_stays_on_its_article_when_the_filter_changes(articles_dir: Path) -> None:
    """Re-filtering keeps the cursor on the same article while it is still listed."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("j", "j")
        assert table_of(app).cursor_article_id == "indie"
        await pilot.press("3")
        assert table_of(app).cursor_article_id == "indie"


async def test_clicking_a_row_opens_it(articles_dir: Path) -> None:
    """A click on a row opens that article."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.click(ArticleTable, offset=(40, 3))
        await pilot.pause()
        assert isinstance(app.screen, ArticleDetailScreen)
        assert app.screen.article.id == "indie"


async def test_clicking_a_header_sorts(articles_dir: Path) -> None:
    """A click on the Title header sorts by title."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        title_x = table_of(app).render_line(0).text.index("Title")
        await pilot.click(ArticleTable, offset=(title_x + 1, 0))
        await pilot.pause()
        assert app.article_list.article_query.sort is SortKey.TITLE


async def test_mouse_wheel_scrolls(tmp_path: Path) -> None:
    """The wheel scrolls a long list."""
    many = [{**ARTICLES[n % len(ARTICLES)], "slug": f"clanek-{n:03}"} for n in range(60)]
    app = ReaderApp(articles_dir=write_folder(tmp_path / "many", many))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert table_of(app).row_count == 60
        table = table_of(app)
        # Pilot has no wheel helper: send the event a wheel turn makes.
        table.post_message(events.MouseScrollDown(table, 10, 5, 0, 1, 0, False, False, False))
        await pilot.pause()
        assert table_of(app).scroll_y > 0
        await pilot.press("G")
        await pilot.pause()
        assert table_of(app).scroll_y == table_of(app).max_scroll_y


async def test_q_quits_from_the_list(articles_dir: Path) -> None:
    """`q` on the list ends the app."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_footer_shows_whole_keys_only(articles_dir: Path) -> None:
    """At 80 columns the footer drops the spaces around keys and shows only the keys that fit
    whole, the first ones the screen lists; wider, it shows more, with spaces."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(KeyFooter)
        keys = footer.shown_keys()
        narrow = footer.render().plain
        assert footer.compact and cell_len(narrow) < 80
        shown = [key for key in keys if f"{key.shown} {key.description} " in narrow]
        assert shown == keys[: len(shown)] and keys[0].description == "Help"
        assert keys[len(shown)].description not in narrow  # the first left out: not cut
        await pilot.resize_terminal(160, 30)
        await pilot.pause()
        wide = footer.render().plain
        assert not footer.compact and len(wide.split("  ")) > len(shown)


async def test_down_from_the_search_box_goes_into_the_results(articles_dir: Path) -> None:
    """↓ in the search box runs the search at once and moves to the list."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"most", "down")
        await pilot.pause()
        assert app.article_list.article_query.search == "most"
        assert table_of(app).has_focus


async def test_footer_says_how_to_leave_the_search(articles_dir: Path) -> None:
    """While typing a search the list's letter keys are text: the footer offers Enter and Esc."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        shown = {b.binding.description for b in app.screen.active_bindings.values()}
        assert not {"Done", "Clear"} & shown
        await pilot.press("slash")
        await pilot.pause()
        shown = {
            (key, b.binding.description)
            for key, b in app.screen.active_bindings.items()
            if b.binding.show
        }
        assert {("enter", "Done"), ("escape", "Clear")} <= shown


async def test_sidebar_lists_tags_with_counts_that_follow_the_filters(tmp_path: Path) -> None:
    """Tags are listed under the categories with `(none)` last; a tag filters the list, and
    the counts are of the articles the other filters keep."""
    folder = tmp_path / "tagged"
    folder.mkdir()
    for name, importance, tags in (
        ("a", 5, "[drony, armáda]"),
        ("b", 2, "[drony]"),
        ("c", 1, "[]"),
    ):
        (folder / f"{name}.md").write_text(
            f"---\ntitle: {name}\nimportance: {importance}\ntags: {tags}\n---\nText.\n", "utf-8"
        )
    app = ReaderApp(articles_dir=folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        sidebar = app.article_list.query_one(CategoryList)

        def lines() -> list[str]:
            return [" ".join(sidebar.render_line(y).text.split()) for y in range(6)]

        assert lines() == [
            "All categories 3",
            "(none) 3",
            "All tags 3",
            "armáda 1",
            "drony 2",
            "(none) 1",
        ]
        await pilot.press("c", "j", "j", "j", "j", "enter")
        await pilot.pause()
        assert app.article_list.article_query.tags == ("drony",)
        assert sorted(table_of(app).article_ids) == ["a", "b"]
        assert "tag: drony" in filter_line_of(app)
        await pilot.press("2")
        await pilot.pause()
        assert lines()[2:] == ["All tags 2", "armáda 1", "drony 2", ""]


async def test_a_draft_is_marked_in_the_list_and_the_article(tmp_path: Path) -> None:
    """A draft's title reads `(draft) …` in the list, and its header says so too."""
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "a.md").write_text("---\ntitle: Koncept\ndraft: true\n---\nText.\n", "utf-8")
    app = ReaderApp(articles_dir=folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert "(draft) Koncept" in table_of(app).render_line(1).text
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleDetailScreen)
        meta = app.screen.query_one("#detail-meta", Static).content
        assert str(meta).startswith("(draft)")


async def test_sidebar_counts_change_in_place_when_only_counts_change(
    articles_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A change of filter that leaves the same names changes only the counts: the options
    stay (the highlight with them); other names make the options anew."""
    app = ReaderApp(articles_dir=articles_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        sidebar = app.screen.query_one(CategoryList)
        made_anew: list[int] = []
        set_options = sidebar.set_options
        monkeypatch.setattr(
            sidebar, "set_options", lambda options: made_anew.append(1) or set_options(options)
        )

        def counts() -> list[str]:
            return [
                sidebar.get_option_at_index(index).prompt.count  # type: ignore[attr-defined]
                for index in range(sidebar.option_count)
            ]

        names = [("Věda", 5), ("Sport", 2)]
        sidebar.show_facets({Facet.CATEGORY: (7, names), Facet.TAG: (7, [(NO_FACET, 7)])})
        sidebar.highlighted = 2
        sidebar.show_facets(
            {Facet.CATEGORY: (3, [("Věda", 2), ("Sport", 1)]), Facet.TAG: (3, [(NO_FACET, 3)])}
        )
        await pilot.pause()
        assert counts() == ["3", "2", "1", "3", "3"] and sidebar.highlighted == 2
        assert made_anew == [1]  # the first call only
        sidebar.show_facets({Facet.CATEGORY: (2, [("Sport", 2)]), Facet.TAG: (2, [(NO_FACET, 2)])})
        assert counts() == ["2", "2", "2", "2"] and made_anew == [1, 1]
