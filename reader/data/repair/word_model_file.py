"""The word model kept ready-made in the cache directory.

Built from wordfreq's list, the model takes about two seconds; read back from a marshal file
it takes a few tenths. Every process that repairs text needs it: each worker of a first
open, and `reader repair` or `reader show` on a damaged file.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from pathlib import Path
from typing import Any

from ..cache_dir import default_cache_dir

MODEL_FORMAT = 1
"""Bump when the model's fields change: a file of another format is never read."""
DIGEST_SIZE = 32
"""Bytes of the checksum before the payload: a file cut short or damaged is built again."""


def word_model_file() -> Path:
    """Where the model lives: named by wordfreq's version (its list may change), Python's
    (marshal's format may) and MODEL_FORMAT."""
    # Imported here: importlib.metadata takes a hundredth of a second, which only a process
    # that repairs text needs to pay.
    from importlib.metadata import PackageNotFoundError, version

    try:
        wordfreq = version("wordfreq")
    except PackageNotFoundError:
        wordfreq = "unknown"
    python = f"{sys.version_info.major}{sys.version_info.minor}"
    return default_cache_dir() / f"czech-words-{wordfreq}-py{python}-{MODEL_FORMAT}.marshal"


def read_word_model(fields: int) -> tuple[Any, ...] | None:
    """The model's `fields` values as last written, or None when there is no usable file."""
    try:
        data = word_model_file().read_bytes()
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


def write_word_model(values: tuple[Any, ...]) -> None:
    """Keep the model's field values for the next process; nothing when the cache directory
    cannot be written (every process then builds the model itself)."""
    payload = marshal.dumps(values)
    path = word_model_file()
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(hashlib.blake2b(payload, digest_size=DIGEST_SIZE).digest() + payload)
        os.replace(partial, path)  # whole or not at all, also with two writers at once
    except OSError:
        with contextlib.suppress(OSError):  # e.g. the directory could not be made
            partial.unlink(missing_ok=True)
