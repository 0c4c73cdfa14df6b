"""The settings as the app applies them: the theme (the settings' one, else the one last
picked in the palette, remembered with the reading state), and one message saying what is
wrong with them."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.theme import Theme

from ..config import LoadedConfig
from ..data import MarksNotSaved, ReadingState

THEME_CHOICE = "theme"
"""The reading state's key for the theme last picked."""
SETTINGS_MESSAGE_SECONDS = 20.0
"""How long what is wrong with the settings stays on screen: long enough to read a few."""


def apply_settings(app: App[None], settings: LoadedConfig, state: ReadingState) -> dict[str, str]:
    """Use the settings' theme (or the one last picked) and keys from now on, and show what
    is wrong with the settings in one message: one each would push each other off a small
    screen. Returns the keys of the user's own, by binding id, for the help."""
    configured = settings.config.theme
    problems = [*settings.problems, *apply_start_theme(app, configured, settings.path, state)]
    # A theme the settings name wrongly does not count: picks are remembered as without one.
    remember_theme_changes(app, configured if configured in app.available_themes else None, state)
    keymap: dict[str, str] = {}
    if settings.config.keys:
        # Imported only for keys of one's own: the key lists import every screen.
        from .help_keys import screen_bindings
        from .keymap import build_keymap

        screens = screen_bindings(app.BINDINGS)
        keymap, wrong = build_keymap(settings.config.keys, screens, settings.path)
        app.set_keymap(keymap)
        problems += wrong
    if problems:
        app.notify(
            settings_message(settings.path, problems),
            title="Settings",
            severity="warning",
            timeout=SETTINGS_MESSAGE_SECONDS,
            markup=False,
        )
    return keymap


def settings_message(path: Path, problems: list[str]) -> str:
    """The problems of the settings file `path` as one message: the file named once, then a
    line for each."""
    prefix = f"{path}: "
    lines = (f"• {problem.removeprefix(prefix)}" for problem in problems)
    return "\n".join([f"{path}:", *lines])


def apply_start_theme(
    app: App[None], configured: str | None, settings: Path, state: ReadingState
) -> list[str]:
    """Use the settings' theme, else the one last picked (kept in `state`); return what is
    wrong with the settings' one (Textual has no such theme), as problems naming `settings`.
    A theme the settings name wrongly leaves the one last picked in force."""
    remembered = state.choice(THEME_CHOICE)
    for theme in (configured, remembered):
        if theme is not None and theme in app.available_themes:
            app.theme = theme
            break
    if configured is None or configured in app.available_themes:
        return []  # a remembered theme Textual no longer has: the default, silently
    kept = f"the one last picked ({remembered!r})" if remembered in app.available_themes else None
    return [
        f"{settings}: theme: no theme {configured!r} (Ctrl+P, then 'theme', lists them);"
        f" using {kept or 'the default'}"
    ]


def remember_theme_changes(app: App[None], configured: str | None, state: ReadingState) -> None:
    """From now on remember each theme picked, for the next start; when the settings name
    one, say that a theme picked lasts only until the reader quits."""

    def remember(theme: Theme) -> None:
        if configured is not None:
            if theme.name != configured:
                app.notify(
                    f"The settings name the theme {configured!r}: {theme.name!r} lasts until"
                    " the reader quits.",
                    markup=False,
                )
            return
        if theme.name == state.choice(THEME_CHOICE):
            return
        try:
            state.remember(THEME_CHOICE, theme.name)
        except MarksNotSaved:
            pass  # the marks' database is locked or full: the theme just is not kept

    app.theme_changed_signal.subscribe(app, remember)
