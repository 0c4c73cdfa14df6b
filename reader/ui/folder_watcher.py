"""FolderWatcher: notices articles added, changed or deleted in the folder while the reader runs."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import watchfiles

from ..data import is_article_name

DEBOUNCE_MS = 300
"""Changes are gathered this long before one report, so a pipeline writing many files
causes one refresh rather than many; with the refresh it keeps the list within 2 s."""
STEP_MS = 50
"""How often the watcher looks for changes and for being stopped."""


def concerns_articles(change: watchfiles.Change, path: str) -> bool:
    """Whether a change can add, alter or remove an article.

    Hidden files and other suffixes are ignored; a deleted path without a suffix may have been
    a folder of articles.
    """
    name = Path(path).name
    if is_article_name(name):
        return True
    hidden = name.startswith(".")
    return change == watchfiles.Change.deleted and not hidden and not Path(name).suffix


class FolderWatcher:
    """Watches a folder, recursively, on a thread of its own; calls back after each change."""

    def __init__(
        self, folder: Path, changed: Callable[[], object], failed: Callable[[str], object]
    ) -> None:
        """Watch `folder`; `changed()` is called after each burst of changes, `failed(reason)`
        once when watching stops working. Both are called on the watcher's thread."""
        self.folder = folder
        self._changed = changed
        self._failed = failed
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="folder-watcher", daemon=True)

    def start(self) -> None:
        """Start watching."""
        self._thread.start()

    def stop(self) -> None:
        """Stop watching, waiting at most a moment for the thread to end."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=1)

    def _watch(self) -> None:
        """Report each burst of changes until stopped. A change watchfiles cannot report (a
        name that is not UTF-8) is reported as a change, and watching goes on."""
        while not self._stop.is_set():
            try:
                for _ in watchfiles.watch(
                    self.folder,
                    watch_filter=concerns_articles,
                    debounce=DEBOUNCE_MS,
                    step=STEP_MS,
                    stop_event=self._stop,
                    raise_interrupt=False,
                    ignore_permission_denied=True,  # an unreadable subfolder is a load problem
                ):
                    self._changed()
                return
            except RuntimeError as error:  # watchfiles' own errors, e.g. "Unable to decode"
                if "decode" not in str(error):
                    self._give_up(error)
                    return
                self._changed()  # something changed there: the refresh reads the folder
            except OSError as error:
                self._give_up(error)
                return

    def _give_up(self, error: Exception) -> None:
        """Say that watching stopped, unless it was asked to."""
        if not self._stop.is_set():
            self._failed(str(error))
