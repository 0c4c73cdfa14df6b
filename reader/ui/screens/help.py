"""HelpScreen: every key of every screen, listed from their bindings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.keys import key_to_character
from textual.screen import ModalScreen
from textual.widgets import Static

from ..widgets.vim_keys import PageScroll

KEY_NAMES = {
    "down": "↓",
    "up": "↑",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "home": "Home",
    "end": "End",
    "enter": "Enter",
    "escape": "Esc",
    "space": "Space",
    "slash": "/",
    "question_mark": "?",
    "exclamation_mark": "!",
}
"""How keys are written in the help; others by their character (`]` for
`right_square_bracket`) or as they are bound, but for modifiers (`ctrl+z` is `Ctrl+Z`)."""

HelpSection = tuple[str, Sequence[Binding]]
"""A heading and the bindings listed under it."""


def key_names(binding: Binding) -> str:
    """Return the keys of `binding` as a reader types them, like `j ↓`.

    Args:
        binding: A binding, perhaps of several comma-separated keys.

    Returns:
        The keys separated by spaces, or the binding's own key display.
    """
    if binding.key_display:
        return binding.key_display
    return " ".join(map(key_name, binding.key.split(",")))


def key_name(key: str) -> str:
    """Return one key as a reader types it: `↓`, `Ctrl+Z`."""
    *modifiers, last = key.split("+")
    last = KEY_NAMES.get(last) or key_to_character(last) or last
    if not modifiers:
        return last
    return "+".join([*(modifier.capitalize() for modifier in modifiers), last.capitalize()])


def help_table(sections: Sequence[HelpSection]) -> Table:
    """Return a two-column table of keys and what they do, section by section.

    Args:
        sections: Headings with their bindings.

    Returns:
        The table.
    """
    table = Table.grid(padding=(0, 2))
    table.add_column(justify="right", style="bold", no_wrap=True)
    table.add_column()
    for number, (heading, bindings) in enumerate(sections):
        if number:
            table.add_row()
        table.add_row("", Text(heading, style="bold underline"))
        for binding in bindings:
            text = binding.tooltip or binding.description
            if text:  # 1-5 have none: the 0 binding speaks for them as "0-5"
                table.add_row(Text(key_names(binding)), Text(text))
    return table


class HelpScreen(ModalScreen[None]):
    """A list of every key, over the screen it was opened from."""

    CSS_PATH = "help.tcss"
    AUTO_FOCUS = "#help-scroll"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "app.pop_screen", "Close"),
    ]
    """Any of Esc, q and ? closes the help."""

    def __init__(self, sections: Sequence[HelpSection]) -> None:
        """List the keys of `sections`.

        Args:
            sections: Headings and their bindings, in the order shown.
        """
        super().__init__()
        self.sections = sections

    def on_screen_resume(self) -> None:
        """Show the keys from the top each time the help is shown again."""
        self.query_one(PageScroll).scroll_home(animate=False)

    def compose(self) -> ComposeResult:
        """Lay out the table of keys in a scrolling box."""
        with PageScroll(id="help-scroll"):
            yield Static(Text("Keys", style="bold"), id="help-title")
            yield Static(help_table(self.sections), id="help-keys")
            yield Static(Text("Esc, q or ? closes this help."), id="help-close")
