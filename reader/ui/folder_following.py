"""FolderFollowing: the list follows its folder. One refresh at a time, what changes while it
runs read after it, a watcher reporting changes, and a folder that went looked for again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.timer import Timer

from .folder_watcher import FolderWatcher

RETRY_SECONDS = 2.0
"""How often a folder that could not be read is looked for again."""


class FolderFollowing:
    """Whether the folder is being read, whether it changed meanwhile, and its watcher.

    The app's handlers tell it what happened; it starts the refreshes (`load`) and the
    watcher, whose reports (`changed`, `failed`) arrive on the watcher's thread.
    """

    def __init__(
        self,
        folder: Path,
        load: Callable[[], object],
        changed: Callable[[], object],
        failed: Callable[[str], object],
        every: Callable[[float, Callable[[], None]], Timer],
    ) -> None:
        """Follow `folder`: `load()` starts a refresh; the watcher calls `changed()` after
        changes and `failed(reason)` when it stops working; `every(seconds, callback)` (the
        app's `set_interval`) looks for a folder that could not be read."""
        self.folder = folder
        self._load = load
        self._changed = changed
        self._failed = failed
        self.loading = False
        """Whether a refresh runs (from its start until it is done or failed)."""
        self.reload_pending = False
        """Whether the folder changed while a refresh ran: it is read again when that ends."""
        self.watcher: FolderWatcher | None = None
        self._every = every
        self._retry: Timer | None = None
        """Looks for the folder again while it cannot be read."""

    def load(self) -> None:
        """Start a refresh."""
        self.loading = True
        self._load()

    def watch(self) -> None:
        """Watch the folder from now on (anew, if a watcher ran before)."""
        self.stop()
        self.watcher = FolderWatcher(self.folder, self._changed, self._failed)
        self.watcher.start()

    def stop(self) -> None:
        """Stop watching."""
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None

    def folder_changed(self) -> None:
        """Read the folder again: at once, or once the refresh running now ends (which would
        otherwise be stopped and begun again)."""
        if self.loading:
            self.reload_pending = True
        else:
            self.load()

    def refreshed(self) -> None:
        """A refresh ended: read the folder again if it changed meanwhile."""
        self.loading = False
        if self.reload_pending:
            self.reload_pending = False
            self.load()

    def load_failed(self) -> None:
        """A refresh could not read the folder: look for it every `RETRY_SECONDS`."""
        self.loading = self.reload_pending = False
        if self._retry is None:
            self._retry = self._every(RETRY_SECONDS, self._retry_if_back)

    def _retry_if_back(self) -> None:
        """Once the folder that could not be read is there again (deleted and made anew,
        say), watch and read it anew."""
        if self._retry is None or not self.folder.is_dir() or self.loading:
            return
        self._retry.stop()
        self._retry = None
        self.watch()
        self.load()
