"""FolderWatcher: notices articles added, changed or deleted in the folder while the reader runs."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import watchfiles

from ..data import is_article_name

DEBOUNCE_MS = 300
"""Changes are gathered this long before one report, so a pipeline writing many files
causes one refresh rather than many; with the refresh it keeps the list within 2 s."""
STEP_MS = 50
"""How often the watcher looks for changes and for being stopped."""
QUIET_MS = 1_000
"""How long a watch waits before it says nothing changed: the first time, after a folder
watched alone gained a subfolder, the folder is read again, as the subfolder's files written
while the new watch was set up were seen by no watch."""


def concerns_articles(change: watchfiles.Change, path: str) -> bool:
    """Whether a change can add, alter or remove an article.

    Hidden files and other suffixes are ignored; a deleted path without a suffix may have been
    a folder of articles, and an added folder may hold some.
    """
    name = Path(path).name
    if is_article_name(name):
        return True
    if name.startswith("."):
        return False
    if change == watchfiles.Change.added:
        return os.path.isdir(path)
    return change == watchfiles.Change.deleted and not Path(name).suffix


def has_subfolders(folder: Path) -> bool:
    """Whether `folder` holds a folder that may hold articles (hidden ones never do)."""
    try:
        with os.scandir(folder) as entries:
            return any(not entry.name.startswith(".") and entry.is_dir() for entry in entries)
    except OSError:
        return True  # watched as before, with its subfolders: the watch says what fails


def made_a_folder(changes: set[tuple[watchfiles.Change, str]]) -> bool:
    """Whether `changes` added a folder (even one named like an article, `notes.md/`)."""
    return any(
        change == watchfiles.Change.added and os.path.isdir(path) for change, path in changes
    )


class FolderWatcher:
    """Watches a folder, and its subfolders once it has any, on a thread of its own; calls back
    after each change."""

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
        name that is not UTF-8) is reported as a change, and watching goes on.

        A folder without subfolders is watched alone: watching one with its subfolders walks
        every file holding Python's lock (0.3 s at 100,000 files, the screen waiting). Once a
        subfolder is made in it, it is watched with its subfolders from then on.
        """
        recursive = has_subfolders(self.folder)
        report_when_watched = False
        while not self._stop.is_set():
            try:
                for changes in self._changes(recursive):
                    if changes or report_when_watched:
                        self._changed()
                    report_when_watched = False
                    if not recursive and made_a_folder(changes):
                        recursive = report_when_watched = True
                        break
                else:
                    return  # stopped
            except RuntimeError as error:  # watchfiles' own errors, e.g. "Unable to decode"
                if "decode" not in str(error):
                    self._give_up(error)
                    return
                self._changed()  # something changed there: the refresh reads the folder
            except OSError as error:
                self._give_up(error)
                return

    def _changes(self, recursive: bool) -> Iterator[set[tuple[watchfiles.Change, str]]]:
        """Each burst of changes that concerns articles, in the folder alone or in its
        subfolders too; nothing (an empty set) after each `QUIET_MS` without any."""
        return watchfiles.watch(
            self.folder,
            watch_filter=concerns_articles,
            debounce=DEBOUNCE_MS,
            step=STEP_MS,
            stop_event=self._stop,
            rust_timeout=QUIET_MS,
            yield_on_timeout=True,
            raise_interrupt=False,
            recursive=recursive,
            ignore_permission_denied=True,  # an unreadable subfolder is a load problem
        )

    def _give_up(self, error: Exception) -> None:
        """Say that watching stopped, unless it was asked to."""
        if not self._stop.is_set():
            self._failed(str(error))
