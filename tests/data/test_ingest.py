"""Loading workers: they end with the reader that started them."""

from __future__ import annotations

import subprocess
import sys


def test_a_worker_whose_reader_is_gone_ends() -> None:
    """A worker told that its reader is a process that is not its parent (as after the
    reader was killed and the worker handed to init) ends at the next check."""
    worker = subprocess.run(
        [
            sys.executable,
            "-c",
            "import time; from reader.data.index.ingest import end_with_parent;"
            " end_with_parent(-1); time.sleep(30)",
        ],
        timeout=20,
        check=False,
    )
    assert worker.returncode == 1  # ended by the watch, long before its 30 s of sleep
