"""Writing to stdout: Rich only on a terminal, and UTF-8 bytes where the bytes matter."""

from __future__ import annotations

import shutil
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # imported when used: a listing into a pipe needs no Rich (0.03 s)
    from rich.console import Console


def is_terminal(stream: TextIO) -> bool:
    """Return whether `stream` is a terminal (and so may get colours and box drawing).

    Args:
        stream: Usually `sys.stdout`.

    Returns:
        True for a tty.
    """
    try:
        return stream.isatty()
    except ValueError:  # a closed stream
        return False


def stdout_console() -> Console:
    """Return a Console on stdout that styles only when stdout is a terminal.

    Returns:
        A Console that never writes ANSI codes into a pipe or file, even with FORCE_COLOR set,
        and never reads article text as Rich markup or emoji codes.
    """
    from rich.console import Console

    stream = sys.stdout
    console = Console(
        file=stream,
        force_terminal=is_terminal(stream),
        markup=False,
        emoji=False,
        highlight=False,
    )
    if console.width <= 0:  # `COLUMNS=0`, which Rich takes for no room at all: as if unset
        console.width = shutil.get_terminal_size().columns
    return console


def write_utf8(text: str) -> None:
    """Write `text` to stdout as UTF-8 whatever the locale, for JSON and repaired files.

    Args:
        text: What to write.
    """
    sys.stdout.flush()  # keep order with anything already printed as text
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # stdout replaced by a text-only stream; it takes str
        sys.stdout.write(text)
        return
    buffer.write(text.encode("utf-8"))
    buffer.flush()
