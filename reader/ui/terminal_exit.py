"""Leaving with the terminal: on a hangup, a SIGTERM, or once standard input is no terminal
any more (its window closed under `make run`, which takes the hangup itself)."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import Callable

from textual.app import App

TERMINAL_CHECK_INTERVAL = 2.0
"""Seconds between checks that the terminal is still there (see `watch_terminal`)."""


def leave_with_the_terminal(app: App[None], hang_up: Callable[[], None]) -> None:
    """Call `hang_up` on a hangup or once the terminal is gone; leave as `q` does on SIGTERM.

    Args:
        app: The running app.
        hang_up: Closes what must be closed and leaves at once.
    """
    if hasattr(signal, "SIGHUP"):  # not on Windows
        loop = asyncio.get_running_loop()
        try:
            loop.add_signal_handler(signal.SIGHUP, hang_up)
            # `kill`: leave as `q` does, the terminal restored and the index closed.
            loop.add_signal_handler(signal.SIGTERM, app.exit)
        except RuntimeError:
            pass  # not the main thread (as under a test pilot): no signals arrive here
    if not app.is_headless and sys.__stdin__ is not None:
        watch_terminal(app, sys.__stdin__.fileno(), hang_up)


def watch_terminal(app: App[None], terminal: int, hang_up: Callable[[], None]) -> None:
    """Call `hang_up` once `terminal` (a descriptor) is no terminal any more.

    Under `make run` the hangup signal never reaches the reader (make takes it and dies),
    and Textual's input thread then spins on the dead terminal.
    """
    if not os.isatty(terminal):
        return  # input is not a terminal: nothing to lose

    def leave_if_gone() -> None:
        if not os.isatty(terminal):
            hang_up()

    app.set_interval(TERMINAL_CHECK_INTERVAL, leave_if_gone)
