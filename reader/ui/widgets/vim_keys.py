"""Vim keys beside the arrows, for every list and scrolling page of the reader."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import OptionList

LIST_KEYS: list[BindingType] = [
    Binding("down,j", "cursor_down", "Down", show=False),
    Binding("up,k", "cursor_up", "Up", show=False),
    Binding("home,g", "first", "First", show=False),
    Binding("end,G", "last", "Last", show=False),
]
"""Moving in a list: OptionList's arrows, Home and End, and j, k, g and G."""


class VimOptionList(OptionList):
    """An OptionList that j, k, g and G move in too."""

    BINDINGS: ClassVar[list[BindingType]] = LIST_KEYS


class PageScroll(VerticalScroll):
    """A scrolling page (an article, the help), with vim keys and space beside the arrows,
    Home, End and the page keys."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "scroll_down", "Scroll down", show=False),
        Binding("up,k", "scroll_up", "Scroll up", show=False),
        Binding("home,g", "scroll_home", "Top", show=False),
        Binding("end,G", "scroll_end", "Bottom", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
    ]
