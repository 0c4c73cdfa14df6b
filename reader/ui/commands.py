"""The command palette's screen commands: a screen lists them, this provider offers them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple, Protocol, runtime_checkable

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider


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


class ScreenCommands(Provider):
    """Offers the commands of the screen the palette was opened on.

    Textual's system commands turn titles into markup, and a category such as `[b]` would
    break them, so titles are passed to the palette as Text.
    """

    def _commands(self) -> list[ScreenCommand]:
        """Return the screen's commands, or none if it offers none."""
        screen = self.screen
        return list(screen.screen_commands()) if isinstance(screen, OffersCommands) else []

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
