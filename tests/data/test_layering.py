"""Guard test: the data layer stays free of the UI libraries."""

from __future__ import annotations

import subprocess
import sys


def test_importing_reader_data_leaves_textual_and_rich_unloaded() -> None:
    """Importing `reader.data` in a fresh interpreter imports neither textual nor rich."""
    code = (
        "import sys, reader.data\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_reader_data_exports_its_public_names() -> None:
    """Every name in `reader.data.__all__` can be imported from it, and each is found in
    the module the package says it lives in."""
    import reader.data

    assert set(reader.data.__all__) == set(reader.data.MODULE_OF)
    assert all(hasattr(reader.data, name) for name in reader.data.__all__)


def test_starting_the_reader_leaves_the_repairs_unloaded() -> None:
    """A start that reads no file imports none of the repairs, their word lists, or Textual:
    every command pays for what it imports, and so does every loading worker (spawned
    workers import the main module again)."""
    heavy = ("reader.data.text.repair", "reader.data.load.pipeline", "ftfy", "wordfreq", "textual")
    code = (
        "import sys, reader.__main__\n"
        f"heavy = {heavy!r}\n"
        "loaded = [m for m in sys.modules if m.startswith(heavy) or m == 'importlib.metadata']\n"
        "print(sorted(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
