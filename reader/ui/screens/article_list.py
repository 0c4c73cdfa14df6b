"""ArticleListScreen: the filtered, sorted table of articles with its category sidebar."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.reactive import var
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, Static

from ...data.index import ArticleIndex
from ...data.query import ArticleQuery, SortKey
from ..commands import ScreenCommand
from ..query_text import empty_advice, filter_line
from ..widgets.article_table import ArticleTable
from ..widgets.category_list import CategoryList
from .article_detail import ArticleDetailScreen, ReadingList
from .article_list_commands import article_list_commands
from .problems import ProblemsScreen

SORT_CYCLE = (SortKey.DATE, SortKey.IMPORTANCE, SortKey.TITLE, SortKey.SOURCE)
"""The order `s` steps through."""
SEARCH_DELAY = 0.2
"""Seconds of no typing before the search runs."""


class ArticleListScreen(Screen[None]):
    """Every article that passes the query, with the filters that shape it."""

    CSS_PATH = "article_list.tcss"
    AUTO_FOCUS = "#articles"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    """Below 100 columns the category sidebar shows only while it is in use."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority, so focus moves as `/` arrives: keys typed right after it then go into the
        # search box, not to the table (Textual hands a key to the widget focused on arrival).
        Binding(
            "slash", "search", "Search", priority=True, tooltip="Search titles and text as you type"
        ),
        Binding("c", "categories", "Category", tooltip="Choose a category in the sidebar"),
        Binding(
            "0",
            "min_importance(0)",
            "Importance",
            key_display="0-5",
            tooltip="1-5 show only articles at least that important; 0 shows all",
        ),
        *(Binding(str(level), f"min_importance({level})", show=False) for level in range(1, 6)),
        Binding("s", "next_sort", "Sort", tooltip="Sort by date, importance, title or source"),
        Binding(
            "exclamation_mark",
            "problems",
            "Problems",
            show=False,
            tooltip="Files that failed to load",
        ),
        Binding("escape", "clear_search", "Clear search", show=False, tooltip="Clear the search"),
        Binding("q", "app.quit", "Quit"),
    ]
    """Filters, sort, search and the problems list; `?` and the palette are the app's."""

    article_query: var[ArticleQuery] = var(ArticleQuery())
    """Which articles are shown and in what order."""
    index: var[ArticleIndex | None] = var(None)
    """Every loaded article; None until the index is open."""
    index_version: var[int] = var(0)
    """Bumped when more articles are in the index, so the list asks it again."""
    load_status: var[str] = var("Opening the index…")
    """How far loading has got, or why it failed; empty once every file is in the index."""

    def __init__(self, articles_dir: Path) -> None:
        """Create the screen for the articles of one folder.

        Args:
            articles_dir: The folder, to show problem files relative to it.
        """
        super().__init__()
        self.articles_dir = articles_dir
        self._search_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        """Lay out the filter line, sidebar, table, search box and footer."""
        yield Static(id="filter-line")
        with Horizontal(id="list-main"):
            yield CategoryList(id="categories")
            yield ArticleTable(id="articles")
        yield Input(placeholder="Search title and text; Esc clears", id="search")
        yield Footer()

    @property
    def table(self) -> ArticleTable:
        """The article table."""
        return self.query_one("#articles", ArticleTable)

    def watch_index(self) -> None:
        """Show the categories and articles of a new index."""
        self._show_index()

    def watch_index_version(self) -> None:
        """Show the categories and articles the index holds now."""
        self._show_index()

    def _show_index(self) -> None:
        """List the index's categories, then ask it for the query's articles."""
        if self.index is not None:
            categories = self.query_one(CategoryList)
            categories.show_categories(self.index.categories(), len(self.index))
        self._show_results()

    def watch_article_query(self, query: ArticleQuery) -> None:
        """Show the articles the new query matches."""
        self.query_one(CategoryList).select_category(query.category)
        search = self.query_one("#search", Input)
        if search.value != query.search:
            search.value = query.search
        self.set_class(bool(query.search) or search.has_focus, "-searching")
        self._show_results()

    def watch_load_status(self) -> None:
        """Show how far loading has got."""
        self._show_status()

    def _show_results(self) -> None:
        """Ask the index for the query's ids and hand them to the table."""
        if self.index is not None:
            ids = self.index.query(self.article_query)
            self.table.show_articles(self.index, ids, self.article_query.sort)
        self._show_status()

    def _show_status(self) -> None:
        """Describe the list above it, and in place of rows when there are none."""
        line = self.query_one("#filter-line", Static)
        status = Text(self.load_status)
        if self.index is None:
            self.table.show_placeholder(status)
            line.update(status)
            return
        total = len(self.index)
        if total == 0 and self.load_status:
            self.table.show_placeholder(status)
        else:
            problems = len(self.index.problems)
            self.table.show_placeholder(empty_advice(self.article_query, total, problems))
        summary = filter_line(self.article_query, self.table.row_count, total)
        if self.load_status:
            summary.append(f" · {self.load_status}", style="italic")
        line.update(summary)

    def sort_by(self, sort: SortKey) -> None:
        """Sort the list by `sort`.

        Args:
            sort: The new order.
        """
        self.article_query = replace(self.article_query, sort=sort)

    def show_category(self, category: str | None) -> None:
        """Show only `category`, or every category for None.

        Args:
            category: A category as written in the articles.
        """
        self.article_query = replace(self.article_query, category=category)

    def clear_filters(self) -> None:
        """Show every article, keeping the sort."""
        self.article_query = ArticleQuery(sort=self.article_query.sort)

    def action_search(self) -> None:
        """Open the search box; the list narrows as you type."""
        search = self.query_one("#search", Input)
        if search.has_focus:  # the priority binding takes `/` from the box: type it
            search.insert_text_at_cursor("/")
            return
        self.add_class("-searching")
        self.set_focus(search)

    def action_clear_search(self) -> None:
        """Clear and close the search box, or close the sidebar."""
        self._stop_search_timer()
        self.remove_class("-searching", "-choosing-category")
        self.article_query = replace(self.article_query, search="")
        self.table.focus()

    def action_categories(self) -> None:
        """Move to the category sidebar."""
        self.add_class("-choosing-category")
        self.query_one(CategoryList).focus()

    def action_min_importance(self, level: int) -> None:
        """Show only articles of at least `level` importance; 0 shows all.

        Args:
            level: 0 to 5.
        """
        self.article_query = replace(self.article_query, min_importance=level or None)

    def action_next_sort(self) -> None:
        """Sort by the next key: date, importance, title, source."""
        position = SORT_CYCLE.index(self.article_query.sort)
        self.sort_by(SORT_CYCLE[(position + 1) % len(SORT_CYCLE)])

    def action_problems(self) -> None:
        """List the files that could not be loaded."""
        if self.index is None:
            self.notify("Still opening the index.")
            return
        if not self.index.problems:
            self.notify(
                "No file has failed to load so far." if self.load_status else "Every file loaded."
            )
            return
        self.app.push_screen(ProblemsScreen(self.index.problems, self.articles_dir))

    @on(Input.Changed, "#search")
    def search_as_typed(self, event: Input.Changed) -> None:
        """Narrow the list to the search text once typing pauses."""
        # A query per keystroke would queue up at 100,000 articles, where a one-letter
        # prefix search takes about a second.
        self._stop_search_timer()
        self._search_timer = self.set_timer(SEARCH_DELAY, partial(self._search, event.value))

    def _stop_search_timer(self) -> None:
        """Forget a search that was typed but not yet run."""
        if self._search_timer is not None:
            self._search_timer.stop()
            self._search_timer = None

    def _search(self, text: str) -> None:
        """Show the articles that match `text`."""
        self._search_timer = None
        if text != self.article_query.search:
            self.article_query = replace(self.article_query, search=text)

    @on(Input.Submitted, "#search")
    def leave_search(self, event: Input.Submitted) -> None:
        """Search now and go back to the list, keeping the search."""
        self._stop_search_timer()
        self._search(event.value)
        self.table.focus()

    @on(Input.Blurred, "#search")
    def hide_empty_search(self) -> None:
        """Close the search box when it is left empty."""
        self.set_class(bool(self.article_query.search), "-searching")

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        """Hide the sidebar again on narrow screens once it is left."""
        if isinstance(event.widget, CategoryList):
            self.remove_class("-choosing-category")

    @on(CategoryList.CategoryChosen)
    def filter_by_category(self, event: CategoryList.CategoryChosen) -> None:
        """Show only the chosen category."""
        self.show_category(event.category)
        self.remove_class("-choosing-category")
        self.table.focus()

    @on(ArticleTable.SortChosen)
    def sort_by_column(self, event: ArticleTable.SortChosen) -> None:
        """Sort by a clicked column."""
        self.sort_by(event.sort)

    @on(ArticleTable.ArticleChosen)
    def open_article(self, event: ArticleTable.ArticleChosen) -> None:
        """Show the chosen article; n and p step through the list as it is now."""
        assert self.index is not None  # the table has rows only once there is an index
        reading = ReadingList(self.index, self.table.article_ids)
        detail = ArticleDetailScreen(event.article, reading, event.row)
        self.app.push_screen(detail, self._return_to_article)

    def _return_to_article(self, article_id: str | None) -> None:
        """Put the cursor on the article read last."""
        if article_id is not None:
            self.table.select_article(article_id)

    def screen_commands(self) -> Iterator[ScreenCommand]:
        """Offer the sorts and filters in the command palette.

        Returns:
            The commands, by name.
        """
        return article_list_commands(self)
