"""BriefScreen: one day's articles by importance and category, with their key points, and
the folder at a glance beside them. Reading it marks nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ...config import Config
from ...data import ArticleIndex, ArticleQuery, Brief, BriefEntry, group_by_category, read_brief
from ...present.article_text import plural
from ...present.brief_text import (
    category_name,
    day_title,
    entry_details,
    entry_points,
    entry_summary,
    entry_title,
)
from ...present.hanging_rows import HangingRows
from ..kept_screens import show_kept
from ..marking import Marking
from ..messages import ArticlesChanged
from ..query_text import SEPARATOR, describe_filters
from ..widgets.brief_glance import BriefGlance
from ..widgets.key_footer import KeyFooter
from ..widgets.vim_keys import LIST_KEYS, VimOptionList

MARK_CELLS = 3
"""Cells before an article's lines: the unread mark, the points' dashes."""


def entry_prompt(entry: BriefEntry) -> HangingRows:
    """One article of the brief: its title (bold with `•` while unread), its details, then
    its key points or summary, each wrapped under itself."""
    title_style = "bold" if entry.unread else ""
    rows = [
        (
            Text("•" if entry.unread else "", style="bold"),
            Text(entry_title(entry), style=title_style),
        ),
        (Text(), Text(entry_details(entry), style="dim")),
    ]
    points = entry_points(entry)
    rows += [(Text(" –"), Text(point)) for point in points]
    if not points and (summary := entry_summary(entry)):
        rows.append((Text(), Text(summary, style="italic")))
    return HangingRows(rows, MARK_CELLS)


class BriefList(VimOptionList):
    """The brief's articles under their categories; Enter opens one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *LIST_KEYS,
        Binding("enter", "select", "Open", tooltip="Open the article"),
    ]
    """Vim keys beside the arrows, and Enter shown in the footer."""


