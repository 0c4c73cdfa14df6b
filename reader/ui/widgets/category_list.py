"""CategoryList: every category with its article count, and All; choosing one posts a message."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...data import fold
from ...present.article_text import clean_line
from .vim_keys import LIST_KEYS

ALL_CATEGORIES = "All categories"
"""The first option, which shows every category."""


class CategoryList(OptionList):
    """The categories of the index, to filter the article list by one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *LIST_KEYS,
        Binding("enter", "select", "Show this category", show=False),
    ]
    """Vim keys on top of OptionList's arrows, Home, End and Enter."""

    @dataclass
    class CategoryChosen(Message):
        """The user picked a category, or All."""

        category: str | None
        """The category as written in the articles; None for all categories."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        """Create the list with only All in it; `show_categories` adds the rest.

        Args:
            id: The widget id.
            classes: CSS classes.
        """
        super().__init__(id=id, classes=classes)
        self._categories: list[str | None] = []

    def show_categories(self, categories: Sequence[tuple[str, int]], total: int) -> None:
        """List `categories` under an All option.

        Args:
            categories: Each category and how many articles it has.
            total: How many articles there are in all.
        """
        highlighted = self.highlighted
        kept = self._categories[highlighted] if highlighted is not None else None
        self._categories = [None, *(name for name, _ in categories)]
        # Article text is data, not markup: names go into the prompts as Text.
        prompts = [self._prompt(ALL_CATEGORIES, total)]
        prompts += [self._prompt(clean_line(name) or "?", count) for name, count in categories]
        self.set_options(Option(prompt) for prompt in prompts)
        # New categories appear while loading: keep the highlight on the same one.
        self.select_category(kept)

    def select_category(self, category: str | None) -> None:
        """Highlight the option of `category` (None for All) without posting a message.

        Args:
            category: The category in force.
        """
        wanted = None if category is None else fold(category)
        for position, name in enumerate(self._categories):
            if (name is None and wanted is None) or (
                name is not None and wanted is not None and fold(name) == wanted
            ):
                self.highlighted = position
                return

    @staticmethod
    def _prompt(name: str, count: int) -> Table:
        """Return one option: the name, cut to fit, and the count, dimmed, at the right."""
        row = Table.grid(expand=True, padding=(0, 0, 0, 1))
        row.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        row.add_column(justify="right", no_wrap=True, style="dim")
        row.add_row(Text(name), Text(f"{count:,}"))
        return row

    @on(OptionList.OptionSelected)
    def choose_category(self, event: OptionList.OptionSelected) -> None:
        """Turn a selected option into a CategoryChosen message."""
        event.stop()
        if 0 <= event.option_index < len(self._categories):
            self.post_message(self.CategoryChosen(self._categories[event.option_index]))
