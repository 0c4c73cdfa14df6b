"""Entry point: `reader [PATH]` opens the app; `reader list|show|repair|check` print and exit."""

from __future__ import annotations

import argparse
import errno
import io
import os
import sys
from collections.abc import Callable

from .cli.errors import CommandError, warn
from .cli.folder import articles_dir, max_file_bytes
from .cli.parser import build_parser, parse_arguments
from .cli.settings import load_settings, open_reading_state
from .data import IndexDamaged


def open_app(args: argparse.Namespace) -> int:
    """Run the Textual app on a folder of articles.

    Args:
        args: Parsed `reader open` arguments.

    Returns:
        The exit status: 0, or 1 when an error stopped the app.

    Raises:
        CommandError: When the folder is missing, or the reader was not started in a
            terminal.
    """
    settings = load_settings(args, report=False)  # the app shows what is wrong with them
    folder = articles_dir(args.path, settings.config.folder)
    if not on_a_terminal():
        raise CommandError(
            "the reader's screen needs a terminal for its input and output;"
            " 'reader list' prints the articles"
        )
    state = open_reading_state(args)
    # Imported here so the print-and-exit commands start without loading Textual.
    from .ui.app import ReaderApp

    app = ReaderApp(
        folder,
        cached=not args.no_cache,
        settings=settings,
        state=state,
        max_file_bytes=max_file_bytes(args, settings.config),
    )
    app.run()
    # Textual prints an error that stopped the app, and sets a failing status for it.
    return app.return_code or 0


def on_a_terminal() -> bool:
    """Whether the input and the output are a terminal: the app's screen drawn into a file
    or a pipe, reading keys from /dev/null or from nothing, would hang or fail."""
    streams = (sys.stdin, sys.stdout)
    return all(stream is not None and stream.isatty() for stream in streams)


OUTPUT_ERRORS = frozenset(
    getattr(errno, name)
    for name in ("ENOSPC", "EIO", "EBADF", "EDQUOT", "EFBIG")
    if hasattr(errno, name)
)
"""What writing the output fails with (a full disk, a closed descriptor): a command's reads
report their own errors, so one of these that reaches `main` is the output's."""


def silence_output() -> None:
    """Point the output at devnull, so the flush at the interpreter's exit does not fail
    again, as the Python signal docs advise for a closed pipe."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # stdout has no file descriptor (a test's capture): nothing will flush it


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and run the command they name.

    Args:
        argv: Arguments after the program name; None reads `sys.argv`.

    Returns:
        The exit status: 0 on success, 1 when the command failed, 2 for bad arguments.
    """
    if sys.stdout is None:  # started with its output closed (`>&-`): nothing can be written
        print("reader: cannot write the output: it is closed", file=sys.stderr)
        return 1
    if isinstance(sys.stdout, io.TextIOWrapper):
        # Under a non-UTF-8 locale a Czech title must print as '?', not end in a traceback.
        sys.stdout.reconfigure(errors="replace")
    parser = build_parser(open_app)
    try:
        args = parse_arguments(parser, sys.argv[1:] if argv is None else argv)
        run: Callable[[argparse.Namespace], int] = args.run
        try:
            return run(args)
        except IndexDamaged as error:
            # Marked to be checked at the next start: this second one builds it anew.
            warn(f"{error}; it is built anew")
            return run(args)
    except SystemExit as done:  # --help and --version print, then exit through here
        if done.code is None or isinstance(done.code, int):
            return done.code or 0
        print(f"reader: {done.code}", file=sys.stderr)
        return 1
    except CommandError as error:
        print(f"reader: {error}", file=sys.stderr)
        return error.exit_code
    except BrokenPipeError:
        # The reader of our output (`| head`) has gone.
        silence_output()
        return 141  # 128 + SIGPIPE, what a shell reports for a command killed by a closed pipe
    except OSError as error:
        if error.errno not in OUTPUT_ERRORS:
            raise
        print(f"reader: cannot write the output: {error.strerror or error}", file=sys.stderr)
        silence_output()
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
