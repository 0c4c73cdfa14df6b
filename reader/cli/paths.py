"""`reader --paths`: where the settings, the marks and the cache are, and what moves them."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from ..config import CONFIG_DIR_VARIABLE, default_config_file
from ..data import (
    CACHE_DIR_VARIABLE,
    STATE_DIR_VARIABLE,
    STATE_FILE,
    default_cache_dir,
    default_state_dir,
)


def paths_text() -> str:
    """One line per place the reader keeps something, with what moves it."""
    rows = [
        ("settings", default_config_file(), f"{CONFIG_DIR_VARIABLE}, --config FILE"),
        ("marks", default_state_dir() / STATE_FILE, f"{STATE_DIR_VARIABLE}, --state-dir DIR"),
        ("cache", default_cache_dir(), f"{CACHE_DIR_VARIABLE}: indexes and the word model"),
    ]
    return "\n".join(f"{name:<9}{path}  ({moved_by})" for name, path, moved_by in rows)


class ShowPaths(argparse.Action):
    """Print where the reader keeps things, then exit, as `--version` does."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        """Take no value."""
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        """Print the paths and exit."""
        print(paths_text())
        parser.exit()
