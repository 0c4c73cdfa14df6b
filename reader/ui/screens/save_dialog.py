"""SaveDialog: where to save an article as Markdown; dismissed with the path, or None."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class SaveDialog(ModalScreen[Path | None]):
    """Asks for a file name, offering one; Enter takes it, Esc cancels."""

    CSS_PATH = "save_dialog.tcss"
    AUTO_FOCUS = "#save-path"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", tooltip="Close without saving"),
    ]
    """Esc closes without saving; Enter in the field saves."""

    def __init__(self, offered: Path) -> None:
        """Offer `offered` as the file to save to.

        Args:
            offered: A file name the user may change.
        """
        super().__init__()
        self.offered = offered

    def compose(self) -> ComposeResult:
        """Lay out the question, the file name and the keys."""
        with Vertical(id="save-box"):
            yield Static(Text("Save the article as Markdown to:"), id="save-question")
            yield Input(str(self.offered), id="save-path", select_on_focus=False)
            yield Static(Text("Enter: save    Esc: cancel"), id="save-keys")

    @on(Input.Submitted)
    def save_to(self, event: Input.Submitted) -> None:
        """Close with the file named, `~` being the home folder; ask again when it is empty."""
        name = event.value.strip()
        if not name:
            self.notify("Name the file to save to, or press Esc.")
            return
        self.dismiss(Path(name).expanduser())

    def action_cancel(self) -> None:
        """Close without a file."""
        self.dismiss(None)
