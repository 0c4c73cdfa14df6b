"""Loading workers: they end with the reader that started them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from reader.data.index.ingest import folder_changes, scan_folder


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


def test_changed_files_are_read_in_article_order_whatever_order_the_scan_gave(
    tmp_path: Path,
) -> None:
    """The scan keeps the system's order (sorting 100,000 names delays every open); the
    files to read still come sorted, part by part, as the folder lists them."""
    for name in ("b.md", "a/z.md", "a.md", "c.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("# t\n", encoding="utf-8")
    scanned = scan_folder(tmp_path)
    in_reverse = dict(reversed(sorted(scanned.items())))
    known = {"c.md": scanned["c.md"]}
    assert all(scanned.values())  # every file stat'ed

    changes = folder_changes(tmp_path, known, in_reverse)

    assert changes.changed == ["a/z.md", "a.md", "b.md"]
    assert changes.to_read == changes.changed and changes.removed == []
