"""FilteredListScreen: the articles that pass the query, in a table with its sidebar of
categories and tags, search box and status line; the filters, sorts and marks that shape it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.reactive import var
from textual.widgets import Input

from ...config import Config
from ...data import (
    Article,
    ArticleIndex,
    ArticleQuery,
    Mark,
    TextCoverage,
    select_articles,
)
from ..marking import Marking
from ..query_text import empty_advice
from ..widgets.article_table import ArticleTable
from ..widgets.category_list import CategoryList
from ..widgets.key_footer import KeyFooter
from ..widgets.list_status import ListStatus
from ..widgets.search_box import SearchBox
from .query_screen import QueryScreen


class FilteredListScreen(QueryScreen):
    """Every article that passes the query, with the filters that shape it. The article list
    builds on it with what opens other screens."""

    index: var[ArticleIndex | None] = var(None)
    """Every loaded article; None until the index is open."""
    index_version: var[int] = var(0)
    """Bumped when more articles are in the index, so the list asks it again."""
    load_status: var[str] = var("Opening the index…")
    """How far loading has got, or why it failed; empty once every file is in the index."""
    load_progress: var[tuple[int, int] | None] = var(None)
    """Files read and files to read while loading, for the progress bar; None hides it."""
    text_coverage: var[TextCoverage | None] = var(None)
    """How much of the folder the text search covers, while the texts are read behind the
    list; None when not known."""

    def __init__(self, articles_dir: Path, marking: Marking, config: Config) -> None:
        """Create the screen for the articles of one folder.

        Args:
            articles_dir: The folder, to show problem files relative to it.
            marking: The read and starred marks.
            config: The user's settings.
        """
        super().__init__(marking, config)
        self.articles_dir = articles_dir
        self._queried_version: int | None = None
        """The index's list version when the list last asked it."""

    def compose(self) -> ComposeResult:
        """Lay out the filter line, sidebar, table, search box and footer."""
        yield ListStatus(id="list-status")
        with Horizontal(id="list-main"):
            yield CategoryList(id="categories")
            yield ArticleTable(self.marking, self.config.date_format, id="articles")
        yield SearchBox(id="search")
        yield KeyFooter()

    @property
    def table(self) -> ArticleTable:
        """The article table."""
        return self.query_one("#articles", ArticleTable)

    def watch_index(self) -> None:
        """Show the categories, tags and articles of a new index."""
        self._show_results()

    def watch_index_version(self) -> None:
        """Show the categories, tags and articles the index holds now, unless it wrote nothing
        since the list asked it (as at most starts: at 100,000 articles asking before the
        catalog is kept costs half a second)."""
        if self.index is None or self.index.list_version != self._queried_version:
            self._show_results(keep_row=True)

    def on_screen_resume(self) -> None:
        """Show the marks as they are after reading: the articles read are no longer unread."""
        self.show_marks()

    def show_marks(self) -> None:
        """Show the list again after read or starred marks changed: a filter on them may hide
        or show articles now; without one, only the rows' marks change."""
        query = self.article_query
        if query.unread_only or query.starred_only:
            self._show_results(keep_row=True)
        else:
            self.table.refresh_marks()

    def current_article(self) -> Article | None:
        """The article under the cursor."""
        article_id = self.table.cursor_article_id
        if self.index is None or article_id is None:
            return None
        try:
            return self.index.get(article_id)
        except KeyError:  # its file went after the list was queried; the list follows soon
            return None

    def watch_article_query(self, old: ArticleQuery, query: ArticleQuery) -> None:
        """Show the articles the new query matches."""
        search = self.query_one("#search", Input)
        if search.value != query.search:
            search.value = query.search
        search.set_class(bool(query.search) or search.has_focus, "-open")
        # Hiding read (or unstarred) articles may hide the cursor's: the cursor then stays on
        # its row, on the article after it, as when an article is marked read there.
        marks_only = replace(old, unread_only=query.unread_only, starred_only=query.starred_only)
        # Another order of the same articles leaves every count as it was.
        order_only = replace(old, sort=query.sort, reverse=query.reverse)
        self._show_results(keep_row=marks_only == query, recount=order_only != query)

    def watch_load_progress(self, progress: tuple[int, int] | None) -> None:
        """Show the progress bar while files are read, and hide it after."""
        self.query_one(ListStatus).show_progress(progress)

    def watch_load_status(self) -> None:
        """Show how far loading has got."""
        self._show_status()

    def watch_text_coverage(self) -> None:
        """Show how much the text search covers; a search finds more as it grows."""
        if self.article_query.terms:
            self._show_results(keep_row=True)
        else:
            self._show_status()

    def _show_results(self, keep_row: bool = False, recount: bool = True) -> None:
        """Ask the index for the query's ids and hand them to the table, and unless only the
        order changed (`recount` False), count the categories and tags the other filters keep
        for the sidebar."""
        if self.index is not None:
            query, state = self.article_query, self.marking.state
            self._queried_version = self.index.list_version  # before: a write meanwhile counts
            selected = select_articles(self.index, state, query)
            # One category shown: its column would say the same on every row.
            one = len(query.categories) == 1
            without = frozenset({"category"}) if one else frozenset()
            self.table.show_articles(
                self.index, selected.ids, query.sort, keep_row, without, query.reverse
            )
            if recount:
                self.query_one(CategoryList).show_counts(self.index, state, query, selected)
        self._show_status()

    def _show_status(self) -> None:
        """Describe the list above it, and in place of rows when there are none."""
        total = None if self.index is None else len(self.index)
        if self.index is None or (total == 0 and self.load_status):
            self.table.show_placeholder(Text(self.load_status))
        elif not self.table.row_count:  # the advice reads the problems: only when it shows
            problems = len(self.index.problems)
            self.table.show_placeholder(empty_advice(self.article_query, total or 0, problems))
        status = self.query_one(ListStatus)
        status.show(
            self.article_query, self.table.row_count, total, self.load_status, self.text_coverage
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`/` typed in the search box is text: the box takes it, in order with the keys
        around it (the priority binding acted on it before the keys typed just before)."""
        if action == "search":
            return not self.query_one("#search", Input).has_focus
        return True

    def action_search(self) -> None:
        """Open the search box; the list narrows as you type."""
        # A class of the box's, not the screen's: the whole screen is not restyled for it.
        self.set_focus(self.query_one("#search", Input).add_class("-open"))

    def action_clear_search(self) -> None:
        """Clear and close the search box, or close the sidebar."""
        search = self.query_one(SearchBox)
        search.cancel_search()
        search.value = ""  # also what was typed but not yet searched for
        search.remove_class("-open")
        self.query_one(CategoryList).remove_class("-chosen")
        self.article_query = replace(self.article_query, search="")
        self.set_focus(self.table)

    def action_categories(self) -> None:
        """Move to the category sidebar."""
        # A class of the sidebar's, not the screen's: restyling the whole screen for it took
        # a third of the key's time. Focused at once, not after the keys already typed
        # (`Widget.focus` waits for them): `c j Enter` typed fast chooses in the sidebar.
        self.set_focus(self.query_one(CategoryList).add_class("-chosen"))

    def action_next_unread(self) -> None:
        """Move the cursor to the next unread article, round to the top if need be."""
        ids = self.table.article_ids
        here = self.table.cursor_row
        position = self.marking.state.position_without(ids, Mark.READ, here + 1)
        if position is None:
            self.notify("No unread articles in this list.")
        elif position == here:  # round the list and back: the cursor's is the only one
            self.notify("No other unread article in this list.")
        else:
            self.table.move_cursor(position)

    @on(SearchBox.Searched)
    def search(self, event: SearchBox.Searched) -> None:
        """Show the articles that match the search typed so far."""
        if event.text != self.article_query.search:
            self.article_query = replace(self.article_query, search=event.text)

    def action_search_done(self) -> None:
        """Go back to the list, and search for what was typed at once (Enter or ↓ in the
        search box)."""
        self.query_one(SearchBox).search_when_typed()
        self.set_focus(self.table)

    @on(Input.Blurred, "#search")
    def hide_empty_search(self, event: Input.Blurred) -> None:
        """Close the search box when it is left empty."""
        event.input.set_class(bool(self.article_query.search), "-open")

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        """Hide the sidebar again on narrow screens once it is left."""
        if isinstance(event.widget, CategoryList):
            event.widget.remove_class("-chosen")

    @on(CategoryList.FacetChosen)
    def filter_by_facet(self, event: CategoryList.FacetChosen) -> None:
        """Show only the chosen category or tag."""
        self.show_facet(event.facet, event.name)
        self.query_one(CategoryList).remove_class("-chosen")
        self.set_focus(self.table)

    @on(ArticleTable.SortChosen)
    def sort_by_column(self, event: ArticleTable.SortChosen) -> None:
        """Sort by a clicked column."""
        self.sort_by(event.sort)
