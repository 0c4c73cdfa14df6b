"""Screens made at their first showing and kept: composing and styling a screen anew was
most of the time some keys took (an article, the help, the brief)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

from textual.app import App
from textual.screen import Screen

ScreenT = TypeVar("ScreenT", bound=Screen[Any])


def show_kept(
    app: App[Any],
    name: str,
    make: Callable[[], ScreenT],
    again: Callable[[ScreenT], object] = lambda screen: None,
    closed: Callable[[Any], None] | None = None,
) -> None:
    """Show the screen installed as `name`: made by `make` at the first showing and kept,
    brought up to date by `again` at the next. One already shown (chosen again as it
    opened) is not shown twice; `closed` gets what it is dismissed with.
    """
    if app.is_screen_installed(name):
        screen = cast(ScreenT, app.get_screen(name))  # installed by `make` under `name`
        again(screen)
    else:
        screen = make()
        app.install_screen(screen, name)
    if screen not in app.screen_stack:
        app.push_screen(screen, closed)
