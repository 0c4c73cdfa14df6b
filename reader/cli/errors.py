"""Errors and warnings a command reports as one line on stderr, and the parser that raises
its errors."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn


class CommandError(Exception):
    """A command could not do its job for a reason the user can fix; exit status 1."""

    exit_code = 1
    """The process exit status for this error."""


class UsageError(CommandError):
    """The arguments were wrong; exit status 2, as argparse uses."""

    exit_code = 2


class ArgumentParser(argparse.ArgumentParser):
    """An argparse parser that raises UsageError instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        """Raise the problem as one line for `main` to print.

        Args:
            message: What argparse found wrong.

        Raises:
            UsageError: Always.
        """
        raise UsageError(f"{message} (see '{self.prog} --help')")


def warn(message: str) -> None:
    """Report on stderr something the user should know that does not stop the command."""
    print(f"reader: warning: {message}", file=sys.stderr)
