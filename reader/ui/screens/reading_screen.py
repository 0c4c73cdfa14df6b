"""ReadingScreen: what the list and an article share: marking the current article, its links."""

from __future__ import annotations

from typing import Any

from textual import events
from textual.binding import Binding, BindingType
from textual.screen import Screen, ScreenResultType
from textual.widgets import Footer

from ...config import Config
from ...data import Article, Mark
from ..link_actions import copy_link, open_link
from ..marking import Marking
from ..messages import MarksChanged

READING_BINDINGS: list[BindingType] = [
    Binding("m", "toggle_read", "Read", tooltip="Mark the article read or unread"),
    Binding("f", "toggle_star", "Star", tooltip="Star or unstar the article"),
    Binding("N", "next_unread", "Next unread", show=False, tooltip="Go to the next unread article"),
    Binding("o", "open_link", "Open link", show=False, tooltip="Open the article's web page"),
    Binding("y", "copy_link", "Copy link", show=False, tooltip="Copy the article's address"),
]
"""Marks and links of the current article. Each screen puts them among its own keys, at the
place in the footer it wants them (a base class's keys would come first)."""
COMPACT_FOOTER_BELOW = 100
"""Below this many columns the footer leaves out the spaces around each key, and the command
palette's key (the help lists it)."""


def fit_footer(screen: Screen[Any], width: int) -> None:
    """Fit more keys in the footer of `screen` when the terminal is `width` cells wide."""
    narrow = width < COMPACT_FOOTER_BELOW
    for footer in screen.query(Footer):
        footer.compact = narrow
        footer.show_command_palette = not narrow  # the help lists it


class ReadingScreen(Screen[ScreenResultType]):
    """A screen with a current article that can be marked read or starred, opened or copied;
    its bindings include `READING_BINDINGS`."""

    def __init__(self, marking: Marking, config: Config) -> None:
        """Create a screen that changes the marks of `marking`, shown as `config` says."""
        super().__init__()
        self.marking = marking
        self.config = config

    def current_article(self) -> Article | None:
        """The article the keys act on: under the cursor, or the one being read."""
        raise NotImplementedError

    def show_marks(self) -> None:
        """Draw the marks again after they changed."""
        raise NotImplementedError

    def action_next_unread(self) -> None:
        """Go to the next unread article."""
        raise NotImplementedError

    def on_resize(self, event: events.Resize) -> None:
        """Fit more keys in a narrow terminal's footer."""
        fit_footer(self, event.size.width)

    def on_marks_changed(self, _: MarksChanged) -> None:
        """Draw the marks again after an undo."""
        self.show_marks()

    def action_toggle_read(self) -> None:
        """Mark the current article read, or unread again."""
        self._toggle(Mark.READ)

    def action_toggle_star(self) -> None:
        """Star the current article, or unstar it."""
        self._toggle(Mark.STARRED)

    def _toggle(self, mark: Mark) -> None:
        """Flip `mark` on the current article."""
        article = self.current_article()
        if article is None:
            self.notify("No article is selected.")
            return
        self.notify(self.marking.toggle(article.id, mark))
        self.show_marks()

    def action_open_link(self) -> None:
        """Open the current article's web page in the browser; only http and https."""
        article = self.current_article()
        if article is not None:
            open_link(self.app, article.url)

    def action_copy_link(self) -> None:
        """Copy the current article's web address to the clipboard."""
        article = self.current_article()
        if article is not None:
            copy_link(self.app, article.url)
