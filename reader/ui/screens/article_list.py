"""ArticleListScreen: the filtered list, and what it opens over itself: an article, the
problems list, the question before marking every listed article read, its palette commands."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from functools import partial
from typing import ClassVar

from textual import on, work
from textual.binding import BindingType

from ...data import NO_FACET, Facet, Mark, SortKey
from ...present.article_text import clean_line, plural
from ..commands import ScreenCommand
from ..query_text import REVERSED_SORT_NAMES, SORT_NAMES
from ..widgets.article_table import ArticleTable
from .article_list_bindings import ARTICLE_LIST_BINDINGS
from .confirm import ConfirmDialog
from .filtered_list import FilteredListScreen
from .problems import ProblemsScreen

PREPARE_PAGE_AFTER = 1.0
"""Seconds after the list is shown before the article page's modules are imported, in the
background, so the first article opens as fast as the next."""


class ArticleListScreen(FilteredListScreen):
    """Every article that passes the query, with the filters that shape it."""

    CSS_PATH = "article_list.tcss"
    AUTO_FOCUS = "#articles"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    """Below 100 columns the category sidebar shows only while it is in use."""

    BINDINGS: ClassVar[list[BindingType]] = ARTICLE_LIST_BINDINGS

    def on_mount(self) -> None:
        """Import what an article page needs once the list is shown."""
        self.set_timer(PREPARE_PAGE_AFTER, self._import_article_page)

    @work(thread=True)
    def _import_article_page(self) -> None:
        """Import the article page with the Markdown renderer and the link finder (0.05 s),
        off the UI thread: showing the list does not wait for them, nor the first article."""
        importlib.import_module(f"{__package__}.article_detail")

    @on(ArticleTable.ArticleChosen)
    def open_article(self, event: ArticleTable.ArticleChosen) -> None:
        """Show the chosen article; n and p step through the list as it is when they are
        pressed, and the list's cursor goes to the article read last."""
        assert self.index is not None  # the table has rows only once there is an index
        # Imported here, not with the list: the article screen brings the Markdown renderer
        # and the link finder (0.05 s), which showing the list need not wait for (and which
        # `_import_article_page` imports in the background meanwhile).
        from ..reading_list import ReadingList
        from .article_detail import show_in_article_page

        table = self.table

        def return_to_article(article_id: str | None) -> None:
            if article_id is not None:
                table.select_article(article_id)

        reading = ReadingList(self.index, lambda: table.article_ids)
        show_in_article_page(
            self.app,
            (event.article, reading, event.row),
            self.marking,
            self.config,
            return_to_article,
            self.article_query.terms,
        )

    def action_brief(self) -> None:
        """Show the brief of the newest day with articles, under the list's filters."""
        if self.index is None:
            self.notify("Still opening the index.")
            return
        from .brief import show_brief  # imported when first asked for, as an article is

        show_brief(self.app, self.index, self.article_query, self.marking, self.config)

    def action_problems(self) -> None:
        """List the files that could not be loaded, or say there are none (yet)."""
        index = self.index
        if index is None:
            self.notify("Still opening the index.")
        elif not index.problems:
            loading = bool(self.load_status)
            self.notify("No file has failed to load so far." if loading else "Every file loaded.")
        else:
            self.app.push_screen(ProblemsScreen(index.problems, self.articles_dir))

    def action_mark_all_read(self) -> None:
        """Mark every article of the list read, once the user confirms."""
        ids = self.table.article_ids
        if not ids:
            self.notify("No articles are listed.")
            return

        def mark_if_confirmed(confirmed: bool | None) -> None:
            if confirmed:
                self.notify(self.marking.mark_all_read(ids))
                self.show_marks()

        read = self.marking.state.marked(Mark.READ)
        count = sum(article_id not in read for article_id in ids)
        if not count:
            self.notify("Every article of this list is read already.")
            return
        question = f"Mark the {plural(count, 'unread article')} of this list read?"
        self.app.push_screen(ConfirmDialog(question), mark_if_confirmed)

    def screen_commands(self) -> Iterator[ScreenCommand]:
        """Offer the sorts and filters in the command palette.

        Yields:
            One command per sort (both ways), importance level, category and tag, then the
            brief and clearing the filters.
        """
        for sort in SortKey:
            for reverse, names in ((False, SORT_NAMES), (True, REVERSED_SORT_NAMES)):
                yield ScreenCommand(
                    f"Sort by {names[sort]}",
                    "Order the list",
                    partial(self.set_order, sort, reverse),
                )
        yield ScreenCommand(
            "Importance: all", "Show every article (key 0)", partial(self.action_min_importance, 0)
        )
        for level in range(1, 6):
            yield ScreenCommand(
                f"Importance: at least {level}",
                f"Hide less important articles (key {level})",
                partial(self.action_min_importance, level),
            )
        for facet, label in ((Facet.CATEGORY, "Category"), (Facet.TAG, "Tag")):
            yield ScreenCommand(
                f"{label}: all", f"Show every {facet.value}", partial(self.show_facet, facet, None)
            )
            counted = self.index.facet_counts(facet) if self.index is not None else []
            for name, _ in counted:
                # The title holds data; ScreenCommands shows it as Text, never as markup.
                shown = "(none)" if name == NO_FACET else clean_line(name)
                yield ScreenCommand(
                    f"{label}: {shown}",
                    f"Show only this {facet.value}",
                    partial(self.show_facet, facet, name),
                )
        yield ScreenCommand(
            "Brief of the day",
            "The day's articles by importance and category, the folder at a glance (key b)",
            self.action_brief,
        )
        yield ScreenCommand("Clear all filters", "Show every article", self.clear_filters)
