"""Guard test: the data layer stays free of the UI libraries."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import reader


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


def _imports() -> dict[str, set[str]]:
    """Every module of the reader and the modules it imports anywhere in its text (in
    functions and under TYPE_CHECKING too), as absolute names."""
    root = Path(reader.__file__).parent
    graph: dict[str, set[str]] = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        module = ".".join(parts[:-1] if is_package else parts)
        package = module.split(".") if is_package else module.split(".")[:-1]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = package[: len(package) - node.level + 1] if node.level else []
                target = ".".join(base + ([node.module] if node.module else []))
                found.add(target)
                # `from . import name` may name a module
                found.update(f"{target}.{alias.name}" for alias in node.names)
        graph[module] = found
    return {module: {name for name in names if name in graph} for module, names in graph.items()}


def test_reader_modules_import_no_circle() -> None:
    """No module of the reader imports, directly or through others, a module that imports it
    back (a package's own parents, run first by Python, do not count)."""
    graph = _imports()
    for start in graph:
        stack = [
            name for name in graph[start] if not start.startswith(name + ".") and name != start
        ]
        seen: set[str] = set()
        while stack:
            name = stack.pop()
            assert name != start, f"{start} imports itself through {sorted(seen)}"
            if name in seen:
                continue
            seen.add(name)
            stack.extend(n for n in graph[name] if not name.startswith(n + "."))


def test_layers_import_only_what_they_may() -> None:
    """The CLI and the presentation helpers never import the UI; the UI, the CLI and the
    rest import the data layer by its public names only (`reader.data`), and only the data
    layer touches SQLite."""
    for module, names in _imports().items():
        if module.startswith(("reader.cli", "reader.present")):
            assert not any(name.startswith("reader.ui") for name in names), module
        if not module.startswith("reader.data"):
            internals = {name for name in names if name.startswith("reader.data.")}
            assert not internals, f"{module} imports {sorted(internals)}"
    root = Path(reader.__file__).parent
    for path in root.rglob("*.py"):
        if "data" not in path.relative_to(root).parts[:1]:
            assert "import sqlite3" not in path.read_text(encoding="utf-8"), path
