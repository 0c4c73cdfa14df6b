"""The two passes of loading in the app's loading thread, each reporting as it goes: the
list first, then the whole texts behind it."""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.message import Message

from ..data import ArticleIndex, word_models_built
from .long_lived import set_long_lived_apart
from .messages import IndexProgress, IndexRefreshed, TextsProgress

REPORT_INTERVAL = 1.0
"""Seconds between progress reports: each one makes the list (or a search) query the index
again, on the screen's thread (at 100,000 articles, 30-45 ms during the list's pass). A key
pressed during a first open's list pass at 100,000 articles met one less often than every
0.5 s: 90th percentile 127-162 ms against 179-212 (medians 59-76 against 63-82; three runs
each, alternating), the pass no slower."""


def read_folder(
    index: ArticleIndex, cancelled: Callable[[], bool], post: Callable[[Message], object]
) -> None:
    """Both passes: the list (`IndexRefreshed` when it is complete), then the whole texts
    behind it; nothing more once `cancelled()`."""
    if not read_list(index, cancelled, post):
        return  # the app is closing: stop reading files
    post(IndexRefreshed(len(index.problems)))
    # After the list has what changed: at 100,000 articles this takes 0.2 s.
    prepare_queries(index)
    read_texts(index, cancelled, post)


def prepare_queries(index: ArticleIndex) -> None:
    """Have `index` keep what queries need in memory, kept off the cycle collector with
    what else the app has made by then."""
    index.prepare_queries()
    set_long_lived_apart()


def read_list(
    index: ArticleIndex, cancelled: Callable[[], bool], post: Callable[[Message], object]
) -> bool:
    """Bring the list up to date with the folder, posting how far it got (`IndexProgress`);
    False when stopped because `cancelled()` (the app is closing)."""
    last_report = 0.0
    models_built: bool | None = None  # looked at once there are files to read
    for progress in index.refresh():
        if cancelled():
            return False
        now = time.monotonic()
        if now - last_report >= REPORT_INTERVAL:
            last_report = now
            if models_built is None and progress.total:
                models_built = word_models_built()
            post(IndexProgress(progress, models_built is False and not progress.done))
    return True


def read_texts(
    index: ArticleIndex, cancelled: Callable[[], bool], post: Callable[[Message], object]
) -> None:
    """Read the whole texts the list's pass left waiting, in the loading thread, posting how
    much the text search covers (`TextsProgress`) as it grows and when it is complete.

    Stops once `cancelled()` (a change in the folder starts another loading, which resumes
    it); the index keeps what was read.
    """
    last_report = 0.0
    version = index.list_version
    complete = None
    for coverage in index.fill_texts():
        if cancelled():
            return
        if coverage.complete:
            complete = coverage
        elif time.monotonic() - last_report >= REPORT_INTERVAL:
            last_report = time.monotonic()
            post(TextsProgress(coverage))
    prepare_queries(index)  # a whole text may have changed what the list shows
    if complete is not None:
        # What the list shows changes for a title in a hundred at most: it is queried again
        # once, when every text is read (a query at each report took the app's thread from
        # the keys while they were read: seconds at 100,000 articles).
        post(TextsProgress(complete, index.list_version != version))
