"""The user's settings and reading state as the commands use them: `--config`, `--state-dir`."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..config import ConfigError, LoadedConfig, load_config
from ..data import ReadingState
from .errors import CommandError, warn


def add_config_argument(parser: argparse.ArgumentParser) -> None:
    """Add `--config FILE` to a command.

    Args:
        parser: The command's parser.
    """
    parser.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="settings file (default: config.toml in the user's config directory)",
    )


def add_state_argument(parser: argparse.ArgumentParser) -> None:
    """Add `--state-dir DIR` to a command that reads or changes read and starred marks.

    Args:
        parser: The command's parser.
    """
    parser.add_argument(
        "--state-dir",
        type=Path,
        metavar="DIR",
        help="where read and starred marks are kept (default: $READER_STATE_DIR, else the "
        "user's data directory)",
    )


def load_settings(args: argparse.Namespace, report: bool) -> LoadedConfig:
    """Read the settings a command's `--config` names, or the default file.

    Args:
        args: Parsed arguments of a command with `add_config_argument`.
        report: Print each bad value on standard error (the app shows them itself).

    Returns:
        The settings; bad values are replaced by their defaults.

    Raises:
        CommandError: When the file named by `--config` cannot be read.
    """
    try:
        settings = load_config(args.config)
    except ConfigError as error:
        raise CommandError(str(error)) from error
    if report:
        for problem in settings.problems:
            warn(problem)
    return settings


def open_reading_state(args: argparse.Namespace) -> ReadingState:
    """Open the read and starred marks in `--state-dir`, or in the default state directory.

    A folder that cannot be created or written leaves the marks in memory, with a notice.

    Args:
        args: Parsed arguments of a command with `add_state_argument`.

    Returns:
        The reading state.
    """
    try:
        return ReadingState.open(args.state_dir)
    except OSError as error:
        state = ReadingState(None)
        where = args.state_dir or "the state directory"
        state.notice = (
            f"Read and starred marks cannot be kept in {where} ({error.strerror or error});"
            " they last until the reader quits."
        )
        return state
