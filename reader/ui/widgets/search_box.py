"""SearchBox: the list's search field, which reports the search once typing pauses."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input

SEARCH_DELAY = 0.2
"""Seconds of no typing before the search runs."""


class SearchBox(Input):
    """A search field: the search runs when typing pauses, or at once on Enter."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Done", tooltip="Search now and go back to the list"),
        Binding("down", "submit", "Results", show=False, tooltip="Go down into the results"),
        Binding("escape", "screen.clear_search", "Clear", tooltip="Clear the search"),
    ]
    """Shown in the footer while typing, where the list's letter keys are text."""

    @dataclass
    class Searched(Message):
        """The user's search text, to be run."""

        text: str
        """What to search for."""
        submitted: bool
        """Whether Enter was pressed: the user is done typing."""

    def __init__(self, *, id: str | None = None) -> None:
        """Create an empty search field."""
        super().__init__(placeholder="Search title and text; Esc clears", id=id)
        self._timer: Timer | None = None

    @on(Input.Changed)
    def search_when_typing_pauses(self, event: Input.Changed) -> None:
        """Report the search once typing pauses."""
        # A query per keystroke would queue up at 100,000 articles, where a broad prefix
        # search and the redrawn list take tens of milliseconds each.
        self.cancel_search()
        self._timer = self.set_timer(SEARCH_DELAY, partial(self._report, event.value, False))

    @on(Input.Submitted)
    def search_now(self, event: Input.Submitted) -> None:
        """Report the search at once."""
        self.cancel_search()
        self._report(event.value, True)

    @property
    def waiting(self) -> bool:
        """Whether a search was typed and waits for typing to pause."""
        return self._timer is not None

    def cancel_search(self) -> None:
        """Forget a search that was typed but not yet reported."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _report(self, text: str, submitted: bool) -> None:
        """Tell the screen what to search for."""
        self._timer = None
        self.post_message(self.Searched(text, submitted))