class BriefScreen(Screen[None]):
    """One day's articles, most important first and grouped by category, and the weeks up
    to it at a glance; the list's filters apply."""

    CSS_PATH = "brief.tcss"
    AUTO_FOCUS = "#brief-entries"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "app.pop_screen", "Back", tooltip="Back to the list"),
        Binding(
            "left_square_bracket",
            "step_day(-1)",
            "Previous day",
            key_display="[",
            tooltip="The day before with articles",
        ),
        Binding(
            "right_square_bracket",
            "step_day(1)",
            "Next day",
            key_display="]",
            tooltip="The day after with articles",
        ),
    ]
    """Back to the list, and the days before and after; the list of articles has its own."""

    brief: var[Brief | None] = var(None)
    """What is shown; None until it is read."""

    def __init__(
        self, index: ArticleIndex, query: ArticleQuery, marking: Marking, config: Config
    ) -> None:
        """Show the brief of the newest day with articles.

        Args:
            index: The folder's index, which the brief is read from.
            query: The list's query: its filters (but the search) apply.
            marking: The read marks, read to show which articles are unread; opening an
                article may mark it read.
            config: The user's settings, for the article screen.
        """
        super().__init__()
        self.marking = marking
        self.config = config
        self.article_ids: list[str] = []
        """The article of each option, by the option's id (its position among them)."""
        self._reading = False
        """An article opened from the brief is being read: marks may change meanwhile."""
        self.show_anew(index, query)

    def show_anew(self, index: ArticleIndex, query: ArticleQuery) -> None:
        """Show the brief of the newest day with articles under `query`, as a brief just
        made does: the app makes one and shows it at every `b` (making the screen was most
        of the time `b` took)."""
        self.index = index
        self.query_in_force = replace(query, search="")
        if self.is_mounted:  # else as it mounts
            self.show_day(None)  # the options stay as they are if the brief is the same
            self._to_first_article()

    def compose(self) -> ComposeResult:
        """Lay out the heading, the articles, the glance beside them and the footer."""
        yield Static(id="brief-heading")
        with Horizontal(id="brief-main"):
            yield BriefList(id="brief-entries")
            yield BriefGlance(id="brief-glance")
        yield KeyFooter()

    def on_mount(self) -> None:
        """Read the brief of the newest day."""
        self.show_day(None)

    @on(ArticlesChanged)
    def follow_the_folder(self) -> None:
        """Read the day shown anew: files were added, changed or deleted (the brief stayed
        as it was opened until `b` again)."""
        if self.brief is not None:
            self.show_day(self.brief.day, keep_place=True)

    def on_screen_resume(self) -> None:
        """Show the marks as they are after reading an article, the cursor where it was."""
        if self._reading and self.brief is not None:
            self._reading = False
            self.show_day(self.brief.day, keep_place=True)

    def show_day(self, day: date | None, keep_place: bool = False) -> None:
        """Read and show the brief of `day`, or of the newest day for None.

        Args:
            day: A local day.
            keep_place: Keep the cursor and scroll where they are, as after reading an
                article; else start at the day's first article.
        """
        brief = read_brief(self.index, self.marking.state, self.query_in_force, day)
        entries = self.query_one(BriefList)
        highlighted, scrolled = entries.highlighted, entries.scroll_y
        self.brief = brief
        if keep_place and highlighted is not None:
            # The options may have been made anew: the cursor and the scroll go back.
            entries.highlighted = min(highlighted, entries.option_count - 1)
            self.call_after_refresh(entries.scroll_to, y=scrolled, animate=False)

    def watch_brief(self, brief: Brief | None) -> None:
        """Show the heading, the articles by category and the glance of `brief`."""
        if brief is None:
            return
        self.query_one("#brief-heading", Static).update(self._heading(brief))
        entries = self.query_one(BriefList)
        options: list[Option] = []
        self.article_ids = []
        for category, grouped in group_by_category(brief.entries):
            heading = Text(category_name(category), style="bold underline")
            options.append(Option(heading, disabled=True))
            for entry in grouped:
                options.append(Option(entry_prompt(entry), id=str(len(self.article_ids))))
                self.article_ids.append(entry.id)
        entries.set_options(options)
        if not options:
            empty = "No articles with a date" if brief.day is None else "No articles this day"
            entries.add_option(Option(Text(f"{empty} under these filters."), disabled=True))
        self._to_first_article()
        self.query_one(BriefGlance).show_brief(brief)

    def _to_first_article(self) -> None:
        """Put the cursor on the day's first article, the list scrolled to its top."""
        entries = self.query_one(BriefList)
        entries.highlighted = 1 if self.article_ids else None
        entries.scroll_home(animate=False)

    def _heading(self, brief: Brief) -> Text:
        """The line above: the day, how many articles and unread, the filters in force."""
        if brief.day is None:
            return Text("Brief")
        count = len(brief.entries)
        parts = [
            f"Brief of {day_title(brief.day)}",
            f"{plural(count, 'article')}, {brief.unread_of_day:,} unread",
            *describe_filters(self.query_in_force),
        ]
        return Text(SEPARATOR.join(parts))

    def action_step_day(self, step: int) -> None:
        """Show the day before (`step` -1) or after (1) with articles."""
        brief = self.brief
        if brief is None or brief.day is None:
            self.notify("No article has a date.")
            return
        day = brief.previous_day if step < 0 else brief.next_day
        if day is None:
            self.notify(
                "No earlier day has articles." if step < 0 else "No later day has articles."
            )
            return
        self.show_day(day)

    @on(OptionList.OptionSelected, "#brief-entries")
    def open_article(self, event: OptionList.OptionSelected) -> None:
        """Open the chosen article as the list does; n and p step through the brief."""
        # Imported when an article is first opened, as the list does.
        from ..reading_list import ReadingList
        from .article_detail import show_in_article_page

        if event.option.id is None:
            return
        position = int(event.option.id)
        try:
            article = self.index.get(self.article_ids[position])
        except KeyError:  # its file went after the brief was read
            self.notify("This article is no longer in the folder.")
            self.show_day(self.brief.day if self.brief else None)
            return
        reading = ReadingList(self.index, lambda: self.article_ids)
        self._reading = True
        show_in_article_page(
            self.app,
            (article, reading, position),
            self.marking,
            self.config,
            self.return_to_article,
        )

    def return_to_article(self, article_id: str | None) -> None:
        """Put the cursor on the article read last (n and p may have moved on)."""
        if article_id in self.article_ids:
            entries = self.query_one(BriefList)
            entries.highlighted = entries.get_option_index(str(self.article_ids.index(article_id)))


BRIEF_SCREEN = "brief"
"""The name the brief is installed under: made at the first `b`, kept between showings."""


def show_brief(
    app: App[Any], index: ArticleIndex, query: ArticleQuery, marking: Marking, config: Config
) -> None:
    """Show the brief of the newest day with articles under `query` (its search aside).

    Args:
        app: The app.
        index: The folder's index, which the brief is read from.
        query: The list's query: its filters (but the search) apply.
        marking: The read marks.
        config: The user's settings, for the article screen.
    """
    show_kept(
        app,
        BRIEF_SCREEN,
        lambda: BriefScreen(index, query, marking, config),
        lambda brief: brief.show_anew(index, query),
    )
