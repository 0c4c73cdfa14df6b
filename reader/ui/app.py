"""ReaderApp: indexes the articles folder in a worker and hands the index to the list screen."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterable
from multiprocessing import resource_tracker
from pathlib import Path
from typing import Any, ClassVar

from textual import on, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.worker import get_current_worker

from ..config import Config, LoadedConfig, default_config_file
from ..data import BUILDING_WORD_MODELS, ArticleIndex, FolderError, ReadingState
from ..present.article_text import plural
from .app_settings import apply_settings
from .commands import ScreenCommands, system_commands
from .escape_keys import EscapeThenKey
from .folder_following import FolderFollowing
from .loading_passes import read_folder
from .marking import Marking
from .messages import (
    ArticlesChanged,
    FolderChanged,
    IndexOpened,
    IndexProgress,
    IndexRefreshed,
    LoadFailed,
    MarksChanged,
    TextsProgress,
    WatchFailed,
)
from .screens.article_list import ArticleListScreen
from .terminal_exit import leave_with_the_terminal

FIRST_PAINT_WAIT = 1.0
"""Seconds loading waits, at most, for the list stored by an earlier run to be drawn."""
MARKS_CHECK_SECONDS = 0.5
"""Seconds between looks for marks changed by another reader of the same state: one cheap
PRAGMA, so they show within a second."""


class ReaderApp(EscapeThenKey, App[None]):
    """A terminal reader for a folder of news articles."""

    CSS_PATH = "app.tcss"
    TITLE = "Reader"
    COMMANDS = App.COMMANDS | {ScreenCommands}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", id="help"),
        Binding(
            "ctrl+z",
            "undo",
            "Undo",
            show=False,
            tooltip="Undo the last read or star change",
            id="undo",
        ),
    ]
    """Help and undo are everywhere; the command palette (Ctrl+P) is Textual's."""

    def __init__(
        self,
        articles_dir: Path,
        cached: bool = True,
        settings: LoadedConfig | None = None,
        state: ReadingState | None = None,
        max_file_bytes: int | None = None,
    ) -> None:
        """Create the app for one folder; nothing is read until it runs.

        Args:
            articles_dir: The folder of article files.
            cached: Keep the index in the cache directory, so the next start reads only new
                or changed files; False indexes in memory.
            settings: The user's settings and what was wrong with them; None for the defaults.
            state: Read and starred marks; None opens them in the default state directory.
            max_file_bytes: Larger files are listed as problems, unread; None takes the
                settings' limit.
        """
        super().__init__()
        self.articles_dir = articles_dir
        self.cached = cached
        self.settings = settings or LoadedConfig(Config(), default_config_file())
        self.config = self.settings.config
        self.keymap: dict[str, str] = {}
        """The keys of the user's own in force, by binding id (the help shows them)."""
        self.max_file_bytes = max_file_bytes or self.config.max_file_size
        self.marking = Marking(
            ReadingState.open() if state is None else state, self.config.mark_read_on_open
        )
        self.index: ArticleIndex | None = None
        self.following = FolderFollowing(
            articles_dir,
            load=self.load_articles,
            changed=lambda: self.post_message(FolderChanged()),
            failed=lambda reason: self.post_message(WatchFailed(reason)),
            every=self.set_interval,
        )
        self._first_load_done = False
        """Whether the first refresh has ended, and the files that failed were counted."""
        self._stored_list_shown = threading.Event()
        self._notice_shown = ""
        """The index's notice last shown, so it is shown once."""
        self.article_list = ArticleListScreen(articles_dir, self.marking, self.config)

    def on_load(self) -> None:
        """Start multiprocessing's resource tracker while stderr is still the terminal's."""
        # Once the app runs, Textual swaps sys.stderr for a capture whose fileno() is -1. The
        # index loads big folders in a process pool, whose resource tracker is started lazily
        # and hands stderr's descriptor to its child: -1 fails with "bad value(s) in
        # fds_to_keep". Load is dispatched before the swap, so start the tracker here.
        resource_tracker.ensure_running()

    async def on_mount(self) -> None:
        """Apply the settings, show the list, then start loading into it."""
        leave_with_the_terminal(self, self.close_on_hangup)
        self.keymap = apply_settings(self, self.settings, self.marking.state)
        if self.marking.state.notice:
            self.notify(self.marking.state.notice, severity="warning", timeout=10, markup=False)
        await self.push_screen(self.article_list)
        self.following.load()
        self.set_interval(MARKS_CHECK_SECONDS, self.follow_other_readers)

    @property
    def closing(self) -> bool:
        """Whether the app is closing: its screens are being taken down (some of the list's
        widgets may be gone already) or are gone, and a late message from loading or a
        timer has nothing to draw on."""
        return not self.is_running or not self.article_list.children

    def follow_other_readers(self) -> None:
        """Show the marks another reader of the same state changed (read, starred)."""
        if not self.closing and self.marking.state.changed_elsewhere():
            self.screen.post_message(MarksChanged())

    def close_on_hangup(self) -> None:
        """The terminal is gone (its window closed): close the index and the marks, and
        leave at once. Closed cleanly, the index is trusted at the next start without a check
        of every page; Textual's own shutdown would wait forever to restore the terminal."""
        self.on_unmount()
        os._exit(128 + signal.SIGHUP)

    def on_unmount(self) -> None:
        """Stop watching the folder, and close the reading state and the index.

        A cleanly closed index is trusted at the next start without a check of every page.
        """
        self.following.stop()
        self.marking.state.close()
        if self.index is not None:
            self.index.close()

    @work(thread=True, exclusive=True)
    def load_articles(self) -> None:
        """Open the index if needed and bring it up to date with the folder; runs in a thread.

        Started by `following.load()` only; a change in the folder while it runs is read
        after it (`reload`).
        """
        worker = get_current_worker()
        try:
            index = self.index
            if index is None:
                index = ArticleIndex.open(
                    self.articles_dir, cached=self.cached, max_file_bytes=self.max_file_bytes
                )
                self.post_message(IndexOpened(index))
                # Scanning the folder holds Python's lock for most of a second at 100,000
                # files: let the stored list reach the screen first.
                self._stored_list_shown.wait(timeout=FIRST_PAINT_WAIT)
            read_folder(index, lambda: worker.is_cancelled, self.post_message)
        except FolderError as error:
            self.post_message(LoadFailed(str(error)))
        except OSError as error:  # e.g. a cache directory that cannot be created
            self.post_message(LoadFailed(f"cannot open the index: {error.strerror or error}"))

    @on(IndexOpened)
    def show_index(self, message: IndexOpened) -> None:
        """Hand the index to the list: it shows what an earlier run stored at once."""
        self.index = message.index
        self.article_list.index = message.index
        self.call_after_refresh(self._watch_then_read)
        self._show_index_notice()

    def _watch_then_read(self) -> None:
        """Once the stored list is drawn, watch the folder and let the first refresh read it:
        what changes meanwhile is read once it ends (`reload`). Setting a watch up holds
        Python's lock for a while in a big folder with subfolders, as the refresh's look at
        every file does: the list is on the screen first."""
        if not self.closing:
            self.following.watch()
        self._stored_list_shown.set()

    def _show_index_notice(self) -> None:
        """Say why the index is kept in memory, if it is, once."""
        notice = self.index.notice if self.index is not None else ""
        if notice and notice != self._notice_shown:
            self._notice_shown = notice
            shown = notice[0].upper() + notice[1:] + "."
            self.notify(shown, title="Index", severity="warning", timeout=10, markup=False)

    @on(IndexProgress)
    def show_progress(self, message: IndexProgress) -> None:
        """Show how far loading has got, and the articles loaded so far."""
        if self.closing:
            return
        progress = message.progress
        if progress.total:
            # Until the word lists are built no file is read: the note alone, which fits an
            # 80-column status line whole (the bar below shows the files' 0%).
            self.article_list.load_status = (
                BUILDING_WORD_MODELS
                if message.building_word_models
                else f"reading files: {progress.done:,} of {progress.total:,}"
            )
            self.article_list.load_progress = (progress.done, progress.total)
        self.article_list.index_version += 1

    @on(TextsProgress)
    def show_text_coverage(self, message: TextsProgress) -> None:
        """Say how much the text search covers; a search finds what was added."""
        if not self.closing:
            self.article_list.text_coverage = message.coverage
            self.article_list.index_version += message.list_changed

    @on(IndexRefreshed)
    def finish_loading(self, message: IndexRefreshed) -> None:
        """Show the complete list, say if some files failed, and follow the folder from now on."""
        if self.closing:
            return
        self.article_list.load_status = ""
        self.article_list.load_progress = None
        self.article_list.index_version += 1
        self.screen.post_message(ArticlesChanged())
        self._show_index_notice()  # the index file may have failed to be written meanwhile
        if not self._first_load_done:
            self._first_load_done = True
            self._report_problems(message.problems)
        self.following.refreshed()

    def _report_problems(self, problems: int) -> None:
        """Say how many files failed to load (`problems`), if any did."""
        if problems:
            self.notify(
                f"{plural(problems, 'file')} could not be loaded. Press ! to see which and why.",
                severity="warning",
                markup=False,
            )

    @on(FolderChanged)
    def reload(self) -> None:
        """Take in the files added, changed or deleted in the folder."""
        self.following.folder_changed()

    @on(WatchFailed)
    def stop_watching(self, message: WatchFailed) -> None:
        """Say that changes in the folder are no longer followed."""
        self.notify(
            f"Changes in the folder are not followed any more: {message.reason}",
            severity="warning",
            markup=False,
        )

    @on(LoadFailed)
    def show_failure(self, message: LoadFailed) -> None:
        """Say why the folder could not be read, and look for it again until it is back."""
        self.following.load_failed()
        self.article_list.load_status = f"Could not read the articles: {message.reason}"
        self.article_list.load_progress = None
        self.notify(
            message.reason, title="Could not read the articles", severity="error", markup=False
        )

    def action_undo(self) -> None:
        """Take back the last change of read or starred marks."""
        self.notify(self.marking.undo())
        self.screen.post_message(MarksChanged())

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's palette commands as the reader offers them (`system_commands`)."""
        return system_commands(super().get_system_commands(screen), self.action_help)

    def action_help(self) -> None:
        """Show every key."""
        # Imported when first asked for: the key lists import every screen, among them the
        # article's with its Markdown renderer, which a start need not wait for.
        from .help_keys import show_help

        show_help(self, self.BINDINGS, self.keymap)  # not again over itself (`show_kept`)
