"""Which article files changed since the index last saw them, and loading them on every core."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..load.files import MAX_FILE_BYTES, find_article_names, in_article_order, names_not_utf8
from .loaded import FileStamp, LoadedFile

if TYPE_CHECKING:
    import multiprocessing.process
    from concurrent.futures import Future

# Below this many files, starting worker processes (each loads the word model) costs more
# than it saves.
PARALLEL_FROM = 64
# Files a worker takes at a time: large enough to keep it busy, small enough to report often.
CHUNK_SIZE = 32
# Chunks queued per worker: enough to keep it busy while the index writes a whole batch
# (the workers wait otherwise), few enough to bound memory.
CHUNKS_IN_FLIGHT_PER_WORKER = 12
LOADING_NICENESS = 10
"""How much lower the processes reading files (either pass) run than the reader: the screen,
and the writing of what they read, go first. Measured in the app at 100,000 articles, keys
pressed during the list's pass took 186-257 ms (median; 90th percentile 509-705) with the
processes at the reader's priority, 98-101 ms (199-210) below it; the list's pass read as
many files either way when no key was pressed, and so did `reader list`."""


def scan_folder(folder: Path) -> dict[str, FileStamp | None]:
    """Every article file below `folder` by relative name, with its stamp, in the order the
    system lists them: the same each time for a folder left as it was, and not sorted (0.02 s
    at 100,000 files, of the 0.5 s before `reader list`'s first line).

    A file that cannot be stat'ed (it vanished, a broken link) has None, so it is loaded again
    and reported by the loader.

    Raises:
        FolderError: When `folder` is missing, not a folder, or cannot be listed.
    """
    stamps: dict[str, FileStamp | None] = {}
    names = find_article_names(folder, in_order=False)
    # Names relative to the open folder: the system need not walk the path again per file.
    top = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        for name in names:
            try:
                info = os.stat(name, dir_fd=top)
            except OSError:
                stamps[name] = None
            else:
                stamps[name] = (info.st_size, info.st_mtime_ns)
    finally:
        os.close(top)
    return stamps


class FolderChanges(NamedTuple):
    """What changed in a folder since the index last read it."""

    removed: list[str]
    """Files the index has that are gone, by the names it keeps."""
    changed: list[str]
    """Files new or changed (or that could not be stat'ed), by the names the index keeps."""
    to_read: list[str]
    """The same files by their names on disk, in the same order."""
    kept_as: dict[str, str]
    """For each name on disk that is not UTF-8, the name the index keeps for it."""


def folder_changes(
    folder: Path, known: Mapping[str, FileStamp], current: dict[str, FileStamp | None] | None
) -> FolderChanges:
    """Compare the files of `folder`, as `current` (its `scan_folder`) holds them, with
    `known` (the index's names and stamps).

    With nothing known every file is read, and `current` is None: each file is stat'ed as
    it is read rather than all before the first (0.4 s at 100,000 files). Names that are not
    UTF-8 are compared as the index keeps them, and read under their own.
    """
    if current is None:
        current = dict.fromkeys(find_article_names(folder, in_order=False))
    kept_as = {name: kept for kept, name in names_not_utf8(current).items()}
    if kept_as:
        current = {kept_as.get(name, name): stamp for name, stamp in current.items()}
    if current == known:  # nothing changed, as at most opens: one comparison, 0.1 s less
        return FolderChanges([], [], [], kept_as)
    removed = [name for name in known if name not in current]
    changed = in_article_order(
        name for name, stamp in current.items() if stamp is None or known.get(name) != stamp
    )
    on_disk = {kept: name for name, kept in kept_as.items()}
    to_read = [on_disk.get(name, name) for name in changed] if on_disk else changed
    return FolderChanges(removed, changed, to_read, kept_as)


def load_rows(
    folder: Path,
    names: list[str],
    max_file_bytes: int = MAX_FILE_BYTES,
    pool_lost: Callable[[], object] = lambda: None,
    kept_as: Mapping[str, str] | None = None,
    list_only: bool = False,
) -> Iterator[LoadedFile]:
    """Load the files `names` below `folder` in order, on every core when there are many;
    files larger than `max_file_bytes` are problems. `list_only` loads what the list shows
    (the first pass); else whole articles (the second). The processes run at a lower
    priority than the reader (`LOADING_NICENESS`).

    Only a few chunks are in flight at a time, so memory stays flat however slowly the
    caller takes the results. Stopping the iteration early cancels the work not yet started.
    When a loading process dies (the system ends it for memory, say), every file it had not
    returned and every file after is read in this process, and `pool_lost()` is called once:
    nothing is lost. A name that is not UTF-8 is kept as `kept_as` says (see `names_not_utf8`).
    """
    if not names:
        return
    # Imported only when files are read: a later open with nothing changed never loads the
    # loading and repair modules, nor the process pool (0.1 s of every start).
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from .file_rows import load_chunk, load_file

    top = str(folder)
    if len(names) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        for name in names:
            yield load_file(top, name, max_file_bytes, kept_as, list_only)
        return
    workers = os.cpu_count() or 2
    # spawn, not fork: the reader's UI runs threads, and forking a threaded process can hang.
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=end_with_parent,
        initargs=(os.getpid(), LOADING_NICENESS),
    )
    chunks = [names[start : start + CHUNK_SIZE] for start in range(0, len(names), CHUNK_SIZE)]
    in_flight: deque[tuple[Future[list[LoadedFile]], list[str]]] = deque()
    lost = finished = False

    def give_up_pool() -> None:
        nonlocal lost
        if not lost:
            lost = True
            pool_lost()

    def results(future: Future[list[LoadedFile]], chunk: list[str]) -> list[LoadedFile]:
        try:
            return future.result()
        except BrokenProcessPool:
            give_up_pool()
            return load_chunk(top, chunk, max_file_bytes, kept_as, list_only)

    try:
        for chunk in chunks:
            if not lost:
                try:
                    in_flight.append(
                        (
                            pool.submit(
                                load_chunk,
                                top,
                                chunk,
                                max_file_bytes,
                                kept_of(kept_as, chunk),
                                list_only,
                            ),
                            chunk,
                        )
                    )
                except BrokenProcessPool:  # a process died since the last chunk was taken
                    give_up_pool()
            if lost:  # in order: the chunks in flight first, then this one here
                while in_flight:
                    yield from results(*in_flight.popleft())
                yield from load_chunk(top, chunk, max_file_bytes, kept_as, list_only)
            elif len(in_flight) >= CHUNKS_IN_FLIGHT_PER_WORKER * workers:
                yield from results(*in_flight.popleft())
        while in_flight:
            yield from results(*in_flight.popleft())
        finished = True
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
        if not finished:
            # Stopped early (the reader quits): the processes would otherwise finish their
            # chunks, a first one waiting for the word model, before the reader could exit.
            # ProcessPoolExecutor names its processes only in this attribute.
            processes: dict[int, multiprocessing.process.BaseProcess] = (
                getattr(pool, "_processes", None) or {}
            )
            for process in list(processes.values()):
                process.terminate()


def kept_of(kept_as: Mapping[str, str] | None, names: list[str]) -> dict[str, str] | None:
    """The part of `kept_as` about `names`: what a loading process needs of it."""
    if not kept_as:
        return None
    return {name: kept_as[name] for name in names if name in kept_as}


PARENT_CHECK_SECONDS = 1.0
"""How often a loading worker checks that the reader that started it is still there."""


def end_with_parent(parent: int, niceness: int = 0) -> None:
    """In a loading worker: end once the reader that started it is gone (killed, say),
    rather than read files for nobody for minutes, holding hundreds of megabytes; run
    `niceness` lower than the reader."""
    nice = getattr(os, "nice", None)  # not on Windows
    if niceness and nice is not None:
        with contextlib.suppress(OSError):  # not allowed here: at the same priority then
            nice(niceness)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    # Ctrl+C is the reader's to handle: a worker would print a traceback for it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()
