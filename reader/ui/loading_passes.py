"""The two passes of loading in the app's loading thread, each reporting as it goes: the
list first, then the whole texts behind it."""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.message import Message

from ..data import ArticleIndex
from .messages import IndexProgress, TextsProgress

REPORT_INTERVAL = 0.5
"""Seconds between progress reports: each one makes the list (or a search) query the index
again."""


def read_list(
    index: ArticleIndex, cancelled: Callable[[], bool], post: Callable[[Message], object]
) -> bool:
    """Bring the list up to date with the folder, posting how far it got (`IndexProgress`);
    False when stopped because `cancelled()` (the app is closing)."""
    last_report = 0.0
    for progress in index.refresh():
        if cancelled():
            return False
        now = time.monotonic()
        if now - last_report >= REPORT_INTERVAL:
            last_report = now
            post(IndexProgress(progress))
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
    for coverage in index.fill_texts():
        if cancelled():
            return
        now = time.monotonic()
        if now - last_report >= REPORT_INTERVAL or coverage.complete:
            last_report = now
            post(TextsProgress(coverage, index.list_version != version))
            version = index.list_version
    index.prepare_queries()  # a whole text may have changed what the list shows
