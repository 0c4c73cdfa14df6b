"""`reader --paths`: where the settings, the marks and the cache are, and what moves them."""

from __future__ import annotations

import argparse

from ..config import CONFIG_DIR_VARIABLE, default_config_file
from ..data import (
    CACHE_DIR_VARIABLE,
    STATE_DIR_VARIABLE,
    STATE_FILE,
    default_cache_dir,
    default_state_dir,
)
from .errors import ArgumentParser
from .settings import add_config_argument, add_state_argument

PATHS_OPTION = "--paths"
"""`reader --paths ...` is `reader paths ...`."""


def add_paths_parser(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    """Add `reader paths` (also written `reader --paths`).

    Args:
        commands: The subcommand group of the top-level parser.
    """
    parser = commands.add_parser(
        "paths",
        help="print where the settings, marks and cache are kept",
        description="Print where the settings, the read and starred marks and the cache "
        "are kept, as the same options and environment would have them.",
    )
    add_config_argument(parser)
    add_state_argument(parser)
    parser.set_defaults(run=run_paths)


def run_paths(args: argparse.Namespace) -> int:
    """Print one line per place the reader keeps something, with what moves it.

    Args:
        args: Parsed `reader paths` arguments: `--config` and `--state-dir` count.

    Returns:
        The exit status: 0.
    """
    settings = args.config or default_config_file()
    state_dir = args.state_dir or default_state_dir()
    rows = [
        ("settings", settings, f"--config FILE, {CONFIG_DIR_VARIABLE}"),
        ("marks", state_dir / STATE_FILE, f"--state-dir DIR, {STATE_DIR_VARIABLE}"),
        ("cache", default_cache_dir(), f"{CACHE_DIR_VARIABLE}: indexes and the word model"),
    ]
    for name, path, moved_by in rows:
        print(f"{name:<9}{path}  ({moved_by})")
    return 0
