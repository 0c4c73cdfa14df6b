"""CategoryList: every category and every tag with its article count, each kind under an All
option; choosing one posts a message."""

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

from ...data import NO_FACET, Facet, fold
from ...present.article_text import clean_line
from .vim_keys import LIST_KEYS

ALL_OF = {Facet.CATEGORY: "All categories", Facet.TAG: "All tags"}
"""The first option of each kind, which shows every article."""
NONE_LABEL = "(none)"
"""The option of the articles without any category (or tag)."""


class CategoryList(OptionList):
    """The categories and tags of the index, to filter the article list by one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *LIST_KEYS,
        Binding("enter", "select", "Show this category or tag", show=False),
    ]
    """Vim keys on top of OptionList's arrows, Home, End and Enter."""

    @dataclass
    class FacetChosen(Message):
        """The user picked a category or tag, or the All of its kind."""

        facet: Facet
        """Categories or tags."""
        name: str | None
        """The name as written in the articles (`NO_FACET` for those without any); None for
        every article."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        """Create the list empty; `show_facets` fills it.

        Args:
            id: The widget id.
            classes: CSS classes.
        """
        super().__init__(id=id, classes=classes)
        self._choices: list[tuple[Facet, str | None]] = []

    def show_facets(self, counts: dict[Facet, tuple[int, Sequence[tuple[str, int]]]]) -> None:
        """List each kind's names under its All option, `(none)` last.

        Args:
            counts: For categories and tags, how many articles the other filters keep and
                how many of them have each name.
        """
        highlighted = self.highlighted
        kept = self._choices[highlighted] if highlighted is not None else None
        self._choices = []
        prompts: list[Table] = []
        for facet, (total, names) in counts.items():
            self._choices.append((facet, None))
            prompts.append(self._prompt(ALL_OF[facet], total, bold=True))
            for name, count in names:
                self._choices.append((facet, name))
                # Article text is data, not markup: names go into the prompts as Text.
                label = NONE_LABEL if name == NO_FACET else clean_line(name) or "?"
                prompts.append(self._prompt(label, count))
        self.set_options(Option(prompt) for prompt in prompts)
        # New names appear while loading: keep the highlight on the same one.
        if kept is not None:
            self.select_facet(*kept)

    def select_facet(self, facet: Facet, name: str | None) -> None:
        """Highlight the option of `name` of `facet`'s kind (None for its All) without posting
        a message.

        Args:
            facet: Categories or tags.
            name: The name in force.
        """
        wanted = None if name is None else fold(name)
        for position, (kind, option) in enumerate(self._choices):
            if kind is facet and (
                option is None if wanted is None else option is not None and fold(option) == wanted
            ):
                self.highlighted = position
                return

    @staticmethod
    def _prompt(name: str, count: int, bold: bool = False) -> Table:
        """Return one option: the name, cut to fit, and the count, dimmed, at the right."""
        row = Table.grid(expand=True, padding=(0, 0, 0, 1))
        row.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        row.add_column(justify="right", no_wrap=True, style="dim")
        row.add_row(Text(name, style="bold" if bold else ""), Text(f"{count:,}"))
        return row

    @on(OptionList.OptionSelected)
    def choose_facet(self, event: OptionList.OptionSelected) -> None:
        """Turn a selected option into a FacetChosen message."""
        event.stop()
        if 0 <= event.option_index < len(self._choices):
            self.post_message(self.FacetChosen(*self._choices[event.option_index]))
