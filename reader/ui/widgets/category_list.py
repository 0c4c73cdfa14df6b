"""CategoryList: every category and every tag with its article count, each kind under an All
option; choosing one posts a message."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import on
from textual.binding import Binding, BindingType
from textual.css.styles import RulesMap
from textual.message import Message
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...data import (
    NO_FACET,
    ArticleIndex,
    ArticleQuery,
    Facet,
    ReadingState,
    Selected,
    facet_counts,
    fold,
)
from ...present.article_text import clean_line
from ...present.cells import fit
from .vim_keys import LIST_KEYS

ALL_OF = {Facet.CATEGORY: "All categories", Facet.TAG: "All tags"}
"""The first option of each kind, which shows every article."""
NONE_LABEL = "(none)"
"""The option of the articles without any category (or tag)."""


class FacetPrompt(Visual):
    """One option: the name, cut to fit, and the count, dimmed, at the right. A Textual
    Visual of one line, drawn without Rich's console: the sidebar draws its options anew at
    each change of filter, and measures every option's height when they change."""

    NAME_STYLES = {True: RichStyle(bold=True), False: RichStyle()}
    COUNT_STYLE = RichStyle(dim=True)

    def __init__(self, name: str, count: int, bold: bool = False) -> None:
        """Show `name` (in bold when `bold`) with `count` articles."""
        self.name = name
        self.count = f"{count:,}"
        self.bold = bold

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        """The line: name, a space, the count; on a line too narrow for both, each cut."""
        room = max(width - 1, 2)
        name_cells = max(room - cell_len(self.count), 1)
        base = style.rich_style
        name = Segment(fit(self.name, name_cells), base + self.NAME_STYLES[self.bold])
        count = Segment(" " + fit(self.count, room - name_cells), base + self.COUNT_STYLE)
        return [Strip([name, count])]

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        """The whole name beside the count."""
        return cell_len(self.count) + 1 + cell_len(self.name)

    def get_minimal_width(self, rules: RulesMap) -> int:
        """The count alone, and a cell of the name."""
        return cell_len(self.count) + 2

    def get_height(self, rules: RulesMap, width: int) -> int:
        """One line, however narrow."""
        return 1


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
        choices: list[tuple[Facet, str | None]] = []
        prompts: list[FacetPrompt] = []
        for facet, (total, names) in counts.items():
            choices.append((facet, None))
            prompts.append(FacetPrompt(ALL_OF[facet], total, bold=True))
            for name, count in names:
                choices.append((facet, name))
                # Article text is data, not markup: names go into the prompts as Text.
                label = NONE_LABEL if name == NO_FACET else clean_line(name) or "?"
                prompts.append(FacetPrompt(label, count))
        if choices == self._choices:
            # Only counts changed (a change of filter): the options stay, their highlight
            # and scroll too, and only the counts that differ are drawn anew.
            for index, prompt in enumerate(prompts):
                shown = self.get_option_at_index(index).prompt
                if not isinstance(shown, FacetPrompt) or shown.count != prompt.count:
                    self.replace_option_prompt_at_index(index, prompt)
            return
        self._choices = choices
        self.set_options(Option(prompt) for prompt in prompts)
        # New names appear while loading: keep the highlight on the same one.
        if kept is not None:
            self.select_facet(*kept)

    def show_counts(
        self, index: ArticleIndex, state: ReadingState, query: ArticleQuery, selected: Selected
    ) -> None:
        """Count the categories and tags of the articles `query`'s other filters keep (it
        selected `selected`), and highlight the one in force."""
        self.show_facets(
            {facet: facet_counts(index, state, query, facet, selected) for facet in Facet}
        )
        chosen = Facet.TAG if query.tags and not query.categories else Facet.CATEGORY
        names = query.names(chosen)
        self.select_facet(chosen, names[0] if names else None)

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

    @on(OptionList.OptionSelected)
    def choose_facet(self, event: OptionList.OptionSelected) -> None:
        """Turn a selected option into a FacetChosen message."""
        event.stop()
        if 0 <= event.option_index < len(self._choices):
            self.post_message(self.FacetChosen(*self._choices[event.option_index]))
