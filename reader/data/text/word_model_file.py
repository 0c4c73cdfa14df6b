"""Word models kept ready-made in the cache directory.

Built from wordfreq's lists, the Czech word model takes about two seconds and the lists that
tell languages apart as long; read back from a marshal file they take a few tenths. Every
process that repairs text needs them: each worker of a first open, and `reader repair` or
`reader show` on a damaged file.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

try:
    import fcntl
except ImportError:  # not on Windows: each process builds the models it lacks
    fcntl = None  # type: ignore[assignment]

from ..cache_dir import default_cache_dir

T = TypeVar("T")

DIGEST_SIZE = 32
"""Bytes of the checksum before the payload: a file cut short or damaged is built again."""
FILE_SUFFIX = ".marshal"


def word_model_file(name: str, sources: Sequence[Path], suffix: str = FILE_SUFFIX) -> Path:
    """Where the model `name` built from `sources` lives: named by their sizes and
    modification times (a new word list or a new way of building gives a new file) and by
    Python's version (marshal's format may change with it); `suffix` says its format."""
    stamps = [sys.version]
    for source in sources:
        try:
            info = source.stat()
        except OSError:
            stamps.append(f"{source} missing")
        else:
            stamps.append(f"{source} {info.st_size} {info.st_mtime_ns}")
    digest = hashlib.blake2b("\n".join(stamps).encode("utf-8", "surrogatepass"), digest_size=8)
    return default_cache_dir() / f"{name}-{digest.hexdigest()}{suffix}"


def read_word_model(name: str, sources: Sequence[Path], fields: int) -> tuple[Any, ...] | None:
    """The `fields` values of the model `name` built from `sources`, as last written, or
    None when there is no usable file."""
    try:
        data = word_model_file(name, sources).read_bytes()
    except OSError:
        return None
    digest, payload = data[:DIGEST_SIZE], data[DIGEST_SIZE:]
    if hashlib.blake2b(payload, digest_size=DIGEST_SIZE).digest() != digest:
        return None
    try:
        values = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(values, tuple) or len(values) != fields:
        return None
    return values


def write_word_model(name: str, sources: Sequence[Path], values: tuple[Any, ...]) -> None:
    """Keep the field values of the model `name` built from `sources` for the next process,
    in place of its models built from other sources; nothing when the cache directory cannot
    be written (every process then builds the model itself)."""
    payload = marshal.dumps(values)
    path = word_model_file(name, sources)
    checksum = hashlib.blake2b(payload, digest_size=DIGEST_SIZE).digest()
    if write_whole(path, lambda partial: partial.write_bytes(checksum + payload)):
        forget_older_models(path, name)


def write_whole(path: Path, write: Callable[[Path], object]) -> bool:
    """Write the file `path` by `write(partial)` into a file of this process's first, then
    put it in place: whole or not at all, also with two processes writing at once.

    Returns:
        Whether it was written (not when the cache directory cannot be).
    """
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        write(partial)
        os.replace(partial, path)
    except (OSError, sqlite3.Error):
        with contextlib.suppress(OSError):  # e.g. the directory could not be made
            partial.unlink(missing_ok=True)
        return False
    return True


def forget_older_models(path: Path, name: str) -> None:
    """Remove the files of the model `name` other than `path`: built from older sources, or
    kept in an older format, and their lock files. Another process's file being written is
    left alone, and so is a lock another process holds (and `path`'s own)."""
    for older in path.parent.glob(f"{name}-*"):
        if older in (path, lock_file(path)) or older.suffix == ".part":
            continue
        with contextlib.suppress(OSError):  # another process may have removed it
            if older.suffix != ".lock":
                older.unlink()
            elif fcntl is not None:
                remove_unheld_lock(older)


def remove_unheld_lock(path: Path) -> None:
    """Delete `path` unless a process holds its lock (it builds that model now).

    Raises:
        OSError: When it cannot be opened or deleted.
    """
    lock = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # BlockingIOError when held
        path.unlink()
    finally:
        os.close(lock)


def lock_file(path: Path) -> Path:
    """The file that one process at a time locks to build the model file `path`."""
    return path.with_name(f"{path.name}.lock")


@contextlib.contextmanager
def building_alone(path: Path) -> Iterator[None]:
    """While the model file `path` is built: by one process at a time, so the workers of a
    first open wait for the first one's file rather than each build the model (seconds of
    CPU and a few hundred MB each). Without file locks, or a cache directory, at once."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = os.open(lock_file(path), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        yield
        return
    try:
        if fcntl is not None:
            fcntl.flock(lock, fcntl.LOCK_EX)  # let go by the system if its holder dies
        yield
    finally:
        os.close(lock)


def read_or_build(path: Path, read: Callable[[], T | None], build: Callable[[], T]) -> T:
    """What `read` finds in the model file `path`, else what `build` makes (keeping it
    there): built by one process at a time, the others waiting to read its file."""
    found = read()
    if found is not None:
        return found
    with building_alone(path):
        found = read()  # another process may have built it meanwhile
        return found if found is not None else build()
