"""Loading workers: they end with the reader that started them."""

from __future__ import annotations

import subprocess
import sys
import time


def test_a_worker_whose_reader_is_gone_ends() -> None:
    """A worker told that its reader is a process that is not its parent (as after the
    reader was killed and the worker handed to init) ends within about a second."""
    started = time.monotonic()
    worker = subprocess.run(
        [
            sys.executable,
            "-c",
            "import time; from reader.data.ingest import end_with_parent;"
            " end_with_parent(-1); time.sleep(30)",
        ],
        timeout=20,
        check=False,
    )
    assert worker.returncode == 1
    assert time.monotonic() - started < 10
