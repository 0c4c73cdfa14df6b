"""The command palette's screen commands: a screen lists them, this provider offers them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any, NamedTuple, Protocol, runtime_checkable

from rich.markup import escape
from rich.text import Text
from textual.app import SystemCommand
from textual.binding import ActiveBinding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.screen import Screen


class ScreenCommand(NamedTuple):
    """One command a screen offers in the palette."""

    title: str
    """What the palette shows and matches; may hold article data, so never markup."""
    help: str
    """A line under the title; our own words only, as the palette reads it as markup."""
    callback: Callable[[], object]
    """What choosing the command does."""


@runtime_checkable
class OffersCommands(Protocol):
    """A screen with commands for the palette."""

    def screen_commands(self) -> Iterable[ScreenCommand]:
        """Return the commands that make sense on this screen now."""
        ...


def key_commands(screen: Screen[Any]) -> list[ScreenCommand]:
    """A command for every key in force on `screen` that has a name (the screen's, the app's
    and the focused widget's, such as moving in the list), each run as its key runs it, its
    key shown under it: every action can be found by name.

    Args:
        screen: The screen the palette was opened on.

    Returns:
        One command per action, in the order the keys are bound.
    """
    app = screen.app
    keys: dict[str, tuple[ActiveBinding, list[str]]] = {}  # by action, in binding order
    for key, active in screen.active_bindings.items():
        if active.binding.description and key != app.COMMAND_PALETTE_BINDING:
            _, shown = keys.setdefault(active.binding.action, (active, []))
            shown.append(app.get_key_display(active.binding))
    commands: list[ScreenCommand] = []
    for action, (active, shown) in keys.items():
        binding = active.binding
        help_line = escape(f"Key: {', '.join(dict.fromkeys(shown))}")
        run = partial(app.run_action, action, active.node)
        commands.append(ScreenCommand(binding.tooltip or binding.description, help_line, run))
    return commands


class ScreenCommands(Provider):
    """Offers the commands of the screen the palette was opened on: what its keys do, by
    name, and what it offers besides (sorts, filters, categories).

    Textual's system commands turn titles into markup, and a category such as `[b]` would
    break them, so titles are passed to the palette as Text.
    """

    def _commands(self) -> list[ScreenCommand]:
        """Return the screen's commands."""
        screen = self.screen
        offered = list(screen.screen_commands()) if isinstance(screen, OffersCommands) else []
        return offered + key_commands(screen)

    async def discover(self) -> Hits:
        """Offer every command before anything is typed.

        Yields:
            One hit per command.
        """
        for command in self._commands():
            yield DiscoveryHit(
                Text(command.title), command.callback, text=command.title, help=command.help
            )

    async def search(self, query: str) -> Hits:
        """Offer the commands whose titles fuzzily match `query`.

        Args:
            query: What the user typed.

        Yields:
            Matching commands, with the matched letters highlighted.
        """
        matcher = self.matcher(query)
        for command in self._commands():
            score, offsets = matcher.fuzzy_search.match(query, command.title)
            if score > 0:
                title = Text(command.title)
                for offset in offsets:
                    title.stylize(matcher.match_style.rich_style, offset, offset + 1)
                yield Hit(score, title, command.callback, text=command.title, help=command.help)


def system_commands(
    textuals: Iterable[SystemCommand], show_help: Callable[[], object]
) -> Iterator[SystemCommand]:
    """Textual's palette commands `textuals`, but Keys opens the reader's help (`show_help`:
    Textual's own panel stayed open over the screens, and Esc left the article instead of
    closing it), and no Screenshot (saved where the user never chose, or failing without a
    reason)."""
    for command in textuals:
        if command.title == "Keys":
            yield SystemCommand("Keys", "Every key of the reader (?)", show_help)
        elif command.title != "Screenshot":
            yield command
