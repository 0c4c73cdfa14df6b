"""The argument parser: `reader [PATH]` opens the app, `reader COMMAND ...` runs a command."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Sequence
from difflib import get_close_matches

from .. import __version__
from .brief import add_brief_parser
from .check import add_check_parser
from .errors import ArgumentParser
from .folder import add_folder_arguments
from .listing import add_list_parser
from .paths import PATHS_OPTION, add_paths_parser
from .repair import add_repair_parser
from .settings import add_state_argument
from .show import add_show_parser

COMMANDS = frozenset({"open", "list", "show", "brief", "repair", "check", "paths"})
"""Words that name a command when they come first; anything else first is a PATH to open."""
TOP_LEVEL_OPTIONS = frozenset({"-h", "--help", "--version"})
"""Options that belong to `reader` itself rather than to a command."""


def build_parser(open_app: Callable[[argparse.Namespace], int]) -> ArgumentParser:
    """Build the parser; each command stores its handler as `run`.

    Args:
        open_app: The handler for `reader open [PATH]`, the Textual app.

    Returns:
        The top-level parser.
    """
    parser = ArgumentParser(
        prog="reader",
        description="Read folders of Markdown news articles, repairing broken text.",
        epilog="'reader PATH' is short for 'reader open PATH' (write ./list for a folder "
        "named like a command). Without PATH, the sample articles are used.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        PATHS_OPTION, action="store_true", help="print where the settings, marks and cache are kept"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    opener = commands.add_parser(
        "open",
        help="browse articles in the terminal app (the default)",
        description="Browse the articles of a folder in the terminal app.",
    )
    add_folder_arguments(opener)
    add_state_argument(opener)
    opener.set_defaults(run=open_app)
    add_list_parser(commands)
    add_show_parser(commands)
    add_brief_parser(commands)
    add_repair_parser(commands)
    add_check_parser(commands)
    add_paths_parser(commands)
    for command_parser in commands.choices.values():
        command_parser.set_defaults(command_parser=command_parser)
    return parser


def parse_arguments(parser: ArgumentParser, argv: Sequence[str]) -> argparse.Namespace:
    """Parse `argv`, blaming an unknown argument on the command it was given to.

    Plain `parse_args` reports stray arguments from the top-level parser, which would send the
    user to `reader --help` instead of `reader list --help`.

    Args:
        parser: The parser from `build_parser`.
        argv: The arguments after the program name.

    Returns:
        The parsed arguments; `run` is the command's handler.

    Raises:
        UsageError: When the arguments are wrong.
    """
    if (
        argv
        and not argv[0].startswith("-")
        and argv[0] not in COMMANDS
        and not os.path.lexists(argv[0])
    ):
        meant = get_close_matches(argv[0], sorted(COMMANDS), n=1)
        if meant:  # `reader chek PATH`: PATH was called an unrecognized argument of `open`
            parser.error(f"no command or folder '{argv[0]}' (did you mean '{meant[0]}'?)")
    args, extra = parser.parse_known_args(with_command(argv))
    if extra:
        command_parser: ArgumentParser = args.command_parser
        command_parser.error(f"unrecognized arguments: {' '.join(extra)}")
    return args


def with_command(argv: Sequence[str]) -> list[str]:
    """Return `argv` with `open` put first when it names no command.

    argparse cannot have an optional PATH beside subcommands, so `reader seeds` and plain
    `reader` are rewritten to `reader open seeds` and `reader open`.

    Args:
        argv: The arguments after the program name.

    Returns:
        Arguments that start with a command or a top-level option.
    """
    if argv and argv[0] == PATHS_OPTION:
        return ["paths", *argv[1:]]
    if argv and (argv[0] in COMMANDS or argv[0] in TOP_LEVEL_OPTIONS):
        return list(argv)
    return ["open", *argv]
