"""ConfirmDialog: a yes-or-no question asked before a change to many articles."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static


class ConfirmDialog(ModalScreen[bool]):
    """Asks a question; dismissed with True for yes and False for no."""

    CSS_PATH = "confirm.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y,enter", "answer(True)", "Yes"),
        Binding("n,escape,q", "answer(False)", "No"),
    ]
    """y or Enter says yes; n, Esc or q says no."""

    def __init__(self, question: str) -> None:
        """Ask `question`.

        Args:
            question: One sentence, ending in a question mark.
        """
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        """Lay out the question and the keys that answer it."""
        with Vertical(id="confirm-box"):
            yield Static(Text(self.question), id="confirm-question")
            yield Static(Text("y or Enter: yes    n or Esc: no"), id="confirm-keys")

    def action_answer(self, yes: bool) -> None:
        """Close the dialog with the answer."""
        self.dismiss(yes)
