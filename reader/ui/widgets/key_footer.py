"""KeyFooter: the keys of the screen that fit the width whole, in the order the screen lists
them (the most used first); the others are in the help (`?`) and the palette (Ctrl+P)."""

from __future__ import annotations

from typing import NamedTuple

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widget import Widget

COMPACT_BELOW = 100
"""Below this many columns the keys go without the spaces around them."""


class FooterKey(NamedTuple):
    """One key as the footer shows it."""

    key: str
    """The key pressed when the entry is clicked."""
    shown: str
    """How the key is written, e.g. `^p` or `?`."""
    description: str
    enabled: bool


def fitting_keys(keys: list[FooterKey], width: int, compact: bool, key_style: Style) -> Text:
    """The line of `keys` that fits `width` cells, each key whole or not at all.

    Args:
        keys: In the order the screen lists them.
        width: The footer's width.
        compact: Without the spaces around each key.
        key_style: The style of the key names.

    Returns:
        The line; each key's cells carry `{"key": key}` for a click.
    """
    line = Text(no_wrap=True, overflow="crop")
    room = width - 1  # never flush against the edge: a cut key is unreadable
    for entry in keys:
        shown = entry.shown if compact else f" {entry.shown} "
        description = f" {entry.description} " if compact else f"{entry.description} "
        cells = cell_len(shown) + cell_len(description)
        if cells > room:
            break
        room -= cells
        meta = Style.from_meta({"key": entry.key})
        dim = Style(dim=not entry.enabled)
        line.append(shown, key_style + dim + meta)
        line.append(description, dim + meta)
    return line


class KeyFooter(Widget):
    """A footer line of the screen's keys that never cuts one: those that do not fit are
    left out whole. Clicking a key presses it."""

    COMPONENT_CLASSES = {"key-footer--key"}
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-description-foreground;
    }
    KeyFooter > .key-footer--key {
        color: $footer-key-foreground;
        background: $footer-key-background;
        text-style: bold;
    }
    """

    def on_mount(self) -> None:
        """Draw anew whenever the screen's keys change (a search box focused, say)."""
        self.screen.bindings_updated_signal.subscribe(self, self.keys_changed)

    def on_unmount(self) -> None:
        """Stop following the screen's keys."""
        self.screen.bindings_updated_signal.unsubscribe(self)

    def keys_changed(self, _: Screen[object]) -> None:
        """Draw the keys as they are now."""
        self.refresh()

    def shown_keys(self) -> list[FooterKey]:
        """The keys the screen shows, one per action, then the palette's key."""
        keys: list[FooterKey] = []
        actions: set[str] = set()
        palette = None
        # In the order the screen lists its keys, whatever keys of one's own moved them (a
        # keymap puts a rebound key last).
        order = {binding.action: number for number, binding in enumerate(self.listed())}
        bindings = sorted(
            self.screen.active_bindings.items(),
            key=lambda item: order.get(item[1].binding.action, len(order)),
        )
        for key, active in bindings:
            binding = active.binding
            if key == self.app.COMMAND_PALETTE_BINDING:
                palette = FooterKey(key, self.app.get_key_display(binding), "Palette", True)
            elif binding.show and binding.action not in actions:
                actions.add(binding.action)
                shown = self.app.get_key_display(binding)
                keys.append(FooterKey(key, shown, binding.description, active.enabled))
        return keys + ([palette] if palette is not None else [])

    def listed(self) -> list[Binding]:
        """The bindings of the focused widget, the screen and the app, in the order they are
        declared (the focused widget's first, as Textual lists them)."""
        focused = self.screen.focused
        declared: list[BindingType] = [
            *(focused.BINDINGS if focused is not None else []),
            *self.screen.BINDINGS,
            *self.app.BINDINGS,
        ]
        return [binding for binding in declared if isinstance(binding, Binding)]

    @property
    def compact(self) -> bool:
        """Whether the keys go without the spaces around them."""
        return self.size.width < COMPACT_BELOW

    def render(self) -> Text:
        """The keys that fit, the key names in the footer's key colours."""
        key_style = self.get_component_rich_style("key-footer--key", partial=True)
        return fitting_keys(self.shown_keys(), self.size.width, self.compact, key_style)

    def on_click(self, event: events.Click) -> None:
        """Press the key that was clicked."""
        key = event.style.meta.get("key")
        if key:
            self.app.simulate_key(key)
