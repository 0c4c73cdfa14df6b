"""SearchBox: the list's search field, which reports the search once typing pauses."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import ClassVar

from textual import events, on
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input

from ..escape_keys import escape_then_key

SEARCH_DELAY = 0.2
"""Seconds of no typing before the search runs."""
CLEAR_SEARCH = "screen.clear_search"
"""What Esc does in the box."""


class SearchBox(Input):
    """A search field: the search runs when typing pauses, or at once on Enter (the screen's
    `search_done`)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority, so the list has the focus as Enter arrives: keys typed right after it act
        # on the list (Textual hands a key to the widget focused on its arrival).
        Binding(
            "enter",
            "screen.search_done",
            "Done",
            priority=True,
            tooltip="Search now and go back to the list",
        ),
        Binding(
            "down",
            "screen.search_done",
            "Results",
            show=False,
            priority=True,
            tooltip="Go down into the results",
        ),
        Binding("escape", CLEAR_SEARCH, "Clear", tooltip="Clear the search"),
    ]
    """Shown in the footer while typing, where the list's letter keys are text."""

    @dataclass
    class Searched(Message):
        """The user's search text, to be run."""

        text: str
        """What to search for."""

    class _Typed(Message, bubble=False):
        """Enter was pressed: the search is reported once the keys before it are in."""

    def __init__(self, *, id: str | None = None) -> None:
        """Create an empty search field."""
        super().__init__(placeholder="Search title and text; Esc clears", id=id)
        self._timer: Timer | None = None

    async def on_key(self, event: events.Key) -> None:
        """Esc typed right before another key, which comes as Alt and the key, is not text:
        it clears the search as Esc does, then the key goes where the focus is then (the
        list; posted both, the key reached the box before Esc had moved the focus)."""
        keys = escape_then_key(event)
        if keys is None:
            return
        event.prevent_default()  # before Input's own handler types the character
        event.stop()
        _, key = keys
        await self.run_action(CLEAR_SEARCH)
        self.app.post_message(key)

    @on(Input.Changed)
    def search_when_typing_pauses(self, event: Input.Changed) -> None:
        """Report the search once typing pauses."""
        # A query per keystroke would queue up at 100,000 articles, where a broad prefix
        # search and the redrawn list take tens of milliseconds each.
        self.cancel_search()
        self._timer = self.set_timer(SEARCH_DELAY, partial(self._report, event.value))

    def search_when_typed(self) -> None:
        """Report the search at once, when the keys typed before this call (on their way to
        the box) are in it."""
        self.post_message(self._Typed())

    @on(_Typed)
    def _search_now(self) -> None:
        """Report the search as typed, without waiting for a pause."""
        self.cancel_search()
        self._report(self.value)

    @property
    def waiting(self) -> bool:
        """Whether a search was typed and waits for typing to pause."""
        return self._timer is not None

    def cancel_search(self) -> None:
        """Forget a search that was typed but not yet reported."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _report(self, text: str) -> None:
        """Tell the screen what to search for."""
        self._timer = None
        self.post_message(self.Searched(text))
